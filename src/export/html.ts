import { join } from 'node:path';
import { reportConverted } from './run.ts';
import type { ExportContext } from './types.ts';

/** HTML to present from: marp-cli's bespoke template, with its presenter view showing the notes. */
export async function exportHtml(context: ExportContext): Promise<void> {
  const files = context.decks.map((deck) => join(context.stageDir, `${deck.stem}.md`));
  await context.marp.convert(files, context.themeDirs, reportConverted(context));
}
