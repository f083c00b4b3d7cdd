/**
 * Abbreviations after which a full stop does not end a sentence. Lowercased, without the final dot.
 * Single letters (initials, genus names such as "S. aureus") are handled separately.
 */
const ABBREVIATIONS = new Set([
  'al', 'approx', 'ca', 'cf', 'co', 'dept', 'dr', 'e.g', 'eq', 'eqs', 'esp', 'etc', 'fig', 'figs',
  'i.e', 'inc', 'jr', 'ltd', 'max', 'min', 'mr', 'mrs', 'ms', 'no', 'nos', 'prof', 'ref', 'refs',
  'resp', 'sr', 'st', 'smt', 'tab', 'viz', 'vol', 'vs', 'wt',
]);

/** Abbreviations that may also end a sentence: a split after them needs a capital to follow. */
const AMBIGUOUS = new Set(['etc', 'al', 'inc', 'ltd', 'co']);

/**
 * Abbreviations written before a number or a label ("Fig. 2", "Fig. S4", "Eq. 3", "approx. 12")
 * or after one ("30 min."): before a capitalised word they end a sentence ("… shown in S4 Fig.
 * Finally, we …", "… for 30 min. Cells were …").
 */
const BEFORE_NUMBERS = new Set(['approx', 'ca', 'eq', 'eqs', 'fig', 'figs', 'max', 'min', 'no', 'nos', 'ref', 'refs', 'tab', 'vol', 'wt']);

/** A word in capitals and small letters: a sentence's first word, not a label ("S4", "A", "IV", "B12"). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+(?![\p{N}])/u;

/** Footnote marks set right after a sentence's stop: superscript numbers ("⁷", "⁷,⁸", "¹²⁻¹⁴") and symbols. */
const NOTE_MARKS = '(?:[⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§]+(?:[,⁻–-][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*)?';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * NOTE: why our own splitter and not the npm package `sbd` (1.0.19): on the hard cases in
 * test/fixtures/sentences/hard-cases.json this one gets 16 of 16 and sbd 12 — sbd splits after
 * "approx." and "vol." before a number, does not end a sentence at "etc." before a capital, and
 * starts a sentence at a lowercase word ("in vivo") — and sbd pulls in sanitize-html and its HTML
 * parser, which a plain-text splitter does not need.
 *
 * Splits prose into sentences. A sentence ends at `.`, `!` or `?` (with any closing quotes or
 * brackets) followed by white space and a capital, digit or opening quote — unless the dot
 * belongs to an abbreviation ("et al.", "e.g.", "Fig.", "S. aureus") or a decimal ("2.5 mg/kg").
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, 0);
  // NOTE: a run of stops is tried from its start only (the lookbehind), not from each of its dots.
  const boundary = new RegExp(`(?<![.!?])[.!?]+["'’”)\\]]*${NOTE_MARKS}(?=\\s|$)`, 'g');
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    const next = skipSpace(text, end);
    if (next < text.length && !startsSentence(text, next)) continue;
    if (match[0].startsWith('.') && isAbbreviation(text, match.index, next)) continue;
    pushSentence(sentences, text, start, end);
    start = next;
  }
  if (start < text.length) pushSentence(sentences, text, start, text.trimEnd().length);
  return sentences;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  if (slice.trim() !== '') out.push({ text: slice, start, end });
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function startsSentence(text: string, at: number): boolean {
  return /[\p{Lu}\p{N}"'‘“(\[]/u.test(text[at]!);
}

function isAbbreviation(text: string, dotAt: number, next: number): boolean {
  // NOTE: the word is read back from the dot, not found by searching all the text before it.
  let from = dotAt;
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, dotAt);
  if (word === '') return false;
  const lower = word.toLowerCase().replace(/^\.+/, '');
  // Initials and abbreviated genus names: "K. R. Joshi", "S. aureus", "E. coli"; a capital set
  // after a digit or symbol is a unit or a label ("18°C.", "Fig. 2A."), no initial.
  if (/^\p{Lu}$/u.test(word)) return from === 0 || /[\s(\[{“‘"'/-]/u.test(text[from - 1]!);
  if (ABBREVIATIONS.has(lower)) {
    // "... and so on, etc. The next sentence" ends; "et al. (2019)" does not.
    if (AMBIGUOUS.has(lower)) return !/\p{Lu}/u.test(text[next] ?? '') || lower === 'al';
    if (BEFORE_NUMBERS.has(lower)) return !CAPITALISED_WORD.test(text.slice(next, next + 40));
    return true;
  }
  // Dotted abbreviations such as "U.S." or "a.m.".
  return /^(\p{L}\.)+\p{L}$/u.test(lower);
}
