import { courseQuizFilesOf, handoutFiles, htmlFiles, pdfFiles, pngFiles, pptxFiles, pptxImagesFiles, quizFiles } from './files.ts';
import type { Format } from './format-names.ts';
import type { ExportContext, Exporter } from './types.ts';

export type { ExportContext, Exporter, StagedDeck } from './types.ts';
export { runExporters, withBrowser } from './run.ts';
export { DEFAULT_PAPER, PAPER_SIZES, type PaperSize } from './paper.ts';

export { DEFAULT_FORMATS, FORMATS, type Format } from './format-names.ts';

type Run = (context: ExportContext) => Promise<void>;

/**
 * An exporter whose module is imported when its format runs: a build that makes HTML alone, or
 * reuses every file, never loads the code (and the libraries) of the formats it does not make.
 */
function onDemand(exporter: Omit<Exporter, 'run'>, load: () => Promise<Run>): Exporter {
  return { ...exporter, run: async (context) => (await load())(context) };
}

/** Every output format besides the markdown itself, by name. */
export const formats = {
  html: onDemand({ needsBrowser: false, files: htmlFiles }, async () => (await import('./html.ts')).exportHtml),
  pdf: onDemand({ needsBrowser: true, files: pdfFiles }, async () => (await import('./pdf.ts')).exportPdf),
  pptx: onDemand({ needsBrowser: true, files: pptxFiles }, async () => (await import('./pptx.ts')).exportPptx),
  'pptx-images': onDemand({ needsBrowser: true, files: pptxImagesFiles }, async () => (await import('./pptx-images.ts')).exportPptxImages),
  png: onDemand({ needsBrowser: true, files: pngFiles }, async () => (await import('./png.ts')).exportPng),
  handouts: onDemand({ needsBrowser: true, files: handoutFiles }, async () => (await import('./handouts.ts')).exportHandouts),
  quiz: onDemand({ needsBrowser: false, files: quizFiles, courseFiles: courseQuizFilesOf }, async () => (await import('./quiz/index.ts')).exportQuiz),
} satisfies Record<Format, Exporter>;
