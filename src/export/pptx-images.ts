import { mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runMarp } from './marp.ts';
import { imagesFile } from './files.ts';
import type { ExportContext } from './types.ts';

/**
 * PowerPoint with each slide a picture of the Marp slide, pixel for pixel, and the speaker notes in
 * its notes page: for showing the slides exactly as the HTML and PDF do. Not `--pptx-editable`:
 * that needs LibreOffice and drops the notes; Lectern's editable PPTX is the `pptx` format.
 */
export async function exportPptxImages({ stageDir, decks, themeDirs, tmpDir, browser }: ExportContext): Promise<void> {
  // marp-cli names its output after the deck: written apart, then moved beside the editable PPTX.
  const outDir = join(tmpDir, 'pptx-images');
  // NOTE: --no-parallel: screenshots of several decks at once in one browser time out
  // (Page.captureScreenshot waits for a tab in the background); one at a time takes ~2 s a deck.
  const args = ['-I', stageDir, '-o', outDir, '--pptx', '--no-parallel', '--allow-local-files', '--theme-set', ...themeDirs];
  await runMarp({ args, tmpDir, browserPath: browser?.executablePath });
  for (const deck of decks) {
    const target = join(stageDir, imagesFile(deck));
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(outDir, `${deck.stem}.pptx`), target);
  }
}
