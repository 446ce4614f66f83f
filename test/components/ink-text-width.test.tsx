import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';

// The patched Ink (patches/ink+6.8.0.patch) takes a text node's room from its computed width alone, where Ink 6.8
// also subtracted the node's own padding and borders: a <Text> has neither, so the wrapping must not change.
// Both frames are what unpatched Ink 6.8 drew.
describe('wrapping a text to the room its box leaves it', () => {
	it('inside padding and borders', () => {
		const {lastFrame} = render(
			<Box width={14} paddingX={2} borderStyle="single">
				<Text>aaaa bbbb cccc dddd</Text>
			</Box>,
		);
		// 14 columns, less two borders and two columns of padding a side: 8 for the words.
		expect(lastFrame()).toBe(['┌────────────┐', '│  aaaa      │', '│  bbbb      │', '│  cccc      │', '│  dddd      │', '└────────────┘'].join('\n'));
	});

	it('nested, truncated and beside another text', () => {
		const {lastFrame} = render(
			<Box width={20} paddingLeft={1}>
				<Box paddingRight={3} width={12}>
					<Text wrap="truncate">truncated words here</Text>
				</Box>
				<Text>wraps at five</Text>
			</Box>,
		);
		expect(lastFrame()).toBe([' trunca…  wraps at', '          five'].join('\n'));
	});
});
