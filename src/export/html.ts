import { join } from 'node:path';
import { convertHtml } from './marp-in-process.ts';
import type { Exporter } from './types.ts';

/** HTML to present from: marp-cli's bespoke template, with its presenter view showing the notes. */
export const html: Exporter = {
  needsBrowser: false,
  files: (deck) => ({ html: `${deck.stem}.html` }),
  async run({ stageDir, decks, themeDirs }) {
    await convertHtml(
      decks.map((deck) => join(stageDir, `${deck.stem}.md`)),
      themeDirs,
    );
  },
};
