import type { Audience } from '../content/audience.ts';
import { DEFAULT_AUDIENCE } from '../content/audience.ts';
import type { Course } from '../content/course.ts';
import type { Block, Paper, Section } from '../content/paper.ts';
import { abstractBullets } from './abstract.ts';
import { titleByline } from './byline.ts';
import { acronymsUsed, spellOutAcronyms } from './acronyms.ts';
import { slideLines } from './bullets.ts';
import { centrality, contentLemmas, finiteVerbs, isMainClause, isWord, tag, type Token } from './language/index.ts';
import { explanationOf } from './blocks.ts';
import { shippedPlainWords } from './plain-lexicon.ts';
import { blockSlides } from './slides.ts';
import { isGenericName, objectOf, titleKeys, withArticle, type TitleContext, type TitleCounts } from './titles.ts';
import { vocabularyOf } from './vocabulary.ts';
import type { Deck, Slide } from './deck.ts';
import { glossarySlides } from './glossary.ts';
import { asObject, lowerInitial, objectivesFor, type Concept } from './objectives.ts';
import { pagedSlides } from './paged.ts';
import { plainDeck } from './plain.ts';
import { withoutEmpty } from './plain-slides.ts';
import { withQuiz } from './quiz.ts';
import { referenceSlides } from './references.ts';
import { centralStatements, takeawaysFor } from './takeaways.ts';
import { FRAMING_TITLES, wordObjective } from './wording.ts';

export type { Deck, Slide, SlideKind } from './deck.ts';
export type { TitleCounts } from './titles.ts';

const LECTURES_PER_SLIDE = 6;

/**
 * Earlier plans that planning may take instead of planning again, kept by its caller: planning
 * itself reads and writes nothing. Each deck has a slot (its course, audience and deck id) and
 * says everything it is planned from (`inputs`); a memory gives back the deck it remembers for the
 * slot when that deck was planned from the very same inputs — a lecture's also only while every
 * title count its planning looked up is still the same — and otherwise plans it and remembers it.
 */
export interface PlanMemory {
  /** A lecture, and the title keys its slides are known by (remembered with it: computing them takes the tagger). */
  lecture(slot: string, inputs: readonly unknown[], titleUse: TitleCounts, plan: (titleUse: TitleCounts) => PlannedLecture): PlannedLecture;
  /** The overview before it is finished: it condenses the abstract, so it is remembered too. */
  overview(slot: string, inputs: readonly unknown[], plan: () => Deck): Deck;
  finished(slot: string, inputs: readonly unknown[], finish: () => Deck): Deck;
}

/** A lecture as planned, with the keys (`titleKeys`) of the titles of its slides that tell the paper. */
export interface PlannedLecture {
  deck: Deck;
  titleKeys: string[];
}

/** No memory: every deck planned afresh. */
const PLAN_AFRESH: PlanMemory = {
  lecture: (_slot, _inputs, titleUse, plan) => plan(titleUse),
  overview: (_slot, _inputs, plan) => plan(),
  finished: (_slot, _inputs, finish) => finish(),
};

/**
 * Plans a course's decks for one audience: an overview from the abstract and keywords, then one
 * lecture per section with a title slide, learning objectives, one slide per block and a
 * key-points slide, then what the audience asks for (glossary, quiz, references). Pure: the same
 * paper, course and audience always give the same decks, with or without a `memory` of earlier plans.
 */
export function planDecks(paper: Paper, course: Course, audience: Audience = DEFAULT_AUDIENCE, memory: PlanMemory = PLAN_AFRESH): Deck[] {
  const sections = lectureOrder(paper, course);
  const wide = courseWideEdits(course);
  const slot = (id: string) => `${course.id}/${audience.id}/${id}`;
  // Titles of the decks planned so far, by key, with how many decks use each: a title that two
  // decks already have names nothing a third one could be told apart by.
  const titleUse = new Map<string, number>();
  const lectures = sections.map((section, i) => {
    const [number, count] = [i + 1, sections.length];
    const edits = { lecture: course.edits.lectures?.[section.id], blocks: blockEdits(course, section.blocks.map((b) => b.id)) };
    const inputs = [paper, audience, wide, { section: section.id, number, count, edits }];
    const { deck, titleKeys: keys } = memory.lecture(slot(deckId(number, section.id)), inputs, titleUse, (counts) => {
      const planned = planLecture(paper, course, audience, section, number, count, counts);
      return { deck: planned, titleKeys: [...new Set(planned.slides.filter((s) => s.notes).flatMap((s) => titleKeys(s.title)))] };
    });
    for (const key of keys) titleUse.set(key, (titleUse.get(key) ?? 0) + 1);
    return deck;
  });
  // The overview lists the lectures by number and title: planned again only when those, or what else it shows, change.
  const listed = lectures.map((deck) => [deck.number, deck.title, deck.sectionId]);
  const overview = memory.overview(slot(deckId(0, 'overview')), [paper, audience, wide, listed], () => planOverview(paper, course, audience, lectures));
  return [overview, ...lectures].map((deck) => {
    const inputs = [paper, audience, wide, deck, blockEdits(course, deck.slides.flatMap((s) => s.source))];
    return memory.finished(slot(deck.id), inputs, () => finish(deck, paper, course, audience));
  });
}

/**
 * Computes what planning any deck of a paper starts from — the paper's vocabulary, and with it
 * every sentence tagged, and the shipped plain-words lexicon — so that a later plan of one deck
 * does not wait for it. Changes no plan.
 */
export function prepareToPlan(paper: Paper): void {
  vocabularyOf(paper);
  shippedPlainWords();
}

/**
 * The course's edits that may concern any deck: all but those of single lectures and blocks,
 * which `blockEdits` and each lecture's own edit cover. Whatever is not known to concern one
 * section counts as concerning every deck.
 */
function courseWideEdits(course: Course): Record<string, unknown> {
  return Object.fromEntries(Object.entries(course.edits).filter(([key]) => key !== 'lectures' && key !== 'blocks'));
}

/** The course's edits of these blocks, by id: what of `blocks:` a deck drawn from them can depend on. */
function blockEdits(course: Course, ids: readonly string[]): [string, unknown][] {
  const edits = course.edits.blocks ?? {};
  return [...new Set(ids)].filter((id) => Object.hasOwn(edits, id)).map((id) => [id, edits[id]]);
}

/** What every deck of an audience gets last: its wording, acronyms spelled out, the quiz on what the slides say, then the glossary. */
function finish(deck: Deck, paper: Paper, course: Course, audience: Audience): Deck {
  const worded = audience.wording === 'plain' ? plainDeck(deck, { paper, course, bulletsPerSlide: audience.bulletsPerSlide }) : deck;
  const spelled = withQuiz(audience.spellOutAcronyms ? spellOutAcronyms(worded, paper.acronyms) : worded, paper, audience.quizQuestions);
  if (!audience.glossary) return spelled;
  return { ...spelled, slides: [...spelled.slides, ...glossarySlides(acronymsUsed(deck, paper.acronyms))] };
}

/** The sections lectured, in order: the course's `order`, else every section but the appendices (kept with the paper's words, taught only when `order` names them). */
function lectureOrder(paper: Paper, course: Course): Section[] {
  const order = course.edits.order;
  if (!order) return paper.sections.filter((s) => !s.appendix);
  return order.map((id) => paper.sections.find((s) => s.id === id)!);
}

function courseTitle(paper: Paper, course: Course): string {
  return course.edits.title ?? paper.title;
}

/** Whether an audience leaves a block out: named by id, or a topic named by its term. */
function omitted(block: Block, course: Course, audience: Audience): boolean {
  if (course.edits.blocks?.[block.id]?.skip) return true;
  return audience.omit.some((name) => name === block.id || (block.term !== undefined && name.toLowerCase() === block.term.toLowerCase()));
}

function sourceLine(paper: Paper, section: Section, block: Block): string {
  return `Source: §${paper.sections.indexOf(section) + 1} ${section.title}, ¶${section.blocks.indexOf(block) + 1}`;
}

function planLecture(paper: Paper, course: Course, audience: Audience, section: Section, number: number, count: number, titleUse: TitleCounts): Deck {
  const edit = course.edits.lectures?.[section.id] ?? {};
  const title = edit.title ?? section.title;
  // NOTE: a caption belongs beside its figure or table, not on a slide of its own.
  const blocks = section.blocks.filter((block) => block.kind !== 'caption' && !omitted(block, course, audience));
  const captions = new Map(section.blocks.flatMap((block) => (block.kind === 'caption' && block.label ? [[block.label, block.text] as const] : [])));
  const titles = FRAMING_TITLES[audience.wording];
  // No slide repeats the lecture's title or a framing slide's.
  const taken = new Set([title, section.title, titles.objectives, titles.takeaways].flatMap(titleKeys));
  const titleContext = { vocabulary: vocabularyOf(paper), elsewhere: titleUse };
  const blockSlideSets = blocks.map((block) =>
    blockSlides(block, {
      audience,
      edit: course.edits.blocks?.[block.id] ?? {},
      notes: audience.notes ? { notes: block.text, sourceLine: sourceLine(paper, section, block) } : {},
      taken,
      titles: titleContext,
      place: `${section.title}, paragraph ${section.blocks.indexOf(block) + 1}`,
      ...(block.kind === 'table' && block.label && captions.has(block.label) ? { caption: captions.get(block.label)! } : {}),
    }),
  );
  const statements = centralStatements(blocks).flatMap((s) => s.claim ?? []);
  // An empty list (as `lectern new` writes it, ready to fill) means none written yet.
  const objectives = edit.objectives?.length
    ? edit.objectives.map((o) => wordObjective(o, audience.wording))
    : objectivesFor(lectureConcepts(blocks, blockSlideSets, paper, titleContext), statements, audience.wording, paperText(paper));
  const shown = blockSlideSets.flat().map((slide) => [...(slide.headline ? [slide.headline] : []), ...slide.bullets].join('\n'));
  const keyPoints = edit.keyPoints?.length ? edit.keyPoints : takeawaysFor(blocks, Math.max(audience.bulletsPerSlide, 4), slideLines(audience.bulletsPerSlide), shown);

  const slides: Slide[] = [
    { kind: 'title', title, subtitle: `Lecture ${number} of ${count} · ${courseTitle(paper, course)}`, bullets: [], byline: titleByline(paper), source: [] },
    { kind: 'objectives', title: titles.objectives, bullets: objectives, source: blocks.map((b) => b.id) },
    ...withoutEmpty(blockSlideSets.flat()),
    // A section too small to need a summary (one paragraph) has no key-points slide.
    ...(keyPoints.length ? [{ kind: 'takeaways' as const, title: titles.takeaways, bullets: keyPoints, source: blocks.map((b) => b.id) }] : []),
  ];
  if (audience.references && number === count) slides.push(...referenceSlides(paper.references, paperText(paper)));
  return { id: deckId(number, section.id), number, sectionId: section.id, title, courseTitle: courseTitle(paper, course), slides, audience: audience.id };
}

/**
 * What a lecture teaches, for its objectives: each block's concept — a topic's term, or the noun
 * phrase its slide title was drawn from, with its article — weighted by how central the block is
 * to the section. A block titled by where it is (no phrase to name it by) teaches no concept.
 */
function lectureConcepts(blocks: Block[], slideSets: Slide[][], paper: Paper, context: TitleContext): Concept[] {
  const weight = centrality(blocks.map((b) => b.text));
  const text = paperText(paper);
  return blocks.flatMap((block, i) => {
    const slide = slideSets[i]![0];
    if (!slide || block.kind === 'table') return [];
    // A numbered label ("Corollary 3", "Box 1. An example") names no concept: its claims may say what it teaches.
    if (block.term) return termConcept(block.term, text, context, weight[i]! + 1);
    const object = objectOf(explanationOf(block), slide.title.split(': ')[0]!, context);
    // One common noun drawn from the text ("cancer") is too broad to be what a lecture teaches.
    const named = object !== undefined && (contentLemmas(tag(object)).length >= 2 || /\p{Lu}{2,}/u.test(object));
    return named ? [{ object, weight: weight[i]! }] : [];
  });
}

/**
 * What a topic's term teaches. A numbered label ("Corollary 3", "RQ1", "Step 2") or a name for
 * the paper's own apparatus ("Finding", "Results") teaches nothing by its name; a question ("RQ2:
 * Can we reduce the workload?") asks rather than names; a term that is a statement ("Long-form
 * summaries are rarely evaluated by humans") is a claim to explain.
 */
function termConcept(term: string, text: string, context: TitleContext, weight: number): Concept[] {
  // "RQ1: Does agreement improve?", "Finding: Reduced workload": what follows the label is the concept.
  const named = term.replace(/^([^:]*):\s*(?=\S)/, (prefix, label: string) => (isLabel(label) || isGenericName(label) ? '' : prefix));
  if (isLabel(named) || isGenericName(named) || /\?\s*$/.test(named)) return [];
  const tokens = tag(named);
  if (isMainClause(tokens, { from: 0, to: tokens.length }) && !misreadNoun(tokens, text)) return [{ object: lowerInitial(named, text), weight, claim: true }];
  return [{ object: withArticle(asObject(named, text), context.vocabulary), weight }];
}

/**
 * Whether a heading the tagger read as a statement is a noun phrase whose last noun it took for the
 * verb: "Conceptualization of the body image construct", where the paper writes "the … construct".
 */
function misreadNoun(tokens: Token[], paperText: string): boolean {
  const verbs = finiteVerbs(tokens);
  const last = verbs.length === 1 ? tokens[verbs[0]!]! : undefined;
  if (!last || tokens.slice(verbs[0]! + 1).some(isWord)) return false;
  return new RegExp(`\\b(?:the|a|an|this|that|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}${last.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu').test(paperText);
}

/** Whether a term is a numbered label: a word, then a number ("Corollary 3", "Box 1. …", "Step 2"), or letters run into a number ("RQ1", "H2", "S3"). */
function isLabel(term: string): boolean {
  if (/^\p{L}{1,4}\d+[a-z]?\.?$/u.test(term.trim())) return true;
  // "S1 Table", "Table 2", "Fig. 3": a float is not a concept.
  if (/^(?:\p{L}?\d+\s+)?(?:tables?|fig(?:ure)?s?\.?|box|appendix)(?:\s+\p{L}?\d+\p{L}?)?$/iu.test(term.trim()) && /\d/.test(term)) return true;
  const words = tag(term).filter(isWord);
  return words.length >= 2 && words[1]!.pos === 'NUM' && /^(?:NOUN|PROPN)$/.test(words[0]!.pos);
}

/** All of a paper's prose, for questions about how it writes a word. */
function paperText(paper: Paper): string {
  return paper.sections.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');
}

function planOverview(paper: Paper, course: Course, audience: Audience, lectures: Deck[]): Deck {
  const title = courseTitle(paper, course);
  const slides: Slide[] = [{ kind: 'title', title, subtitle: course.edits.subtitle ?? 'Course overview', bullets: [], byline: titleByline(paper), source: [] }];
  if (paper.abstract) {
    slides.push({
      kind: 'abstract',
      title: 'What this course covers',
      bullets: abstractBullets(paper.abstract, audience.bulletsPerSlide, { lines: slideLines(audience.bulletsPerSlide) }),
      ...(audience.notes ? { notes: paper.abstract, sourceLine: 'Source: Abstract' } : {}),
      source: ['abstract'],
    });
  }
  if (paper.keywords.length) slides.push({ kind: 'keywords', title: 'Keywords', bullets: paper.keywords, source: ['keywords'] });
  const items = lectures.map((deck) => ({ bullet: `${deck.number}. ${deck.title}`, source: [deck.sectionId!] }));
  slides.push(...pagedSlides('lectures', 'Lectures', items, LECTURES_PER_SLIDE));
  return { id: deckId(0, 'overview'), number: 0, title: 'Course overview', courseTitle: title, slides, audience: audience.id };
}

function deckId(number: number, slug: string): string {
  return `${String(number).padStart(2, '0')}-${slug}`;
}
