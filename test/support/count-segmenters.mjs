// Preloaded with `node --import` by an end-to-end test: counts the Intl.Segmenters the program makes and writes the
// count, when the program exits, to the file named by SITREP_TEST_SEGMENTERS.
import {writeFileSync} from 'node:fs';

const Segmenter = Intl.Segmenter;
let made = 0;
Intl.Segmenter = class extends Segmenter {
	constructor(...args) {
		super(...args);
		made++;
	}
};
process.on('exit', () => writeFileSync(process.env.SITREP_TEST_SEGMENTERS, String(made)));
