import type { Acronym } from '../content/paper.ts';

/**
 * Finds acronyms defined in the text with the Schwartz–Hearst algorithm: a long form followed by
 * its short form in parentheses ("epidermal growth factor receptor (EGFR)"), or the swapped form
 * ("EGFR (epidermal growth factor receptor)"). The first definition of each short form wins;
 * results are in order of first definition.
 */
export function findAcronyms(texts: readonly string[]): Acronym[] {
  const found = new Map<string, string>();
  for (const text of texts) {
    for (const { short, long } of candidates(text)) {
      if (!found.has(short)) found.set(short, long);
    }
  }
  return [...found].map(([short, long]) => ({ short, long }));
}

function* candidates(text: string): Generator<Acronym> {
  const paren = /\(([^()]{1,120})\)/g;
  // NOTE: the sentence's start is carried from one "(" to the next, and only the last words
  // before a "(" are read, so a long paragraph with many brackets is read once, not once a bracket.
  let stop = -1;
  let scanned = 0;
  for (let match = paren.exec(text); match; match = paren.exec(text)) {
    const inside = match[1]!.trim();
    for (; scanned + 1 < match.index; scanned++) {
      if (SENTENCE_STOPS.has(text[scanned]!) && text[scanned + 1] === ' ') stop = scanned;
    }
    const from = stop + 1;
    if (isShortForm(inside)) {
      const window = lastWords(text, from, match.index, Math.min(inside.length + 5, inside.length * 2));
      const long = initialsLongForm(inside, window) ?? matchLongForm(inside, window);
      if (long) yield { short: inside, long };
    } else {
      // Swapped form: "EGFR (epidermal growth factor receptor)".
      const short = lastWords(text, from, match.index, 1);
      if (short && isShortForm(short) && inside.split(/\s+/).length > 1) {
        const long = matchLongForm(short, inside);
        if (long === inside) yield { short, long };
      }
    }
  }
}

/** What ends a sentence, followed by a space, for where a long form may start. */
const SENTENCE_STOPS = new Set(['.', ';', ':']);

/** The last `count` words of `text` between `from` and `to`, read backwards from `to`, joined by spaces. */
function lastWords(text: string, from: number, to: number, count: number): string {
  const words: string[] = [];
  let end = to;
  while (words.length < count) {
    while (end > from && /\s/.test(text[end - 1]!)) end--;
    if (end <= from) break;
    let start = end;
    while (start > from && !/\s/.test(text[start - 1]!)) start--;
    words.unshift(text.slice(start, end));
    end = start;
  }
  return words.join(' ');
}

/**
 * Schwartz–Hearst's test for a short form: 2–10 characters, at most two words, starting with a
 * letter or digit, containing a letter; here also at least one capital (the precision the
 * literature reports depends on it).
 */
function isShortForm(text: string): boolean {
  if (text.length < 2 || text.length > 10) return false;
  if (text.split(/\s+/).length > 2) return false;
  if (!/^[\p{L}\p{N}]/u.test(text) || !/\p{Lu}/u.test(text)) return false;
  // NOTE: "R/(R + 1)" and "(p < 0.05)" are formulas, not acronyms: a short form is mostly letters.
  if ((text.match(/[\p{L}\p{N}]/gu) ?? []).length < 2 || /[^\p{L}\p{N}\s&'’-]/u.test(text)) return false;
  // A cross-reference in brackets ("(Figure 6c)", "(Table S1)") names no acronym.
  if (/^(?:fig(?:ure)?|table|eq(?:uation)?|section|box|panel|appendix|supplementary)s?\b/i.test(text)) return false;
  return !/^\p{N}+$/u.test(text);
}

/** Small words a long form passes over when its initials spell the short form: "Department of Health (DH)". */
const PASSED_OVER = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&']);

/**
 * The long form whose words' initials spell the short form, when there is one: "Personal
 * Protective Equipment (PPE)". Schwartz–Hearst's letter match takes the shortest long form, which
 * may find a letter inside a word ("Protective Equipment", its second P in "equiPment").
 */
function initialsLongForm(short: string, candidate: string): string | undefined {
  if (!/^\p{Lu}{2,8}$/u.test(short)) return undefined;
  const words = candidate.split(/\s+/).filter(Boolean);
  let si = short.length - 1;
  let wi = words.length - 1;
  while (si >= 0 && wi >= 0) {
    const word = words[wi]!;
    if (word[0]?.toLowerCase() === short[si]!.toLowerCase()) si--;
    else if (!PASSED_OVER.has(word.toLowerCase())) return undefined;
    wi--;
  }
  if (si >= 0) return undefined;
  const long = words.slice(wi + 1).join(' ');
  return /\p{L}{3}/u.test(long) && !/[()[\]]/.test(long) ? long : undefined;
}

/**
 * Schwartz–Hearst's long-form match: walk the short form right to left, finding each of its
 * letters and digits in the candidate text, the first one at the start of a word. Returns the
 * shortest long form that contains every character in order, or undefined.
 */
function matchLongForm(short: string, candidate: string): string | undefined {
  const s = short.toLowerCase();
  const l = candidate.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si]!;
    if (!/[\p{L}\p{N}]/u.test(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[\p{L}\p{N}]/u.test(l[li - 1]!)))) li--;
    if (li < 0) return undefined;
    li--;
    si--;
  }
  let start = li + 1;
  // A long form starts at a word's start: "Heat-health warning systems (HHWS)", not "health …".
  while (start > 0 && /[\p{L}\p{N}-]/u.test(candidate[start - 1]!)) start--;
  // "Just Another Gibbs Sampler [50] (JAGS)": the citation is not part of the name.
  const long = candidate.slice(start).replace(/\s*\[[^\]]*\]\s*$/, '').trim();
  if (long.length <= short.length || long.toLowerCase().includes(s)) return undefined;
  // "retrieved in main memory (RAM)": a verb and its preposition start a clause that glosses the term, not its name.
  if (/^\p{L}+ed\s+(?:in|on|at|by|from|to|into|with|for|as|via)\s/iu.test(long)) return undefined;
  // A long form is words, not a formula: "R + 1" spells nothing out.
  if (/[+=<>×±^]/.test(long) || !/\p{L}{3}/u.test(long)) return undefined;
  // "gene 1 (RIG)-I-like receptor (RLR)": a bracket the long form does not open is another term's.
  if ((long.match(/\(/g)?.length ?? 0) !== (long.match(/\)/g)?.length ?? 0)) return undefined;
  return long;
}
