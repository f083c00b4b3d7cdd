import type { Course } from '../content/course.ts';
import type { Block, Paper } from '../content/paper.ts';
import { explanationOf } from './blocks.ts';
import type { Deck, Slide } from './deck.ts';
import { centrality, isWord, sentences, tag } from './language/index.ts';
import { lexiconFor, type Lexicon } from './plain-lexicon.ts';
import { plainStatements, withoutAsides } from './plain-sentences.ts';
import { plainWords } from './plain-words.ts';

/** A plain statement is at most this many words: short sentences are the first rule of plain language. */
export const PLAIN_WORDS = 15;
/** When a paragraph has no statement that short, one up to this long may stand alone. */
const LONGEST_PLAIN = 22;

/** What plain wording needs to know besides the deck. */
export interface PlainContext {
  paper: Paper;
  course?: Course;
  bulletsPerSlide: number;
}

/**
 * A deck in plain language, for audiences whose profile says `wording: plain`: each paragraph's
 * slide says its most central points as short statements (asides, citations and elaborations
 * dropped, joined clauses split) in plain words from the lexicon; a headline is shortened the same
 * way. Bullets the lecturer wrote are kept, in plain words. Notes stay the paper's words.
 */
export function plainDeck(deck: Deck, ctx: PlainContext): Deck {
  const lexicon = lexiconFor(ctx.course);
  const keep = new Set(ctx.paper.acronyms.map((a) => a.short));
  const blocks = new Map(ctx.paper.sections.flatMap((s) => s.blocks.map((b) => [b.id, b] as const)));
  const words = (text: string) => plainWords(withoutAsides(text, keep), lexicon);
  const slides = deck.slides.map((slide): Slide => {
    const block = slide.source.length === 1 ? blocks.get(slide.source[0]!) : undefined;
    const edited = block !== undefined && ctx.course?.edits.blocks?.[block.id]?.bullets !== undefined;
    switch (slide.kind) {
      case 'content':
      case 'topic':
      case 'assertion':
        if (!block || edited || block.kind === 'list') return { ...slide, bullets: slide.bullets.map(words) };
        return plainBlockSlide(slide, block, ctx.bulletsPerSlide, lexicon, keep);
      case 'abstract':
        return { ...slide, bullets: plainPoints(sentences(ctx.paper.abstract).map((s) => s.text), ctx.bulletsPerSlide, lexicon, keep) };
      case 'objectives':
      case 'takeaways':
        return { ...slide, bullets: slide.bullets.map((b) => plainStatements(b, keep)[0] ?? b).map((b) => plainWords(b, lexicon)) };
      default:
        return slide;
    }
  });
  return { ...deck, slides };
}

/** A paragraph's slide in plain words: a plain headline (when it has one) and plain points under it. */
function plainBlockSlide(slide: Slide, block: Block, perSlide: number, lexicon: Lexicon, keep: ReadonlySet<string>): Slide {
  const all = sentences(explanationOf(block)).map((s) => s.text);
  if (!slide.headline) {
    const points = plainPoints(all, perSlide, lexicon, keep);
    return { ...slide, bullets: points.length ? points : slide.bullets.map((b) => plainWords(withoutAsides(b, keep), lexicon)) };
  }
  const headline = plainWords(shortest(plainStatements(slide.headline, keep)) ?? withoutAsides(slide.headline, keep), lexicon);
  // The headline's own sentence is told by the headline: the evidence comes from the others.
  const rest = all.filter((s) => overlap(s, slide.headline!) < 0.6);
  return { ...slide, headline, bullets: plainPoints(rest, perSlide - 1, lexicon, keep) };
}

/**
 * Up to `count` plain points from a paragraph's sentences: the short plain statements of its most
 * central sentences (one a sentence), in the paragraph's order. A paragraph with no short
 * statement gives its most central one of moderate length, or nothing.
 */
export function plainPoints(all: readonly string[], count: number, lexicon: Lexicon, keep: ReadonlySet<string>): string[] {
  if (count <= 0 || all.length === 0) return [];
  const score = centrality([...all]);
  const statements = all.map((s) => plainStatements(s, keep).map((p) => plainWords(p, lexicon)));
  const order = all.map((_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);
  const chosen = new Map<number, string>();
  for (const i of order) {
    if (chosen.size >= count) break;
    const point = statements[i]!.find((p) => wordsOf(p) <= PLAIN_WORDS);
    if (point) chosen.set(i, point);
  }
  if (chosen.size === 0) {
    for (const i of order) {
      const point = shortest(statements[i]!.filter((p) => wordsOf(p) <= LONGEST_PLAIN));
      if (point) {
        chosen.set(i, point);
        break;
      }
    }
  }
  return [...chosen.entries()].sort(([a], [b]) => a - b).map(([, p]) => p);
}

function shortest(texts: readonly string[]): string | undefined {
  return [...texts].sort((a, b) => wordsOf(a) - wordsOf(b))[0];
}

function wordsOf(text: string): number {
  return tag(text).filter(isWord).length;
}

/** Share of `b`'s words that are in `a`. */
function overlap(a: string, b: string): number {
  const inA = new Set(tag(a).filter(isWord).map((t) => t.normal));
  const inB = tag(b).filter(isWord).map((t) => t.normal);
  return inB.length === 0 ? 0 : inB.filter((w) => inA.has(w)).length / inB.length;
}
