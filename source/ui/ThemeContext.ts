import {createContext, useContext} from 'react';
import {UNICODE_GLYPHS, type Glyphs} from './glyphs.js';
import {themeFor, type Theme} from './theme.js';

export type Look = {theme: Theme; glyphs: Glyphs};

const LookContext = createContext<Look>({theme: themeFor({color: true}), glyphs: UNICODE_GLYPHS});

export const LookProvider = LookContext.Provider;

/** The theme and glyphs chosen at start-up (colour, ASCII), read by every component that draws. */
export const useLook = (): Look => useContext(LookContext);
