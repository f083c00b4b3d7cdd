import type { Acronym } from '../content/paper.ts';
import { chunkEvenly } from './chunk.ts';
import { MAX_BULLETS } from './bullets.ts';
import type { Slide } from './deck.ts';

/** Glossary slides for the acronyms a deck uses, six to a slide. */
export function glossarySlides(used: readonly Acronym[]): Slide[] {
  if (used.length === 0) return [];
  const pages = chunkEvenly([...used], MAX_BULLETS);
  return pages.map((page, i) => ({
    kind: 'glossary',
    title: pages.length > 1 ? `Glossary (${i + 1} of ${pages.length})` : 'Glossary',
    bullets: page.map((a) => `${a.short} — ${a.long}`),
    source: ['acronyms'],
  }));
}
