import type { Reference } from '../content/paper.ts';
import { chunkEvenly } from './chunk.ts';
import type { Slide } from './deck.ts';

const PER_SLIDE = 3;

/** The paper's reference list, three references a slide (they are long). */
export function referenceSlides(references: readonly Reference[]): Slide[] {
  if (references.length === 0) return [];
  const pages = chunkEvenly([...references], PER_SLIDE);
  return pages.map((page, i) => ({
    kind: 'references',
    title: pages.length > 1 ? `References (${i + 1} of ${pages.length})` : 'References',
    bullets: page.map((r) => (r.n !== undefined ? `[${r.n}] ${r.text}` : r.text)),
    source: ['references'],
  }));
}
