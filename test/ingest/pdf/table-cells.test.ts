import { describe, expect, it } from 'vitest';
import { readGrid, type Cell } from '../../../src/ingest/pdf/table-cells.ts';

/** A row of cells at the given left edges, each 30 points wide. */
const row = (...cells: [string, number][]): Cell[] => cells.map(([text, x0]) => ({ text, x0, x1: x0 + 30 }));

describe('a table’s grid from the cells of its lines', () => {
  it('takes a header wrapped over two lines as one heading a column', () => {
    const grid = readGrid([row(['Dataset', 0], ['Source', 100], ['Papers', 200]), row(['(words)', 100]), row(['PubMed', 0], ['3092', 100], ['59', 200]), row(['arXiv', 0], ['5906', 100], ['55', 200])]);
    expect(grid).toEqual([['Dataset', 'Source (words)', 'Papers'], ['PubMed', '3092', '59'], ['arXiv', '5906', '55']]);
  });

  it('leaves the heading of the row names empty where the paper does', () => {
    expect(readGrid([row(['F-κ', 100], ['R-κ', 200]), row(['Random', 0], ['0.00', 100], ['0.00', 200]), row(['PubMed', 0], ['0.53', 100], ['0.65', 200])])).toEqual([
      ['', 'F-κ', 'R-κ'],
      ['Random', '0.00', '0.00'],
      ['PubMed', '0.53', '0.65'],
    ]);
  });

  it('reads no grid from a heading over two columns, a row wrapped onto a second line or a note under the table', () => {
    const body = [row(['None', 0], ['93%', 100], ['41.4', 200]), row(['Gold', 0], ['92%', 100], ['40.4', 200])];
    expect(readGrid([[{ text: 'Hints', x0: 0, x1: 30 }, { text: 'Accuracy and time', x0: 100, x1: 230 }], ...body])).toBeUndefined();
    expect(readGrid([row(['Hints', 0], ['Acc.', 100], ['Time', 200]), ...body, row(['epinion', 0]), row(['0.005', 100], ['SNAP', 200])])).toBeUndefined();
    expect(readGrid([row(['Hints', 0], ['Acc.', 100], ['Time', 200]), ...body, row(['(a) On the flickr dataset.', 0])])).toBeUndefined();
  });

  it('reads no grid from lines that are single cells', () => {
    expect(readGrid([row(['Reagent / antibody Catalogue no. Source', 0]), row(['NA', 0]), row(['T091', 0])])).toBeUndefined();
  });
});
