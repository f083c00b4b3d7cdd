/** Small words that stay lowercase inside a title ("Mechanisms of Drug Resistance"). */
export const SMALL_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or',
  'per', 'the', 'to', 'versus', 'via', 'vs', 'with', 'without',
]);

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Whitespace folded to single spaces: how the paper reads once line and page breaks are gone. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether text reads like a title: every word that is not a small word starts with a capital,
 * a digit or an opening bracket ("Artificial Intelligence (AI) and Machine Learning").
 */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  return words.every((word, i) => {
    if (i > 0 && SMALL_WORDS.has(word.toLowerCase())) return true;
    return /^[\p{Lu}\p{N}(["'‘“]/u.test(word);
  });
}

/** Whether a line is written in capitals: it has letters and none of them is lowercase. */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * Whether a paragraph's text ends a sentence. A paragraph that does not was split by a page
 * break (`...who are eligible for` / `HER2-targeted therapies...`). A colon ends a lead-in
 * ("...these challenges include:").
 */
export function endsSentence(text: string): boolean {
  return /[.!?:;]["'’”)\]]*$/.test(text.trimEnd());
}

/**
 * Words a paper's body writes in capitals (DNA, EGFR, S6K1), from its running text only (a text
 * with lower case in it): they stay capitals when a heading set in capitals is title-cased.
 */
export function upperCaseWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) if (/\p{Ll}/u.test(text)) for (const word of text.match(/\b\p{Lu}[\p{Lu}\d]+\b/gu) ?? []) words.add(word);
  return words;
}

/** "MECHANISMS OF DRUG RESISTANCE" → "Mechanisms of Drug Resistance", keeping known acronyms. */
export function toTitleCase(text: string, keepUpper: ReadonlySet<string> = new Set()): string {
  return text
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((part, i) => {
      if (/^\s+$|^-$/.test(part) || part === '') return part;
      const upper = part.toUpperCase();
      if (keepUpper.has(upper)) return upper;
      if (i > 0 && SMALL_WORDS.has(part)) return part;
      return part.charAt(0).toUpperCase() + part.slice(1);
    })
    .join('');
}

/** Lowercase, ASCII-folded, dash-separated: "Drug Efflux Pumps" → "drug-efflux-pumps". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
