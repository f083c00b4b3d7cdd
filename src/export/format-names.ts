/**
 * The output formats besides the markdown itself, by name: a module of its own, so the CLI can
 * check `--format` without loading the exporters (marp, the browser) that make them.
 */
export const FORMATS = ['html', 'pdf', 'pptx', 'pptx-images', 'png', 'handouts', 'quiz'] as const;

export type Format = (typeof FORMATS)[number];

/** What a build makes when no format is asked for: PNGs of every slide, and the PPTX of slide pictures, only on request. */
export const DEFAULT_FORMATS: Format[] = FORMATS.filter((format) => format !== 'png' && format !== 'pptx-images');
