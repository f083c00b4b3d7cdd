import type { Deck, Slide } from '../../plan/deck.ts';

/** The kinds of question Lectern asks, as quiz formats know them. */
export type QuizItemType = 'multichoice' | 'truefalse' | 'matching';

/** One self-check question of a deck, in the terms every quiz format needs. */
export interface QuizItem {
  /** Unique within the course and audience, stable from build to build: "02-mechanisms-q1". */
  id: string;
  /** "Mechanisms of Drug Resistance, question 1". */
  name: string;
  type: QuizItemType;
  question: string;
  /** A matching question's terms, each matched with one of `choices`. */
  prompts: string[];
  choices: string[];
  /** Index into `choices` of the right answer; for matching, one per prompt. */
  key: number[];
  /** The answer as the slides' answer key gives it: "C. drug efflux pumps". */
  answer: string;
  /** Where the answer is taught: "slide 5, “Drug Efflux Pumps”, of lecture 2 “…” (§2 …, ¶4)". */
  where: string;
}

/** A lecture's questions: one quiz in an LMS. */
export interface QuizLecture {
  deckId: string;
  number: number;
  title: string;
  items: QuizItem[];
}

const TYPES: Record<NonNullable<Slide['quizType']>, QuizItemType> = { cloze: 'multichoice', truefalse: 'truefalse', match: 'matching' };

/** The deck's self-check questions, in slide order; none for a deck without a quiz. */
export function quizLecture(deck: Deck): QuizLecture {
  const quizzes = deck.slides.filter((slide) => slide.kind === 'quiz' && slide.quizType && slide.question && slide.choices && slide.answerKey);
  const items = quizzes.map((slide, i): QuizItem => ({
    id: `${deck.id}-q${i + 1}`,
    name: `${deck.title}, question ${i + 1}`,
    type: TYPES[slide.quizType!],
    question: slide.question!,
    prompts: slide.prompts ?? [],
    choices: slide.choices!,
    key: slide.answerKey!,
    answer: slide.answer ?? '',
    where: whereTaught(deck, slide.answerSlide),
  }));
  return { deckId: deck.id, number: deck.number, title: deck.title, items };
}

/**
 * The slide and section a question is drawn from, so a student who got it wrong knows where to
 * look: the slide's number and title, the lecture, and the paper's section and paragraph.
 */
function whereTaught(deck: Deck, number: number | undefined): string {
  const lecture = `lecture ${deck.number}, “${deck.title}”`;
  const slide = number ? deck.slides[number - 1] : undefined;
  if (!slide) return lecture;
  const section = slide.sourceLine?.replace(/^Source:\s*/, '');
  return `slide ${number}, “${slide.headline ?? slide.title}”, of ${lecture}${section ? ` (${section})` : ''}`;
}
