import type { PdfPage } from './load.ts';
import { lineText, type Line } from './lines.ts';

/** A column of text on a page: its left and right edges. */
export interface Column {
  x0: number;
  x1: number;
}

/** Where a block sits: in a column (its index), across columns, or in a margin beside them. */
export type Lane = number | 'span' | 'margin';

/** Lines that read together: a paragraph, a heading, a caption, a table, a page's header. */
export interface Block {
  page: number;
  lane: Lane;
  lines: Line[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** The size and font most of the block's characters are set in. */
  size: number;
  font: string;
}

export interface PageLayout {
  page: PdfPage;
  columns: Column[];
  /** The page's blocks in reading order. */
  blocks: Block[];
}

/** The paper's running text: the font and size most of its characters are set in. */
export interface BodyStyle {
  font: string;
  size: number;
}

/**
 * A page's lines in columns and blocks, in reading order. Columns are found from where long
 * lines start and end: two columns when a gutter runs between many lines on each side. Within
 * a band between full-width text (a title, an abstract), the first column is read top to bottom,
 * then the next; figures, captions and tables across the columns take their place by height.
 */
export function layoutPage(page: PdfPage, lines: Line[], body: BodyStyle, gutter?: number): PageLayout {
  const columns = pageColumns(lines, page.width, gutter);
  const laned = lines.map((line) => ({ line, lane: laneOf(line, columns, gutter) }));
  const blocks = buildBlocks(laned, columns, body, page.number);
  return { page, columns, blocks: readingOrder(blocks, body) };
}

function chars(line: Line): number {
  return line.spans.reduce((n, span) => n + span.text.trim().length, 0);
}

export function pageColumns(lines: Line[], width: number, gutter?: number): Column[] {
  const long = lines.filter((line) => chars(line) >= 25 && line.right - line.x > 0.2 * width);
  if (long.length === 0) return [{ x0: Math.min(...lines.map((l) => l.x), 0), x1: Math.max(...lines.map((l) => l.right), width) }];
  if (gutter !== undefined) {
    const left = long.filter((l) => l.right <= gutter);
    const right = long.filter((l) => l.x >= gutter);
    if (left.length && right.length) return [edges(left), edges(right)];
  }
  let best: { x: number; cross: number; balance: number } | undefined;
  for (let x = 0.3 * width; x <= 0.7 * width; x += 1) {
    let left = 0;
    let right = 0;
    let cross = 0;
    for (const line of long) {
      if (line.right <= x) left++;
      else if (line.x >= x) right++;
      else cross++;
    }
    if (left < 5 || right < 5 || cross > 0.5 * Math.min(left, right)) continue;
    const balance = Math.min(left, right);
    if (!best || cross < best.cross || (cross === best.cross && balance > best.balance)) best = { x, cross, balance };
  }
  if (!best) return [edges(long)];
  const at = best.x;
  return [edges(long.filter((l) => l.right <= at)), edges(long.filter((l) => l.x >= at))];
}

/** A column's edges from its lines: where most of them start and end, a few outliers aside. */
function edges(lines: Line[]): Column {
  const xs = lines.map((l) => l.x).sort((a, b) => a - b);
  const rights = lines.map((l) => l.right).sort((a, b) => a - b);
  return { x0: xs[Math.floor(xs.length * 0.1)]!, x1: rights[Math.floor(rights.length * 0.9)]! };
}

/**
 * A line's lane: the column it lies in (between the middles of the gutters around it), across
 * the columns when it goes over a gutter's middle, or a margin when it lies wholly outside them.
 */
function laneOf(line: Line, columns: Column[], gutter: number | undefined): Lane {
  const tolerance = Math.max(2, 0.4 * line.size);
  const first = columns[0]!;
  const last = columns[columns.length - 1]!;
  if (line.right <= first.x0 - 0.5 * tolerance || line.x >= last.x1 + 0.5 * tolerance) return 'margin';
  for (let i = 0; i < columns.length; i++) {
    const boundary = (j: number) => (columns.length === 2 && gutter !== undefined ? gutter : (columns[j]!.x1 + columns[j + 1]!.x0) / 2);
    const from = i === 0 ? -Infinity : boundary(i - 1);
    const to = i === columns.length - 1 ? Infinity : boundary(i);
    if (line.x >= from - 1 && line.right <= to + 1) return i;
  }
  return 'span';
}

interface Laned {
  line: Line;
  lane: Lane;
}

function buildBlocks(laned: Laned[], columns: Column[], body: BodyStyle, page: number): Block[] {
  const sorted = [...laned].sort((a, b) => a.line.y - b.line.y || a.line.x - b.line.x);
  const open: Block[] = [];
  const blocks: Block[] = [];
  for (const { line, lane } of sorted) {
    // NOTE: a short last line of a full-width paragraph falls inside one column; it still ends that paragraph.
    const block = open.find((b) => (b.lane === lane || (b.lane === 'span' && typeof lane === 'number' && line.x >= b.x0 - 2 && line.right <= b.x1 + 2)) && continues(b, line, columns, body));
    if (block) {
      block.lines.push(line);
      block.x0 = Math.min(block.x0, line.x);
      block.x1 = Math.max(block.x1, line.right);
      block.bottom = line.y;
      continue;
    }
    const fresh: Block = { page, lane, lines: [line], x0: line.x, x1: line.right, top: line.y - line.size, bottom: line.y, size: line.size, font: line.font };
    // NOTE: a block stays open for the next line of its lane; a line of another lane closes it
    // only when it comes between, under the block (a sidebar beside a title does not).
    for (let i = open.length - 1; i >= 0; i--) {
      const other = open[i]!;
      if (other.lane === lane || (line.x < other.x1 && line.right > other.x0)) open.splice(i, 1);
    }
    open.push(fresh);
    blocks.push(fresh);
  }
  for (const block of blocks) settleStyle(block);
  return blocks;
}

/** Whether a line goes on the block above it: close below, overlapping, in a like size and style. */
function continues(block: Block, line: Line, columns: Column[], body: BodyStyle): boolean {
  const last = block.lines[block.lines.length - 1]!;
  const size = Math.max(last.size, line.size);
  const gap = line.y - last.y;
  if (gap <= 0.3 * size || gap > 1.5 * size) return false;
  if (line.x > block.x1 || line.right < block.x0) return false;
  if (Math.min(last.size, line.size) / size < 0.92) return false;
  if (styleBreak(last, line, body)) return false;
  const column = typeof block.lane === 'number' ? columns[block.lane] : undefined;
  // NOTE: only running text starts paragraphs by indenting; a heading's second line may be indented under its words.
  if (column && last.font === body.font && startsParagraph(last, line, column)) return false;
  return true;
}

/** A line in another font than the line above, one of the two not in the body font: a heading's end. */
function styleBreak(above: Line, line: Line, body: BodyStyle): boolean {
  if (above.font === line.font) return false;
  // NOTE: a label that wraps ("…ATP sen-" / "sitivity We examined…") goes on in its font.
  const firstSpan = [...line.spans].sort((a, b) => a.x - b.x).find((s) => s.text.trim() && !s.script);
  if (firstSpan?.font === above.font) return false;
  // NOTE: and a paragraph after a run-in label goes on in the font the label's line ended in.
  const lastSpan = [...above.spans].sort((a, b) => b.x - a.x).find((s) => s.text.trim() && !s.script);
  if (lastSpan?.font === line.font) return false;
  const isBody = (l: Line) => l.font === body.font && Math.abs(l.size - body.size) < 0.5;
  if (isBody(above) === isBody(line)) return false;
  // NOTE: a caption or table set in its own font keeps its lines together; only a short line
  // (a heading) or a line starting with a label breaks.
  return chars(above) < 60 || chars(line) < 60 ? true : false;
}

/** A first line indented under a full line, or a line after a short line that ends a sentence. */
function startsParagraph(above: Line, line: Line, column: Column): boolean {
  const em = line.size;
  const indented = (l: Line) => l.x - column.x0 > 0.6 * em && l.x - column.x0 < 4 * em;
  if (indented(line) && !indented(above) && above.right > column.x1 - 2 * em) return true;
  const aboveText = lineText(above).text;
  return above.right < column.x1 - 2.5 * em && /[.!?:]["'’”)\]]?$/.test(aboveText) && line.x <= above.x + 4 * em;
}

function settleStyle(block: Block): void {
  const count = new Map<string, number>();
  for (const line of block.lines) {
    const key = `${line.font}@${line.size}`;
    count.set(key, (count.get(key) ?? 0) + chars(line));
  }
  const [key] = [...count].sort((a, b) => b[1] - a[1])[0]!;
  const at = key.lastIndexOf('@');
  block.font = key.slice(0, at);
  block.size = Number(key.slice(at + 1));
  block.top = Math.min(...block.lines.map((l) => l.y - l.size));
}

/**
 * Blocks in reading order. Full-width blocks of text (as large as the body or larger, not
 * captions) cut the page into bands; in each band the columns are read one after the other.
 * Other full-width blocks (figures, captions, tables, notes) go before the first block of the
 * first column that starts below them, or after the band when none does; margin notes first.
 */
function readingOrder(blocks: Block[], body: BodyStyle): Block[] {
  const byTop = [...blocks].sort((a, b) => a.top - b.top || a.x0 - b.x0);
  const separators = byTop.filter((b) => b.lane === 'span' && isFlowText(b, body));
  const ordered: Block[] = [];
  let from = -Infinity;
  for (const cut of [...separators, undefined]) {
    const to = cut ? cut.top : Infinity;
    const band = byTop.filter((b) => b !== cut && !separators.includes(b) && b.top >= from && b.top < to);
    ordered.push(...orderBand(band));
    if (cut) ordered.push(cut);
    from = cut ? cut.top : Infinity;
  }
  return ordered;
}

function orderBand(band: Block[]): Block[] {
  const margin = band.filter((b) => b.lane === 'margin');
  const floats = band.filter((b) => b.lane === 'span');
  const lanes = [...new Set(band.map((b) => b.lane).filter((lane): lane is number => typeof lane === 'number'))].sort((a, b) => a - b);
  const flow = lanes.flatMap((lane) => band.filter((b) => b.lane === lane));
  const result = [...margin];
  const pending = [...floats];
  for (const block of flow) {
    if (block.lane === lanes[0]) {
      while (pending.length && pending[0]!.top < block.top) result.push(pending.shift()!);
    }
    result.push(block);
  }
  return [...result, ...pending];
}

/** Text of the paper's flow across the columns: a title, an abstract, a wide paragraph. */
function isFlowText(block: Block, body: BodyStyle): boolean {
  if (block.size < 0.95 * body.size) return false;
  const first = lineText(block.lines[0]!).text;
  return !/^(?:fig(?:ure)?\.?|table|scheme|box)\s*[A-Z]?\d/i.test(first);
}
