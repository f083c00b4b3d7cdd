import { handouts } from './handouts.ts';
import { html } from './html.ts';
import { pdf } from './pdf.ts';
import { png } from './png.ts';
import { pptx } from './pptx.ts';
import { pptxImages } from './pptx-images.ts';
import { quiz } from './quiz/index.ts';
import type { Format } from './format-names.ts';
import type { Exporter } from './types.ts';

export type { ExportContext, Exporter, StagedDeck } from './types.ts';
export { runExporters, withBrowser } from './run.ts';
export { DEFAULT_PAPER, PAPER_SIZES, type PaperSize } from './paper.ts';

export { DEFAULT_FORMATS, FORMATS, type Format } from './format-names.ts';

/** Every output format besides the markdown itself, by name. */
export const formats = { html, pdf, pptx, 'pptx-images': pptxImages, png, handouts, quiz } satisfies Record<Format, Exporter>;
