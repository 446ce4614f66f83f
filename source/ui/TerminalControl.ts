import {createContext, useContext} from 'react';
import type {OpenOutcome} from '../copy/links.js';

/** What the dashboard may ask of the terminal around it; the app's runner implements it. */
export type TerminalControl = {
	/** Ctrl-Z: give the terminal back and stop, like any job; drawing resumes on `fg`. */
	suspend: () => void;
	/**
	 * Calls `listener` whenever the whole screen must be drawn anew: on resuming after a suspend, and on every
	 * SIGWINCH, since a window shrunk and grown back to its size changes nothing Node reports but loses the frame.
	 */
	onRedrawNeeded: (listener: () => void) => () => void;
	/** Puts text on the user's clipboard through the terminal (OSC 52), which reaches it over SSH too. */
	copy: (text: string) => {bytes: number; truncated: boolean};
	/** Opens a link in the reader's browser; says why not when it cannot (over SSH, no display, not a web link). */
	openLink: (url: string) => OpenOutcome;
};

const TerminalControlContext = createContext<TerminalControl>({suspend() {}, onRedrawNeeded: () => () => {}, copy: () => ({bytes: 0, truncated: false}), openLink: () => 'no-opener'});

export const TerminalControlProvider = TerminalControlContext.Provider;
export const useTerminalControl = (): TerminalControl => useContext(TerminalControlContext);
