import type { Line } from './chunks.ts';

/** Lines ingest removed because they are not the paper's words, with why. */
export interface Removed {
  line: Line;
  why: 'running header' | 'page number';
}

export interface CleanLines {
  /** The paper's lines without running headers and page numbers; hyphenated breaks marked. */
  lines: Line[];
  removed: Removed[];
}

/** "12", "- 12 -", "Page 3", "3 of 10", "3/10". */
const PAGE_NUMBER = /^\s*(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?\s*$/i;
/**
 * Lines that are structure, never a header: list items, table rows, markdown and numbered
 * headings ("2.1 Methods" and "3.1 Methods" look alike once digits are folded), quotes. A page
 * number before a running title ("12 Journal of …") is not a numbered heading: it has no dot.
 */
const STRUCTURE = /^\s*(?:[-*+•|#>]|\[\d+\]|\d+(?:\.\d+)+\.?\s+\p{Lu}|\d+\.\s+\p{Lu})/u;
/** A markdown thematic break (`---`, `***`): markup, not words. */
const RULE = /^\s*([-*_])(?:\s*\1){2,}\s*$/;
/** Prefixes whose hyphen is kept at a line break when the document does not decide: "non-small". */
const HYPHEN_PREFIXES = new Set(['non', 'self', 'well', 'cross', 'half']);

/**
 * Removes what PDF extraction leaves between pages — running headers and footers, lone page
 * numbers — blanks markdown rules, and marks each line whose trailing hyphen splits a word. Offsets are untouched: the
 * lines kept are the original lines.
 */
export function cleanLines(all: readonly Line[]): CleanLines {
  const headers = runningHeaders(all);
  const removed: Removed[] = [];
  const isBlank = (i: number) => i < 0 || i >= all.length || all[i]!.text.trim() === '' || headers.has(shape(all[i]!.text));
  const kept: Line[] = [];
  all.forEach((line, i) => {
    if (line.text.trim() !== '' && headers.has(shape(line.text))) removed.push({ line, why: 'running header' });
    else if (PAGE_NUMBER.test(line.text) && isBlank(i - 1) && isBlank(i + 1)) removed.push({ line, why: 'page number' });
    else if (RULE.test(line.text)) kept.push({ ...line, text: '' });
    else kept.push({ ...line });
  });
  markHyphenation(kept);
  return { lines: kept, removed };
}

/**
 * Lines repeated on several pages: alone between blank lines (or at the file's edge), not a
 * heading, list item or table row, and either carrying page furniture (digits, `|`, `·`) and seen
 * twice, or seen three times. Compared with digits folded, so "Vol 4 | 12" matches "Vol 4 | 13".
 */
function runningHeaders(lines: readonly Line[]): Set<string> {
  const counts = new Map<string, number>();
  lines.forEach((line, i) => {
    const text = line.text.trim();
    if (text.length < 8 || STRUCTURE.test(text) || !besideBlank(lines, i)) return;
    counts.set(shape(text), (counts.get(shape(text)) ?? 0) + 1);
  });
  const headers = new Set<string>();
  for (const [key, count] of counts) {
    if (count >= 3 || (count >= 2 && /[#|·]/.test(key))) headers.add(key);
  }
  return headers;
}

function besideBlank(lines: readonly Line[], i: number): boolean {
  const blank = (j: number) => j < 0 || j >= lines.length || lines[j]!.text.trim() === '';
  return blank(i - 1) || blank(i + 1);
}

function shape(text: string): string {
  return text.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Decides, for each line ending in a letter and a hyphen, whether the hyphen splits a word
 * (`distribu-` / `tion`) or is the word's own (`non-` / `small`, `CRISPR-` / `Cas9`). The document
 * itself decides first: a form it writes elsewhere on one line wins. Then a few prefixes that
 * keep their hyphen; otherwise the hyphen splits a word, as typesetters hyphenate.
 */
function markHyphenation(lines: Line[]): void {
  const words = vocabulary(lines);
  lines.forEach((line, i) => {
    const head = /([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)-$/u.exec(line.text.trimEnd())?.[1];
    const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
    if (!head || !next) return;
    const tail = /^[\p{L}\p{N}]+/u.exec(next.text.trimStart())?.[0];
    if (!tail) return;
    line.join = splitsWord(head, tail, words) ? 'word' : 'hyphen';
  });
}

function splitsWord(head: string, tail: string, words: Set<string>): boolean {
  if (!/^\p{Ll}/u.test(tail) || !/\p{L}$/u.test(head)) return false;
  const hyphenated = `${head}-${tail}`.toLowerCase();
  const joined = `${head}${tail}`.toLowerCase();
  if (words.has(hyphenated)) return false;
  if (words.has(joined)) return true;
  const prefix = head.split('-').pop()!.toLowerCase();
  return !HYPHEN_PREFIXES.has(prefix);
}

function vocabulary(lines: readonly Line[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    for (const word of line.text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) words.add(word.toLowerCase());
  }
  return words;
}
