import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/content/paper.ts';
import { LecternError } from '../../src/errors.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { readPaper } from '../../src/ingest/read.ts';

// Short synthetic papers, one rule each, in the shapes pasted text takes: pdftotext output (form
// feeds between pages, furniture at the pages' edges) and clean text exported from XML.
const read = (lines: string[]): Paper => ingestPaper(lines.join('\n')).paper;
const titles = (paper: Paper) => paper.sections.map((section) => section.title);
const blocks = (paper: Paper) => paper.sections.flatMap((section) => section.blocks);
const para = (words: string) => `${words} This sentence gives the paragraph enough words to read as running text.`;
const front = ['Grazing and Soil Carbon in Upland Pastures', '', 'Ana Costa, Piet de Vries', '', 'Abstract', '', 'Grazing changes how much carbon a soil stores.', ''];

describe('headings are decided one by one', () => {
  it('a numbered list does not make unnumbered headings text; numbered, capitalised and Title Case headings mix', () => {
    const paper = read([
      ...front,
      '1. Introduction', '', para('Pastures cover a third of the land.'), '',
      'We asked three questions:', '', '1. How much carbon is stored', '', '2. How deep it is stored', '',
      'Methods', '', para('We sampled forty plots in two valleys.'), '',
      'RESULTS', '', para('Stocks fell with grazing pressure.'), '',
      'Conclusions and Outlook', '', para('Light grazing kept most of the carbon.'), '',
    ]);
    expect(titles(paper)).toEqual(['Introduction', 'Methods', 'Results', 'Conclusions and Outlook']);
    expect(blocks(paper).map((b) => b.text)).toContain('1. How much carbon is stored 2. How deep it is stored');
  });

  it('a paper that writes sections in Title Case and subsections in sentence case: the case gives the level', () => {
    const paper = read([
      ...front,
      'Grazing Pressure and Soil Carbon', '', para('Pastures cover a third of the land.'), '',
      'Sampling in two valleys', '', para('We sampled forty plots.'), '',
      'What the Farmers Told Us', '', para('Farmers remembered the old stocking rates.'), '',
    ]);
    expect(titles(paper)).toEqual(['Grazing Pressure and Soil Carbon', 'What the Farmers Told Us']);
    expect(paper.sections[0]!.blocks.map((b) => b.term)).toEqual([undefined, 'Sampling in two valleys']);
  });

  it('a heading may hold commas, stand on the line after its number, and run to twenty words', () => {
    const long = 'What Twenty Years of Grazing Records Tell Us About Carbon Stocks in Upland Soils of Northern and Western Europe';
    const paper = read([
      ...front,
      '1', '', 'Introduction', '', para('Pastures cover a third of the land.'), '',
      '2. Timing, Dose and Intensity', '', para('Grazing varies in when and how hard it happens.'), '',
      `3. ${long}`, '', para('Records from twelve farms were joined.'), '',
    ]);
    expect(titles(paper)).toEqual(['Introduction', 'Timing, Dose and Intensity', long]);
  });

  it('table rows, rows of numbers, captions, equations and footnotes are never headings', () => {
    const paper = read([
      ...front,
      '1. Introduction', '', para('Pastures cover a third of the land.'), '',
      'Table 1. Carbon Stocks by Valley', '', 'Valley\tPlots\tCarbon', 'North\t20\t81', 'South\t20\t64', '',
      'Figure 2. Stocks Against Grazing Pressure', '', para('Stocks fell as grazing rose.'), '',
      'where stocks follow', '', 'C = k · D', '', para('with k a constant and D the density.'), '',
      '12 14 16 18', '', 'Stock (t/ha)', '', '0.5 1.0 1.5', '', para('The trend held in both valleys.'), '',
    ]);
    expect(titles(paper)).toEqual(['Introduction']);
    expect(blocks(paper).some((b) => b.text.includes(`where stocks follow C = k · D ${para('with k a constant and D the density.')}`))).toBe(true);
    const kinds = blocks(paper).map((b) => [b.kind, b.label]);
    expect(kinds).toContainEqual(['caption', 'Table 1']);
    expect(kinds).toContainEqual(['caption', 'Figure 2']);
    expect(blocks(paper).find((b) => b.kind === 'table')?.rows).toEqual([['Valley', 'Plots', 'Carbon'], ['North', '20', '81'], ['South', '20', '64']]);
    expect(paper.dropped.map((d) => [d.reason, d.text])).toEqual(expect.arrayContaining([['table', '12 14 16 18'], ['table', '0.5 1.0 1.5']]));
  });

  it('a Title Case line among a figure’s loose words is a label, left out with its place and reported', () => {
    const text = [...front, 'Introduction', '', para('Pastures cover a third of the land.'), '', '0.2 0.4 0.6', '', 'Relative Stock', '', '0 10 20', '', para('The trend held in both valleys.'), ''].join('\n');
    const { paper, diagnostics } = ingestPaper(text, { file: 'p.txt' });
    expect(titles(paper)).toEqual(['Introduction']);
    const label = paper.dropped.find((d) => d.text === 'Relative Stock')!;
    expect(label.reason).toBe('figure text');
    expect(text.slice(label.source.start, label.source.end)).toBe('Relative Stock');
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', message: expect.stringMatching(/left out 3 pieces of figure and table text/), location: expect.objectContaining({ line: 13 }) }));
  });

  it('a Title Case line that is half of a term split over two lines is text, and says so with its line', () => {
    const text = [...front, 'INTRODUCTION', '', para('Pastures cover a third of the land.'), '', 'Rotational Grazing and Rest', '', 'Periods: Moving herds lets the sward recover.', ''].join('\n');
    const { paper, diagnostics } = ingestPaper(text, { file: 'p.txt' });
    expect(blocks(paper).map((b) => b.term ?? b.kind)).toEqual(['paragraph', 'Rotational Grazing and Rest Periods']);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', location: expect.objectContaining({ line: 13 }), message: expect.stringMatching(/term split over two lines/) }));
  });
});

describe('markdown', () => {
  it('a markdown paper’s headings are taken as marked, whatever their case; "# papers" in a plain text is not one', () => {
    const markdown = read(['# Digital Libraries', '', 'Ana Costa, Piet de Vries', '', '## Libraries', '', para('Libraries hold papers.'), '', '### arXiv.org', '', para('A preprint server.'), '', '### …and the rest', '', para('Many more exist.'), '']);
    expect(markdown.authors.map((a) => a.name)).toEqual(['Ana Costa', 'Piet de Vries']);
    expect(titles(markdown)).toEqual(['Libraries']);
    expect(markdown.sections[0]!.blocks.map((b) => b.term ?? b.kind)).toEqual(['paragraph', 'arXiv.org', '…and the rest']);
    const plain = read([...front, 'Introduction', '', para('Pastures cover a third of the land.'), '', '# papers', '', 'Methods', '', para('We sampled forty plots.'), '']);
    expect(titles(plain)).toEqual(['Introduction', 'Methods']);
  });
});

describe('front matter', () => {
  it('the opening paragraphs after the abstract are an "Introduction", not the abstract and not lost', () => {
    const paper = read([...front, para('Upland pastures store a lot of carbon.'), '', para('Their soils are thin.'), '', 'Methods', '', para('We sampled forty plots.'), '']);
    expect(paper.abstract).toBe('Grazing changes how much carbon a soil stores.');
    expect(titles(paper)).toEqual(['Introduction', 'Methods']);
    expect(paper.sections[0]!.blocks).toHaveLength(2);
  });

  it('a title over two lines is one title; mastheads, "Article", "Open Access", DOI and citation lines are not the title', () => {
    const paper = read([
      'Journal of Upland Ecology (2024) 12:101–110', 'https://doi.org/10.1000/jue.2024.101', '', 'Article', '', 'Open Access', '',
      'Grazing and Soil Carbon', 'in Upland Pastures of Northern Europe', 'Ana Costa¹, Piet de Vries²*', '', 'Abstract', '', 'Grazing changes soil carbon.', '',
      'Introduction', '', para('Pastures cover a third of the land.'), '',
    ]);
    expect(paper.title).toBe('Grazing and Soil Carbon in Upland Pastures of Northern Europe');
    expect(paper.authors.map((a) => a.name)).toEqual(['Ana Costa', 'Piet de Vries']);
    expect(paper.dropped.filter((d) => d.reason === 'publisher furniture').map((d) => d.text)).toEqual(expect.arrayContaining(['Article', 'Open Access', 'https://doi.org/10.1000/jue.2024.101']));
  });

  it.each([
    ['superscripts', 'Ana Costa¹, Piet de Vries²* and Li Wei¹'],
    ['trailing digits', 'Ana Costa1,2, Piet de Vries2* & Li Wei 1'],
    ['letters', 'Ana Costa a, Piet de Vries b,* and Li Wei a'],
    ['symbols', 'Ana Costa†, Piet de Vries‡ · Li Wei§'],
  ])('authors with affiliation marks (%s) are authors, not title', (_, byline) => {
    const paper = read(['Grazing and Soil Carbon', byline, '1 University of Lisbon, Portugal', '', 'Abstract', '', 'Grazing changes soil carbon.', '', 'Introduction', '', para('Pastures cover a third of the land.'), '']);
    expect(paper.title).toBe('Grazing and Soil Carbon');
    expect(paper.authors.map((a) => a.name)).toEqual(['Ana Costa', 'Piet de Vries', 'Li Wei']);
  });
});

describe('references', () => {
  const withReferences = (references: string[]) => read([...front, 'Introduction', '', para('Pastures cover a third of the land [1].'), '', 'References', '', ...references]);

  it('numbered references; a year at the start of a wrapped line is not a number', () => {
    const paper = withReferences(['1. Lal R. Soil carbon sequestration impacts on global climate change and food security. Science.', '2004;304:1623-1627.', '2. Conant RT, Paustian K. Potential soil carbon sequestration in overgrazed grassland ecosystems. Global Biogeochem Cy.', '2002;16:1143.']);
    expect(paper.references.map((r) => r.n)).toEqual([1, 2]);
    expect(paper.references[0]!.text).toMatch(/Science\. 2004;304/);
  });

  it('numbers set apart from their entries are given to the entries in order', () => {
    const paper = withReferences(['1.', '2.', '3.', '', 'Lal, R. Soil carbon sequestration. Science 304, 1623 (2004).', 'International Panel on Soils. Soil carbon in Europe. Report 12. 2019.', 'Conant, R. T. & Paustian, K. Potential soil carbon sequestration. Glob. Biogeochem. Cycles 16, 1143 (2002).']);
    expect(paper.references.map((r) => [r.n, r.text.slice(0, 4)])).toEqual([[1, 'Lal,'], [2, 'Inte'], [3, 'Cona']]);
  });

  it('unnumbered references over a page break with a running header between are joined', () => {
    const page = ['', '\fJournal of Upland Ecology | 12 | 2024', ''];
    const text = [
      ...front, 'Introduction', '', para('Pastures cover a third of the land.'), '', 'Journal of Upland Ecology | 10 | 2024', '',
      '\fJournal of Upland Ecology | 11 | 2024', '', 'References', '',
      'Lal, R. (2004). Soil carbon sequestration impacts on global climate change', ...page, 'and food security. Science, 304, 1623–1627.', 'Conant, R. T. (2002). Potential soil carbon sequestration. Global Biogeochemical Cycles, 16, 1143.', '',
    ];
    const paper = read(text);
    expect(paper.references.map((r) => r.text)).toEqual([
      'Lal, R. (2004). Soil carbon sequestration impacts on global climate change and food security. Science, 304, 1623–1627.',
      'Conant, R. T. (2002). Potential soil carbon sequestration. Global Biogeochemical Cycles, 16, 1143.',
    ]);
  });
});

describe('page furniture, back matter and what is left out', () => {
  // Three pages as pdftotext writes them: a form feed starts each page after the first.
  const pdfText = [
    'Grazing and Soil Carbon', 'Ana Costa, Piet de Vries', '', 'Edited by', 'J. Editor', 'Received', '1 May 2024', 'DOI', '10.1000/x', '',
    'Abstract', '', 'Grazing changes soil carbon.', '', '1 Introduction', 'Upland pastures cover a third of the land and store much of its carbon1 in thin', 'soils that are easily disturbed by grazing animals, trampling and the loss of',
    '1 Stocks are given to a depth of thirty centimetres throughout.', 'Downloaded from https://example.org on 1 June 2024', 'Journal of Upland Ecology 12 (2024)', '', '1', '',
    '\fCosta and de Vries · Grazing and soil carbon', '', 'This article is licensed under a Creative Commons Attribution 4.0 International License.', '',
    'their plant cover, which is why grazing matters for the carbon budget of a region.', '', '2 Methods', 'We sampled forty plots in two valleys and measured carbon to a depth of thirty', 'centimetres in every one of them.',
    'Journal of Upland Ecology 12 (2024)', '', '2', '',
    '\fCosta and de Vries · Grazing and soil carbon', '', '3 Results', 'Stocks fell with grazing pressure in both valleys, by a fifth on average.', '',
    'Acknowledgements', 'We thank the farmers of both valleys.', '', 'Journal of Upland Ecology 12 (2024)', '', '3', '',
  ].join('\n');

  it('running headers and footers, page numbers, footnotes, licence banners, stamps and margin boxes are dropped, and the paragraph they split is one', () => {
    const { paper } = ingestPaper(pdfText);
    expect(titles(paper)).toEqual(['Introduction', 'Methods', 'Results']);
    expect(paper.sections[0]!.blocks.map((b) => b.text)).toEqual([
      'Upland pastures cover a third of the land and store much of its carbon1 in thin soils that are easily disturbed by grazing animals, trampling and the loss of their plant cover, which is why grazing matters for the carbon budget of a region.',
    ]);
    const reasons = new Map(paper.dropped.map((d) => [d.text, d.reason]));
    expect(reasons.get('Costa and de Vries · Grazing and soil carbon')).toBe('running header');
    expect(reasons.get('Journal of Upland Ecology 12 (2024)')).toBe('running header');
    expect(reasons.get('2')).toBe('page number');
    expect(reasons.get('Downloaded from https://example.org on 1 June 2024')).toBe('publisher furniture');
    expect(reasons.get('This article is licensed under a Creative Commons Attribution 4.0 International License.')).toBe('publisher furniture');
    expect(reasons.get('Edited by')).toBe('margin box');
    expect(reasons.get('1 Stocks are given to a depth of thirty centimetres throughout.')).toBe('footnote');
  });

  it('back matter is dropped as such, with its heading and its place', () => {
    const { paper } = ingestPaper(pdfText);
    const back = paper.dropped.filter((d) => d.reason === 'back matter');
    expect(back.map((d) => d.text)).toEqual(['Acknowledgements', 'We thank the farmers of both valleys.']);
    for (const d of back) expect(pdfText.slice(d.source.start, d.source.end)).toBe(d.text);
  });

  it('nothing is lost: every line is in a block, a heading, the front matter or the dropped list', () => {
    const { paper } = ingestPaper(pdfText);
    const read = [paper.title, ...paper.authors.map((a) => a.name), paper.abstract, ...titles(paper), ...blocks(paper).map((b) => b.text), ...paper.dropped.map((d) => d.text)].join(' ');
    const squash = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');
    for (const line of pdfText.split('\n').filter((l) => l.trim() !== '' && !/^(?:Abstract|References)$/.test(l))) {
      expect(squash(read), line).toContain(squash(line.replace(/^\f?\d+\s+(?=\p{Lu})/u, '')));
    }
  });
});

describe('the shapes other journals give their text', () => {
  it('"1 | INTRODUCTION" headings with a bar, and "A. Lettered" subsections under roman-numbered sections', () => {
    const wiley = read([...front, '1 | INTRODUCTION', '', para('Pastures cover a third of the land.'), '', '2 | METHODS', '', para('We sampled forty plots.'), '']);
    expect(titles(wiley)).toEqual(['Introduction', 'Methods']);
    const ieee = read([...front, 'I. INTRODUCTION', '', para('Pastures cover a third of the land.'), '', 'II. METHODS', '', 'A. Study Sites', '', para('We sampled forty plots.'), '', 'B. Carbon Analysis', '', para('Cores were burnt.'), '']);
    expect(titles(ieee)).toEqual(['Introduction', 'Methods']);
    expect(ieee.sections[1]!.blocks.map((b) => b.term)).toEqual(['Study Sites', 'Carbon Analysis']);
  });

  it('a sidebar of "Label: value" lines, an ISSN and copyright footer, arXiv and JSTOR stamps are left out', () => {
    const text = [
      'Grazing and Soil Carbon', 'Ana Costa, Piet de Vries', '', 'arXiv:2401.01234v2 [q-bio.PE] 3 Jan 2024', '',
      'Citation: Costa A, de Vries P (2024) Grazing and soil carbon. J Upland Ecol 12: 101.', 'Editor: Jan Novak, University of Prague, Czech Republic', 'Received: March 3, 2024; Accepted: May 5, 2024', 'Copyright: © 2024 Costa, de Vries.', '',
      'Abstract', '', 'Grazing changes soil carbon.', '', '1. Introduction', 'Upland pastures cover a third of the land and store much of its carbon in thin', 'soils that are easily disturbed by grazing animals.',
      '0048-9697/© 2024 Elsevier B.V. All rights reserved.', '', '1', '', '\f2. Methods', 'We sampled forty plots in two valleys and measured their carbon to a depth.', '',
      'This content downloaded from 192.0.2.1 on Mon, 01 Jan 2024 12:00:00 UTC', 'All use subject to https://about.jstor.org/terms', '', '2', '',
    ].join('\n');
    const { paper } = ingestPaper(text);
    expect(titles(paper)).toEqual(['Introduction', 'Methods']);
    const reasons = new Map(paper.dropped.map((d) => [d.text, d.reason]));
    expect(reasons.get('arXiv:2401.01234v2 [q-bio.PE] 3 Jan 2024')).toBe('publisher furniture');
    expect(reasons.get('Editor: Jan Novak, University of Prague, Czech Republic')).toBe('margin box');
    expect(reasons.get('0048-9697/© 2024 Elsevier B.V. All rights reserved.')).toBe('publisher furniture');
    expect(reasons.get('All use subject to https://about.jstor.org/terms')).toBe('publisher furniture');
    expect(blocks(paper).map((b) => b.text)).toEqual([
      'Upland pastures cover a third of the land and store much of its carbon in thin soils that are easily disturbed by grazing animals.',
      'We sampled forty plots in two valleys and measured their carbon to a depth.',
    ]);
  });
});

describe('text that is not a paper', () => {
  it.each([
    ['a few words', 'Notes for Tuesday'],
    ['a table of numbers', Array.from({ length: 60 }, (_, i) => `${i}\t${i * 2}\t${i * 3}`).join('\n')],
    ['code', Array.from({ length: 40 }, (_, i) => `let x${i} = f(${i}); // ${i}`).join('\n')],
  ])('%s: a LecternError naming the file, never a one-slide paper', async (_, text) => {
    const reading = readPaper(new TextEncoder().encode(text), { file: 'notes.txt' });
    await expect(reading).rejects.toBeInstanceOf(LecternError);
    await expect(reading).rejects.toMatchObject({ location: { file: 'notes.txt' }, message: expect.stringMatching(/expected a paper/) });
  });
});
