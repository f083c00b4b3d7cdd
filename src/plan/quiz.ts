import type { Block } from '../content/paper.ts';
import { splitSentences } from '../ingest/sentences.ts';
import { explanationOf } from './blocks.ts';
import { condense } from './bullets.ts';
import { stableHash } from './hash.ts';
import type { Slide } from './deck.ts';

export const LETTERS = 'ABCDEFGH';
const CHOICES = 4;

/** A topic with where it sits in the paper, for the answer's source line. */
export interface QuizTopic {
  block: Block;
  sourceLine: string;
}

/**
 * Self-check questions built from a deck's topics: the lead sentence of a topic's explanation,
 * its term blanked out, asks which term it describes; the other choices are the same section's
 * other terms (then other sections'). Which topics, and the order of choices, follow a stable
 * hash of the ids, so every build asks the same questions.
 */
export function quizSlides(topics: readonly QuizTopic[], otherTerms: readonly string[], count: number): Slide[] {
  const chosen = [...topics]
    .sort((a, b) => stableHash(a.block.id) - stableHash(b.block.id))
    .slice(0, count)
    .sort((a, b) => topics.indexOf(a) - topics.indexOf(b));
  const sectionTerms = topics.map((t) => t.block.term!);
  return chosen.map(({ block, sourceLine }, i) => {
    const term = block.term!;
    const byHash = (terms: readonly string[]) => terms.filter((t) => t !== term).sort((a, b) => stableHash(block.id + a) - stableHash(block.id + b));
    const pool = [...byHash(sectionTerms), ...byHash(otherTerms)].filter((t, j, all) => all.indexOf(t) === j);
    const distractors = pool.slice(0, CHOICES - 1);
    const choices = [term, ...distractors].sort((a, b) => stableHash(`${block.id}:${a}`) - stableHash(`${block.id}:${b}`));
    const answer = `${LETTERS[choices.indexOf(term)]}. ${term}`;
    return {
      kind: 'quiz',
      title: `Self-check ${i + 1} of ${chosen.length}`,
      question: `Which term does this describe? “${describe(block)}”`,
      choices,
      answer,
      bullets: [],
      notes: `Answer: ${answer}`,
      sourceLine,
      source: [block.id],
    } satisfies Slide;
  });
}

/** The explanation's lead sentence, condensed, with the term itself blanked out. */
function describe(block: Block): string {
  const explanation = explanationOf(block);
  let text = condense(splitSentences(explanation)[0]?.text ?? explanation);
  const words = block.term!.split(/\s+/).filter((w) => w.length > 3);
  for (const word of [block.term!, ...words]) {
    text = text.replace(new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\w*`, 'gi'), '…');
  }
  return text.replace(/…(\s*…)+/g, '…');
}
