import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';

const LIGHT = {topLeft: '+', top: '-', topRight: '+', left: '|', right: '|', bottomLeft: '+', bottom: '-', bottomRight: '+'};
const HEAVY = {topLeft: '#', top: '=', topRight: '#', left: '#', right: '#', bottomLeft: '#', bottom: '=', bottomRight: '#'};

function Frame({style}: {style: typeof LIGHT}) {
	return (
		<Box flexDirection="column">
			<Box height={3} borderStyle={style} borderTop={false} borderBottom={false} flexDirection="column">
				<Text>one</Text>
				<Text>two</Text>
			</Box>
			<Text>after</Text>
		</Box>
	);
}

// The patched Ink (patches/ink+6.8.0.patch): a box whose border style changes, as a pane's does when it gains
// focus, keeps the edges it turned off. Unpatched, the update gave it a top border and pushed its content down.
describe('a border style changed on update', () => {
	it.each([
		['a new object with the same look', LIGHT, {...LIGHT}],
		['another look (focus)', LIGHT, HEAVY],
	])('keeps borderTop={false} for %s', (_name, before, after) => {
		const {lastFrame, rerender} = render(<Frame style={before} />);
		const first = lastFrame()!.split('\n');
		expect(first[0]).toMatch(/^\|one/);
		rerender(<Frame style={after} />);
		const lines = lastFrame()!.split('\n');
		expect(lines[0]).toMatch(/^[|#]one/);
		expect(lines[1]).toMatch(/^[|#]two/);
		expect(lines[3]).toBe('after');
	});
});
