import { runMarp } from './marp.ts';
import type { Exporter } from './types.ts';

/** HTML to present from: marp-cli's bespoke template, with its presenter view showing the notes. */
export const html: Exporter = {
  needsBrowser: false,
  files: (deck) => ({ html: `${deck.stem}.html` }),
  async run({ stageDir, themeDirs, tmpDir }) {
    await runMarp({ args: ['-I', stageDir, '-o', stageDir, '--theme-set', ...themeDirs], tmpDir });
  },
};
