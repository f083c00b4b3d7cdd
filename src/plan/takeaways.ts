import type { Block } from '../content/paper.ts';
import { bulletsFrom, MAX_BULLETS } from './bullets.ts';

/**
 * Key points for the closing slide: a section's topics by term, or the lead points of its
 * paragraphs (not its lists and tables). Terms beyond six are paired up ("A · B"), the later ones first, so no topic is
 * dropped; lead points beyond six are sampled evenly across the section, first and last kept.
 */
export function takeawaysFor(blocks: Block[]): string[] {
  const topics = blocks.filter((b) => b.term);
  // Lists and tables are their own summaries; the lead points come from the prose.
  const prose = blocks.filter((b) => b.kind === 'paragraph');
  if (topics.length === 0) return spread(prose.flatMap((b) => bulletsFrom(b.text, 1)), MAX_BULLETS);
  const points = topics.map((b) => b.term!);
  while (points.length > MAX_BULLETS) {
    const last = points.pop()!;
    const before = points.pop()!;
    points.push(`${before} · ${last}`);
  }
  return points;
}

function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]!);
}
