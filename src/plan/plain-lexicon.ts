import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPlainWords, PlainWords, type Course } from '../content/course.ts';
import { parseYaml } from '../content/yaml.ts';

/** Lectern's own plain-language lexicon, shipped beside this module. */
export const SHIPPED_LEXICON = fileURLToPath(new URL('./lexicon/plain.yaml', import.meta.url));

/** One term and the plain words that replace it on a plain-wording audience's slides. */
export interface LexiconEntry {
  term: string;
  plain: string;
  /** A term with a capital inside a word ("DNA repair", "pH") matches only as written. */
  caseSensitive: boolean;
}

/** Entries longest term first, so the longest match wins ("adverse effects" before "adverse"). */
export type Lexicon = readonly LexiconEntry[];

/** Reads a plain-words map (the shipped lexicon's shape); errors name the file and line. */
export function parsePlainWords(text: string, file: string): PlainWords {
  const source = parseYaml(text, file, PlainWords);
  checkPlainWords(source, []);
  return source.data;
}

let shipped: PlainWords | undefined;

/** The shipped lexicon, read once. */
export function shippedPlainWords(): PlainWords {
  shipped ??= parsePlainWords(readFileSync(SHIPPED_LEXICON, 'utf8'), 'src/plan/lexicon/plain.yaml');
  return shipped;
}

/**
 * A course's lexicon: the shipped entries, then the course's `plainWords`, which add terms,
 * replace the plain words of a shipped term (matched ignoring case) or switch it off (`false`).
 */
export function lexiconFor(course: Course | undefined, base: PlainWords = shippedPlainWords()): Lexicon {
  const merged = new Map<string, { term: string; plain: string | false }>();
  for (const words of [base, course?.edits.plainWords ?? {}]) {
    for (const [term, plain] of Object.entries(words)) merged.set(term.trim().toLowerCase(), { term: term.trim(), plain });
  }
  return [...merged.values()]
    .filter((entry): entry is { term: string; plain: string } => entry.plain !== false)
    .map(({ term, plain }) => ({ term, plain: plain.trim(), caseSensitive: term.split(/\s+/).some((word) => /\p{Lu}/u.test(word.slice(1))) }))
    .sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term));
}
