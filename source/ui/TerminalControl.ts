import {createContext, useContext} from 'react';

/** What the dashboard may ask of the terminal around it; the app's runner implements it. */
export type TerminalControl = {
	/** Ctrl-Z: give the terminal back and stop, like any job; drawing resumes on `fg`. */
	suspend: () => void;
	/** Calls `listener` each time sitrep resumes after a suspend, when the screen must be drawn anew. */
	onResume: (listener: () => void) => () => void;
};

const TerminalControlContext = createContext<TerminalControl>({suspend() {}, onResume: () => () => {}});

export const TerminalControlProvider = TerminalControlContext.Provider;
export const useTerminalControl = (): TerminalControl => useContext(TerminalControlContext);
