import type { Audience } from '../content/audience.ts';
import { DEFAULT_AUDIENCE } from '../content/audience.ts';
import type { Course } from '../content/course.ts';
import type { Block, Paper, Section } from '../content/paper.ts';
import { acronymsUsed, spellOutAcronyms } from './acronyms.ts';
import { bulletsFrom, slideLines } from './bullets.ts';
import { centrality } from './language/index.ts';
import { blockSlides, FALLBACK_TITLE } from './slides.ts';
import { lowerFirst, titleKeys } from './titles.ts';
import type { Deck, Slide } from './deck.ts';
import { glossarySlides } from './glossary.ts';
import { objectivesFor } from './objectives.ts';
import { pagedSlides } from './paged.ts';
import { plainDeck } from './plain.ts';
import { withQuiz } from './quiz.ts';
import { referenceSlides } from './references.ts';
import { takeawaysFor } from './takeaways.ts';
import { FRAMING_TITLES, wordObjective } from './wording.ts';

export type { Deck, Slide, SlideKind } from './deck.ts';

const LECTURES_PER_SLIDE = 6;

/**
 * Plans a course's decks for one audience: an overview from the abstract and keywords, then one
 * lecture per section with a title slide, learning objectives, one slide per block and a
 * key-points slide, then what the audience asks for (glossary, quiz, references). Pure: the same
 * paper, course and audience always give the same decks.
 */
export function planDecks(paper: Paper, course: Course, audience: Audience = DEFAULT_AUDIENCE): Deck[] {
  const sections = lectureOrder(paper, course);
  const lectures = sections.map((section, i) => planLecture(paper, course, audience, section, i + 1, sections.length));
  return [planOverview(paper, course, audience, lectures), ...lectures].map((deck) => finish(deck, paper, course, audience));
}

/** What every deck of an audience gets last: its wording, acronyms spelled out, the quiz on what the slides say, then the glossary. */
function finish(deck: Deck, paper: Paper, course: Course, audience: Audience): Deck {
  const worded = audience.wording === 'plain' ? plainDeck(deck, { paper, course, bulletsPerSlide: audience.bulletsPerSlide }) : deck;
  const spelled = withQuiz(audience.spellOutAcronyms ? spellOutAcronyms(worded, paper.acronyms) : worded, paper, audience.quizQuestions);
  if (!audience.glossary) return spelled;
  return { ...spelled, slides: [...spelled.slides, ...glossarySlides(acronymsUsed(deck, paper.acronyms))] };
}

function lectureOrder(paper: Paper, course: Course): Section[] {
  const order = course.edits.order;
  if (!order) return paper.sections;
  return order.map((id) => paper.sections.find((s) => s.id === id)!);
}

function courseTitle(paper: Paper, course: Course): string {
  return course.edits.title ?? paper.title;
}

function byline(paper: Paper): string[] {
  const authors = paper.authors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ');
  return [authors, ...paper.affiliations].filter(Boolean);
}

/** Whether an audience leaves a block out: named by id, or a topic named by its term. */
function omitted(block: Block, course: Course, audience: Audience): boolean {
  if (course.edits.blocks?.[block.id]?.skip) return true;
  return audience.omit.some((name) => name === block.id || (block.term !== undefined && name.toLowerCase() === block.term.toLowerCase()));
}

function sourceLine(paper: Paper, section: Section, block: Block): string {
  return `Source: §${paper.sections.indexOf(section) + 1} ${section.title}, ¶${section.blocks.indexOf(block) + 1}`;
}

function planLecture(paper: Paper, course: Course, audience: Audience, section: Section, number: number, count: number): Deck {
  const edit = course.edits.lectures?.[section.id] ?? {};
  const title = edit.title ?? section.title;
  // NOTE: a caption belongs beside its figure or table, not on a slide of its own.
  const blocks = section.blocks.filter((block) => block.kind !== 'caption' && !omitted(block, course, audience));
  const titles = FRAMING_TITLES[audience.wording];
  // No slide repeats the lecture's title or a framing slide's.
  const taken = new Set([title, section.title, titles.objectives, titles.takeaways].flatMap(titleKeys));
  const blockSlideSets = blocks.map((block) =>
    blockSlides(block, {
      audience,
      edit: course.edits.blocks?.[block.id] ?? {},
      notes: audience.notes ? { notes: block.text, sourceLine: sourceLine(paper, section, block) } : {},
      taken,
    }),
  );
  // An empty list (as `lectern new` writes it, ready to fill) means none written yet.
  const objectives = edit.objectives?.length
    ? edit.objectives.map((o) => wordObjective(o, audience.wording))
    : objectivesFor(concepts(blocks, blockSlideSets), audience.wording, paperText(paper));

  const slides: Slide[] = [
    { kind: 'title', title, subtitle: `Lecture ${number} of ${count} · ${courseTitle(paper, course)}`, bullets: [], byline: byline(paper), source: [] },
    { kind: 'objectives', title: titles.objectives, bullets: objectives, source: blocks.map((b) => b.id) },
    ...blockSlideSets.flat(),
    { kind: 'takeaways', title: titles.takeaways, bullets: edit.keyPoints?.length ? edit.keyPoints : takeawaysFor(blocks, Math.max(audience.bulletsPerSlide, 4), slideLines(audience.bulletsPerSlide)), source: blocks.map((b) => b.id) },
  ];
  if (audience.references && number === count) slides.push(...referenceSlides(paper.references));
  return { id: deckId(number, section.id), number, sectionId: section.id, title, courseTitle: courseTitle(paper, course), slides, audience: audience.id };
}

/**
 * What a lecture teaches, for its objectives: each block's slide title (a topic's term, or the key
 * noun phrase of its text), weighted by how central the block is to the section.
 */
function concepts(blocks: Block[], slideSets: Slide[][]): { name: string; weight: number }[] {
  const weight = centrality(blocks.map((b) => b.text));
  return blocks.flatMap((block, i) => {
    const slide = slideSets[i]![0];
    if (!slide || block.kind === 'table' || (!block.term && slide.title === FALLBACK_TITLE)) return [];
    // A title drawn from the text was capitalised to head a slide; as an object it is written as in the text.
    const name = block.term ?? lowerFirst(slide.title.split(': ')[0]!);
    return [{ name, weight: weight[i]! + (block.term ? 1 : 0) }];
  });
}

/** All of a paper's prose, for questions about how it writes a word. */
function paperText(paper: Paper): string {
  return paper.sections.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');
}

function planOverview(paper: Paper, course: Course, audience: Audience, lectures: Deck[]): Deck {
  const title = courseTitle(paper, course);
  const slides: Slide[] = [{ kind: 'title', title, subtitle: course.edits.subtitle ?? 'Course overview', bullets: [], byline: byline(paper), source: [] }];
  if (paper.abstract) {
    slides.push({
      kind: 'abstract',
      title: 'What this course covers',
      bullets: bulletsFrom(paper.abstract, audience.bulletsPerSlide, { lines: slideLines(audience.bulletsPerSlide) }),
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
