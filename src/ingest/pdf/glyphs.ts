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
    // NOTE: pdf.js gives a glyph it cannot name a private-use code point: a lost ligature.
    .replace(/[\uE001-\uF8FF]/g, LOST_GLYPH)
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** The ligatures a lost glyph can be, most common first. */
const LOST_CANDIDATES = ['fi', 'fl', 'ff', 'ffi', 'ffl'];

/**
 * Spells out lost glyphs by the paper's own words: the ligature that makes a word the paper
 * writes elsewhere ("\uE000uorescent" → "fluorescent" when a caption in another font writes
 * "Fluorescence"), or one that starts such a word; failing that, "fl" before a, o, u or y
 * ("flow", "fluid") and "fi" otherwise ("final", "specific"), as English spells them.
 */
export function restoreLostGlyphs(text: string, vocabulary: ReadonlySet<string>): string {
  if (!text.includes(LOST_GLYPH)) return text;
  // NOTE: a lost glyph inside a word is a ligature; one standing alone (a symbol) is dropped.
  const stems = stemsOf(vocabulary);
  return text.replace(/[\p{L}\uE000]*\uE000[\p{L}\uE000]*/gu, (word) => {
    const spell = (candidate: string) => word.replaceAll(LOST_GLYPH, candidate);
    const known = LOST_CANDIDATES.find((c) => vocabulary.has(spell(c).toLowerCase())) ?? LOST_CANDIDATES.find((c) => spell(c).length >= STEM && stems.has(spell(c).toLowerCase().slice(0, STEM)) && !word.toLowerCase().startsWith(spell(c).toLowerCase().slice(0, STEM)));
    if (known) return spell(known);
    return word.replace(/\uE000(.?)/gu, (_, next: string) => (/[aouy]/i.test(next) ? 'fl' : 'fi') + next);
  }).replaceAll(LOST_GLYPH, '');
}

/** How many letters of a word's start name its family ("fluoresc…"). */
const STEM = 7;
const stemCache = new WeakMap<ReadonlySet<string>, Set<string>>();

function stemsOf(vocabulary: ReadonlySet<string>): Set<string> {
  let stems = stemCache.get(vocabulary);
  if (!stems) {
    stems = new Set([...vocabulary].filter((w) => w.length >= STEM).map((w) => w.slice(0, STEM)));
    stemCache.set(vocabulary, stems);
  }
  return stems;
}

/** The words a text writes, lowercased: what lost glyphs and line-end hyphens are checked against. */
export function wordsOf(text: string, into = new Set<string>()): Set<string> {
  for (const word of text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) {
    into.add(word.toLowerCase());
    for (const part of word.split('-')) into.add(part.toLowerCase());
  }
  return into;
}
