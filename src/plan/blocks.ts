import type { Block } from '../content/paper.ts';
import { bulletsFrom, condense, isProse, slideLines } from './bullets.ts';
import { chunkEvenly } from './chunk.ts';

/**
 * A topic's explanation without its term: "Drug Efflux Pumps: Cancer cells …" → "Cancer cells …".
 * Terms come as "Term: …", "Term. …" (markdown `**Term.**`) or as a subsection heading, in which
 * case the text does not repeat the term as a label (it may open its first sentence).
 */
export function explanationOf(block: Block): string {
  if (!block.term || !block.text.startsWith(block.term)) return block.text;
  const rest = block.text.slice(block.term.length);
  // "Western blotting was performed …" under the heading "Western blotting": the term is the sentence's subject, not a label.
  if (/^\s+\p{Ll}/u.test(rest)) return block.text;
  return rest.replace(/^\s*[:.—–-]\s*/, '');
}

/** A block's bullets: a list's items (condensed when long), or the condensed sentences of its text. */
export function blockBullets(block: Block, max: number): string[] {
  if (block.kind === 'list' && block.items?.length) {
    // A long item is a paragraph of its own: its most central statement stands for it.
    const point = (item: string) => (item.split(/\s+/).length <= 14 ? item : (bulletsFrom(item, 1)[0] ?? condense(item)));
    return block.items.filter(isProse).slice(0, max).map(point);
  }
  return bulletsFrom(explanationOf(block), max, { lines: slideLines(max) });
}

/** A table block's header and body rows, split into pages that fit a slide. */
export function tablePages(block: Block, rowsPerSlide: number): { header: string[]; rows: string[][] }[] {
  const [header = [], ...body] = block.rows ?? [];
  return chunkEvenly(body, rowsPerSlide).map((rows) => ({ header, rows }));
}
