import { syllable } from 'syllable';
import { isWord, sentences, tag } from './language/index.ts';

/** The counts a readability formula needs. */
export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

/**
 * Sentences, words and syllables of slide texts. Each text (a bullet) is at least one sentence,
 * however it ends; words are the tagger's word tokens, syllables counted by the `syllable` package.
 * NOTE: why `syllable` and not `text-readability`: the latter wraps `syllable` for its counts, then
 * rounds syllables per word to one decimal (up to ±0.6 of a grade) and splits sentences by regex.
 */
export function countText(texts: readonly string[]): TextCounts {
  const counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
  for (const text of texts) {
    const words = tag(text).filter(isWord);
    if (words.length === 0) continue;
    counts.sentences += Math.max(1, sentences(text).length);
    counts.words += words.length;
    counts.syllables += words.reduce((n, w) => n + Math.max(1, syllable(w.text)), 0);
  }
  return counts;
}

/**
 * Flesch–Kincaid grade level (Kincaid et al. 1975): 0.39 × words a sentence + 11.8 × syllables a
 * word − 15.59, the school grade a reader needs. NaN for no words.
 */
export function readingGrade(texts: readonly string[]): number {
  return fleschKincaid(countText(texts));
}

/** The grade from counts (summed over many decks, say). */
export function fleschKincaid({ sentences: s, words: w, syllables: y }: TextCounts): number {
  return w === 0 ? Number.NaN : 0.39 * (w / s) + 11.8 * (y / w) - 15.59;
}
