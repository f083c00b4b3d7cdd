import { runMarp } from './marp.ts';
import type { Exporter } from './types.ts';

/**
 * PDF, one page per slide, bookmarked by slide title. Outlines come from the slides' headings
 * only: page outlines would add a second, untitled entry ("Page 3") for every slide.
 */
export const pdf: Exporter = {
  needsBrowser: true,
  files: (deck) => ({ pdf: `${deck.stem}.pdf` }),
  async run({ stageDir, themeDirs, tmpDir, browserPath }) {
    const args = ['-I', stageDir, '-o', stageDir, '--pdf', '--pdf-outlines', '--pdf-outlines.pages=false', '--allow-local-files', '--theme-set', ...themeDirs];
    await runMarp({ args, tmpDir, browserPath });
  },
};
