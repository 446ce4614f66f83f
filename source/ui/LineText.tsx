import {Text} from 'ink';
import {memo} from 'react';
import type {Line} from '../view-model/styled.js';
import {lineText} from './run-text.js';
import {useLook} from './ThemeContext.js';

type Props = {line: Line};

/** One line of styled runs. The view model has already cut it to width, so Ink never wraps it. */
export const LineText = memo(function LineText({line}: Props) {
	const {theme} = useLook();
	// An empty Text takes no height in Ink; a blank line must still be a line.
	if (line.every(part => part.text === '')) return <Text> </Text>;
	return <Text wrap="truncate-end">{lineText(line, theme)}</Text>;
});
