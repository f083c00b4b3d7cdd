import type { Reference } from '../content/paper.ts';
import type { Slide } from './deck.ts';
import { pagedSlides } from './paged.ts';

/** References are long: three a slide. */
const PER_SLIDE = 3;

/** The paper's reference list. */
export function referenceSlides(references: readonly Reference[]): Slide[] {
  const items = references.map((r) => ({ bullet: r.n !== undefined ? `[${r.n}] ${r.text}` : r.text, source: ['references'] }));
  return pagedSlides('references', 'References', items, PER_SLIDE);
}
