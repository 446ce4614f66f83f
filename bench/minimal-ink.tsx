// The smallest interactive Ink app, the yardstick for sitrep's start-up and keys: one line of text, raw-mode input
// like sitrep's, `j` to redraw that line (counting the presses) and `q` to leave. It renders with sitrep's frame
// settings (source/app/start-app.tsx): with Ink's default of 30 frames a second, a key that came within 33 ms of the
// last frame would wait for the throttle, and the yardstick would measure that. bench/build-minimal.ts bundles it
// with the project's own esbuild.mjs.
import {useState} from 'react';
import {render, Text, useApp, useInput} from 'ink';

function Minimal() {
	const {exit} = useApp();
	const [presses, setPresses] = useState(0);
	useInput(input => {
		if (input === 'q') exit();
		else if (input === 'j') setPresses(count => count + 1);
	});
	return <Text>ready{presses > 0 ? ` ${presses}` : ''}</Text>;
}

render(<Minimal />, {maxFps: 60, incrementalRendering: true});
