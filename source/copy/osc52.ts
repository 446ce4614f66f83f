/**
 * Copying through the terminal with OSC 52, which works over SSH where no local clipboard tool can reach the
 * user's machine. Terminals limit how long the sequence may be and tend to drop one that is too long whole, so long
 * text is cut to fit and the caller is told.
 */

const ESC = '\u001B';
const BEL = '\u0007';
const ST = `${ESC}\\`;

export type Multiplexer = 'tmux' | 'screen';

export type Osc52Options = {
	multiplexer?: Multiplexer | undefined;
	/** The most base64 the terminal is sent. */
	maxBytes?: number;
	/** BEL is understood more widely; ST is the standard ending. GNU screen always gets BEL (see `forScreen`). */
	terminator?: 'bel' | 'st';
};

export type Osc52 = {
	/** What to write to the terminal. */
	sequence: string;
	/** True when only the start of the text fitted. */
	truncated: boolean;
	/** UTF-8 bytes of the text that was put on the clipboard. */
	bytes: number;
};

/** Screen passes at most this many bytes of one DCS string to the terminal outside it. */
const SCREEN_CHUNK = 768;

const isContinuationByte = (byte: number): boolean => (byte & 0xc0) === 0x80;

/** The longest start of `bytes` no longer than `limit` that ends between two characters. */
function cutUtf8(bytes: Buffer, limit: number): Buffer {
	if (bytes.length <= limit) return bytes;
	let end = Math.max(0, limit);
	while (end > 0 && isContinuationByte(bytes[end]!)) end--;
	return bytes.subarray(0, end);
}

/** tmux passes a sequence on only inside its own DCS, with each ESC doubled. */
const forTmux = (sequence: string): string => `${ESC}Ptmux;${sequence.replaceAll(ESC, ESC + ESC)}${ST}`;

/** Screen passes each DCS string on unchanged, so the sequence goes in pieces small enough for it. */
function forScreen(sequence: string): string {
	let out = '';
	for (let start = 0; start < sequence.length; start += SCREEN_CHUNK) out += `${ESC}P${sequence.slice(start, start + SCREEN_CHUNK)}${ST}`;
	return out;
}

/** The OSC 52 sequence that puts `text` on the system clipboard ("c"), wrapped for the multiplexer if any. */
export function osc52(text: string, options: Osc52Options = {}): Osc52 {
	const {multiplexer, maxBytes = 100_000} = options;
	const all = Buffer.from(text, 'utf8');
	// Base64 takes each 3 bytes to 4 characters, so this many bytes of text fill at most maxBytes of it.
	const kept = cutUtf8(all, Math.floor(Math.max(0, maxBytes) / 4) * 3);
	// An ST inside screen's DCS piece would end the piece early, so screen always gets BEL.
	const end = options.terminator === 'st' && multiplexer !== 'screen' ? ST : BEL;
	const sequence = `${ESC}]52;c;${kept.toString('base64')}${end}`;
	const wrapped = multiplexer === 'tmux' ? forTmux(sequence) : multiplexer === 'screen' ? forScreen(sequence) : sequence;
	return {sequence: wrapped, truncated: kept.length < all.length, bytes: kept.length};
}

/** Which multiplexer, if any, sits between sitrep and the terminal; tmux first, as it also sets TERM=screen. */
export function detectMultiplexer(env: Readonly<Record<string, string | undefined>>): Multiplexer | undefined {
	if (env['TMUX']) return 'tmux';
	if (env['STY']) return 'screen';
	const term = env['TERM'] ?? '';
	if (term.startsWith('tmux')) return 'tmux';
	if (term.startsWith('screen')) return 'screen';
	return undefined;
}
