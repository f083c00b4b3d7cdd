/**
 * How much room text takes in a PowerPoint text box, estimated from DejaVu Sans's character
 * widths, so that a slide's text is set at the largest size that fits its box instead of spilling
 * off the slide. PowerPoint and LibreOffice wrap the text themselves; this only picks the size.
 */

/**
 * Advance widths of DejaVu Sans (units of its 2048-unit em) for the characters slide text is
 * mostly made of; any other character is counted as wide as a capital.
 */
const ADVANCE: Record<string, number> = {
  ...spread('abcdefghijklmnopqrstuvwxyz', [1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253, 1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075]),
  ...spread('ABCDEFGHIJKLMNOPQRSTUVWXYZ', [1401, 1405, 1430, 1577, 1294, 1178, 1589, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403]),
  ...spread('0123456789', Array(10).fill(1303)),
  ...spread(' .,:;()-–—\'"’“”/%&', [651, 651, 651, 690, 690, 799, 799, 739, 1024, 2048, 563, 942, 651, 942, 942, 690, 1946, 1595]),
};
const OTHER = 1450;

function spread(chars: string, widths: number[]): Record<string, number> {
  return Object.fromEntries([...chars].map((char, i) => [char, widths[i]!]));
}

/** A character's advance in ems, a little over the font's own so that estimates err on the safe side. */
function charEm(char: string): number {
  return ((ADVANCE[char] ?? OTHER) / 2048) * 1.01;
}

/** Bold DejaVu Sans is about a tenth wider than regular. */
const BOLD_WIDTH = 1.1;
/** PowerPoint's single line spacing for DejaVu Sans: its ascent plus descent. */
export const SINGLE_LINE = 1.17;

export interface TextStyle {
  bold?: boolean;
  /** Line spacing as a multiple of single spacing. */
  lineSpacing?: number;
  /** Space after each paragraph, in ems. */
  spaceAfterEm?: number;
  /** Room taken at the start of each line by a bullet or a hanging indent, in ems. */
  indentEm?: number;
}

/** The width of a text in points at a font size, on one line. */
export function textWidth(text: string, fontPt: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charEm(char);
  return ems * fontPt * (bold ? BOLD_WIDTH : 1);
}

/** How many lines a paragraph wraps into in a box `widthPt` wide, wrapping at spaces as PowerPoint does. */
export function lineCount(text: string, widthPt: number, fontPt: number, bold = false): number {
  const space = textWidth(' ', fontPt, bold);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const width = textWidth(word, fontPt, bold);
    if (used > 0 && used + space + width > widthPt) {
      lines++;
      used = 0;
    }
    // A word wider than the box breaks across lines of its own.
    if (width > widthPt) {
      lines += Math.ceil(width / widthPt) - 1;
      used = width % widthPt;
    } else used += (used > 0 ? space : 0) + width;
  }
  return lines;
}

/** The height, in points, of paragraphs set at a font size in a box `widthPt` wide. */
export function textHeight(paragraphs: readonly string[], widthPt: number, fontPt: number, style: TextStyle = {}): number {
  const line = fontPt * SINGLE_LINE * (style.lineSpacing ?? 1);
  const width = widthPt - (style.indentEm ?? 0) * fontPt;
  const lines = paragraphs.reduce((sum, text) => sum + lineCount(text, width, fontPt, style.bold), 0);
  return lines * line + paragraphs.length * (style.spaceAfterEm ?? 0) * fontPt;
}

/**
 * The largest font size, from `maxPt` down to `minPt` in half points, at which the paragraphs fit
 * a box; `minPt` when even that does not fit (the box is then set to shrink on overflow).
 */
export function fitFontSize(paragraphs: readonly string[], box: { widthPt: number; heightPt: number }, range: { maxPt: number; minPt: number }, style: TextStyle = {}): { fontPt: number; fits: boolean } {
  for (let fontPt = range.maxPt; fontPt >= range.minPt; fontPt -= 0.5) {
    if (textHeight(paragraphs, box.widthPt, fontPt, style) <= box.heightPt) return { fontPt, fits: true };
  }
  return { fontPt: range.minPt, fits: false };
}
