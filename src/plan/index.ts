import type { Course } from '../content/course.ts';
import type { Block, Paper, Section } from '../content/paper.ts';
import { bulletsFrom, MAX_BULLETS } from './bullets.ts';
import type { Deck, Slide } from './deck.ts';
import { objectivesFor } from './objectives.ts';
import { takeawaysFor } from './takeaways.ts';

export type { Deck, Slide, SlideKind } from './deck.ts';

/**
 * Plans a course's decks: an overview from the abstract and keywords, then one lecture per
 * section with a title slide, learning objectives, one slide per block and a key-points slide.
 * Pure: the same paper and course always give the same decks.
 */
export function planDecks(paper: Paper, course: Course): Deck[] {
  const courseTitle = course.edits.title ?? paper.title;
  const sections = lectureOrder(paper, course);
  const lectures = sections.map((section, i) => planLecture(paper, course, section, i + 1, sections.length));
  return [planOverview(paper, courseTitle, lectures), ...lectures];
}

function lectureOrder(paper: Paper, course: Course): Section[] {
  const order = course.edits.order;
  if (!order) return paper.sections;
  return order.map((id) => paper.sections.find((s) => s.id === id)!);
}

function byline(paper: Paper): string[] {
  const authors = paper.authors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ');
  return [authors, ...paper.affiliations].filter(Boolean);
}

function planLecture(paper: Paper, course: Course, section: Section, number: number, count: number): Deck {
  const courseTitle = course.edits.title ?? paper.title;
  const edit = course.edits.lectures?.[section.id] ?? {};
  const title = edit.title ?? section.title;
  const sectionNumber = paper.sections.indexOf(section) + 1;
  const blocks = section.blocks.filter((block) => !course.edits.blocks?.[block.id]?.skip);

  const slides: Slide[] = [
    {
      kind: 'title',
      title,
      subtitle: `Lecture ${number} of ${count} · ${courseTitle}`,
      bullets: [],
      byline: byline(paper),
      source: [],
    },
    {
      kind: 'objectives',
      title: 'Learning objectives',
      bullets: edit.objectives ?? objectivesFor(section, blocks),
      source: blocks.map((b) => b.id),
    },
    ...blocks.map((block) => blockSlide(course, section, sectionNumber, block)),
    {
      kind: 'takeaways',
      title: 'Key points',
      bullets: edit.keyPoints ?? takeawaysFor(blocks),
      source: blocks.map((b) => b.id),
    },
  ];
  return { id: deckId(number, section.id), number, sectionId: section.id, title, courseTitle, slides };
}

function blockSlide(course: Course, section: Section, sectionNumber: number, block: Block): Slide {
  const edit = course.edits.blocks?.[block.id] ?? {};
  const paragraph = section.blocks.indexOf(block) + 1;
  const body = block.term ? block.text.slice(block.text.indexOf(':') + 1) : block.text;
  return {
    kind: block.kind === 'topic' ? 'topic' : 'content',
    title: edit.title ?? block.term ?? `${section.title} (${paragraph})`,
    bullets: edit.bullets ?? bulletsFrom(body, MAX_BULLETS),
    notes: block.text,
    sourceLine: `Source: §${sectionNumber} ${section.title}, ¶${paragraph}`,
    source: [block.id],
  };
}

function planOverview(paper: Paper, courseTitle: string, lectures: Deck[]): Deck {
  const slides: Slide[] = [
    { kind: 'title', title: courseTitle, subtitle: 'Course overview', bullets: [], byline: byline(paper), source: [] },
  ];
  if (paper.abstract) {
    slides.push({
      kind: 'abstract',
      title: 'What this course covers',
      bullets: bulletsFrom(paper.abstract),
      notes: paper.abstract,
      sourceLine: 'Source: Abstract',
      source: ['abstract'],
    });
  }
  if (paper.keywords.length) {
    slides.push({ kind: 'keywords', title: 'Keywords', bullets: paper.keywords, source: ['keywords'] });
  }
  const pages = chunkEvenly(lectures, MAX_BULLETS);
  pages.forEach((page, i) => {
    slides.push({
      kind: 'lectures',
      title: pages.length > 1 ? `Lectures (${i + 1} of ${pages.length})` : 'Lectures',
      bullets: page.map((deck) => `${deck.number}. ${deck.title}`),
      source: page.map((deck) => deck.sectionId!),
    });
  });
  return { id: deckId(0, 'overview'), number: 0, title: 'Course overview', courseTitle, slides };
}

/** Splits items into as few pages of at most `size` as possible, the pages as even as can be. */
function chunkEvenly<T>(items: T[], size: number): T[][] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const per = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, i) => items.slice(i * per, (i + 1) * per));
}

function deckId(number: number, slug: string): string {
  return `${String(number).padStart(2, '0')}-${slug}`;
}
