import type { Box } from '../../content/paper.ts';
import type { PdfPage } from './load.ts';

/** The grid figures are found on: shapes closer than this (in points) make one drawing. */
const CELL = 6;
/** A drawing of at least this many shapes is a figure (a chart); fewer are rules, frames, icons. */
const MIN_SHAPES = 12;

/**
 * Where a page's figures are: its images, and its drawings of many shapes close together (a
 * chart's bars, ticks and lines). Shapes are laid on a grid and joined where they touch; a
 * frame, a rule or an icon alone is no figure. A page-size background is left out.
 */
export function figureRegions(page: PdfPage): Box[] {
  const columns = Math.ceil(page.width / CELL) + 1;
  const rows = Math.ceil(page.height / CELL) + 1;
  const owner = new Int32Array(columns * rows).fill(-1);
  const shapes = page.graphics.filter((g) => g.kind === 'path' && g.width * g.height < 0.5 * page.width * page.height);
  // NOTE: a drawing's cells are marked along its edges only, so a frame does not cover what it frames.
  const parent = shapes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  shapes.forEach((shape, i) => {
    for (const [cx, cy] of edgeCells(shape, columns, rows)) {
      const at = cy * columns + cx;
      const other = owner[at]!;
      if (other === -1) owner[at] = i;
      else parent[find(i)] = find(other);
    }
  });
  const groups = new Map<number, Box[]>();
  shapes.forEach((shape, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(shape);
    else groups.set(root, [shape]);
  });
  const regions = [...groups.values()].filter((group) => group.length >= MIN_SHAPES).map(bounds);
  const images = page.graphics.filter((g) => g.kind === 'image' && g.width > 30 && g.height > 30 && g.width * g.height < 0.9 * page.width * page.height);
  return [...regions.filter((r) => r.width > 20 && r.height > 20), ...images];
}

/** The cells along a shape's edges (a thin shape: all its cells). */
function* edgeCells(box: Box, columns: number, rows: number): Generator<[number, number]> {
  const x0 = clamp(Math.floor(box.x / CELL), columns);
  const x1 = clamp(Math.floor((box.x + box.width) / CELL), columns);
  const y0 = clamp(Math.floor(box.y / CELL), rows);
  const y1 = clamp(Math.floor((box.y + box.height) / CELL), rows);
  for (let x = x0; x <= x1; x++) {
    yield [x, y0];
    if (y1 !== y0) yield [x, y1];
  }
  for (let y = y0 + 1; y < y1; y++) {
    yield [x0, y];
    if (x1 !== x0) yield [x1, y];
  }
}

function clamp(n: number, size: number): number {
  return Math.max(0, Math.min(size - 1, n));
}

function bounds(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

/** Whether a box's middle lies in one of the regions (grown by a margin). */
export function insideAny(box: Box, regions: Box[], margin: number): boolean {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return regions.some((r) => cx >= r.x - margin && cx <= r.x + r.width + margin && cy >= r.y - margin && cy <= r.y + r.height + margin);
}
