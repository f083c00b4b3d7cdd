import { restoreLostGlyphs, SOFT_HYPHEN, wordsOf } from './glyphs.ts';
import { lineText, type Line } from './lines.ts';

/** Prefixes whose hyphen is kept at a line break when the paper does not decide: "non-small". */
const HYPHEN_PREFIXES = new Set(['non', 'self', 'well', 'cross', 'half', 'anti', 'multi', 'co', 'pre', 'post', 'sub', 'semi', 'inter', 'intra']);

/** The words the paper writes, each on one line: what decides lost glyphs and line-end hyphens. */
export function paperVocabulary(lines: Iterable<Line>): Set<string> {
  const words = new Set<string>();
  for (const line of lines) wordsOf(lineText(line).text.replace(/-$/, ''), words);
  return words;
}

/**
 * Lines joined as a reader reads them: with a space, a soft hyphen at a line's end dropped, and
 * a hyphen at a line's end kept or dropped by the paper's own words: "thera-" / "peutic" joins
 * to "therapeutic" when the paper writes it so or does not write "thera-peutic"; "non-" /
 * "small" keeps its hyphen when the paper writes "non-small" elsewhere, and so does a hyphen
 * before a capital or a digit ("CRISPR-" / "Cas9").
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
  if (!tail || !/^\p{Ll}/u.test(tail) || !/\p{L}$/u.test(head)) return before + after;
  const lower = (s: string) => s.toLowerCase();
  if (vocabulary.has(lower(`${head}-${tail}`))) return before + after;
  const lastPart = head.split('-').pop()!;
  if (vocabulary.has(lower(`${lastPart}${tail}`)) || vocabulary.has(lower(`${head}${tail}`))) return before.slice(0, -1) + after;
  if (HYPHEN_PREFIXES.has(lower(lastPart))) return before + after;
  return before.slice(0, -1) + after;
}
