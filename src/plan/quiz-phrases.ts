import type { Paper } from '../content/paper.ts';
import { nounPhrases, tag, type Token } from './language/index.ts';

/** How often a phrase must recur in the paper to count as one of its terms. */
const MIN_USES = 2;
/** Noun phrases of this many words are terms; longer ones are descriptions. */
const MIN_WORDS = 2;
const MAX_WORDS = 3;

const cache = new WeakMap<Paper, string[][]>();

/**
 * The paper's recurring noun phrases, grouped by their part-of-speech pattern and number ("ADJ
 * NOUN" singular: "targeted therapy", "genetic testing"; "NOUN NOUN" plural: "efflux pumps"): one
 * phrase of a group can stand in another's place in a sentence and still read as English, so they
 * are each other's wrong choices in a gap and swaps in a false statement. Most used first.
 */
export function phraseGroups(paper: Paper): string[][] {
  const known = cache.get(paper);
  if (known) return known;
  const uses = new Map<string, { text: string; pattern: string; count: number; first: number }>();
  let order = 0;
  for (const block of paper.sections.flatMap((s) => s.blocks)) {
    if (block.kind === 'table' || block.kind === 'caption') continue;
    const tokens = tag(block.text);
    for (const span of nounPhrases(tokens, { withOf: false })) {
      const words = tokens.slice(span.from, span.to).filter((t) => t.pos !== 'DET' && t.pos !== 'PRON');
      if (words.length < MIN_WORDS || words.length > MAX_WORDS || !words.every(isPlainWord)) continue;
      const text = block.text.slice(words[0]!.start, words[words.length - 1]!.end);
      if (/\s{2,}|[()[\]]/.test(text)) continue;
      const key = text.toLowerCase();
      const entry = uses.get(key) ?? { text: lowerCommon(words), pattern: patternOf(words), count: 0, first: order++ };
      entry.count++;
      // Written in lower case anywhere, it is a common phrase: a capital elsewhere only opened a sentence.
      if (text === key) entry.text = text;
      uses.set(key, entry);
    }
  }
  const groups = new Map<string, { text: string; count: number; first: number }[]>();
  for (const entry of uses.values()) {
    if (entry.count < MIN_USES) continue;
    groups.set(entry.pattern, [...(groups.get(entry.pattern) ?? []), entry]);
  }
  const result = [...groups.values()]
    .filter((group) => group.length >= 4)
    .map((group) => group.sort((a, b) => b.count - a.count || a.first - b.first).map((e) => e.text));
  cache.set(paper, result);
  return result;
}

function isPlainWord(token: Token): boolean {
  return /^[\p{L}][\p{L}'-]*$/u.test(token.text) && /^(?:ADJ|NOUN|PROPN|VERB)$/.test(token.pos);
}

/** "ADJ NOUN:plural": the tags, and whether the head noun is plural (its lemma is not itself). */
function patternOf(words: Token[]): string {
  const head = words[words.length - 1]!;
  const plural = head.pos === 'NOUN' && head.lemma !== head.normal;
  return `${words.map((w) => (w.pos === 'PROPN' ? 'NOUN' : w.pos)).join(' ')}:${plural ? 'plural' : 'singular'}`;
}

/** A phrase as it reads in running text: a word capitalised only because it opened a sentence is lowered. */
function lowerCommon(words: Token[]): string {
  return words.map((w, i) => (i === 0 && /^\p{Lu}\p{Ll}+$/u.test(w.text) && w.pos !== 'PROPN' ? w.normal : w.text)).join(' ');
}
