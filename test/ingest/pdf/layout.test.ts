// A small two-column paper built by hand, to pin the layout rules on text whose every position
// is known: reading order, running headers and page numbers, headings, a caption, a paragraph
// across a column break, line-end hyphens, references.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Paper } from '../../../src/content/paper.ts';
import { readPdf } from '../../../src/ingest/pdf/index.ts';
import { makePdf, type Text } from './make-pdf.ts';

const LEFT = 72;
const RIGHT = 320;
const LEAD = 14;

/** Lines of about 40 characters, set one under the other from `y` in a column. */
function column(x: number, y: number, lines: string[], size = 10): Text[] {
  return lines.map((text, i) => ({ x, y: y + i * LEAD, size, text }));
}

const filler = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 ? `and the ${topic} goes on in this line ${i}` : `Here the ${topic} is read as it runs ${i}`));

function furniture(page: number): Text[] {
  return [
    { x: LEFT, y: 40, size: 8, text: `Journal of Synthetic Results 12 (2024) ${page}-3` },
    { x: 300, y: 770, size: 8, text: String(page) },
  ];
}

let paper: Paper;

beforeAll(async () => {
  const page1: Text[] = [
    ...furniture(1),
    { x: LEFT, y: 90, size: 18, font: 'bold', text: 'A Synthetic Study of Column Reading' },
    { x: LEFT, y: 118, size: 11, text: 'Ada Lovelace, Grace Hopper and Alan Turing' },
    { x: LEFT, y: 150, size: 11, font: 'bold', text: 'Abstract' },
    ...column(LEFT, 166, [
      'We set a paper in two columns by hand and check that every rule of the layout reader holds on it.',
      'The abstract runs across the page above the columns, as many journals set it, and ends here.',
    ]),
    { x: LEFT, y: 230, size: 12, font: 'bold', text: '1 Introduction' },
    ...column(LEFT, 248, [...filler('introduction', 18), 'This column ends where the reader joins']),
    ...column(RIGHT, 230, ['the two halves of this sentence again.', ...filler('opening', 8)]),
    { x: RIGHT, y: 230 + 10 * LEAD, size: 12, font: 'bold', text: '2 Methods' },
    ...column(RIGHT, 230 + 11 * LEAD + 4, filler('method', 14)),
  ];
  const page2: Text[] = [
    ...furniture(2),
    ...column(LEFT, 80, [...filler('method', 16), 'A therapeutic dose is one word here.', 'The non-small cell line is one term.']),
    { x: LEFT, y: 80 + 19 * LEAD, size: 8, text: 'Figure 1. A synthetic caption set smaller than the' },
    { x: LEFT, y: 80 + 20 * LEAD - 4, size: 8, text: 'text, under a figure that is not drawn.' },
    { x: RIGHT, y: 80, size: 12, font: 'bold', text: '3 Results' },
    ...column(RIGHT, 98, [...filler('result', 10), 'The trial tested a thera-', 'peutic dose on non-', 'small cells of the line.', ...filler('result', 6)]),
  ];
  const page3: Text[] = [
    ...furniture(3),
    { x: LEFT, y: 80, size: 12, font: 'bold', text: 'References' },
    ...column(LEFT, 98, ['1. Lovelace A. Notes on the engine. Sci 1843.', '2. Hopper G. A compiler. J Comp 1952.', '3. Turing A. On numbers. Proc 1936.'], 9),
  ];
  paper = (await readPdf(makePdf([{ texts: page1 }, { texts: page2 }, { texts: page3 }]), { file: 'synthetic.pdf' })).paper;
}, 60_000);

const body = () => paper.sections.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');

describe('reading a two-column page', () => {
  it('finds the title, the byline and the abstract above the columns', () => {
    expect(paper.title).toBe('A Synthetic Study of Column Reading');
    expect(paper.authors.map((a) => a.name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
    expect(paper.abstract).toMatch(/^We set a paper in two columns.*ends here\.$/);
  });

  it('reads the numbered headings as the sections, in order', () => {
    expect(paper.sections.map((s) => s.title)).toEqual(['Introduction', 'Methods', 'Results']);
  });

  it('joins a paragraph that goes on from one column into the next', () => {
    expect(body()).toContain('This column ends where the reader joins the two halves of this sentence again.');
  });

  it('leaves running headers and page numbers out, listed with their page', () => {
    const headers = paper.dropped.filter((d) => d.reason === 'running header');
    expect(headers.map((d) => d.source.page)).toEqual([1, 2, 3]);
    expect(paper.dropped.filter((d) => d.reason === 'page number').map((d) => d.text)).toEqual(['1', '2', '3']);
    expect(body()).not.toContain('Journal of Synthetic Results');
  });

  it('keeps the caption as a caption block with its label, page and box, out of the paragraphs', () => {
    const captions = paper.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'caption');
    expect(captions).toHaveLength(1);
    expect(captions[0]).toMatchObject({ label: 'Figure 1', text: 'Figure 1. A synthetic caption set smaller than the text, under a figure that is not drawn.', source: { page: 2 } });
    expect(captions[0]!.source.box!.x).toBeCloseTo(LEFT, 0);
    expect(paper.sections.flatMap((s) => s.blocks).filter((b) => b.kind !== 'caption' && b.text.includes('synthetic caption'))).toEqual([]);
  });

  it('joins a word hyphenated at a line end, and keeps a hyphen the paper writes', () => {
    expect(body()).toContain('tested a therapeutic dose on non-small cells');
  });

  it('reads the numbered references', () => {
    expect(paper.references).toEqual([
      { n: 1, text: 'Lovelace A. Notes on the engine. Sci 1843.' },
      { n: 2, text: 'Hopper G. A compiler. J Comp 1952.' },
      { n: 3, text: 'Turing A. On numbers. Proc 1936.' },
    ]);
  });
});
