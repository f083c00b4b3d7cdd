import { describe, expect, it } from 'vitest';
import { ingestPaper, normalizeForComparison } from '../../src/ingest/index.ts';

const sections = (text: string) => ingestPaper(text).paper.sections.map((s) => [s.id, s.title, s.blocks.map((b) => b.term ?? b.kind)]);

describe('headings', () => {
  it('numbered headings in capitals, subsections as topics, inline abstract, "1)" references', () => {
    const text = [
      'A Short Note on Soil Carbon', '', 'J. Smith, A. Jones', '',
      'Abstract: Soil stores carbon. This note reviews it.', '', 'Keywords: soil; organic carbon;', 'sequestration', '',
      '1. INTRODUCTION', '', 'Soils hold more carbon than the atmosphere and vegetation together.', '',
      '2. METHODS', '', '2.1. Sampling', '', 'We sampled 40 plots.', '', '2.2. Analysis', '', 'Carbon was measured by dry combustion.', '',
      '3. RESULTS', '', 'Stocks were 80 t/ha.', '',
      'REFERENCES', '', '1) Lal R. Soil carbon sequestration. Science. 2004;304:1623-1627.',
      '2) Jobbágy EG, Jackson RB. The vertical distribution of soil organic carbon. Ecol Appl. 2000;10:423-436.',
    ].join('\n');
    const { paper } = ingestPaper(text);
    expect(paper.abstract).toBe('Soil stores carbon. This note reviews it.');
    expect(paper.keywords).toEqual(['soil', 'organic carbon', 'sequestration']);
    expect(sections(text)).toEqual([
      ['introduction', 'Introduction', ['paragraph']],
      ['methods', 'Methods', ['Sampling', 'Analysis']],
      ['results', 'Results', ['paragraph']],
    ]);
    expect(paper.references.map((r) => r.n)).toEqual([1, 2]);
  });

  it('markdown: the # title is front matter, ## are sections, ### topics, numbers dropped', () => {
    const text = [
      '# Grazing and Plant Diversity', '', '*Ana Costa and Piet de Vries*', '', '## Abstract', '', 'Grazing shapes grasslands.', '',
      '## 1. Background', 'Moderate grazing can raise plant diversity.', '',
      '### Mechanisms', '', 'Grazers remove dominant grasses.', '', 'They also open gaps for seedlings.', '',
      '### Thresholds', '', 'Heavy grazing lowers diversity.', '',
      '## 2. Outlook', '', 'Managers should aim for moderate grazing.', '',
      '## References', '', '[1] Milchunas DG, Lauenroth WK. Quantitative effects of grazing. Ecol Monogr. 1993;63:327-366.',
    ].join('\n');
    const { paper } = ingestPaper(text);
    expect(paper.title).toBe('Grazing and Plant Diversity');
    expect(paper.authors.map((a) => a.name)).toEqual(['Ana Costa', 'Piet de Vries']);
    expect(sections(text)).toEqual([
      ['background', 'Background', ['paragraph', 'Mechanisms', 'Thresholds']],
      ['outlook', 'Outlook', ['paragraph']],
    ]);
    expect(paper.sections[0]!.blocks[1]!.text).toBe('Grazers remove dominant grasses.\n\nThey also open gaps for seedlings.');
    expect(paper.references).toEqual([{ n: 1, text: 'Milchunas DG, Lauenroth WK. Quantitative effects of grazing. Ecol Monogr. 1993;63:327-366.' }]);
  });

  it('roman numerals; back matter ends a section and is left out; a page number before a running title', () => {
    const text = [
      'Wind Loads on Tall Buildings', '', 'P. Novak', '', 'Abstract—Wind matters for tall buildings.', '',
      'I. INTRODUCTION', '', 'Towers sway in strong wind.', '', '12 Journal of Wind Engineering', '',
      'II. CONCLUSION', '', 'Dampers reduce the sway.', '', 'Acknowledgements', '', 'We thank the wind tunnel staff.', '',
      '13 Journal of Wind Engineering', '', 'References', '', '[1] Davenport AG. Gust loading factors. J Struct Div. 1967;93:11-34.',
    ].join('\n');
    const { paper } = ingestPaper(text);
    expect(paper.abstract).toBe('Wind matters for tall buildings.');
    expect(sections(text)).toEqual([
      ['introduction', 'Introduction', ['paragraph']],
      ['conclusion', 'Conclusion', ['paragraph']],
    ]);
    expect(paper.references).toHaveLength(1);
  });

  it('common section names count as headings in sentence case too', () => {
    const text = [
      'Sleep and Memory in Adolescents', '', 'Hana Kobayashi, Luis Ortega', '', 'Abstract', '', 'Sleep helps memory.', '',
      'Introduction', '', 'Adolescents sleep less than they need.', '',
      'Materials and methods', '', 'We tested 80 pupils after normal and short nights.', '',
      'Results and discussion', '', 'Recall fell by a fifth after short nights.', '',
    ].join('\n');
    expect(sections(text).map(([id, title]) => [id, title])).toEqual([
      ['introduction', 'Introduction'],
      ['materials', 'Materials and methods'],
      ['results', 'Results and discussion'],
    ]);
  });

  it('reports text after the keywords that comes before the first heading', () => {
    const text = 'Tides\n\nR. Lee\n\nAbstract\n\nTides rise.\n\nKeywords: tide\n\nAn opening paragraph with no heading.\n\nINTRODUCTION\n\nText.\n';
    const { paper, diagnostics } = ingestPaper(text, { file: 'tides.txt' });
    expect(paper.abstract).toBe('Tides rise.');
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', location: { file: 'tides.txt', line: 11, column: 1 } }));
  });

  it('markdown rules are not text; links keep their words', () => {
    const text = '# Tides\n\nR. Lee, K. Berg\n\n## Abstract\n\nTides rise.\n\n---\n\n## Causes\n\nThe moon pulls the sea ([Newton 1687](https://example.org/principia)).\n\n***\n\n## Effects\n\nShores flood twice a day.\n';
    const { paper } = ingestPaper(text);
    expect(paper.sections.map((s) => s.blocks.map((b) => b.text))).toEqual([['The moon pulls the sea (Newton 1687).'], ['Shores flood twice a day.']]);
    expect(normalizeForComparison(text)).toContain('The moon pulls the sea (Newton 1687).');
  });

  it('reports a paper without headings, with its line, and keeps its text as one section', () => {
    const text = 'Notes on Tides\n\nR. Lee\n\nTides rise twice a day.\n\nThe moon drives them.\n';
    const { paper, diagnostics } = ingestPaper(text, { file: 'tides.txt' });
    expect(paper.sections.map((s) => s.blocks.length)).toEqual([2]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', location: { file: 'tides.txt', line: 5, column: 1 } }));
  });

  it('reports the bundled paper’s Title Case lines read as split terms, with their lines', () => {
    const text = ['INTRODUCTION', '', 'Text one.', '', 'Combination Therapies and Rational', '', 'Design: Combining drugs helps.', ''].join('\n');
    const { paper, diagnostics } = ingestPaper(`Title\n\nAuthor\n\n${text}`);
    expect(paper.sections[0]!.blocks.map((b) => b.term ?? b.kind)).toEqual(['paragraph', 'Combination Therapies and Rational Design']);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', location: expect.objectContaining({ line: 9 }) }));
  });
});

describe('page furniture and line breaks', () => {
  const page = (n: number) => ['', `${n}`, '', 'Marine Biology Letters | Vol 4 | Issue 2', ''];
  const text = [
    'Coral Bleaching', '', 'M. Ortiz', '', 'Abstract', '', 'Heat bleaches corals.', '',
    '1. Introduction', '',
    'Bleaching is a therapeutic target for no one, but thera-', 'peutic ideas abound. Non-small effects of heat on', 'the symbiosis were reported as early as', '12', 'studies ago, and CRISPR-',
    'Cas9 work is starting; non-', 'small colonies recover more slowly than the sym-', ...page(2), 'bionts themselves.', '',
    '2. Conclusion', '', 'Reefs need cooler water [3].', ...page(3),
  ].join('\n');

  it('removes running headers and page numbers, keeps a number inside a paragraph, rejoins hyphenated words', () => {
    const { paper, diagnostics } = ingestPaper(text);
    expect(paper.sections[0]!.blocks.map((b) => b.text)).toEqual([
      'Bleaching is a therapeutic target for no one, but therapeutic ideas abound. Non-small effects of heat on the symbiosis were reported as early as 12 studies ago, and CRISPR-Cas9 work is starting; non-small colonies recover more slowly than the symbionts themselves.',
    ]);
    expect(paper.sections.map((s) => s.title)).toEqual(['Introduction', 'Conclusion']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'removed 2 page-number lines',
      'removed running header "Marine Biology Letters | Vol 4 | Issue 2" (2 times)',
    ]);
  });

  it('normalizeForComparison repairs the paper the same way, so block text is found in it', () => {
    const normalized = normalizeForComparison(text);
    for (const block of ingestPaper(text).paper.sections.flatMap((s) => s.blocks)) expect(normalized).toContain(block.text);
    expect(normalized).not.toContain('Marine Biology Letters');
  });

  it('keeps source ranges as offsets into the original text', () => {
    const block = ingestPaper(text).paper.sections[0]!.blocks[0]!;
    expect(text.slice(block.source.start, block.source.start + 11)).toBe('Bleaching i');
    expect(text.slice(block.source.end - 11, block.source.end)).toBe('themselves.');
  });
});

describe('hard-wrapped text without blank lines between paragraphs', () => {
  it('breaks paragraphs after a short line that ends a sentence, and splits out headings', () => {
    const text = [
      'Lichens on Old Walls', '', 'K. Berg', '', 'Abstract', '', 'Walls host lichens.', '',
      '1. Introduction',
      'Old walls in towns carry rich lichen communities that are rarely surveyed by',
      'ecologists, because walls are hard to reach.',
      'Mortar is alkaline and holds water, which suits many crustose species, and',
      'the sunny and shaded faces of one wall differ strongly in temperature.',
      '2. Methods',
      '2.1 Survey',
      'We recorded every lichen on 60 walls in three towns, noting the face and height.',
    ].join('\n');
    expect(sections(text)).toEqual([
      ['introduction', 'Introduction', ['paragraph', 'paragraph']],
      ['methods', 'Methods', ['Survey']],
    ]);
  });
});

describe('references', () => {
  const paper = (refs: string[]) => ingestPaper(['T', '', 'A', '', 'INTRODUCTION', '', 'Text.', '', 'REFERENCES', '', ...refs].join('\n'));

  it('reads one reference a paragraph, hanging indents joined', () => {
    const { paper: p } = paper(['Smith, J. (2020). A study of', '    things. Journal, 1, 2-3.', '', 'Jones, K. (2019). Another. Journal, 4, 5.']);
    expect(p.references.map((r) => r.text)).toEqual(['Smith, J. (2020). A study of things. Journal, 1, 2-3.', 'Jones, K. (2019). Another. Journal, 4, 5.']);
  });

  it('reads one reference a line when every line starts like an author list', () => {
    const { paper: p } = paper(['Smith, J. (2020). A study. Journal, 1.', 'Jones, K. (2019). Another. Journal, 4.']);
    expect(p.references).toHaveLength(2);
  });

  it('reports a reference it could not split, with its line', () => {
    const { diagnostics } = paper(['- Smith, J. (2020). A study. Journal.', '- Anonymous. Notes without a date.']);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', location: expect.objectContaining({ line: 12 }) }));
  });
});
