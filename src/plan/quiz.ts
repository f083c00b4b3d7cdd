import type { Paper } from '../content/paper.ts';
import type { Deck, Slide } from './deck.ts';
import { quizMaterial } from './quiz-material.ts';
import { phraseGroups } from './quiz-phrases.ts';
import { byHash, clozeQuestion, matchQuestion, trueFalseQuestion, type Question } from './quiz-questions.ts';

export { LETTERS, type QuizType } from './quiz-questions.ts';

/**
 * Self-check questions for a lecture deck, of three kinds in turn: terms matched with their
 * meanings, a gap in a statement to fill with the right term, and a statement to judge true or
 * false. Every question is made from what the deck's slides show, so it is answerable from them;
 * wrong choices are other terms of the paper of the same kind. Which statements are asked, and the
 * order of choices, follow a stable hash, so every build asks the same questions.
 * `phrases` are further groups of sibling terms (noun phrases of one pattern) for gaps and swaps.
 */
export function quizSlides(deck: Deck, paper: Paper, count: number, phrases: readonly string[][] = []): Slide[] {
  if (count <= 0) return [];
  const material = quizMaterial(deck, paper, phrases);
  const statements = byHash(material.statements, deck.id, (s) => s.text);
  const clozes = statements.map((s) => clozeQuestion(s, material.kinds));
  const judgements = statements.map((s) => trueFalseQuestion(s, material.kinds));
  const match = matchQuestion(material.pairs, deck.id);

  const questions: Question[] = match ? [match] : [];
  const asked = new Set<string>();
  // Gaps and true-or-false in turn, never two questions on one statement.
  for (let i = 0; questions.length < count && i < statements.length; i++) {
    const turn = (questions.length - (match ? 1 : 0)) % 2 === 0 ? [clozes, judgements] : [judgements, clozes];
    for (const list of turn) {
      const question = list[i];
      if (!question || asked.has(statements[i]!.text)) continue;
      asked.add(statements[i]!.text);
      questions.push(question);
      break;
    }
  }
  const chosen = questions.slice(0, count);
  return chosen.map((q, i) => quizSlide(q, i + 1, chosen.length));
}

/** Where the deck shows a question's answer: "On slide 5", or for terms shown apart "On slides 3, 4 and 8". */
function whereShown(q: Question): string {
  if (!q.slides) return `On slide ${q.slide}`;
  return `On slides ${q.slides.slice(0, -1).join(', ')} and ${q.slides.at(-1)}`;
}

function quizSlide(q: Question, number: number, count: number): Slide {
  return {
    kind: 'quiz',
    quizType: q.type,
    title: `Self-check ${number} of ${count}`,
    question: q.question,
    ...(q.prompts ? { prompts: q.prompts } : {}),
    choices: q.choices,
    answer: q.answer,
    answerKey: q.key,
    answerSlide: q.slide,
    bullets: [],
    notes: `Answer: ${q.answer}`,
    sourceLine: `${whereShown(q)}: ${q.title}`,
    source: q.source,
  };
}

/**
 * A deck with its quiz: before the reference list when there is one, else at the end. Only
 * lecture decks are quizzed; the overview teaches nothing to check.
 */
export function withQuiz(deck: Deck, paper: Paper, count: number, phrases?: readonly string[][]): Deck {
  if (deck.sectionId === undefined || count <= 0) return deck;
  const quiz = quizSlides(deck, paper, count, phrases ?? phraseGroups(paper));
  if (quiz.length === 0) return deck;
  const at = deck.slides.findIndex((s) => s.kind === 'references');
  const slides = at < 0 ? [...deck.slides, ...quiz] : [...deck.slides.slice(0, at), ...quiz, ...deck.slides.slice(at)];
  return { ...deck, slides };
}
