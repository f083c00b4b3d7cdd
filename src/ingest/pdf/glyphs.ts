/** Stands for a glyph the PDF gives no character for (a lost "fi"/"fl" ligature), until the paper's words decide. */
export const LOST_GLYPH = '\uE000';
/** Marks a soft (discretionary) hyphen at a line's end: the word goes on, without it, on the next line. */
export const SOFT_HYPHEN = '\u00AD';

const LIGATURES: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' };

/**
 * A run's characters as a reader types them: ligatures spelled out, hyphen variants (U+2010,
 * the non-breaking U+2011) as "-", no-break and thin spaces as spaces, zero-width marks and
 * control characters gone. Soft hyphens stay, to be read at line ends.
 */
export function plainText(text: string): string {
  return text
    .replace(/[\uFB00-\uFB06]/g, (ligature) => LIGATURES[ligature]!)
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** The ligatures a lost glyph can be, most common first. */
const LOST_CANDIDATES = ['fi', 'fl', 'ff', 'ffi', 'ffl'];

/**
 * Spells out lost glyphs: the ligature that makes a word the paper writes elsewhere
 * ("\uE000uorescent" → "fluorescent", seen in a caption set in another font); otherwise the
 * commonest ligature, "fi".
 */
export function restoreLostGlyphs(text: string, vocabulary: ReadonlySet<string>): string {
  if (!text.includes(LOST_GLYPH)) return text;
  return text.replace(/[\p{L}\uE000]*\uE000[\p{L}\uE000]*/gu, (word) => {
    for (const candidate of LOST_CANDIDATES) {
      const spelled = word.replaceAll(LOST_GLYPH, candidate);
      if (vocabulary.has(spelled.toLowerCase())) return spelled;
    }
    return word.replaceAll(LOST_GLYPH, 'fi');
  });
}

/** The words a text writes, lowercased: what lost glyphs and line-end hyphens are checked against. */
export function wordsOf(text: string, into = new Set<string>()): Set<string> {
  for (const word of text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) {
    into.add(word.toLowerCase());
    for (const part of word.split('-')) into.add(part.toLowerCase());
  }
  return into;
}
