// The smallest interactive Ink app, the yardstick for sitrep's start-up: one line of text, raw-mode input like
// sitrep's, and `q` to leave. bench/build-minimal.ts bundles it with the project's own esbuild.mjs.
import {render, Text, useApp, useInput} from 'ink';

function Minimal() {
	const {exit} = useApp();
	useInput(input => {
		if (input === 'q') exit();
	});
	return <Text>ready</Text>;
}

render(<Minimal />);
