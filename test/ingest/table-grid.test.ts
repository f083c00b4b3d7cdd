import { describe, expect, it } from 'vitest';
import { isTableGrid } from '../../src/ingest/table-grid.ts';

describe('a table read from a page forms a grid', () => {
  it('when every row has as many cells as a header of two or more', () => {
    expect(isTableGrid([['Dataset', 'COARSE', 'FINE'], ['SQuALITY', '18.5', '6.8'], ['PubMed', '11.8', '7.3']])).toBe(true);
  });

  it('not when the header is one cell with every column run together', () => {
    expect(isTableGrid([['Reagent / antibody Catalogue no. Source'], ['NA'], ['T091']])).toBe(false);
  });

  it('not when rows have more or fewer cells than the header', () => {
    expect(isTableGrid([['Reagent / antibody', 'Catalogue no.', 'Source'], ['NA', 'Sigma-Aldrich, UK'], ['T091', 'NA', 'Sigma-Aldrich, UK']])).toBe(false);
    expect(isTableGrid([['Hints', 'Acc.'], ['None', '93%', '0.71']])).toBe(false);
  });

  it('not when a cell is the wrapped half of a line, or empty, or there is no row under the header', () => {
    expect(isTableGrid([['Question', 'Snippets'], ['TL;DR: 4 out of 5 annota-', '“Yes”'], ['tors said Sometimes', '“No”']])).toBe(false);
    expect(isTableGrid([['Site', 'pH'], ['A', ' ']])).toBe(false);
    expect(isTableGrid([['Site', 'pH']])).toBe(false);
  });
});
