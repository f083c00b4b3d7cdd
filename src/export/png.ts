import { join } from 'node:path';
import { runMarp } from './marp.ts';
import { reportConverted } from './run.ts';
import type { ExportContext } from './types.ts';

/** One PNG per slide (`<deck>.001.png`, …), 1280×720, for READMEs and course pages. On request only. */
export async function exportPng(context: ExportContext): Promise<void> {
  const { stageDir, themeDirs, tmpDir, browser } = context;
  // NOTE: --no-parallel for the same reason as the PPTX: parallel screenshots time out.
  const inputs = context.decks.map((deck) => join(stageDir, `${deck.stem}.md`));
  // NOTE: the decks to make, each written beside its markdown; the inputs before `--theme-set`, which takes the rest.
  const args = [...inputs, '--images', 'png', '--no-parallel', '--allow-local-files', '--theme-set', ...themeDirs];
  await runMarp({ args, tmpDir, browserPath: browser?.executablePath, onConverted: reportConverted(context) });
}
