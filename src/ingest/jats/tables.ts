import { inlineText, type InlineOptions } from './text.ts';
import { elements, type XmlElement } from './xml.ts';

interface Cell {
  text: string;
  /** Whether this position is covered by a cell that starts in another column or row. */
  spanned: boolean;
}

/**
 * A table's rows of cells, one header row first, every row as wide as the table. Column and row
 * spans are laid out on a grid: a cell's text stands once, in its first column and row, except a
 * heading spanning columns above headings of their own, which heads each of them. Several header rows (`<thead>`, or leading rows
 * of `<th>` cells) become one: each column's header reads its headings from the top down
 * ("Acupuncture: Mean"). Rows without any text are left out.
 */
export function tableRows(table: XmlElement, options: InlineOptions = {}): string[][] {
  const { rows, headerCount } = rowElements(table);
  const grid = layout(rows, options);
  const width = Math.max(0, ...grid.map((row) => row.length));
  const filled = grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? { text: '', spanned: false }));
  const header = filled.slice(0, Math.max(headerCount, 1));
  const body = filled.slice(header.length);
  const headings = Array.from({ length: width }, (_, column) => {
    const cells = header.map((row) => row[column]!).filter((cell) => cell.text);
    // NOTE: a spanning heading names each of its columns only where a lower heading tells them apart.
    const shown = cells.some((cell) => !cell.spanned) ? cells : [];
    return shown.map((cell) => cell.text).filter((text, i, all) => text !== all[i - 1]).join(': ');
  });
  const bodyRows = body.map((row) => row.map((cell) => (cell.spanned ? '' : cell.text)));
  return [headings, ...bodyRows].filter((row) => row.some((cell) => cell !== ''));
}

/** The table's `<tr>`s in reading order (head, body, foot) and how many of the first are headings. */
function rowElements(table: XmlElement): { rows: XmlElement[]; headerCount: number } {
  const head: XmlElement[] = [];
  const rest: XmlElement[] = [];
  const foot: XmlElement[] = [];
  for (const part of elements(table)) {
    if (part.local === 'thead') head.push(...elements(part, 'tr'));
    else if (part.local === 'tbody') rest.push(...elements(part, 'tr'));
    else if (part.local === 'tfoot') foot.push(...elements(part, 'tr'));
    else if (part.local === 'tr') rest.push(part);
  }
  let headerCount = head.length;
  if (headerCount === 0) {
    // NOTE: without <thead>, rows made only of <th> cells at the top are the headings.
    while (headerCount < rest.length && elements(rest[headerCount]!, 'td').length === 0 && elements(rest[headerCount]!, 'th').length > 0) headerCount++;
  }
  return { rows: [...head, ...rest, ...foot], headerCount };
}

function layout(rows: XmlElement[], options: InlineOptions): Cell[][] {
  const grid: Cell[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of elements(row, 'td', 'th')) {
      while (grid[r]![column]) column++;
      const text = inlineText(cell, options);
      const colspan = span(cell.attrs.colspan);
      const rowspan = Math.min(span(cell.attrs.rowspan), rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          // NOTE: a heading spanning columns names each of them; spanned body cells stay empty.
          grid[r + dr]![column + dc] = { text, spanned: dr > 0 || dc > 0 };
        }
      }
      column += colspan;
    }
  });
  return grid;
}

function span(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? Math.min(n, 100) : 1;
}

/** A table as pipe lines, the header row first, then the `|---|` rule: how the readable copy writes it. */
export function pipeTable(rows: string[][]): string {
  const line = (row: string[]) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...body.map(line)].join('\n');
}
