import type { Block } from '../content/paper.ts';
import { bulletsFrom, MAX_BULLETS } from './bullets.ts';
import { groupEvenly } from './chunk.ts';

/**
 * Key points for the closing slide, at most `max`: a section's topics by term, or the lead points
 * of its paragraphs (not its lists and tables, which are their own summaries). Terms that do not
 * fit one a bullet are grouped ("A · B"), in order and evenly, so no topic is dropped; lead points
 * that do not fit are sampled evenly across the section, first and last kept.
 */
export function takeawaysFor(blocks: Block[], max = MAX_BULLETS): string[] {
  const terms = blocks.flatMap((b) => (b.term ? [b.term] : []));
  if (terms.length > 0) return groupEvenly(terms, max).map((group) => group.join(' · '));
  const prose = blocks.filter((b) => b.kind === 'paragraph');
  return spread(prose.flatMap((b) => bulletsFrom(b.text, 1)), max);
}

function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  if (count === 1) return items.slice(0, 1);
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]!);
}
