// Reads every PDF of the shared corpus (../shared/corpus) and checks what Lectern found against
// the paper's truth.json: title, authors, section titles, reference count, every body sample
// in a block; captions as caption blocks with page and box; running headers left out and listed.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusPapers, scorePaper, type CorpusPaper } from '../../../bench/ingest-score.ts';
import type { Paper } from '../../../src/content/paper.ts';
import { readPdf } from '../../../src/ingest/pdf/index.ts';

const papers = corpusPapers().filter((paper) => paper.kind === 'pdf');
const read = new Map<string, Paper>();

beforeAll(async () => {
  for (const paper of papers) read.set(paper.slug, (await readPdf(readFileSync(paper.source), { file: paper.source })).paper);
}, 180_000);

const blocksOf = (paper: Paper) => paper.sections.flatMap((section) => section.blocks);

describe.each(papers.map((paper): [string, CorpusPaper] => [paper.slug, paper]))('%s', (slug, truth) => {
  it('reads the title, the authors, the sections and the references of the truth', () => {
    const paper = read.get(slug)!;
    const score = scorePaper(paper, truth.truth);
    expect(score.title).toBe(1);
    expect(score.authors).toBe(1);
    expect({ extra: score.extraSections, missed: score.missedSections }).toEqual({ extra: [], missed: [] });
    expect(paper.references).toHaveLength(truth.truth.n_references);
  });

  it('keeps every body sample in a block', () => {
    const score = scorePaper(read.get(slug)!, truth.truth);
    expect(score.lost).toEqual([]);
    expect(score.droppedSamples).toEqual([]);
  });

  it('places every block and every piece left out on its page, with a box', () => {
    const paper = read.get(slug)!;
    for (const item of [...blocksOf(paper), ...paper.dropped]) {
      expect(item.source.page, item.text.slice(0, 60)).toBeGreaterThanOrEqual(1);
      expect(item.source.box, item.text.slice(0, 60)).toMatchObject({ x: expect.any(Number), y: expect.any(Number), width: expect.any(Number), height: expect.any(Number) });
    }
  });

  it('reads captions as caption blocks with their label, not as paragraphs', () => {
    const paper = read.get(slug)!;
    const captions = blocksOf(paper).filter((block) => block.kind === 'caption');
    expect(captions.length).toBeGreaterThan(0);
    for (const caption of captions) expect(caption.text.startsWith(caption.label!)).toBe(true);
    const paragraphs = blocksOf(paper).filter((block) => block.kind === 'paragraph' || block.kind === 'topic');
    expect(paragraphs.filter((block) => /^(?:Fig\.|Figure)\s*\d+[.:|]\s/.test(block.text))).toEqual([]);
  });

  it('leaves the running headers and footers out and lists them', () => {
    const paper = read.get(slug)!;
    const headers = paper.dropped.filter((item) => item.reason === 'running header' || item.reason === 'page number');
    expect(headers.length).toBeGreaterThanOrEqual(2);
    const body = blocksOf(paper).map((block) => block.text).join('\n');
    for (const header of new Set(headers.map((item) => item.text).filter((text) => text.length > 20))) expect(body).not.toContain(header);
  });

  it('ends no paragraph on a comma: a page, column or figure breaks none in two', () => {
    const paragraphs = blocksOf(read.get(slug)!).filter((block) => block.kind === 'paragraph' || block.kind === 'topic');
    expect(paragraphs.filter((block) => /,\s*$/.test(block.text)).map((block) => block.text.slice(-60))).toEqual([]);
  });

  it('keeps appendices as sections marked so, after the body', () => {
    const sections = read.get(slug)!.sections;
    const firstAppendix = sections.findIndex((section) => section.appendix);
    if (firstAppendix !== -1) expect(sections.slice(firstAppendix).filter((section) => !section.appendix).map((section) => section.title)).toEqual([]);
    // The truth lists an appendix lettered "A", "B", … among the back sections.
    const lettered = (truth.truth.back_sections ?? []).filter((title) => /^[A-Z] \p{Lu}/u.test(title)).map((title) => title.slice(2).toLowerCase());
    expect(lettered.filter((title) => !sections.some((section) => section.appendix && section.title.toLowerCase() === title))).toEqual([]);
  });

  it('reads no figure label (panel letters, tick values, stars) as a paragraph of its own', () => {
    const paragraphs = blocksOf(read.get(slug)!).filter((block) => block.kind === 'paragraph');
    const labelsOnly = (text: string) => !/\p{L}{3}/u.test(text) && !/[.!?:;]$/.test(text.trim()) && /[\p{L}\p{N}*]/u.test(text) && !/[=<>≤≥∑∈|]|\p{Script=Greek}/u.test(text);
    expect(paragraphs.filter((block) => labelsOnly(block.text)).map((block) => block.text)).toEqual([]);
  });

  it('reads no table row as a section or subsection', () => {
    const paper = read.get(slug)!;
    const cells = new Set(blocksOf(paper).flatMap((block) => (block.rows ?? []).flat()).map((cell) => cell.trim()).filter((cell) => cell.length > 3));
    const headings = [...paper.sections.map((section) => section.title), ...blocksOf(paper).flatMap((block) => (block.kind === 'topic' && block.term ? [block.term] : []))];
    expect(headings.filter((heading) => cells.has(heading))).toEqual([]);
    expect(headings.filter((heading) => heading.includes('|'))).toEqual([]);
  });
});

describe('tables', () => {
  const tables = (slug: string) => blocksOf(read.get(slug)!).filter((block) => block.kind === 'table');

  it('keep a table’s cells only when its rows form a grid: the header’s cells in every row, and no line’s wrapped half', () => {
    for (const paper of papers) {
      for (const table of tables(paper.slug)) {
        if (!table.rows) continue;
        const [header, ...body] = table.rows;
        expect(header!.length, `${paper.slug} ${table.label}`).toBeGreaterThanOrEqual(2);
        expect(body.filter((row) => row.length !== header!.length), `${paper.slug} ${table.label}`).toEqual([]);
        expect(table.rows.flat().filter((cell) => /\p{L}-$/u.test(cell)), `${paper.slug} ${table.label}`).toEqual([]);
      }
    }
  });

  it('read the cells a line runs together where their columns stand apart', () => {
    const found = tables('eacl2023-longeval').find((table) => table.label === 'Table 4')!;
    expect(found.rows![0]).toEqual(['Algorithm', 'R@3', 'R@5', 'R@10']);
    expect(found.rows![1]).toEqual(['BM25 (1995)', '0.38', '0.46', '0.56']);
    expect(found.rows).toHaveLength(9);
    // A header wrapped over two lines, and one that leaves the column of row names unnamed.
    expect(tables('eacl2023-longeval').find((table) => table.label === 'Table 1')!.rows![0]).toEqual(['Dataset', '|source| (words)', '|summary| (words)', 'papers']);
    expect(tables('eacl2023-longeval').find((table) => table.label === 'Table 7')!.rows![0]).toEqual(['', 'F-κ', 'R-κ', 'all agree']);
  });

  it('keep a table that forms no grid as its text, with no cells', () => {
    const snippets = tables('eacl2023-longeval').find((table) => table.label === 'Table 6')!;
    expect(snippets.rows).toBeUndefined();
    expect(snippets.text).toContain('TL;DR: 4 out of 5 annota-');
    const reagents = tables('diabetologia2024-kcnj11-sulfonylurea').find((table) => table.label === 'Table 1')!;
    expect(reagents.rows).toBeUndefined();
    expect(reagents.text).toContain('Sigma-Aldrich, UK');
  });

  it('leave their text out of their caption: a caption ends where the table’s own text begins', () => {
    const caption = (slug: string, label: string) => blocksOf(read.get(slug)!).find((block) => block.kind === 'caption' && block.label === label)!.text;
    expect(caption('diabetologia2024-kcnj11-sulfonylurea', 'Table 1')).toBe('Table 1 Source of reagents and antibodies');
    expect(caption('chemsci2022-red-fluorescent-proteins', 'Table 1')).toBe('Table 1 Spectral properties of red fluorescent proteins');
    expect(caption('chemsci2022-red-fluorescent-proteins', 'Table 2')).toBe('Table 2 Data collection and refinement statistics');
    const reagents = tables('diabetologia2024-kcnj11-sulfonylurea').find((table) => table.label === 'Table 1')!;
    expect(reagents.text).toContain('Glibenclamide | G0639 | NA | Sigma-Aldrich, UK');
    const statistics = tables('chemsci2022-red-fluorescent-proteins').find((table) => table.label === 'Table 2')!;
    expect(statistics.text).toContain('PDB ID | 7RY2');
    expect(blocksOf(read.get('chemsci2022-red-fluorescent-proteins')!).filter((block) => block.kind !== 'table' && /Ramachandran favored|100 mM Tris buffer/.test(block.text))).toEqual([]);
  });

  it('carry the label of their caption', () => {
    for (const paper of papers) {
      const labels = tables(paper.slug).map((table) => table.label);
      expect(labels.filter((label) => !/^Table \d+$/.test(label ?? '')), paper.slug).toEqual([]);
      const captions = blocksOf(read.get(paper.slug)!).filter((block) => block.kind === 'caption' && /^Table/.test(block.label ?? '')).map((block) => block.label);
      for (const label of labels) expect(captions, paper.slug).toContain(label);
    }
  });
});

describe('what the layout tells', () => {
  it('restores ligatures the PDF lost and keeps a word hyphenated at a line end whole', () => {
    const text = (slug: string) => blocksOf(read.get(slug)!).map((block) => block.text).join('\n');
    const chem = text('chemsci2022-red-fluorescent-proteins');
    expect(chem).toContain('fluorescent proteins');
    expect(chem).not.toMatch(/\buorescent\b|\bpurication\b/);
    expect(text('emm2023-eprs1-review')).not.toMatch(/[\uFB00-\uFB06\u00AD\uE000]/);
  });

  it('drops superscript citation markers instead of gluing them to words', () => {
    for (const slug of ['emm2023-eprs1-review', 'natcommun2024-a3ar-agonists', 'biorxiv2023-plm-finetuning']) {
      const text = blocksOf(read.get(slug)!).filter((b) => b.kind !== 'table').map((block) => block.text).join('\n');
      // "manner16–20." or "proteins1,2" would be a citation list glued to a word.
      expect(text.match(/\p{Ll}{3,}\d+(?:[,–]\d+)+\b/gu) ?? [], slug).toEqual([]);
    }
  });

  it('reads run-in labels as subsections where the paper has them, wrapped labels whole', () => {
    const paper = read.get('diabetologia2024-kcnj11-sulfonylurea')!;
    const results = paper.sections.find((section) => section.title === 'Results')!;
    const terms = results.blocks.filter((block) => block.kind === 'topic').map((block) => block.term);
    expect(terms).toContain('The S118L mutation does not affect KATP channel ATP sensitivity');
    expect(terms).toContain('Membrane trafficking of S118L channels is impaired');
  });

  it('reads an affiliation set over several blocks whole, its words after a line break kept', () => {
    const { affiliations } = read.get('diabetologia2024-kcnj11-sulfonylurea')!;
    expect(affiliations).toContain('Department of Physiology, Anatomy and Genetics, University of Oxford, Parks Road, Oxford, UK');
    expect(affiliations).toContain('Departments of Medicine and Pediatrics, Section of Endocrinology Diabetes and Metabolism, University of Chicago, Chicago, IL, USA');
  });

  it('leaves back matter and the sidebar out, with their reasons', () => {
    const paper = read.get('rescience2021-graph-ordering')!;
    const reasons = new Set(paper.dropped.map((item) => item.reason));
    expect(reasons).toContain('back matter');
    expect(reasons).toContain('margin box');
    expect(paper.sections.map((section) => section.title)).not.toContain('Acknowledgements');
  });

  it('leaves out back matter set as run-in labels in small print at the end of the last section', () => {
    const paper = read.get('diabetologia2024-kcnj11-sulfonylurea')!;
    const taught = blocksOf(paper).map((block) => block.text).join('\n');
    expect(taught).not.toMatch(/We thank the patient|supported by UKRI|relationships or activities|designed the study|identified the mutation/);
    const back = paper.dropped.filter((item) => item.reason === 'back matter').map((item) => item.text);
    for (const label of ['Acknowledgements', 'Data availability', 'Funding', 'Authors’ relationships and activities', 'Contribution statement']) {
      expect(back, label).toContainEqual(expect.stringMatching(new RegExp(`^${label} \\p{Lu}`, 'u')));
    }
    const conclusions = blocksOf(paper).find((block) => block.term === 'Conclusions')!;
    expect(conclusions.text).toMatch(/wrong choice of therapy\.$/);
  });

  it('leaves out back matter headed as a section or a subsection of Methods, a data availability heading included', () => {
    const paper = read.get('natcommun2024-a3ar-agonists')!;
    const methods = paper.sections.find((section) => section.title === 'Methods')!;
    expect(methods.blocks.map((block) => block.term)).not.toContain('Reporting summary');
    const taught = blocksOf(paper).map((block) => block.text).join('\n');
    expect(taught).not.toMatch(/Reporting Summary linked|accession codes EMD/);
    expect(taught).toContain('presented as means ± S.E.M.');
    const back = paper.dropped.filter((item) => item.reason === 'back matter').map((item) => item.text);
    expect(back).toEqual(expect.arrayContaining(['Reporting summary', 'Data availability']));
  });

  it('ends the last section of the body where the body ends: appendices after the references are sections of their own', () => {
    const paper = read.get('eacl2023-longeval')!;
    const body = paper.sections.filter((section) => !section.appendix);
    expect(body.at(-1)!.title).toBe('Conclusion');
    expect(body.at(-1)!.blocks.map((block) => block.kind)).toEqual(['paragraph']);
    expect(paper.sections.filter((section) => section.appendix).length).toBeGreaterThanOrEqual(5);
  });

  it('rejoins a word broken at a line end as the paper writes it, a name in capitals included', () => {
    const text = blocksOf(read.get('eacl2023-longeval')!).map((block) => block.text).join('\n');
    expect(text).not.toMatch(/\bSQuAL-ITY\b|\bInter-estingly\b/);
    expect(text).toMatch(/\bInterestingly\b/);
    expect(text).toMatch(/\bBigBird-PEGASUS\b/);
  });

  it('joins a paragraph a chart’s axis title broke in two, and leaves the title out as figure text', () => {
    const paper = read.get('natcommun2024-a3ar-agonists')!;
    expect(blocksOf(paper).map((block) => block.text).join('\n')).toContain('in the receptor form hydrophobic interactions with');
    expect(paper.dropped.filter((item) => item.reason === 'figure text').map((item) => item.text)).toContainEqual(expect.stringContaining('Log [CF102] (M)'));
  });

  it('reads no page number and no note marker as a paragraph of its own', () => {
    // A marker raised over a line of one column sits near a baseline of the other; a preprint sets its page numbers high.
    for (const slug of ['eacl2023-longeval', 'biorxiv2023-plm-finetuning', 'emm2023-eprs1-review']) {
      const paragraphs = blocksOf(read.get(slug)!).filter((block) => block.kind === 'paragraph' || block.kind === 'topic');
      expect(paragraphs.filter((block) => /^\s*\d{1,4}\s*$/.test(block.text)).map((block) => block.text), slug).toEqual([]);
    }
  });

  it('leaves out a page number set above the bottom tenth of the page', () => {
    const paper = read.get('biorxiv2023-plm-finetuning')!;
    const pages = new Set(paper.dropped.filter((item) => item.reason === 'page number').map((item) => item.source.page));
    expect(pages.size).toBeGreaterThanOrEqual(15);
  });

  it('names an untitled opening "Introduction"', () => {
    expect(read.get('natcommun2024-a3ar-agonists')!.sections[0]!.title).toBe('Introduction');
  });
});
