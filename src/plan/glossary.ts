import type { Acronym } from '../content/paper.ts';
import { MAX_BULLETS } from './bullets.ts';
import type { Slide } from './deck.ts';
import { pagedSlides } from './paged.ts';

/** Glossary slides for the acronyms a deck uses, six to a slide. */
export function glossarySlides(used: readonly Acronym[]): Slide[] {
  return pagedSlides('glossary', 'Glossary', used.map((a) => ({ bullet: `${a.short} — ${a.long}`, source: ['acronyms'] })), MAX_BULLETS);
}
