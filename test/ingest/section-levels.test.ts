import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/content/paper.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { cleanLayout, heading, line, paragraph, pdfLayout, type Part } from './layouts.ts';

// Subsection headings whose case is not consistent: inside a conventional section (Methods,
// Results, Discussion) a heading that is not a conventional name is a subsection, in Title Case
// or sentence case alike; conventional names stay sections however tightly they are set.

const titles = (paper: Paper) => paper.sections.map((section) => section.title);
const terms = (paper: Paper, title: string) => paper.sections.find((section) => section.title === title)?.blocks.flatMap((block) => (block.term ? [block.term] : [])) ?? [];
const layouts = (parts: Part[]) => [['pdftotext layout', pdfLayout(parts)], ['clean text', cleanLayout(parts)], ['clean text without blank lines', cleanLayout(parts, false)]] as const;

const front: Part[] = [
  line('Lysis Timing of a Soil Phage Across Host Growth Conditions'),
  line('Ines Baptiste, Karl Overmeyer and Dana Whitfield'),
  heading('Abstract'),
  paragraph('A phage must time the lysis of its host to the host’s growth, yet how holin variants shift that timing in soil bacteria is unclear. We measured lysis times of six holin variants in hosts growing at four rates and found that slow growth delayed lysis for every variant, most for those with weak holins.'),
];

const phage: Part[] = [
  ...front,
  heading('Introduction'),
  paragraph('Phages that lyse their hosts too early release few progeny, and phages that lyse too late lose time they could spend infecting new cells. The holin protein sets the moment of lysis by forming holes in the inner membrane once it reaches a critical amount.'),
  paragraph('In soil, hosts grow slowly and unevenly, so a phage meets cells in many physiological states. We asked how holin variants and host growth rate together decide when lysis happens.'),
  heading('Materials and Methods'),
  paragraph('We used a soil isolate of Pseudomonas as the host and a lytic phage isolated from the same field. Hosts were grown in chemostats at four dilution rates, and samples were infected at a low multiplicity.'),
  heading('Construction of holin variants'),
  paragraph('Six holin variants were made by site-directed mutagenesis of the phage genome and checked by sequencing. Each variant differed from the wild type by a single amino acid in the first membrane domain.'),
  heading('Measuring Lysis Time'),
  paragraph('Lysis was followed as the fall in optical density after infection, read every two minutes. The lysis time was taken as the point where density fell to half of its peak.'),
  heading('Results'),
  paragraph('All six variants lysed their hosts, and lysis times spanned from twenty-five to seventy minutes in fast-growing hosts.'),
  heading('Effect of allelic variation in holin sequence'),
  paragraph('Variants with a charged residue in the membrane domain lysed later than the wild type, by up to twenty minutes. Variants with a hydrophobic substitution lysed earlier, and the earliest lysed in half the wild-type time.'),
  heading('Effect of Host Growth Rates'),
  paragraph('Slow host growth delayed lysis for every variant. The delay was longest for the variants that already lysed late, so the spread of lysis times widened as growth slowed.'),
  heading('Burst Size and Timing'),
  paragraph('Later lysis brought larger bursts in fast-growing hosts, but not in slow ones, where bursts stayed small whatever the timing.'),
  heading('Discussion'),
  paragraph('Holin variants and host growth act together on lysis time: a weak holin makes a phage wait longer, and a slow host makes it wait longer still. In soil, where growth is slow, this may favour strong holins that keep lysis on time.'),
  heading('Limits of a Chemostat Model'),
  paragraph('Chemostats hold growth steady, while soil hosts move between growth and starvation within hours. Our lysis times are therefore those of steady states that soil cells pass through rather than dwell in.'),
  heading('Conclusions'),
  paragraph('Lysis timing depends on the host’s growth as much as on the holin, which should be weighed when phages are chosen to control soil bacteria.'),
  heading('References'),
  line('1. Wang IN, Smith DL, Young R. Holins: the protein clocks of bacteriophage infections. Annu Rev Microbiol. 2000;54:799-825.'),
];

describe('subsections under conventional sections, whatever their case', () => {
  it.each(layouts(phage))('%s: Title Case and sentence-case headings under Methods, Results and Discussion are their subsections', (_, text) => {
    const paper = ingestPaper(text).paper;
    expect(titles(paper)).toEqual(['Introduction', 'Materials and Methods', 'Results', 'Discussion', 'Conclusions']);
    expect(terms(paper, 'Materials and Methods')).toEqual(['Construction of holin variants', 'Measuring Lysis Time']);
    expect(terms(paper, 'Results')).toEqual(['Effect of allelic variation in holin sequence', 'Effect of Host Growth Rates', 'Burst Size and Timing']);
    expect(terms(paper, 'Discussion')).toEqual(['Limits of a Chemostat Model']);
  });

  it('a name papers give sections ("Limitations") stays a section after the discussion; right under "Methods", "Data" is its subsection', () => {
    const parts = phage.flatMap((part): Part[] => {
      if (!('heading' in part)) return [part];
      if (part.heading === 'Materials and Methods') return [part, heading('Data')];
      if (part.heading === 'Limits of a Chemostat Model') return [heading('Limitations')];
      return [part];
    });
    for (const text of [pdfLayout(parts), cleanLayout(parts)]) {
      const paper = ingestPaper(text).paper;
      expect(titles(paper)).toEqual(['Introduction', 'Materials and Methods', 'Results', 'Discussion', 'Limitations', 'Conclusions']);
      expect(terms(paper, 'Materials and Methods')[0]).toBe('Data');
    }
  });

  it('in a PDF’s text set without blank lines, "Materials and Methods" and "Results and Discussion" are sections, not text or names', () => {
    const text = [
      'Lysis Timing of a Soil Phage Across Host Growth Conditions', 'Ines Baptiste, Karl Overmeyer and Dana Whitfield', '',
      'Introduction',
      'Phages that lyse their hosts too early release few progeny, and phages that lyse too late lose',
      'time they could spend infecting new cells. The holin protein sets the moment of lysis.',
      'Materials and Methods',
      'We used a soil isolate of Pseudomonas as the host and a lytic phage isolated from the same',
      'field. Hosts were grown in chemostats at four dilution rates before they were infected.',
      'Results and Discussion',
      'All six variants lysed their hosts, and lysis times spanned from twenty-five to seventy minutes',
      'in fast-growing hosts. Slow host growth delayed lysis for every variant we tested.',
      'Effect of Host Growth Rates',
      'The delay was longest for the variants that already lysed late, so the spread of lysis times',
      'widened as growth slowed in the chemostats.',
      '',
    ].join('\n');
    const paper = ingestPaper(text).paper;
    expect(paper.authors.map((author) => author.name)).toEqual(['Ines Baptiste', 'Karl Overmeyer', 'Dana Whitfield']);
    expect(titles(paper)).toEqual(['Introduction', 'Materials and Methods', 'Results and Discussion']);
    expect(terms(paper, 'Results and Discussion')).toEqual(['Effect of Host Growth Rates']);
  });

  it('the paper’s numbering says otherwise: numbered sections stay sections', () => {
    const numbered = phage.map((part) => {
      if (!('heading' in part)) return part;
      const n = ['Introduction', 'Materials and Methods', 'Results', 'Effect of Host Growth Rates', 'Discussion', 'Conclusions'].indexOf(part.heading);
      return n === -1 || part.heading === 'Abstract' ? part : heading(`${n + 1}. ${part.heading}`);
    });
    const paper = ingestPaper(pdfLayout(numbered)).paper;
    expect(titles(paper)).toEqual(['Introduction', 'Materials and Methods', 'Results', 'Effect of Host Growth Rates', 'Discussion', 'Conclusions']);
  });

  it('a paper’s own sections between its introduction and its methods stay sections', () => {
    const social: Part[] = [
      ...front,
      heading('Introduction'),
      paragraph('Candidates choose what to show in their advertisements, and what they show signals where they stand. We ask whether the objects in campaign advertisements follow party lines.'),
      heading('Why Objects in Advertisements Matter'),
      paragraph('Objects carry meanings that words would make explicit and therefore contested. A candidate can show a flag or a tool and let viewers draw the conclusion.'),
      heading('Methods'),
      paragraph('We coded four thousand advertisements for the objects they showed and the party of the candidate.'),
      heading('Results'),
      paragraph('Objects followed party lines in three of the five categories we coded.'),
      heading('Tools and uniforms'),
      paragraph('Tools appeared more often in one party’s advertisements and uniforms in the other’s.'),
      heading('Discussion'),
      paragraph('Objects in advertisements are chosen as carefully as words, and they divide along party lines just as words do.'),
    ];
    for (const text of [pdfLayout(social), cleanLayout(social)]) {
      const paper = ingestPaper(text).paper;
      expect(titles(paper)).toEqual(['Introduction', 'Why Objects in Advertisements Matter', 'Methods', 'Results', 'Discussion']);
      expect(terms(paper, 'Results')).toEqual(['Tools and uniforms']);
    }
  });

  it('a review without methods or results keeps its Title Case sections and their sentence-case subsections', () => {
    const review: Part[] = [
      ...front,
      heading('Introduction'),
      paragraph('Reference managers have changed how scientists keep track of papers, yet their features are rarely compared. We review the tools in common use and the problems they share.'),
      heading('Libraries and Their Identifiers'),
      paragraph('Every digital library gives its papers an identifier, and few of the identifiers agree with one another.'),
      heading('Identifiers that change'),
      paragraph('Some libraries change a paper’s address when they move to a new server, which breaks the links that point to it.'),
      heading('Tools for Collecting Papers'),
      paragraph('Collecting tools read a library’s page and store the paper’s details in the user’s own collection.'),
      heading('Conclusions'),
      paragraph('Stable identifiers would make every tool more useful, and libraries can provide them at little cost.'),
    ];
    const paper = ingestPaper(pdfLayout(review)).paper;
    expect(titles(paper)).toEqual(['Introduction', 'Libraries and Their Identifiers', 'Tools for Collecting Papers', 'Conclusions']);
    expect(terms(paper, 'Libraries and Their Identifiers')).toEqual(['Identifiers that change']);
  });
});
