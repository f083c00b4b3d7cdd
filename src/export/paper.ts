/** Paper sizes handouts print on. */
export const PAPER_SIZES = {
  a4: { format: 'A4', widthMm: 210, heightMm: 297 },
  letter: { format: 'Letter', widthMm: 215.9, heightMm: 279.4 },
} as const;

export type PaperSize = keyof typeof PAPER_SIZES;
export const DEFAULT_PAPER: PaperSize = 'a4';
