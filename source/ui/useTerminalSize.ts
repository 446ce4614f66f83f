import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

/** The terminal's size from Ink's stdout, following its resize events (never process.stdout). */
export function useTerminalSize(): {columns: number; rows: number} {
	const {stdout} = useStdout();
	const read = () => ({columns: stdout.columns || 80, rows: stdout.rows || 24});
	const [size, setSize] = useState(read);
	useEffect(() => {
		const onResize = () =>
			setSize(current => {
				const next = read();
				return next.columns === current.columns && next.rows === current.rows ? current : next;
			});
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
