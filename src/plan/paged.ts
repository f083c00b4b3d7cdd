import { chunkEvenly } from './chunk.ts';
import type { Slide } from './deck.ts';

/** One item of a paged list: its bullet and the ids it comes from. */
export interface PagedItem {
  bullet: string;
  source: string[];
}

/**
 * A list too long for one slide, over as few slides as fit `perSlide` items each, as evenly as
 * can be, titled "Glossary (1 of 2)" when there is more than one. None for an empty list.
 */
export function pagedSlides(kind: Slide['kind'], title: string, items: readonly PagedItem[], perSlide: number): Slide[] {
  if (items.length === 0) return [];
  const pages = chunkEvenly([...items], perSlide);
  return pages.map((page, i) => ({
    kind,
    title: pages.length > 1 ? `${title} (${i + 1} of ${pages.length})` : title,
    bullets: page.map((item) => item.bullet),
    source: [...new Set(page.flatMap((item) => item.source))],
  }));
}
