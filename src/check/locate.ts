import type { CourseFile } from '../content/course.ts';
import type { YamlFile } from '../content/yaml.ts';
import type { SourceLocation } from '../errors.ts';
import type { Deck, Slide } from '../plan/deck.ts';

/**
 * Which `course.yaml` edits feed each kind of slide, the longest text first: a block's slide
 * shows its block's bullets and title; the framing slides show their lecture's lists and title.
 * Kinds not listed take no edit.
 */
const EDITS_BY_KIND: Partial<Record<Slide['kind'], (deck: Deck, slide: Slide) => string[][]>> = {
  content: (_, slide) => blockEdits(slide),
  topic: (_, slide) => blockEdits(slide),
  table: (_, slide) => blockEdits(slide),
  objectives: (deck) => lectureEdits(deck, 'objectives'),
  takeaways: (deck) => lectureEdits(deck, 'keyPoints'),
  title: (deck) => lectureEdits(deck, 'title'),
};

function blockEdits(slide: Slide): string[][] {
  return slide.source.flatMap((id) => [['blocks', id, 'bullets'], ['blocks', id, 'title']]);
}

function lectureEdits(deck: Deck, key: string): string[][] {
  return deck.sectionId ? [['lectures', deck.sectionId, key]] : [];
}

/**
 * Where in `course.yaml` a lecturer's edit put text on this slide, found by where the slide's
 * text comes from rather than by comparing text (planning may reword it: acronyms spelled out,
 * bullets cut to the audience's number). Lines of the keys; empty when nothing was edited.
 */
export function editsBehind(courseFile: YamlFile<CourseFile>, deck: Deck, slide: Slide): SourceLocation[] {
  const paths = EDITS_BY_KIND[slide.kind]?.(deck, slide) ?? [];
  return paths.filter((path) => valueAt(courseFile.data, path) !== undefined).map((path) => courseFile.locate(path, true));
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let value = data;
  for (const step of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[step] : undefined;
  return value;
}
