import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPapers, scorePaper, type Truth } from '../../../bench/ingest-score.ts';
import type { Paper } from '../../../src/content/paper.ts';
import { readJats } from '../../../src/ingest/jats/index.ts';
import { descendants, parseXml, type XmlElement } from '../../../src/ingest/jats/xml.ts';
import { ROOT } from '../../helpers.ts';
import { backMatterSamples } from '../back-matter-samples.ts';

const papers = corpusPapers().filter((paper) => paper.kind === 'jats');

/** Letters only, as the bench compares body text. */
function letters(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}]+/gu, '');
}

/** Every text node under an element, outside formulas (read as TeX or as MathML written out). */
function textNodes(element: XmlElement, out: string[] = []): string[] {
  for (const node of element.children) {
    if (typeof node === 'string') out.push(node);
    else if (!['math', 'tex-math', 'object-id', 'label', 'inline-formula', 'disp-formula'].includes(node.local)) textNodes(node, out);
  }
  return out;
}

describe.each(papers)('JATS corpus paper $slug', ({ slug, source, truth }) => {
  const read = async () => readJats(readFileSync(source), { file: relative(ROOT, source) });

  it('reads title, authors, section titles, references and every body sample in a block', async () => {
    const { paper } = await read();
    const score = scorePaper(paper, truth);
    expect(score.title).toBe(1);
    expect(score.authors).toBe(1);
    expect({ extra: score.extraSections, missed: score.missedSections }).toEqual({ extra: [], missed: [] });
    expect(paper.references).toHaveLength(truth.n_references);
    expect(score.lost).toEqual([]);
    expect(score.droppedSamples.filter((sample) => !backMatterSamples(paper, score.droppedSamples).includes(sample))).toEqual([]);
  });

  it('reads subsections as topics of their section, named by their titles', async () => {
    const { paper } = await read();
    const subsections = (truth as Truth & { subsections?: Record<string, string[]> }).subsections ?? {};
    for (const [title, subs] of Object.entries(subsections)) {
      // Headings set in capitals are read title-cased, as a slide shows them.
      const section = paper.sections.find((s) => s.title.toLowerCase() === title.toLowerCase());
      expect(section, title).toBeDefined();
      const terms = section!.blocks.map((b) => b.term?.toLowerCase());
      for (const sub of subs) expect(terms, `${title} › ${sub}`).toContain(sub.toLowerCase());
    }
  });

  it('gives every block and every dropped piece its element path and a place in the extracted text', async () => {
    const { paper, text } = await read();
    const blocks = paper.sections.flatMap((s) => s.blocks);
    for (const block of blocks) {
      expect(block.source.path, block.id).toMatch(/^\/article\/(body|floats-group|back\/app-group|back\/app)(\/[\w:-]+(\[\d+\])?)+$/);
      expect(text.slice(block.source.start, block.source.end), block.id).not.toBe('');
    }
    for (const item of paper.dropped) expect(item.source.path, item.text).toMatch(/^\/article(\/[\w:-]+(\[\d+\])?)+$/);
  });

  it('loses no word of the body: each is in a block, a section or topic title, or listed as dropped', async () => {
    const { paper } = await read();
    const { root } = parseXml(readFileSync(source, 'utf8'), slug);
    const body = root.children.find((n): n is XmlElement => typeof n !== 'string' && n.local === 'body')!;
    const kept = letters(
      [
        ...paper.sections.flatMap((s) => [s.title, ...s.blocks.flatMap((b) => [b.term ?? '', b.text, ...(b.rows ?? []).flat()])]),
        ...paper.dropped.map((d) => d.text),
      ].join(' '),
    );
    const missing = textNodes(body).map(letters).filter((l) => l && !kept.includes(l));
    expect(missing).toEqual([]);
  });

  it('reads tables as table blocks with rows and figure captions as caption blocks with labels', async () => {
    const { paper } = await read();
    const { root } = parseXml(readFileSync(source, 'utf8'), slug);
    const containers = root.children.filter((n): n is XmlElement => typeof n !== 'string' && (n.local === 'body' || n.local === 'floats-group'));
    const blocks = paper.sections.flatMap((s) => s.blocks);
    const droppedUnder = (path: string) => paper.dropped.some((d) => d.source.path?.startsWith(`${path}/`));
    const tables = containers.flatMap((e) => descendants(e, 'table'));
    for (const table of tables) {
      const block = blocks.find((b) => b.kind === 'table' && b.source.path === table.path);
      if (!block) {
        expect(droppedUnder(table.path), table.path).toBe(true);
        continue;
      }
      expect(block.rows!.length, table.path).toBeGreaterThan(1);
      expect(block.label, table.path).toMatch(/^Table/);
      expect(block.rows!.every((row) => row.length === block.rows![0]!.length), table.path).toBe(true);
    }
    const figures = containers.flatMap((e) => descendants(e, 'fig'));
    for (const fig of figures) {
      const caption = blocks.find((b) => b.kind === 'caption' && b.source.path === fig.path);
      if (!caption) {
        expect(droppedUnder(fig.path), fig.path).toBe(true);
        continue;
      }
      expect(caption.label, fig.path).toMatch(/^Fig/);
      expect(caption.text.startsWith(caption.label!), fig.path).toBe(true);
    }
    expect(tables.length + figures.length).toBeGreaterThan(0);
  });
});

describe('JATS corpus as a whole', () => {
  it('reads translated abstracts, other abstracts and sub-articles as dropped, not as text', async () => {
    const reads = await Promise.all(papers.map(async ({ slug, source }) => ({ slug, paper: (await readJats(readFileSync(source), { file: slug })).paper })));
    const bySlug = new Map<string, Paper>(reads.map((r) => [r.slug, r.paper]));
    const elife = bySlug.get('elife2012-herbivory-volatiles')!;
    expect(elife.dropped.some((d) => d.reason === 'front matter' && /eLife digest/.test(d.text))).toBe(true);
    expect(elife.dropped.some((d) => d.reason === 'back matter' && d.source.path?.startsWith('/article/sub-article'))).toBe(true);
    const rsp = bySlug.get('rsp2014-body-image-review')!;
    expect(rsp.dropped.some((d) => d.reason === 'front matter' && d.source.path?.includes('trans-abstract'))).toBe(true);
    expect(rsp.keywords.length).toBeGreaterThan(0);
    expect(rsp.dropped.some((d) => d.source.path?.includes('kwd-group[2]'))).toBe(true);
    for (const { paper } of reads) expect(paper.abstract.length).toBeGreaterThan(100);
  });
});

describe('JATS back matter written as labelled paragraphs in the body', () => {
  it('leaves out the statements that follow a European Urology paper’s conclusions, and keeps the conclusions', async () => {
    const { source } = papers.find((paper) => paper.slug === 'eururol2011-urothelium-transplant')!;
    const { paper } = await readJats(readFileSync(source), { file: relative(ROOT, source) });
    const conclusions = paper.sections.at(-1)!;
    const taught = conclusions.blocks.map((block) => block.text).join('\n');
    expect(taught).not.toMatch(/Author contributions|Study concept and design|Financial disclosures|Wellcome Trust supported/);
    expect(conclusions.blocks.length).toBeGreaterThan(0);
    const back = paper.dropped.filter((item) => item.reason === 'back matter').map((item) => item.text);
    expect(back).toEqual(expect.arrayContaining([expect.stringMatching(/^Author contributions: /), 'Study concept and design: Thomas, Southgate.', expect.stringMatching(/^Funding\/Support and role of the sponsor: /)]));
  });
});

describe('JATS table cells of a corpus paper', () => {
  it('reads no table footnote letter glued to a cell’s word ("ANCOVAa", "Mixedb")', async () => {
    const { source } = papers.find((paper) => paper.slug === 'plosmed2013-acupuncture-depression-rct')!;
    const { paper } = await readJats(readFileSync(source), { file: relative(ROOT, source) });
    const cells = paper.sections.flatMap((s) => s.blocks).flatMap((b) => (b.rows ?? []).flat());
    expect(cells).toContain('ANCOVA');
    expect(cells.filter((cell) => /\b(?:ANCOVA|Mixed)[a-d]\b/.test(cell))).toEqual([]);
  });
});
