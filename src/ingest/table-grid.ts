/**
 * Whether rows read from a page's layout form a grid a slide can show as a table: a header of at
 * least two cells, at least one row under it, every row as many cells as the header, and no cell
 * that is the wrapped half of a line ("annota-", a word broken at the cell's edge), and no empty
 * cell but a header's. Rows that disagree with their header are the page's lines, not its cells:
 * shown as a table, they would put values under the wrong columns, run columns together or hide
 * cells.
 */
export function isTableGrid(rows: readonly (readonly string[])[]): boolean {
  const [header, ...body] = rows;
  if (!header || header.length < 2 || body.length === 0) return false;
  if (rows.some((row) => row.length !== header.length)) return false;
  if (rows.some((row) => row.some((cell) => /\p{L}-$/u.test(cell.trim())))) return false;
  // NOTE: a header may leave the column of row names unnamed, as long as it names another.
  return !body.some((row) => row.some((cell) => cell.trim() === '')) && header.some((cell) => cell.trim() !== '');
}
