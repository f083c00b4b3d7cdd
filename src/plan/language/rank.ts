import { tag, type Token } from './tagger.ts';

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const DAMPING = 0.85;
const ITERATIONS = 40;

/** The lemmas of a text's content words (nouns, names, verbs, adjectives, numbers). */
export function contentLemmas(tokens: Token[]): string[] {
  return tokens.filter((t) => CONTENT.has(t.pos) && /[\p{L}\p{N}]/u.test(t.text) && !/^(?:be|have|do)$/.test(t.lemma)).map((t) => t.lemma);
}

/**
 * How central each sentence is to a set of sentences (TextRank, Mihalcea & Tarau 2004): sentences
 * share weight through the content words they have in common, so a sentence that restates what
 * many others say scores high and an aside scores low. One or two sentences, or sentences that
 * share no word, all score the same. Deterministic: a fixed number of iterations from equal scores.
 */
export function centrality(sentences: string[]): number[] {
  const n = sentences.length;
  if (n <= 2) return sentences.map(() => 1);
  const bags = sentences.map((s) => new Set(contentLemmas(tag(s))));
  const weight = bags.map((a, i) => bags.map((b, j) => (i === j ? 0 : similarity(a, b))));
  const outSum = weight.map((row) => row.reduce((sum, w) => sum + w, 0));
  let score = sentences.map(() => 1);
  for (let k = 0; k < ITERATIONS; k++) {
    score = score.map((_, i) => {
      let incoming = 0;
      for (let j = 0; j < n; j++) if (outSum[j]! > 0) incoming += (weight[j]![i]! / outSum[j]!) * score[j]!;
      return 1 - DAMPING + DAMPING * incoming;
    });
  }
  return score;
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size < 2 || b.size < 2) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (Math.log(a.size) + Math.log(b.size));
}

/** Indices of the `count` most central sentences, in their original order. */
export function mostCentral(sentences: string[], count: number): number[] {
  const score = centrality(sentences);
  return score
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, count)
    .map(({ i }) => i)
    .sort((a, b) => a - b);
}
