import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaper } from '../../src/ingest/index.ts';
import { summarise } from './summary.ts';

// NOTE: the same paper comes out of different tools wrapped, with Windows line ends, or with page
// furniture; none of that may change what ingest reads. Run over every fixture, not tuned to one.
const root = join(import.meta.dirname, '..', '..');
const papers = ['content/drug-resistance/paper.txt', ...['alpine-beetles', 'barrier-coatings', 'groundwater-recharge', 'heat-warnings', 'urban-foxes', 'wound-isolates'].map((name) => `test/fixtures/${name}/paper.txt`)];

/** Hard-wraps prose lines at `width` columns; headings and table rows stay one line, as in real files. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width || /^\s*[#|]/.test(line)) return line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current].join('\n');
    })
    .join('\n');
}

/** Inserts a page number and a running header at a paragraph break every `every` lines or so. */
function paginate(text: string, every: number): string {
  const out: string[] = [];
  let page = 1;
  let since = 0;
  text.split('\n').forEach((line, i) => {
    out.push(line);
    if (++since >= every && line.trim() === '' && i > 12) {
      out.push(`${++page}`, '', 'Int J Test Papers · Vol 12 · 2024', '');
      since = 0;
    }
  });
  return out.join('\n');
}

/** Papers with a paragraph a line (not hard-wrapped) or in markdown read the same without blank lines. */
const unwrapped = new Set(['content/drug-resistance/paper.txt', 'test/fixtures/barrier-coatings/paper.txt', 'test/fixtures/wound-isolates/paper.txt']);

describe('ingest reads the same structure from the same paper however it was extracted', () => {
  for (const file of papers) {
    const text = readFileSync(join(root, file), 'utf8');
    const expected = summarise(ingestPaper(text).paper);
    it(`${file}: wrapped at 72 columns, CRLF, with page furniture`, () => {
      for (const variant of [wrap(text, 72), text.replace(/\n/g, '\r\n'), paginate(text, 25), paginate(wrap(text, 78), 30)]) {
        expect(summarise(ingestPaper(variant).paper)).toEqual(expected);
      }
    });
    if (unwrapped.has(file)) {
      it(`${file}: without blank lines`, () => {
        const squeezed = text.split('\n').filter((line) => line.trim() !== '').join('\n');
        expect(summarise(ingestPaper(squeezed).paper)).toEqual(expected);
      });
    }
  }
});
