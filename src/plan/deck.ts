/** Slide kinds: one Handlebars partial each (`templates/partials/<kind>.md.hbs`). */
export type SlideKind =
  | 'title'
  | 'objectives'
  | 'content'
  | 'assertion'
  | 'topic'
  | 'table'
  | 'takeaways'
  | 'abstract'
  | 'keywords'
  | 'lectures'
  | 'glossary'
  | 'quiz'
  | 'references';

/** One slide, fully decided: what it shows, what the lecturer reads, and where it comes from. */
export interface Slide {
  kind: SlideKind;
  title: string;
  subtitle?: string;
  bullets: string[];
  /** Speaker notes: the paper's own words, verbatim. */
  notes?: string;
  /** Where the notes come from, e.g. "Source: §2 Mechanisms of Drug Resistance, ¶3". */
  sourceLine?: string;
  /** Ids of the blocks the slide is drawn from. */
  source: string[];
  /** Lines under the title on a title slide: authors, affiliations. */
  byline?: string[];
  /** A quiz slide's kind of question: a gap to fill, terms to match, or true or false. */
  quizType?: 'cloze' | 'match' | 'truefalse';
  /** A quiz slide's question and its choices, lettered A, B, C, … in order. */
  question?: string;
  /** A matching question's items, numbered 1, 2, 3, …, each to be matched with a lettered choice. */
  prompts?: string[];
  choices?: string[];
  /** A quiz slide's answer, as the answer key gives it: "C. drug efflux pumps", "B. False: …", "1–C, 2–A, 3–B". */
  answer?: string;
  /** A quiz slide's right choice as an index into `choices`; for a matching question, one per prompt. */
  answerKey?: number[];
  /** The slide (1-based) a quiz question is drawn from, where its answer is shown. */
  answerSlide?: number;
  /** An assertion–evidence slide's headline: one claim, a sentence of the paper condensed. */
  headline?: string;
  /** A table slide's header row and body rows. */
  table?: { header: string[]; rows: string[][] };
}

/** One lecture deck: a section of the paper, or the course overview. */
export interface Deck {
  /** File stem, e.g. "02-mechanisms". */
  id: string;
  /** 0 for the overview, then 1..n in lecture order. */
  number: number;
  /** The section taught, absent for the overview. */
  sectionId?: string;
  title: string;
  courseTitle: string;
  slides: Slide[];
  /** Who the deck is for: an audience id. */
  audience: string;
}

export function wordsIn(text: string | undefined): number {
  return text ? text.split(/\s+/).filter(Boolean).length : 0;
}
