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
  if (!/^\p{Ll}/u.test(tail) || !/\p{L}$/u.test(head)) return false;
  const hyphenated = `${head.replace(/\u2010/g, '-')}-${tail}`.toLowerCase();
  const joined = `${head}${tail}`.toLowerCase();
  if (words.has(hyphenated)) return false;
  if (words.has(joined)) return true;
  const prefix = head.split(/[-\u2010]/).pop()!.toLowerCase();
  return !HYPHEN_PREFIXES.has(prefix);
}

function vocabulary(lines: readonly Line[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    for (const word of line.text.match(/[\p{L}\p{N}]+(?:[-\u2010][\p{L}\p{N}]+)*/gu) ?? []) words.add(word.replace(/\u2010/g, '-').toLowerCase());
  }
  return words;
}
