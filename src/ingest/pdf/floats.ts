import type { Box } from '../../content/paper.ts';
import { figureRegions, insideAny } from './figures.ts';
import type { FontStyle } from './fonts.ts';
import type { Block, BodyStyle, PageLayout } from './layout.ts';
import { lineText, type Line } from './lines.ts';
import { readGrid, tableRows } from './table-cells.ts';
import type { Furniture } from './furniture.ts';

/** What a figure or table leaves on a page: its caption, the text drawn in it, a table's cells. */
export interface Floats {
  /** Caption blocks (their continuation blocks merged in) with their label as printed. */
  captions: Map<Block, string>;
  /** Blocks that continue a caption: read as part of it. */
  continuations: Map<Block, Block>;
  figureText: Set<Block>;
  /** Table bodies: the first block of each carries the table as read, the others belong to it. */
  tables: Map<Block, TableBody | undefined>;
}

/** A table as read from the page: its caption's label, its lines split at wide gaps, and its grid where they form one. */
export interface TableBody {
  label: string;
  /** Lines on one baseline, left to right, each split into the pieces set apart by a wide gap: the table's text. */
  rows: string[][];
  /** The table's cells, its header first (see `readGrid`); absent when only its text is known. */
  grid?: string[][];
}

/** "Fig. 1", "Figure 2.", "FIGURE 3 |", "Table 1", "Supplementary Table S2", "Scheme 1". */
const LABEL = /^((?:supplementary\s+)?(?:fig(?:ure)?s?\.?|table|scheme|box|chart|extended data fig(?:ure)?\.?)\s*[A-Z]?S?\d+[a-z]?)(?=[\s.:|—–-]|$)/i;

/**
 * Captions, figure text and table bodies. A caption starts with its label, set apart from the
 * running text: in a smaller size or other font, a bold label, or a label followed by a full
 * stop, colon or bar ("Figure 2 shows…" in the body font is a sentence). Text drawn over an
 * image or among a figure's vector drawing is figure text; the lines near a table's caption that
 * fall into cells are the table's rows.
 */
export function findFloats(pages: PageLayout[], body: BodyStyle, fonts: Map<string, FontStyle>, furniture: Furniture): Floats {
  const floats: Floats = { captions: new Map(), continuations: new Map(), figureText: new Set(), tables: new Map() };
  for (const layout of pages) {
    const blocks = layout.blocks.filter((b) => !furniture.has(b));
    for (const block of blocks) {
      const label = captionLabel(block, body, fonts);
      if (label) floats.captions.set(block, label);
    }
    for (const [caption] of [...floats.captions].filter(([b]) => b.page === layout.page.number)) {
      let last = caption;
      for (const next of blocks) {
        if (next === last || floats.captions.has(next) || floats.continuations.has(next)) continue;
        if (next.lane !== caption.lane || next.top < last.bottom || next.top - last.bottom > 1.6 * last.size) continue;
        if (Math.abs(next.size - caption.size) > 0.3 || (next.size === body.size && next.font === body.font && caption.size === body.size && caption.font === body.font)) continue;
        // NOTE: a caption's lines start where it starts (or are centred under it); text set elsewhere below it is its table's.
        if (!alignedWith(next, caption)) continue;
        floats.continuations.set(next, caption);
        last = next;
      }
    }
    findTables(layout, blocks, body, floats);
    const regions = figureRegions(layout.page);
    const zones = figureZones(layout, blocks, body, floats);
    // NOTE: a page with a table is left alone: a table's cells are numbers too, and belong to the table.
    const labels = [...floats.captions].filter(([b]) => b.page === layout.page.number).map(([, label]) => label);
    const hasFigure = (regions.length > 0 || zones.length > 0) && !labels.some((label) => /^table/i.test(label));
    for (const block of blocks) {
      if (floats.captions.has(block) || floats.continuations.has(block) || floats.tables.has(block)) continue;
      // NOTE: a numbered heading between the running text and a figure is not the figure's.
      const heading = block.size >= body.size && /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u.test(lineText(block.lines[0]!).text);
      if (inFigure(block, layout, body, heading ? regions : [...regions, ...zones]) || (hasFigure && isLabelsOnly(block))) floats.figureText.add(block);
    }
  }
  return floats;
}

function captionLabel(block: Block, body: BodyStyle, fonts: Map<string, FontStyle>): string | undefined {
  const first = block.lines[0]!;
  const { text, parts } = lineText(first);
  const match = LABEL.exec(text);
  if (!match) return undefined;
  const label = match[1]!.replace(/\s+/g, ' ');
  const after = text.slice(match[0].length);
  const labelFont = fonts.get(parts[0]?.font ?? '');
  const bodyFont = fonts.get(body.font);
  const setApart = block.size < body.size - 0.3 || block.font !== body.font || (labelFont?.bold && !bodyFont?.bold) || /^\s*[.:|—–]/.test(after) || /^\s*$/.test(after);
  return setApart ? label : undefined;
}

/** Whether a block starts where a caption starts, or is centred under it, within an em. */
function alignedWith(block: Block, caption: Block): boolean {
  const centre = (b: Block) => (b.x0 + b.x1) / 2;
  return Math.abs(block.x0 - caption.x0) <= caption.size || Math.abs(centre(block) - centre(caption)) <= caption.size;
}

/**
 * The space a figure takes above its caption: as wide as the caption, up to the running text
 * above it (or the page's top). Labels set as plain text, with no drawing under them (a
 * sequence alignment, a legend), are found here.
 */
function figureZones(layout: PageLayout, blocks: Block[], body: BodyStyle, floats: Floats): Box[] {
  const zones: Box[] = [];
  for (const [caption, label] of floats.captions) {
    if (caption.page !== layout.page.number || /^table/i.test(label)) continue;
    const above = blocks.filter((b) => b.bottom < caption.top && b.x0 < caption.x1 && b.x1 > caption.x0 && isRunningText(b, body, layout) && !floats.captions.has(b) && !floats.continuations.has(b));
    const top = Math.max(0, ...above.map((b) => b.bottom));
    if (caption.top - top > 3 * body.size) zones.push({ x: caption.x0 - 4, y: top + 0.5 * body.size, width: caption.x1 - caption.x0 + 8, height: caption.top - top - 0.5 * body.size });
    // NOTE: a narrow caption beside its figure (set in the margin column) has the figure to its right.
    const bottom = Math.max(...[caption, ...[...floats.continuations].filter(([, c]) => c === caption).map(([b]) => b)].map((b) => b.bottom));
    if (caption.x1 - caption.x0 < 0.45 * layout.page.width) {
      const right = blocks.filter((b) => b.x0 > caption.x1 && b.top < bottom && b.bottom > caption.top - body.size && !isRunningText(b, body, layout));
      if (right.length) {
        const x1 = Math.max(...right.map((b) => b.x1));
        zones.push({ x: caption.x1 + 2, y: caption.top - body.size, width: x1 - caption.x1, height: bottom - caption.top + 2 * body.size });
      }
    }
  }
  return zones;
}

/** Text in a figure: its middle over an image or a drawing of many shapes, and not set like the running text. */
function inFigure(block: Block, layout: PageLayout, body: BodyStyle, regions: Box[]): boolean {
  const bodyLike = Math.abs(block.size - body.size) < 0.3 && block.font === body.font && block.lines.some((l) => l.right - l.x > 0.3 * layout.page.width);
  if (bodyLike) return false;
  return insideAny({ x: block.x0, y: block.top, width: block.x1 - block.x0, height: block.bottom - block.top }, regions, 0.5 * block.size);
}

/**
 * A block of a figure's labels that its drawing did not reach (panel letters, tick values, stars
 * of significance, a sequence's residues): no word of three letters in it, no sentence's end, and
 * no relation, operator or Greek letter of an equation. Only on a page with a figure: elsewhere
 * such a block is more likely part of an equation.
 */
function isLabelsOnly(block: Block): boolean {
  const text = block.lines.map((line) => lineText(line).text).join(' ').trim();
  if (!/[\p{L}\p{N}*]/u.test(text) || /\p{L}{3}/u.test(text) || /[.!?:;]$/.test(text) || /^\[\d+\]$/.test(text)) return false;
  return !/[=<>≤≥≈≠∑∏∫∈∉∩∪⊂⊆∀∃∂∇√|]|\p{Script=Greek}/u.test(text);
}

/**
 * A table's body: beside its caption in the same column — below it, or above it where the paper
 * puts captions under tables — the blocks that are not running text, up to running text, a
 * heading or a wide gap. The side with more cells wins.
 */
function findTables(layout: PageLayout, blocks: Block[], body: BodyStyle, floats: Floats): void {
  const tableCaptions = [...floats.captions].filter(([b, label]) => b.page === layout.page.number && /^table/i.test(label));
  for (const [caption, label] of tableCaptions) {
    const parts = [caption, ...[...floats.continuations].filter(([, c]) => c === caption).map(([b]) => b)];
    const captionEnd = Math.max(...parts.map((b) => b.bottom));
    const free = blocks.filter((b) => !floats.captions.has(b) && !floats.continuations.has(b) && !floats.tables.has(b) && overlapsX(b, caption));
    const below = takeWhileTable(free.filter((b) => b.top > captionEnd - 1).sort((a, b) => a.top - b.top), captionEnd, body, layout, 1);
    const above = takeWhileTable(free.filter((b) => b.bottom < caption.top + 1).sort((a, b) => b.bottom - a.bottom), caption.top, body, layout, -1);
    // NOTE: a narrow caption may stand beside its table, which then starts at the caption's height.
    const side = caption.x1 - caption.x0 < 0.45 * layout.page.width ? blocks.filter((b) => !floats.captions.has(b) && !floats.continuations.has(b) && !floats.tables.has(b) && b.x0 > caption.x1) : [];
    const beside = takeWhileTable(side.filter((b) => b.top > caption.top - body.size).sort((a, b) => a.top - b.top), caption.top - body.size, body, layout, 1);
    const cells = (taken: Block[]) => taken.reduce((n, b) => n + b.lines.length, 0);
    const taken = [below, above.reverse(), beside].reduce((best, option) => (cells(option) > cells(best) ? option : best));
    if (taken.length === 0) continue;
    const lines = tableRows(taken.flatMap((b) => b.lines));
    const grid = readGrid(lines);
    const table = { label, rows: lines.map((row) => row.map((cell) => cell.text)), ...(grid ? { grid } : {}) };
    taken.forEach((block, i) => floats.tables.set(block, i === 0 ? table : undefined));
  }
}

/** Blocks from a caption outwards (down: 1, up: -1) while they are not running text, a heading or past a wide gap. */
function takeWhileTable(ordered: Block[], from: number, body: BodyStyle, layout: PageLayout, direction: 1 | -1): Block[] {
  const taken: Block[] = [];
  let edge = from;
  for (const block of ordered) {
    const gap = direction === 1 ? block.top - edge : edge - block.bottom;
    const heading = (block.size > body.size + 0.5 && block.lines.length <= 2) || /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u.test(lineText(block.lines[0]!).text);
    if (isRunningText(block, body, layout) || heading || gap > 3 * body.size) break;
    taken.push(block);
    edge = direction === 1 ? Math.max(edge, block.bottom) : Math.min(edge, block.top);
  }
  return taken;
}

function overlapsX(a: Block, b: Block): boolean {
  return a.x0 < b.x1 && a.x1 > b.x0;
}

/**
 * Lines in the body's style, most of them wide, and set to the column's measure: a table's
 * rows set in the body's font are as wide, but every one of them stands in from both of the
 * column's edges.
 */
function isRunningText(block: Block, body: BodyStyle, layout: PageLayout): boolean {
  if (Math.abs(block.size - body.size) >= 0.3 || block.font !== body.font || block.lines.length < 2) return false;
  // NOTE: a paragraph's last line may be short, and so may the last line of one that ends inside the block.
  const wide = block.lines.filter((l) => l.right - l.x > 0.25 * layout.page.width).length;
  if (wide < block.lines.length - 1 && wide < 0.6 * block.lines.length) return false;
  const column = typeof block.lane === 'number' ? layout.columns[block.lane] : undefined;
  const inset = (l: Line) => column !== undefined && l.x - column.x0 > block.size && column.x1 - l.right > block.size;
  return !block.lines.every(inset);
}
