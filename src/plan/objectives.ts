import type { Block, Section } from '../content/paper.ts';

/**
 * Learning objectives for a section the lecturer has written none for: drawn from its topics'
 * terms, or from its title when it has no topics. `course.yaml` objectives replace these.
 */
export function objectivesFor(section: Section, blocks: Block[]): string[] {
  const terms = blocks.flatMap((b) => (b.term ? [b.term] : []));
  const subject = section.title.toLowerCase();
  if (terms.length === 0) return [`Summarise the main ideas of ${subject}`, `Explain why ${subject} matters for the rest of the course`];
  const listed = terms.slice(0, 3).join(', ') + (terms.length > 3 ? ' and related ideas' : '');
  return [`Describe the key ideas of ${subject}`, `Explain ${listed}`, `Compare the ideas in this lecture and when each applies`];
}
