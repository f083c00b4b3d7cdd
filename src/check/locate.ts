import type { CourseFile } from '../content/course.ts';
import type { YamlFile } from '../content/yaml.ts';
import type { SourceLocation } from '../errors.ts';
import type { Deck, Slide } from '../plan/deck.ts';

/**
 * Where in `course.yaml` a lecturer's edit put text on this slide: the edits of the slide's own
 * blocks and of its lecture whose value is the slide's title or its bullets. Lines of the keys
 * (`bullets:`, `title:`), bullets first since they take most room. Empty when nothing was edited.
 */
export function editsBehind(courseFile: YamlFile<CourseFile>, deck: Deck, slide: Slide): SourceLocation[] {
  const { blocks = {}, lectures = {} } = courseFile.data;
  const owners: [string, string, Record<string, unknown> | undefined][] = slide.source.map((id) => ['blocks', id, blocks[id]]);
  if (deck.sectionId) owners.push(['lectures', deck.sectionId, lectures[deck.sectionId]]);

  const found: { path: string[]; bullets: boolean }[] = [];
  for (const [group, id, edit] of owners) {
    for (const [key, value] of Object.entries(edit ?? {})) {
      const isBullets = Array.isArray(value) && sameList(value, slide.bullets);
      if (isBullets || value === slide.title) found.push({ path: [group, id, key], bullets: isBullets });
    }
  }
  found.sort((a, b) => Number(b.bullets) - Number(a.bullets));
  return found.map(({ path }) => courseFile.locate(path, true));
}

function sameList(a: readonly unknown[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
