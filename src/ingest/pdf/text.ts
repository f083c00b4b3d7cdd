import { restoreLostGlyphs, SOFT_HYPHEN, wordsOf } from './glyphs.ts';
import { lineText, type Line } from './lines.ts';

/** Prefixes whose hyphen is kept at a line break when the paper does not decide: "non-small". */
const HYPHEN_PREFIXES = new Set(['non', 'self', 'well', 'cross', 'half']);
/**
 * Prefixes that keep their hyphen only before a word the paper writes ("multi-" / "task"): they
 * also start words a typesetter breaks after them ("Inter-" / "estingly", "pre-" / "sented").
 */
const WORD_PREFIXES = new Set(['anti', 'multi', 'co', 'pre', 'post', 'sub', 'semi', 'inter', 'intra']);

/**
 * The words the paper writes, each on one line: what decides lost glyphs and line-end hyphens.
 * The piece of a word broken at the line above ("estingly" under "Inter-") is no word of the paper.
 */
export function paperVocabulary(lines: Iterable<Line>): Set<string> {
  const all = [...lines];
  const texts = new Map(all.map((line) => [line, lineText(line).text]));
  const pieces = new Set<Line>();
  for (const line of all) {
    if (!/\p{L}-$/u.test(texts.get(line)!)) continue;
    const below = lineBelow(line, all);
    if (below) pieces.add(below);
  }
  const words = new Set<string>();
  for (const line of all) {
    const text = texts.get(line)!.replace(/-$/, '');
    wordsOf(pieces.has(line) ? text.replace(/^[\p{L}\p{N}\uE000]+/u, '') : text, words);
  }
  return words;
}

/** The next line of the same column: the nearest line under a line that shares some of its width. */
function lineBelow(line: Line, all: readonly Line[]): Line | undefined {
  let best: Line | undefined;
  for (const other of all) {
    if (other.page !== line.page || other.y <= line.y + 0.3 * line.size || other.y > line.y + 2 * line.size) continue;
    if (other.x >= line.right || other.right <= line.x) continue;
    if (!best || other.y < best.y) best = other;
  }
  return best;
}

/**
 * Lines joined as a reader reads them: with a space, a soft hyphen at a line's end dropped, and
 * a hyphen at a line's end kept or dropped by the paper's own words: "thera-" / "peutic" joins
 * to "therapeutic" when the paper writes it so or does not write "thera-peutic", and "SQuAL-" /
 * "ITY" to "SQuALITY" when the paper writes that; "non-" / "small" keeps its hyphen when the
 * paper writes "non-small" elsewhere or after a prefix that keeps its hyphen, and so does a hyphen
 * before a capital or a digit ("CRISPR-" / "Cas9", "BigBird-" / "PEGASUS").
 */
export function joinLines(texts: string[], vocabulary: ReadonlySet<string>): string {
  let text = '';
  for (const raw of texts) {
    const line = raw.trim();
    if (!line) continue;
    if (!text) text = line;
    else if (text.endsWith(SOFT_HYPHEN)) text = text.slice(0, -1) + line;
    else if (/[\p{L}\p{N}]-$/u.test(text)) text = joinHyphen(text, line, vocabulary);
    else text = `${text} ${line}`;
  }
  return restoreLostGlyphs(text.replaceAll(SOFT_HYPHEN, ''), vocabulary);
}

function joinHyphen(before: string, after: string, vocabulary: ReadonlySet<string>): string {
  const head = /([\p{L}\p{N}\uE000]+(?:-[\p{L}\p{N}\uE000]+)*)-$/u.exec(before)?.[1] ?? '';
  const tail = /^[\p{L}\p{N}\uE000]+/u.exec(after)?.[0] ?? '';
  if (!tail || !/\p{L}$/u.test(head)) return before + after;
  const lower = (s: string) => s.toLowerCase();
  if (vocabulary.has(lower(`${head}-${tail}`))) return before + after;
  const lastPart = head.split('-').pop()!;
  // NOTE: a word the paper writes whole elsewhere is rejoined whatever its case ("SQuAL-" / "ITY").
  if (vocabulary.has(lower(`${lastPart}${tail}`)) || vocabulary.has(lower(`${head}${tail}`))) return before.slice(0, -1) + after;
  if (!/^\p{Ll}/u.test(tail)) return before + after;
  // "glutathione-S-" / "transferase", "N-" / "terminal": typesetters break no word after one letter, so the hyphen is the word's.
  if (/^\p{L}$/u.test(lastPart)) return before + after;
  if (HYPHEN_PREFIXES.has(lower(lastPart)) || (WORD_PREFIXES.has(lower(lastPart)) && vocabulary.has(lower(tail)))) return before + after;
  return before.slice(0, -1) + after;
}
