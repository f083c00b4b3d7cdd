import { handouts } from './handouts.ts';
import { html } from './html.ts';
import { pdf } from './pdf.ts';
import { png } from './png.ts';
import { pptx } from './pptx.ts';
import type { Exporter } from './types.ts';

export type { ExportContext, Exporter, StagedDeck } from './types.ts';
export { runExporters, withBrowser } from './run.ts';
export { DEFAULT_PAPER, PAPER_SIZES, type PaperSize } from './paper.ts';

/** Every output format besides the markdown itself, by name. */
export const formats = { html, pdf, pptx, png, handouts } satisfies Record<string, Exporter>;

export type Format = keyof typeof formats;
export const FORMATS = Object.keys(formats) as Format[];
/** What a build makes when no format is asked for: PNGs of every slide only on request. */
export const DEFAULT_FORMATS: Format[] = FORMATS.filter((format) => format !== 'png');
