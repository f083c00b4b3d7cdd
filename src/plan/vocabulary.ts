import type { Paper } from '../content/paper.ts';
import { explanationOf } from './blocks.ts';
import { contentLemmas, sentences, tag } from './language/index.ts';

/**
 * How much a word tells one part of a paper from the rest: inverse document frequency over the
 * paper's blocks (Spärck Jones 1972). In a paper about research findings, "finding" is in every
 * paragraph and names none of them; "reverse bias" is in two and names those.
 */
export interface Vocabulary {
  /** log((blocks + 1) / (blocks using the lemma + 1)): 0 for a word every block uses. */
  idf(lemma: string): number;
  /** Whether a lemma is among the paper's most used content words: alone, it says nothing a slide could be told apart by. */
  common(lemma: string): boolean;
  /** Whether the paper writes a noun in the plural somewhere ("fields"): a count noun, which needs an article in the singular. */
  countable(lemma: string): boolean;
}

/** Content words used most across a paper that count as common: this many, at least… */
const COMMON_MIN = 8;
/** …or this share of the paper's distinct content words, for long papers. */
const COMMON_SHARE = 0.01;

const known = new WeakMap<Paper, Vocabulary>();

/** A paper's vocabulary, from the content-word lemmas of its paragraphs, topics and lists. */
export function vocabularyOf(paper: Paper): Vocabulary {
  const cached = known.get(paper);
  if (cached) return cached;
  const blocks = paper.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph' || b.kind === 'topic' || b.kind === 'list');
  const documents = new Map<string, number>();
  const uses = new Map<string, number>();
  const plurals = new Set<string>();
  for (const block of blocks) {
    const text = block.kind === 'list' ? (block.items ?? []).join(' ') || block.text : explanationOf(block);
    for (const s of sentences(text)) for (const t of tag(s.text)) if (t.pos === 'NOUN' && t.normal !== t.lemma && t.normal.endsWith('s')) plurals.add(t.lemma);
    const lemmas = lemmasOf(text);
    for (const lemma of lemmas) uses.set(lemma, (uses.get(lemma) ?? 0) + 1);
    for (const lemma of new Set(lemmas)) documents.set(lemma, (documents.get(lemma) ?? 0) + 1);
  }
  const n = blocks.length;
  const top = Math.max(COMMON_MIN, Math.round(COMMON_SHARE * uses.size));
  const common = new Set([...uses.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top).map(([lemma]) => lemma));
  const vocabulary: Vocabulary = {
    idf: (lemma) => Math.log((n + 1) / ((documents.get(lemma) ?? 0) + 1)),
    common: (lemma) => common.has(lemma),
    countable: (lemma) => plurals.has(lemma),
  };
  known.set(paper, vocabulary);
  return vocabulary;
}

/** A text's content-word lemmas, sentence by sentence (the tagger's cache holds sentences). */
export function lemmasOf(text: string): string[] {
  return sentences(text).flatMap((s) => contentLemmas(tag(s.text))).filter((l) => /\p{L}/u.test(l));
}

/** For text with no paper around it: every word equally telling, none common. */
export const FLAT_VOCABULARY: Vocabulary = { idf: () => 1, common: () => false, countable: () => false };
