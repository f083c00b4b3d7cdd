import { join } from 'node:path';
import { runMarp } from './marp.ts';
import { reportConverted } from './run.ts';
import type { Exporter } from './types.ts';

/**
 * PowerPoint, each slide a picture with the speaker notes in its notes page. Not
 * `--pptx-editable`: that needs LibreOffice and drops the notes, which are the point here.
 */
export const pptx: Exporter = {
  needsBrowser: true,
  files: (deck) => ({ pptx: `${deck.stem}.pptx` }),
  async run(context) {
    const { stageDir, themeDirs, tmpDir, browser } = context;
    // NOTE: --no-parallel: screenshots of several decks at once in one browser time out
    // (Page.captureScreenshot waits for a tab in the background); one at a time takes ~2 s a deck.
    const inputs = context.decks.map((deck) => join(stageDir, `${deck.stem}.md`));
    // NOTE: the decks to make, each written beside its markdown; the inputs before `--theme-set`, which takes the rest.
    const args = [...inputs, '--pptx', '--no-parallel', '--allow-local-files', '--theme-set', ...themeDirs];
    await runMarp({ args, tmpDir, browserPath: browser?.executablePath, onConverted: reportConverted(context) });
  },
};
