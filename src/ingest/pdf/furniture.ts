import type { DropReason } from '../../content/paper.ts';
import { isBackMatterLabel } from '../back-matter.ts';
import type { FontStyle } from './fonts.ts';
import { opensWithBackMatterLabel } from './headings.ts';
import type { Block, BodyStyle, PageLayout } from './layout.ts';
import { lineText } from './lines.ts';

/** Blocks that are the page's furniture, not the paper's words, with why. */
export type Furniture = Map<Block, DropReason>;

/** How near a page's top or bottom (as a share of its height) running headers and footers sit. */
const EDGE = 0.1;
/** Lines publishers print beside the paper on its first pages: licence, dates, links, contacts. */
const MARGIN_NOTE = /^(?:©|copyright\b|(?:received|accepted|revised|published(?: online)?)\s*:?\s*(?:\d|[a-z]+\.? \d)|(?:academic )?editor|edited by|reviewed by|correspondence\b|corresponding author|e-?mail\b|doi\b|https?:\/\/|www\.|cite this|how to cite|citation:|open access\b|this article is licensed|licen[cs]e[ds]?\b|creative commons|view article online|view journal|continued on next page|\(?continued\)?$|article history|funding:|competing interests:|data availability|vol[.:]|all publication charges|check for updates|downloaded (?:from|on)\b|reprints and permission|publisher[’']s note)/i;

export function blockText(block: Block): string {
  return block.lines.map((line) => lineText(line).text).join(' ');
}

/**
 * Back matter that reads like a publisher's note: a heading set larger than the body ("Data
 * availability" over its statement), or after the first page a statement led by its label in
 * bold ("Data availability The datasets …"). The outline leaves it out as back matter, with the
 * text under it, which a publisher's note would not take along.
 */
function isBackMatter(block: Block, text: string, layout: PageLayout, body: BodyStyle, fonts: Map<string, FontStyle>): boolean {
  if (block.lines.length === 1 && block.size > body.size + 0.5 && isBackMatterLabel(text)) return true;
  // NOTE: a licence and a publisher's note are the publisher's words, whatever sets them.
  return layout.page.number > 1 && !PUBLISHER_NOTE.test(text) && opensWithBackMatterLabel(block, body, fonts);
}

const PUBLISHER_NOTE = /^(?:open access|publisher['’]?s note)\b/i;

/** A page's number as printed: "7", "Page 7", "7 of 18", "7/18". */
const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/**
 * Whether a block is the page's first or last text, nothing beside it, in the outer quarter of
 * the page: where a page number stands when the page's margins are wide (a preprint's "7" under
 * the text, above the bottom tenth).
 */
function outermost(block: Block, layout: PageLayout): boolean {
  const others = layout.blocks.filter((b) => b !== block);
  const { height } = layout.page;
  const last = block.top > height * 0.75 && others.every((b) => b.bottom < block.top);
  const first = block.bottom < height * 0.25 && others.every((b) => b.top > block.bottom);
  return last || first;
}

/** Text compared across pages: digits folded, case and spacing ignored. */
function shape(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Running headers and footers (the same words, digits aside, near the top or bottom of several
 * pages), page numbers, notes in the margins beside the columns, and publisher's notes in small
 * print (licence, dates, DOI) anywhere on a page.
 */
export function findFurniture(pages: PageLayout[], body: BodyStyle, fonts: Map<string, FontStyle>): Furniture {
  const found: Furniture = new Map();
  const atEdge = (block: Block, layout: PageLayout) => block.bottom < layout.page.height * EDGE + block.size || block.top > layout.page.height * (1 - EDGE) - block.size;
  const seen = new Map<string, Set<number>>();
  for (const layout of pages) {
    for (const block of layout.blocks) {
      if (!atEdge(block, layout) || block.lines.length > 4) continue;
      const key = shape(blockText(block));
      if (key.length < 3 || /^#$/.test(key)) continue;
      seen.set(key, (seen.get(key) ?? new Set()).add(layout.page.number));
    }
  }
  const repeated = Math.max(2, Math.ceil(pages.length * 0.25));
  for (const layout of pages) {
    for (const block of layout.blocks) {
      const text = blockText(block);
      const edge = atEdge(block, layout);
      if ((edge || outermost(block, layout)) && PAGE_NUMBER.test(text.trim())) found.set(block, 'page number');
      else if (edge && (seen.get(shape(text))?.size ?? 0) >= repeated) found.set(block, 'running header');
      else if (block.lane === 'margin') found.set(block, 'margin box');
      else if (MARGIN_NOTE.test(text.trim()) && (block.size < body.size - 0.2 || block.lines.length <= 2) && block.lines.length <= 12 && !isBackMatter(block, text, layout, body, fonts)) found.set(block, 'publisher furniture');
    }
  }
  return found;
}
