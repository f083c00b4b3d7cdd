import { abstractProse } from './abstract.ts';
import type { Course } from '../content/course.ts';
import type { Block, Paper } from '../content/paper.ts';
import { explanationOf } from './blocks.ts';
import { findingWeight, isProse } from './bullets.ts';
import { condenseSentence } from './condense.ts';
import type { Deck, Slide } from './deck.ts';
import { centrality, endsOpenText, findingStrength, isWord, leansBack, pointsAtFloat, refersBack, sentences, tag } from './language/index.ts';
import { lexiconFor, type Lexicon } from './plain-lexicon.ts';
import { plainStatements, withoutAsides } from './plain-sentences.ts';
import { readingGrade } from './plain-grade.ts';
import { fewerSlides } from './plain-slides.ts';
import { plainWords } from './plain-words.ts';

/** A plain statement is at most this many words: short sentences are the first rule of plain language. */
export const PLAIN_WORDS = 10;
/** When a paragraph has no statement that short, one up to this long may stand alone. */
const LONGEST_PLAIN = 12;
/**
 * A statement of a finding ("a major decline in insect biomass has taken place since 1989") may run
 * to this many words and still be chosen with the short ones: it is what the paragraph is for, and
 * the short statements around it are often how it was got ("These data are conservative").
 */
const LONGEST_FINDING = 16;
/** When nothing shorter stands on its own, a finding up to this long does, before a statement that points back. */
const LONGEST_FINDING_ALONE = 20;
/**
 * A statement claims a finding (a change, a difference, a relation) from this `findingStrength` on:
 * a claim is most of the strength, a number alone less than half. Only a claim weighs on a plain
 * slide: "General practices recruited an average of 28 patients" is how the study was run.
 */
const CLAIM = 0.5;
/** A plain headline, like any headline, fits two lines of the heading. */
const HEADLINE_WORDS = 10;
/** Determiners that point back to something said before: "this mechanism", "these cells". */
const POINTING_BACK = new Set(['this', 'these', 'that', 'those', 'such']);
/**
 * Beyond a slide's first point (its headline, on an assertion–evidence slide), a plain point that
 * reads above this grade (Flesch–Kincaid; 12 is the last school year) is left to the notes: the
 * public hears fewer points, in easier words, rather than every point the paragraph makes.
 */
const HARDEST_EXTRA_POINT = 12;
/** Plain points are chosen among this many of a paragraph's most central sentences (at least). */
const WINDOW = 5;

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
  // NOTE: an acronym's brackets go too ("multidrug resistance (MDR)" → "multidrug resistance"): the
  // long form may be put in plain words, and the acronym is spelled out where a slide next uses it.
  const keep = new Set<string>();
  const blocks = new Map(ctx.paper.sections.flatMap((s) => s.blocks.map((b) => [b.id, b] as const)));
  const words = (text: string) => plainWords(withoutAsides(text, keep), lexicon);
  const slides = deck.slides.map((slide): Slide => {
    const block = slide.source.length === 1 ? blocks.get(slide.source[0]!) : undefined;
    const edited = block !== undefined && ctx.course?.edits.blocks?.[block.id]?.bullets !== undefined;
    switch (slide.kind) {
      case 'content':
      case 'topic':
      case 'assertion':
        // NOTE: a table's slide says its caption and where the table is; its lines are no sentences to make plain.
        if (!block || edited || block.kind === 'table') return { ...slide, bullets: slide.bullets.map(words) };
        // Each item as the paper has it: a long one's plain statement may be in any of its sentences.
        if (block.kind === 'list') return { ...slide, bullets: (block.items ?? slide.bullets).filter(isProse).slice(0, ctx.bulletsPerSlide).map((item) => plainItem(item, lexicon, keep)) };
        return plainBlockSlide(slide, block, ctx.bulletsPerSlide, lexicon, keep);
      case 'abstract':
      {
        const all = sentences(abstractProse(ctx.paper.abstract)).map((s) => s.text);
        const points = plainPoints(all, ctx.bulletsPerSlide, lexicon, keep);
        return { ...slide, bullets: points.length ? points : plainestOf(all, slide.bullets, lexicon, keep) };
      }
      // Objectives name the deck's topics by the terms their slides are titled with: they keep them.
      case 'takeaways': {
        // Key points that have a short plain statement say it (a finding may run longer, as on a
        // paragraph's slide); a finding with none stays, in plain words: it is what to remember.
        // If none has, they all stay, in plain words.
        const points = slide.bullets.flatMap((b) => {
          const finding = (text: string) => findingStrength(tag(text)) >= CLAIM;
          const short = shortest(plainStatements(b, keep).filter((p) => wordsOf(p) <= (finding(p) ? LONGEST_FINDING : LONGEST_PLAIN)));
          if (short === undefined) return finding(b) ? [words(b)] : [];
          return [plainWords(short, lexicon)];
        });
        return { ...slide, bullets: points.length ? points : slide.bullets.map(words) };
      }
      default:
        return slide;
    }
  });
  // A topic's slide and a table's stay as they are, never joined with a paragraph's.
  const topics = new Set([...blocks.values()].filter((b) => b.kind === 'topic' || b.kind === 'table').map((b) => b.id));
  // A paragraph alone in its section with nothing short to say says its plainest statement, however long.
  const fill = (slide: Slide) => {
    const all = slide.source.flatMap((id) => sentences(blocks.get(id) ? explanationOf(blocks.get(id)!) : '').map((s) => s.text));
    const plainest = plainestOf(all, [], lexicon, keep);
    // Nothing reads as a statement (a list of names, a citation): its first sentence that does not dangle, as written.
    const whole = all.filter(isProse).map((s) => plainWords(withoutAsides(s, keep), lexicon).replace(/[.!]\s*$/, '')).filter((s) => s.trim() !== '');
    return plainest.length ? plainest : whole.filter((s) => !endsOpenText(tag(s))).concat(whole).slice(0, 1);
  };
  return { ...deck, slides: fewerSlides(slides, ctx.bulletsPerSlide, topics, fill) };
}

/**
 * A list item in plain words; a long one as its shortest plain statement, when it has one. An item
 * that runs over several sentences is taken sentence by sentence, the first that has a short plain
 * statement saying it (one holding a web address has none); with none, its first sentence that
 * does not dangle stands.
 */
function plainItem(item: string, lexicon: Lexicon, keep: ReadonlySet<string>): string {
  if (wordsOf(item) <= PLAIN_WORDS) return plainWords(withoutAsides(item, keep), lexicon);
  const parts = sentences(item).map((s) => s.text);
  // The item's first sentence with a short plain statement leads it; failing that, the shortest of any.
  const options = parts.flatMap((part) => shortest(plainStatements(part, keep)) ?? []);
  const short = options.find((p) => wordsOf(p) <= LONGEST_PLAIN) ?? shortest(options);
  if (short !== undefined || parts.length < 2) return plainWords(short ?? withoutAsides(item, keep), lexicon);
  const whole = parts.map((part) => withoutAsides(part, keep).replace(/[.!]\s*$/, ''));
  return plainWords(whole.find((part) => !endsOpenText(tag(part))) ?? whole[0]!, lexicon);
}

/**
 * A paragraph's slide in plain words. On an assertion–evidence slide the headline is the plainest
 * short statement among the paragraph's most central sentences, its own sentence's first; the
 * evidence comes from the other sentences.
 */
function plainBlockSlide(slide: Slide, block: Block, perSlide: number, lexicon: Lexicon, keep: ReadonlySet<string>): Slide {
  const all = sentences(explanationOf(block)).map((s) => s.text);
  // A paragraph with nothing short and plain to say shows no points: its slide joins a neighbour's.
  // A topic's slide stays, so it says its plainest statement, however long.
  if (!slide.headline) {
    const points = plainPoints(all, perSlide, lexicon, keep);
    return { ...slide, bullets: points.length || block.kind !== 'topic' ? points : plainestOf(all, slide.bullets, lexicon, keep) };
  }
  const candidates = candidatesOf(all, lexicon, keep).filter((c) => wordsOf(c.text) <= HEADLINE_WORDS);
  const own = all.findIndex((s) => overlap(s, slide.headline!) >= 0.6);
  // One that stands on its own first; "This mechanism …" still reads under the slide's title.
  const pick = [...candidates]
    .filter((c) => c.rank < WINDOW || c.sentence === own)
    .sort((a, b) => Number(a.pointsBack) - Number(b.pointsBack) || cost(a) - cost(b) || a.rank - b.rank)[0];
  const own_ = shortest(candidatesOf([slide.headline], lexicon, keep).filter((c) => !c.pointsBack && wordsOf(c.text) <= PLAIN_WORDS).map((c) => c.text));
  // A claim that needs the sentences around it makes no headline: the slide shows points instead.
  const headline = (pick && !pick.pointsBack ? pick.text : undefined) ?? own_;
  // No plain claim to head the slide: its plain points, as a slide of points.
  if (headline === undefined) {
    const { headline: _, ...rest } = slide;
    const points = plainPoints(all, perSlide, lexicon, keep);
    const topic = block.kind === 'topic' || block.term !== undefined;
    return { ...rest, kind: topic ? 'topic' : 'content', bullets: points.length || !topic ? points : plainestOf(all, slide.bullets, lexicon, keep) };
  }
  const told = pick && !pick.pointsBack ? pick.sentence : own;
  const rest = all.filter((_, i) => i !== told);
  return { ...slide, headline, bullets: plainPoints(rest, perSlide - 1, lexicon, keep, 1) };
}

/** A plain statement of one of a paragraph's sentences, with how central that sentence is and how hard it reads. */
interface Candidate {
  text: string;
  /** Opens with "This", "These", "It", …: it points back to a sentence the slide may not show. */
  pointsBack: boolean;
  sentence: number;
  /** 0 for the paragraph's most central sentence. */
  rank: number;
  grade: number;
  /** How plainly the statement states a finding (see `findingStrength`), and how much more a claim is worth for it (`findingWeight`; 1 for none). */
  strength: number;
  weight: number;
}

function candidatesOf(all: readonly string[], lexicon: Lexicon, keep: ReadonlySet<string>): Candidate[] {
  const score = centrality([...all]);
  const order = all.map((_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);
  return order.flatMap((sentence, rank) =>
    plainStatements(all[sentence]!, keep).flatMap(withShortForms).map((p) => {
      const text = plainWords(p, lexicon);
      const tokens = tag(text);
      const strength = findingStrength(tokens);
      const first = tokens.find(isWord);
      // "This should not be surprising", "… critical for this interaction", "… is shown in Box 1":
      // a statement that needs the text around it, or points at a figure, heads no slide if another can.
      const pointsBack = (first !== undefined && (first.pos === 'PRON' || (first.pos === 'DET' && POINTING_BACK.has(first.normal)))) || leansBack(tokens) || refersBack(tokens) || pointsAtFloat(text);
      return { text, sentence, rank, grade: readingGrade([text]), pointsBack, strength, weight: strength >= CLAIM ? findingWeight(text) : 1 };
    }),
  );
}

/**
 * A plain statement, and its short forms when removing whole constituents makes it shorter (a
 * circumstance, a reason, a second predicate, a reporting frame: see `condenseSentence`): a
 * statement too long for a plain slide may still say its core claim there, in a plain statement's
 * words or, for a finding, in a finding's.
 */
function withShortForms(statement: string): string[] {
  const forms = [PLAIN_WORDS, LONGEST_FINDING].flatMap((words) => condenseSentence(statement, words) ?? []);
  return [statement, ...new Set(forms.filter((short) => wordsOf(short) < wordsOf(statement)))];
}

/**
 * Up to `count` plain points from a paragraph's sentences: among the short plain statements of
 * its most central sentences (three times as many as needed), the ones that read most easily,
 * one a sentence, shown in the paragraph's order; one that opens with "this" or "it" only when
 * no other will do; none past the slide's first point (`shown` are already on it) that reads
 * above HARDEST_EXTRA_POINT. A paragraph with no short statement gives statements of moderate
 * length that stand on their own, or nothing.
 */
export function plainPoints(all: readonly string[], count: number, lexicon: Lexicon, keep: ReadonlySet<string>, shown = 0): string[] {
  if (count <= 0 || all.length === 0) return [];
  const candidates = candidatesOf(all, lexicon, keep);
  // Short statements that stand on their own first, then longer ones; one that points back only when nothing else will do.
  const findings = candidates.filter((c) => !c.pointsBack && isFinding(c) && wordsOf(c.text) <= LONGEST_FINDING);
  const tiers = [
    candidates.filter((c) => !c.pointsBack && wordsOf(c.text) <= PLAIN_WORDS),
    candidates.filter((c) => !c.pointsBack && wordsOf(c.text) <= LONGEST_PLAIN),
    // "Compared to usual care, patients … had an average extra drop in depression of −2·46 points"
    // says more, however long, than "These data are conservative".
    candidates.filter((c) => !c.pointsBack && isFinding(c) && wordsOf(c.text) <= LONGEST_FINDING_ALONE),
    candidates.filter((c) => wordsOf(c.text) <= PLAIN_WORDS),
  ];
  const found = tiers.findIndex((t) => t.length > 0);
  // A finding competes with the short statements up to its own length: it is the paragraph's point.
  const tier = found < 0 ? [] : found < 2 ? [...new Set([...tiers[found]!, ...findings])] : tiers[found]!;
  const window = [...new Set(tier.map((c) => c.rank))].slice(0, Math.max(WINDOW, 3 * count));
  const chosen = new Map<number, string>();
  for (const c of tier.filter((c) => window.includes(c.rank)).sort((a, b) => Number(a.pointsBack) - Number(b.pointsBack) || cost(a) - cost(b) || a.rank - b.rank)) {
    if (chosen.size >= count) break;
    if (chosen.size + shown > 0 && c.grade > HARDEST_EXTRA_POINT) continue;
    if (!chosen.has(c.sentence)) chosen.set(c.sentence, c.text);
  }
  return [...chosen.entries()].sort(([a], [b]) => a - b).map(([, p]) => p);
}

/**
 * What a candidate costs the slide: its reading grade, lowered for a statement of a finding as
 * `findingWeight` raises one on a standard slide, so a finding is shown before easier method or
 * background around it, while a point past the first still reads at most at HARDEST_EXTRA_POINT.
 */
function cost(c: Candidate): number {
  return Math.max(1, c.grade) / c.weight;
}

function isFinding(c: Candidate): boolean {
  return c.strength >= CLAIM;
}

/**
 * A topic's one plain point when none is short: the plain statement that reads most easily among
 * those of its most central sentences (of any of its sentences, if those have none), or its slide's
 * first bullet in plain words, whole however long, so the topic's slide is never empty. Easiest by
 * reading grade, not fewest words: a long word costs a reader more than a short one.
 */
function plainestOf(all: readonly string[], bullets: readonly string[], lexicon: Lexicon, keep: ReadonlySet<string>): string[] {
  const candidates = candidatesOf(all, lexicon, keep);
  const central = candidates.filter((c) => c.rank < WINDOW);
  const options = [
    ...(central.length ? central : candidates).map((c) => c.text),
    ...bullets.slice(0, 1).map((b) => plainWords(withoutAsides(b, keep), lexicon)),
  ];
  const best = easiest(options);
  return best !== undefined ? [best] : [];
}

/** The text of the lowest reading grade; of two alike, the shorter. */
function easiest(texts: readonly string[]): string | undefined {
  return [...texts].sort((a, b) => readingGrade([a]) - readingGrade([b]) || wordsOf(a) - wordsOf(b))[0];
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
