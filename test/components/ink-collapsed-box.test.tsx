import {Box, Text, Transform} from 'ink';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';

// The patched Ink (patches/ink+6.8.0.patch) does not visit the children of a box clipped to nothing: sitrep hides
// the panes under an overlay by collapsing their box (source/ui/App.tsx), which keeps their layout in Yoga, and
// walking them on every frame of the overlay would cost for nothing.
function Screen({collapsed, seen, below = 'below'}: {collapsed: boolean; seen: () => void; below?: string}) {
	return (
		<Box flexDirection="column" width={20}>
			<Text>above</Text>
			<Box flexDirection="column" flexShrink={0} {...(collapsed ? {height: 0, overflow: 'hidden' as const} : {})}>
				<Text>
					hidden{' '}
					{/* Nested in a text, a transform runs when Ink walks the node, before any clipping. */}
					<Transform
						transform={line => {
							seen();
							return line;
						}}
					>
						<Text>pane</Text>
					</Transform>
				</Text>
				<Text>second line</Text>
			</Box>
			<Text>{below}</Text>
		</Box>
	);
}

describe('a box collapsed to no height with its overflow hidden', () => {
	it('shows none of its children and is not walked, and shows them all again when it opens', () => {
		let visits = 0;
		const seen = () => visits++;
		const {lastFrame, rerender} = render(<Screen collapsed seen={seen} />);
		expect(lastFrame()).toBe('above\nbelow');
		// Yoga measured the hidden text once when it laid the box out; new frames must not walk it again.
		const afterLayout = visits;
		rerender(<Screen collapsed seen={seen} below="below 2" />);
		rerender(<Screen collapsed seen={seen} below="below 3" />);
		expect(lastFrame()).toBe('above\nbelow 3');
		expect(visits).toBe(afterLayout);
		rerender(<Screen collapsed={false} seen={seen} below="below 3" />);
		expect(lastFrame()).toBe('above\nhidden pane\nsecond line\nbelow 3');
		expect(visits).toBeGreaterThan(afterLayout);
	});
});
