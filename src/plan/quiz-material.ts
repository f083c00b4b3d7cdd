import type { Paper } from '../content/paper.ts';
import type { Deck, Slide } from './deck.ts';
import { leansBack, refersBack, tag } from './language/index.ts';
import { memoised } from './memo.ts';

/** A statement students can check on the slides: one bullet of a content or topic slide. */
export interface Statement {
  text: string;
  /** The slide's number in its deck (1-based) and title, for the answer key. */
  slide: number;
  title: string;
  source: string[];
}

/** Terms of one kind: each other's distractors in a cloze and swaps in a false statement. */
export interface TermKind {
  name: 'topic' | 'keyword' | 'acronym' | 'phrase';
  /** This deck's terms of the kind first, then the rest of the paper's. */
  terms: string[];
}

/** A term and what it means, both shown on the deck's slides. */
export interface Pair {
  term: string;
  meaning: string;
  slide: number;
  source: string[];
}

/** What a deck's quiz is made from: only what its slides show, and terms of the paper for wrong choices. */
export interface QuizMaterial {
  statements: Statement[];
  kinds: TermKind[];
  pairs: Pair[];
}

/** Slides that teach the paper: their headlines and bullets are what a quiz may ask about. */
const TAUGHT = new Set<Slide['kind']>(['content', 'topic', 'assertion']);
const MIN_WORDS = 5;
const MAX_WORDS = 24;

/** Whole-word, case-insensitive: "efflux pumps" in "Efflux pumps push…", not in "reflux pumps". */
export function termPattern(term: string, flags = 'giu'): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, flags);
}

const ASCII = /^[\x00-\x7f]*$/;

/** Patterns by term: a deck's quiz asks of every statement whether it names every term. */
const mentionPatterns = new Map<string, RegExp>();

/** Whether a text names a term (see `termPattern`). Remembered: every statement is asked about every term of every kind, for each question type. */
export const mentions = memoised((text: string, term: string): boolean => {
  // A quick no first: in ASCII text every word of an ASCII term must appear, lowercased, for the
  // pattern to match, and most terms are not in most statements. (Beyond ASCII, case folding is
  // not lowercasing — "ſ" matches "s" — so the pattern alone decides.)
  if (ASCII.test(text) && ASCII.test(term)) {
    const lower = text.toLowerCase();
    if (!term.toLowerCase().split(/\s+/).every((word) => lower.includes(word))) return false;
  }
  let pattern = mentionPatterns.get(term);
  if (!pattern) mentionPatterns.set(term, (pattern = termPattern(term, 'iu')));
  return pattern.test(text);
});

/** Collects statements, terms and term–meaning pairs from a deck's slides and its paper. */
export function quizMaterial(deck: Deck, paper: Paper, phrases: readonly string[][] = []): QuizMaterial {
  const taught = deck.slides.map((slide, i) => ({ slide, number: i + 1 })).filter(({ slide }) => TAUGHT.has(slide.kind));
  const statements = taught.flatMap(({ slide, number }) =>
    [...(slide.headline ? [slide.headline] : []), ...slide.bullets].filter(checkable).map((text) => ({ text, slide: number, title: slide.title, source: slide.source })),
  );
  const topicIds = new Set(paper.sections.flatMap((s) => s.blocks.filter((b) => b.term).map((b) => b.id)));
  const isTopic = (slide: Slide) => slide.source.length === 1 && topicIds.has(slide.source[0]!);
  const deckTopics = taught.filter(({ slide }) => isTopic(slide)).map(({ slide }) => slide.title);
  const paperTopics = paper.sections.flatMap((s) => s.blocks.flatMap((b) => (b.term ? [b.term] : [])));
  const slideText = deck.slides.map((s) => [s.title, ...s.bullets].join('\n')).join('\n');
  // An acronym the slides spell out ("epidermal growth factor receptor (EGFR)") is a pair they teach.
  const acronyms = paper.acronyms.filter((a) => mentions(slideText, `${a.long} (${a.short})`));
  const kinds: TermKind[] = [
    { name: 'topic', terms: unique([...deckTopics, ...paperTopics]) },
    { name: 'keyword', terms: unique(paper.keywords) },
    { name: 'acronym', terms: unique([...acronyms, ...paper.acronyms].map((a) => a.long)) },
    ...phrases.map((terms) => ({ name: 'phrase' as const, terms: unique(terms) })),
  ];
  const pairs: Pair[] = [
    ...taught
      .filter(({ slide }) => isTopic(slide) && (slide.headline ?? slide.bullets[0]) !== undefined)
      .map(({ slide, number }) => ({ term: slide.title, meaning: slide.headline ?? slide.bullets[0]!, slide: number, source: slide.source })),
    ...acronyms.map((a) => ({ term: a.short, meaning: a.long, slide: firstSlideWith(deck.slides, `${a.long} (${a.short})`), source: ['acronyms'] })),
  ];
  return { statements, kinds, pairs };
}

/** A bullet that reads as a whole statement of a sensible length that stands on its own: not cut short, not a fragment. */
function checkable(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < MIN_WORDS || words > MAX_WORDS || text.includes('…')) return false;
  // "It comprises A and B", "Deletion of this region …": out of its slide, a student cannot tell what it speaks of;
  // nor of "We find that it is only helpful when …".
  if (/\b(?:that|because|since|although|while|when|if)\s+(?:it|they|this|these|those)\b/i.test(text)) return false;
  const tokens = tag(text);
  return !leansBack(tokens) && !refersBack(tokens);
}

function firstSlideWith(slides: readonly Slide[], text: string): number {
  return slides.findIndex((s) => [s.headline ?? '', ...s.bullets].some((b) => mentions(b, text))) + 1;
}

function unique(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = t.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
