import { Marp } from '@marp-team/marp-core';
import { describe, expect, it } from 'vitest';
import { parseCourse } from '../../src/content/course.ts';
import type { Paper } from '../../src/content/paper.ts';
import { explanationOf } from '../../src/plan/blocks.ts';
import { planDecks } from '../../src/plan/index.ts';
import { createRenderer } from '../../src/render/index.ts';

const range = { start: 0, end: 1 };
const paper: Paper = {
  format: 'text',
  title: 'Soil Microbes',
  authors: [{ name: 'A. Author' }],
  affiliations: [],
  abstract: '',
  keywords: [],
  references: [],
  acronyms: [],
  dropped: [],
  sections: [
    {
      id: 'methods',
      title: 'Methods',
      blocks: [
        { id: 'methods/p1', kind: 'list', text: '- Sieve the soil\n- Dry it at 40 °C', items: ['Sieve the soil', 'Dry it at 40 °C'], source: range },
        {
          id: 'methods/p2',
          kind: 'table',
          text: '| Site | pH |\n| --- | --- |\n| A | 6.1 |',
          rows: [['Site', 'pH | acidity'], ...Array.from({ length: 8 }, (_, i) => [`Site ${i + 1}`, `${6 + i / 10}`])],
          source: range,
        },
        { id: 'methods/sampling', kind: 'topic', term: 'Sampling', text: 'Sampling. Cores were taken at dawn by the field team. They were frozen within the hour.', source: range },
      ],
    },
  ],
};

const decks = planDecks(paper, parseCourse('soil', '', 'course.yaml', paper));
const methods = decks[1]!;

describe('list and table blocks', () => {
  it('show a list as its items, and a table over slides of at most six rows, notes on the first', () => {
    const list = methods.slides.find((s) => s.kind === 'content' && s.source[0] === 'methods/p1')!;
    expect(list.bullets).toEqual(['Sieve the soil', 'Dry it at 40 °C']);
    const tables = methods.slides.filter((s) => s.kind === 'table');
    // Each page says which rows it shows, not "(1 of 2)".
    expect(tables.map((s) => s.title)).toEqual(['Site, pH | acidity: Site 1 to Site 4', 'Site, pH | acidity: Site 5 to Site 8']);
    expect(tables.map((s) => s.table!.rows.length)).toEqual([4, 4]);
    expect(tables[0]!.notes).toBe(paper.sections[0]!.blocks[1]!.text);
    expect(tables[1]!.notes).toBeUndefined();
  });

  it('show a long table’s first rows on at most three slides, numbered, the whole table in the notes', () => {
    const rows = [['Characteristic', 'n'], ...Array.from({ length: 40 }, (_, i) => [`Row ${i + 1}`, `${i}`])];
    const long: Paper = { ...paper, sections: [{ ...paper.sections[0]!, blocks: [{ ...paper.sections[0]!.blocks[1]!, rows, text: 'the whole table' }] }] };
    const slides = planDecks(long, parseCourse('soil', '', 'course.yaml', long))[1]!.slides.filter((s) => s.kind === 'table');
    expect(slides.map((s) => s.title)).toEqual(['Characteristic, n (rows 1–6 of 40)', 'Characteristic, n (rows 7–12 of 40)', 'Characteristic, n (rows 13–18 of 40)']);
    expect(slides[0]!.notes).toBe('the whole table');
  });

  it('title a table by its label and caption when the caption names it in a few words', () => {
    const table = { ...paper.sections[0]!.blocks[1]!, label: 'Table 2' };
    const withCaption = (caption: string): Paper => ({ ...paper, sections: [{ ...paper.sections[0]!, blocks: [{ id: 'methods/p1', kind: 'caption', label: 'Table 2', text: caption, source: range }, table] }] });
    const titles = (p: Paper) => planDecks(p, parseCourse('soil', '', 'course.yaml', p))[1]!.slides.filter((s) => s.kind === 'table').map((s) => s.title);
    expect(titles(withCaption('Table 2. Soil acidity by site. Cores were taken at dawn.'))).toEqual(['Table 2. Soil acidity by site: Site 1 to Site 4', 'Table 2. Soil acidity by site: Site 5 to Site 8']);
    // A note's marker after the caption's name is no part of the title.
    expect(titles(withCaption('Table 2: Soil acidity by site *'))[0]).toBe('Table 2. Soil acidity by site: Site 1 to Site 4');
    // A caption that runs on is no title: the label alone names the table.
    expect(titles(withCaption('Table 2. The acidity of the soil at each of the eight sites that the field team sampled at dawn.'))[0]).toBe('Table 2: Site 1 to Site 4');
  });

  it('name a table’s pages by number when its cells are no names', () => {
    const rows = [['Dataset |source| |summary| papers'], ['MultiNews (2019) 2103 263 54'], ['GovReport (2021) 7551 547 16'], ...Array.from({ length: 6 }, (_, i) => [`X ${i} 1 2 3`])];
    const messy: Paper = { ...paper, sections: [{ ...paper.sections[0]!, blocks: [{ ...paper.sections[0]!.blocks[1]!, rows, text: 'Dataset sizes of the surveyed corpora.' }] }] };
    const titles = planDecks(messy, parseCourse('soil', '', 'course.yaml', messy))[1]!.slides.filter((s) => s.kind === 'table').map((s) => s.title);
    expect(titles).toHaveLength(2);
    for (const title of titles) expect(title).not.toMatch(/\||\d{3}/);
    expect(titles[0]).toMatch(/: rows 1–4$/);
  });

  it('show a table read from a page whose rows form no grid as its caption and where it is, its text in the notes', () => {
    const lines = [['Reagent / antibody Catalogue no. Source'], ['NA', 'Sigma-Aldrich, UK'], ['T091', 'NA', 'Sigma-Aldrich, UK']];
    const text = lines.map((row) => row.join(' | ')).join('\n');
    const caption = { id: 'methods/p1', kind: 'caption' as const, label: 'Table 1', text: 'Table 1 Source of reagents and antibodies. All were kept at 4 °C before use.', source: { ...range, page: 3 } };
    const slidesOf = (table: Paper['sections'][number]['blocks'][number]) => {
      const p: Paper = { ...paper, format: 'pdf', sections: [{ ...paper.sections[0]!, blocks: [caption, table] }] };
      return planDecks(p, parseCourse('soil', '', 'course.yaml', p))[1]!.slides.filter((s) => s.kind === 'content' || s.kind === 'table');
    };
    for (const table of [
      { id: 'methods/p2', kind: 'table' as const, label: 'Table 1', text, source: { ...range, page: 3 } },
      // A table read before Lectern judged its grid: its rows are there, but disagree with its header.
      { id: 'methods/p2', kind: 'table' as const, label: 'Table 1', text, rows: lines, source: { ...range, page: 3 } },
    ]) {
      const slides = slidesOf(table);
      expect(slides).toHaveLength(1);
      expect(slides[0]!.kind).toBe('content');
      expect(slides[0]!.table).toBeUndefined();
      expect(slides[0]!.title).toBe('Table 1. Source of reagents and antibodies');
      expect(slides[0]!.bullets).toEqual(['All were kept at 4 °C before use', 'See Table 1 on page 3 of the paper']);
      expect(slides[0]!.notes).toBe(text);
    }
    // Rows that form a grid are shown as a table, wherever they were read.
    const grid = slidesOf({ id: 'methods/p2', kind: 'table', label: 'Table 1', text, rows: [['Reagent', 'Source'], ['Tolbutamide', 'Sigma-Aldrich, UK']], source: { ...range, page: 3 } });
    expect(grid.map((s) => s.kind)).toEqual(['table']);
  });

  it('lecture no appendix unless the course’s order names it', () => {
    const appendix = { id: 'appendix', title: 'Appendix A', appendix: true, blocks: [{ id: 'appendix/p1', kind: 'paragraph' as const, text: 'Soil was sieved at two millimetres before drying in the oven.', source: range }] };
    const withAppendix: Paper = { ...paper, sections: [...paper.sections, appendix] };
    expect(planDecks(withAppendix, parseCourse('soil', '', 'course.yaml', withAppendix)).map((d) => d.sectionId)).toEqual([undefined, 'methods']);
    const ordered = planDecks(withAppendix, parseCourse('soil', 'order: [methods, appendix]\n', 'course.yaml', withAppendix));
    expect(ordered.map((d) => d.sectionId)).toEqual([undefined, 'methods', 'appendix']);
  });

  it('render as a Marp table with the header row and escaped cells', () => {
    const markdown = createRenderer().render(methods, { theme: 'lectern' });
    const { html } = new Marp({ script: false, math: false }).render(markdown);
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html).toContain('<th>pH | acidity</th>');
    expect(html).toContain('<td>Site 1</td>');
    expect(html).toContain('<li>Dry it at 40 °C</li>');
  });

  it('take a topic’s explanation without its term, whatever punctuation follows the term', () => {
    expect(explanationOf(paper.sections[0]!.blocks[2]!)).toBe('Cores were taken at dawn by the field team. They were frozen within the hour.');
    expect(methods.slides.find((s) => s.kind === 'topic')!.bullets[0]).toBe('Cores were taken at dawn by the field team');
  });

  it('keep a topic’s term that is the subject of its first sentence', () => {
    const block = { id: 'methods/western-blotting', kind: 'topic' as const, term: 'Western blotting', text: 'Western blotting was performed on total protein from the cells.', source: range };
    expect(explanationOf(block)).toBe('Western blotting was performed on total protein from the cells.');
  });
});
