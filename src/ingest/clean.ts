import type { Line } from './chunks.ts';
import { findFurniture, type FurnitureReason } from './furniture.ts';

/** Lines ingest removed because they are not the paper's words, with why. */
export interface Removed {
  line: Line;
  why: FurnitureReason;
}

export interface CleanLines {
  /** The paper's lines without page furniture; hyphenated breaks marked. */
  lines: Line[];
  removed: Removed[];
}

/** A markdown thematic break (`---`, `***`): markup, not words. */
const RULE = /^\s*([-*_])(?:\s*\1){2,}\s*$/;
/** Prefixes whose hyphen is kept at a line break when the document does not decide: "non-small". */
const HYPHEN_PREFIXES = new Set(['non', 'self', 'well', 'cross', 'half']);
/**
 * Prefixes that keep their hyphen only before a word the document writes ("multi-" / "task"):
 * they also start words a typesetter breaks after them ("Inter-" / "estingly", "pre-" / "sented").
 */
const WORD_PREFIXES = new Set(['anti', 'multi', 'co', 'pre', 'post', 'sub', 'semi', 'inter', 'intra']);

/**
 * Removes what PDF extraction leaves around the text — running headers and footers, page
 * numbers, stamps and margin boxes (see `findFurniture`) — blanks markdown rules, and marks each
 * line whose trailing hyphen splits a word. Offsets are untouched: the lines kept are the original lines.
 */
export function cleanLines(all: readonly Line[]): CleanLines {
  const furniture = findFurniture(all);
  const removed: Removed[] = [];
  const kept: Line[] = [];
  all.forEach((line, i) => {
    const why = furniture.get(i);
    if (why) removed.push({ line, why });
    else if (RULE.test(line.text)) kept.push({ ...line, text: '' });
    else kept.push({ ...line, text: line.text.replace(/\f/g, ' ') });
  });
  markHyphenation(kept);
  return { lines: kept, removed };
}

/**
 * Decides, for each line ending in a letter and a hyphen, whether the hyphen splits a word
 * (`distribu-` / `tion`) or is the word's own (`non-` / `small`, `CRISPR-` / `Cas9`). The document
 * itself decides first: a form it writes elsewhere on one line wins. Then a few prefixes that
 * keep their hyphen; otherwise the hyphen splits a word, as typesetters hyphenate.
 */
function markHyphenation(lines: Line[]): void {
  const words = vocabulary(lines);
  let next: Line | undefined;
  // NOTE: walked from the end, so each line knows the next non-blank line without looking ahead again.
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const head = hyphenatedEnd(line.text.trimEnd());
    if (head && next) {
      const tail = /^[\p{L}\p{N}]+/u.exec(next.text.trimStart())?.[0];
      if (tail) line.join = splitsWord(head, tail, words) ? 'word' : 'hyphen';
    }
    if (line.text.trim() !== '') next = line;
  }
}

/**
 * The word a line ends with when it ends in a hyphen ("distribu-", "non-small-"), without that
 * hyphen. NOTE: pdftotext keeps some typesetters' hyphen as U+2010 ("in‐" / "stance"). The match
 * may only start where a run of letters and hyphens starts, so a long run is read once, not once
 * from each of its letters.
 */
function hyphenatedEnd(text: string): string | undefined {
  const run = /(?<![\p{L}\p{N}\-\u2010])[\p{L}\p{N}\-\u2010]+$/u.exec(text)?.[0].replace(/^[-\u2010]+/, '');
  return run === undefined ? undefined : /^([\p{L}\p{N}]+(?:[-\u2010][\p{L}\p{N}]+)*)[-\u2010]$/u.exec(run)?.[1];
}

function splitsWord(head: string, tail: string, words: Set<string>): boolean {
  if (!/\p{L}$/u.test(head)) return false;
  const hyphenated = `${head.replace(/\u2010/g, '-')}-${tail}`.toLowerCase();
  const last = head.split(/[-\u2010]/).pop()!;
  if (words.has(hyphenated)) return false;
  // NOTE: a word the document writes whole elsewhere is rejoined whatever its case ("SQuAL-" / "ITY").
  if (words.has(`${head}${tail}`.toLowerCase()) || words.has(`${last}${tail}`.toLowerCase())) return true;
  if (!/^\p{Ll}/u.test(tail)) return false;
  const prefix = last.toLowerCase();
  return !HYPHEN_PREFIXES.has(prefix) && !(WORD_PREFIXES.has(prefix) && words.has(tail.toLowerCase()));
}

/**
 * The words the document writes, hyphenated words whole and each of their parts. The piece of a
 * word broken at the line above ("estingly" under "Inter-") is no word of the document.
 */
function vocabulary(lines: readonly Line[]): Set<string> {
  const words = new Set<string>();
  let broken = false;
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    const text = broken ? line.text.trimStart().replace(/^[\p{L}\p{N}]+/u, '') : line.text;
    for (const word of text.match(/[\p{L}\p{N}]+(?:[-\u2010][\p{L}\p{N}]+)*/gu) ?? []) {
      const plain = word.replace(/\u2010/g, '-').toLowerCase();
      words.add(plain);
      for (const part of plain.split('-')) words.add(part);
    }
    broken = hyphenatedEnd(line.text.trimEnd()) !== undefined;
  }
  return words;
}
