import type { Block, Section } from '../content/paper.ts';

/**
 * Learning objectives for a section the lecturer has written none for: drawn from its topics'
 * terms, or from its title when it has no topics. `course.yaml` objectives replace these.
 */
export function objectivesFor(section: Section, blocks: Block[]): string[] {
  const terms = blocks.flatMap((b) => (b.term ? [b.term] : []));
  const subject = `“${section.title}”`;
  if (terms.length === 0) return [`Summarise the main points of ${subject}`, `Relate ${subject} to the rest of the paper`];
  const listed = terms.length > 3 ? `${terms.slice(0, 3).join(', ')} and ${terms.length - 3} more` : joinList(terms);
  return [`Describe ${listed}`, `Explain how these ideas shape ${subject}`, `Compare them and say when each applies`];
}

function joinList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items[0]!;
}
