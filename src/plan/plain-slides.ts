import { splitSentences } from '../ingest/sentences.ts';
import { isProse } from './bullets.ts';
import { wordsIn, type Slide } from './deck.ts';

/** Slides that show one paragraph of the paper, and so may share a slide with the next one. */
const PARAGRAPH_SLIDES = new Set<Slide['kind']>(['content', 'assertion']);

/**
 * Fewer slides for a plain-wording deck: a paragraph slide left with nothing plain to show joins
 * the paragraph slide before it (or after it), and neighbouring paragraph slides whose points fit
 * one slide together share it. A topic's slide (its block's id in `topics`) and a table's stay as they are.
 * The joined slide keeps the first one's title and headline and tells both paragraphs in its notes,
 * so nothing the lecturer reads is lost.
 */
export function fewerSlides(slides: readonly Slide[], perSlide: number, topics: ReadonlySet<string> = new Set(), fill: (slide: Slide) => string[] = () => []): Slide[] {
  const isParagraph = (slide: Slide) => PARAGRAPH_SLIDES.has(slide.kind) && !slide.source.some((id) => topics.has(id));
  const out: Slide[] = [];
  let carried: Slide | undefined;
  for (const slide of slides) {
    if (carried && isParagraph(slide) && sameSection(carried, slide) && roomFor(carried, slide)) {
      out.push(joined(slide, carried, true));
      carried = undefined;
      continue;
    }
    if (carried) {
      out.push(carried);
      carried = undefined;
    }
    const previous = out[out.length - 1];
    const mergeable = isParagraph(slide) && previous !== undefined && isParagraph(previous) && sameSection(previous, slide) && roomFor(previous, slide);
    if (isEmpty(slide) && isParagraph(slide)) {
      if (mergeable) out[out.length - 1] = joined(previous!, slide, false);
      else carried = slide;
      continue;
    }
    if (mergeable && points(previous!).length + points(slide).length <= perSlide) {
      out[out.length - 1] = joined(previous!, slide, false);
      continue;
    }
    out.push(slide);
  }
  if (carried) out.push(carried);
  return withoutEmpty(out, fill);
}

/** Kinds of slide that tell a paragraph of the paper and so can take in a neighbour's notes. */
const TELLING_SLIDES = new Set<Slide['kind']>(['content', 'assertion', 'topic']);

/**
 * A paragraph's or topic's slide still left with nothing to show (its neighbours are a topic's or
 * a table's slides; a topic that makes no statement, such as "Supervision: Thomas, Southgate.")
 * joins the slide before it in its section, or else the one after it, whatever that slide's kind:
 * a slide of a title alone is nothing to present. One with no such neighbour (alone in its
 * section, or beside slides that already tell `MAX_PARAGRAPHS`) shows what `fill` gives it. Every audience's deck goes through this: a paragraph the reader split off ("Moreover,"
 * alone, where a figure broke it) has nothing of its own to show.
 */
export function withoutEmpty(slides: Slide[], fill: (slide: Slide) => string[] = (slide) => slide.bullets): Slide[] {
  const out = [...slides];
  for (let i = 0; i < out.length; i++) {
    const slide = out[i]!;
    if (!TELLING_SLIDES.has(slide.kind) || !isEmpty(slide)) continue;
    const beside = (room: boolean) => [i - 1, i + 1].find((j) => out[j] !== undefined && TELLING_SLIDES.has(out[j]!.kind) && !isEmpty(out[j]!) && sameSection(out[j]!, slide) && (!room || roomFor(out[j]!, slide)));
    let neighbour = beside(true);
    if (neighbour === undefined) {
      const own = fill(slide);
      // No prose of its own (a formula, a table's scrap): beside a full slide rather than a title alone.
      const scrap = own.length === 0 && !splitSentences(slide.notes ?? '').some((s) => isProse(s.text));
      neighbour = scrap ? beside(false) : undefined;
      if (neighbour === undefined) {
        out[i] = { ...slide, bullets: own };
        continue;
      }
    }
    out[Math.min(i, neighbour)] = neighbour < i ? joined(out[neighbour]!, slide, false) : joined(slide, out[neighbour]!, false);
    out.splice(Math.max(i, neighbour), 1);
    i = Math.min(i, neighbour) - 1;
  }
  return out;
}

/**
 * Paragraphs one slide may tell: more, and its notes are more than a lecturer reads out for one
 * slide (and than a study guide's page holds beside it).
 */
const MAX_PARAGRAPHS = 3;
/** Words of notes so few that they join a slide whatever it already carries. */
const SCRAP_WORDS = 30;
/** Words of notes a joined slide may carry: about a minute of speaking. */
const MAX_JOINED_WORDS = 160;

/**
 * Whether two slides together tell few enough paragraphs, and words, to share one slide. A scrap
 * of a few words (a table's stray row) counts no words.
 */
function roomFor(a: Slide, b: Slide): boolean {
  const words = [a, b].map((slide) => wordsIn(slide.notes)).filter((n) => n > SCRAP_WORDS);
  return new Set([...a.source, ...b.source]).size <= MAX_PARAGRAPHS && words.reduce((sum, n) => sum + n, 0) <= MAX_JOINED_WORDS;
}

/** What a slide shows below its title: its headline first, then its bullets. */
function points(slide: Slide): string[] {
  return [...(slide.headline ? [slide.headline] : []), ...slide.bullets];
}

function isEmpty(slide: Slide): boolean {
  return points(slide).length === 0;
}

/** Blocks of one section: their ids share the section's prefix ("methods/p2", "methods/p3"). */
function sameSection(a: Slide, b: Slide): boolean {
  const section = (slide: Slide) => slide.source[0]?.split('/')[0];
  return section(a) !== undefined && section(a) === section(b);
}

/**
 * Two paragraph slides as one, `first` shown first in the deck: the title and headline of the one
 * that has something to show (the first, when both do), the other's headline and bullets as
 * further points, and both paragraphs' notes in the paper's order.
 * `carriedFirst`: `carried` (an empty slide held back) stands before `slide` in the deck.
 */
function joined(a: Slide, b: Slide, carriedFirst: boolean): Slide {
  const [first, second] = carriedFirst ? [b, a] : [a, b];
  const lead = isEmpty(first) ? second : first;
  const other = lead === first ? second : first;
  const notes = [first.notes, second.notes].filter(Boolean).join('\n\n');
  const sourceLine = [first.sourceLine, second.sourceLine?.replace(/^Source:\s*/, '')].filter(Boolean).join('; ');
  return {
    ...lead,
    bullets: [...lead.bullets, ...points(other)],
    ...(notes ? { notes } : {}),
    ...(sourceLine ? { sourceLine } : {}),
    source: [...first.source, ...second.source],
  };
}
