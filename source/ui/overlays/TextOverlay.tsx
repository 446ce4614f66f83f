import {Box} from 'ink';
import type {Line} from '../../view-model/styled.js';
import {markMatches} from '../../search/highlight.js';
import type {CompiledQuery} from '../../search/query.js';
import {LineText} from '../LineText.js';
import {PaneFrame} from '../PaneFrame.js';

type Props = {title: string; lines: readonly Line[]; scroll: number; width: number; height: number; /** Matches to mark. */ query?: CompiledQuery | undefined};

/** A layer over the dashboard showing a scrollable text: the detail of a row, or the help. */
export function TextOverlay({title, lines, scroll, width, height, query}: Props) {
	const available = Math.max(1, height - 2);
	const top = Math.min(scroll, Math.max(0, lines.length - available));
	const shown = lines.slice(top, top + available);
	const below = Math.max(0, lines.length - top - shown.length);
	const position = lines.length > available ? `${Math.round(((top + shown.length) / lines.length) * 100)}%` : '';
	return (
		<PaneFrame title={title} focused width={width} height={height} position={position} above={top} below={below}>
			<Box flexDirection="column">
				{shown.map((line, index) => (
					<LineText key={top + index} line={query ? markMatches(line, query) : line} />
				))}
			</Box>
		</PaneFrame>
	);
}
