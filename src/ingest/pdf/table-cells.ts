import { isTableGrid } from '../table-grid.ts';
import { lineText, type Line, type Span } from './lines.ts';

/** A piece of a table's line set apart from its neighbours by a wide gap, and where it stands. */
export interface Cell {
  text: string;
  x0: number;
  x1: number;
}

/** A gap (in ems) between two pieces of a table's line that sets them apart as cells: wider than any word space. */
const CELL_GAP_EMS = 1;
/** Lines a table's header may wrap over. */
const MAX_HEADER_LINES = 3;

/** Lines on one baseline are a row; each piece of a line set apart by a wide gap is a cell, left to right. */
export function tableRows(lines: Line[]): Cell[][] {
  const rows: Line[][] = [];
  for (const line of [...lines].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs(r[0]!.y - line.y) < 0.5 * line.size);
    if (row) row.push(line);
    else rows.push([line]);
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x).flatMap(lineCells));
}

/** A line's pieces between gaps wider than a word space: a table's cells that a line joined. */
function lineCells(line: Line): Cell[] {
  const pieces: Span[][] = [];
  let end = -Infinity;
  for (const span of [...line.spans].sort((a, b) => a.x - b.x)) {
    const visible = span.text.trim() !== '';
    if (pieces.length === 0 || (visible && span.x - end >= CELL_GAP_EMS * line.size)) pieces.push([span]);
    else pieces.at(-1)!.push(span);
    if (visible) end = Math.max(end, span.x + span.width);
  }
  return pieces.flatMap((spans) => {
    const text = lineText({ ...line, spans }).text.trim();
    const visible = spans.filter((s) => s.text.trim() !== '');
    if (!text || visible.length === 0) return [];
    return [{ text, x0: Math.min(...visible.map((s) => s.x)), x1: Math.max(...visible.map((s) => s.x + s.width)) }];
  });
}

/**
 * A table's grid from its rows of cells, or undefined where the rows do not make one. The body is
 * the rows with the most common number of cells, from the first of them to the end, every one
 * with that number; their cells set the columns, which must not overlap. The lines above the
 * body (or the first line and those under it with fewer cells) are the header, wrapped: each of
 * their cells must stand over one column alone, and the cells over a column make its heading. A
 * heading over two columns, a row wrapped onto a second line, a note under the table: no grid.
 */
export function readGrid(rows: Cell[][]): string[][] | undefined {
  const counts = new Map<number, number>();
  for (const row of rows) if (row.length >= 2) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  const n = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  if (n === undefined) return undefined;
  const first = rows.findIndex((row) => row.length === n);
  const headerEnd = first > 0 ? first : rows.findIndex((row, i) => i > 0 && row.length === n);
  if (headerEnd <= 0 || headerEnd > MAX_HEADER_LINES) return undefined;
  const header = rows.slice(0, headerEnd);
  const body = rows.slice(headerEnd);
  if (body.some((row) => row.length !== n)) return undefined;
  const bands = Array.from({ length: n }, (_, j) => ({ x0: Math.min(...body.map((row) => row[j]!.x0)), x1: Math.max(...body.map((row) => row[j]!.x1)) }));
  if (bands.some((band, j) => j > 0 && band.x0 <= bands[j - 1]!.x1)) return undefined;
  // NOTE: a heading may stand over its column's gap to the next, not into the next column.
  const heading: string[][] = bands.map(() => []);
  for (const line of header) {
    const used = new Set<number>();
    for (const cell of line) {
      const over = bands.flatMap((band, j) => (cell.x0 < band.x1 && cell.x1 > band.x0 ? [j] : []));
      if (over.length !== 1 || used.has(over[0]!)) return undefined;
      used.add(over[0]!);
      heading[over[0]!]!.push(cell.text);
    }
  }
  const grid = [heading.map((texts) => texts.join(' ')), ...body.map((row) => row.map((cell) => cell.text))];
  return isTableGrid(grid) ? grid : undefined;
}
