import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/content/paper.ts';
import { isBackMatter } from '../../src/ingest/headings.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { cleanLayout, heading, line, paragraph, pdfLayout, type Part } from './layouts.ts';

// Back matter under headings that join two names or add a word: left out as back matter, with
// their text; a section whose title merely mentions such a word stays a section.

const titles = (paper: Paper) => paper.sections.map((section) => section.title);
const backMatter = (paper: Paper) => paper.dropped.filter((d) => d.reason === 'back matter').map((d) => d.text.replace(/\s+/g, ' '));

const BACK = [
  'Acknowledgments and Funding',
  'Conflict of Interest Statement',
  'Ethics approval and consent to participate',
  'Availability of data and materials',
  'Abbreviations used',
  'Supplementary Materials Tables',
];

const paper: Part[] = [
  line('Pollinator Visits to Hedgerow Flowers Across Farm Sizes'),
  line('Marta Lindqvist1, Tomás Oyelaran2 and Hana Suzuki1'),
  line('1 Department of Ecology, Northfield University, Northfield, UK'),
  heading('Abstract'),
  paragraph('Hedgerows feed pollinators on farmland, but whether small and large farms keep hedgerows that flower alike is not known. We counted visits to hedgerow flowers on sixty farms over two summers and found that small farms held more flowering shrubs and twice as many visits per metre.'),
  heading('Introduction'),
  paragraph('Farmland pollinators depend on the flowers that field margins and hedgerows offer between crop blooms. Where hedgerows are cut every year, shrubs flower less, and the bees that rely on them must fly further for food.'),
  paragraph('Large farms cut hedgerows with machines on a fixed schedule, while small farms often cut by hand and less often. We asked whether these habits leave hedgerows that flower differently and feed different numbers of insects.'),
  heading('Methods'),
  paragraph('We chose sixty farms in three regions, twenty in each of three size classes, and walked one hundred metres of hedgerow on each farm every two weeks. On each walk we counted open flowers and the insects that visited them for ten minutes.'),
  heading('Results'),
  paragraph('Small farms held more flowering shrubs per hundred metres than large farms in every region. Visits per metre were twice as high on small farms, and the difference was largest in late summer, when crops no longer flowered.'),
  heading('Discussion'),
  paragraph('The way a hedgerow is cut matters more than its length for the insects that feed on it. Cutting every second year, as many small farms do, lets shrubs flower on the previous year’s wood and keeps food available late in the season.'),
  heading(BACK[0]!),
  paragraph('We thank the farmers who opened their land to us. The study was paid for by the Northfield Rural Trust under grant 2021-17.'),
  heading(BACK[1]!),
  paragraph('None of the authors holds a financial interest in the farms studied.'),
  heading(BACK[2]!),
  paragraph('No animals were handled; the landowners agreed in writing to the surveys.'),
  heading(BACK[3]!),
  paragraph('The counts are kept in the Northfield data archive and are available from the authors on request.'),
  heading(BACK[4]!),
  paragraph('CI, confidence interval; GLMM, generalised linear mixed model.'),
  heading(BACK[5]!),
  paragraph('Table S1 lists the farms and Table S2 the shrub species counted on each of them.'),
  heading('References'),
  line('1. Garratt MPD, Senapathi D, Coston DJ. The benefits of hedgerows for pollinators. Agric Ecosyst Environ. 2017;247:363-370.'),
  line('2. Staley JT, Sparks TH, Croxton PJ. Long-term effects of hedgerow management. Biol Conserv. 2012;145:24-29.'),
];

describe('back matter under combined or extended headings', () => {
  it.each([
    ['pdftotext layout', pdfLayout(paper)],
    ['clean text', cleanLayout(paper)],
    ['clean text without blank lines', cleanLayout(paper, false)],
  ])('%s: the sections are taught, the back matter is left out as such with its text', (_, text) => {
    const read = ingestPaper(text).paper;
    expect(titles(read)).toEqual(['Introduction', 'Methods', 'Results', 'Discussion']);
    expect(backMatter(read)).toEqual(expect.arrayContaining([...BACK, 'None of the authors holds a financial interest in the farms studied.']));
    expect(read.references).toHaveLength(2);
    const taught = read.sections.flatMap((section) => section.blocks.map((block) => block.text)).join(' ');
    expect(taught).not.toMatch(/financial interest|Table S1|grant 2021/);
  });

  it('a section whose title mentions a back-matter word among others stays a section', () => {
    const policy: Part[] = [
      line('How Research Councils Fund Ecology'),
      line('Marta Lindqvist and Hana Suzuki'),
      heading('Introduction'),
      paragraph('Research councils decide which ecological questions get studied, yet their rules are rarely compared across countries. We compare the rules of four councils and the papers their grants produced over ten years.'),
      heading('Funding Policy and Research Output'),
      paragraph('Councils that fund long projects produced fewer papers per grant but more papers that were cited ten years later. Councils that fund short projects produced many papers, most of them cited little.'),
      heading('Where the Money Goes'),
      paragraph('Most of the money paid for staff, and a fifth paid for field work. Equipment took the smallest share in every council, although it was the part applicants asked for most often.'),
      heading('Conclusions'),
      paragraph('Long grants bought fewer papers and more lasting ones. Councils that want lasting results could fund fewer, longer projects.'),
      heading('Funding'),
      paragraph('This comparison was not funded.'),
    ];
    for (const text of [pdfLayout(policy, 12), cleanLayout(policy)]) {
      const read = ingestPaper(text).paper;
      expect(titles(read)).toEqual(['Introduction', 'Funding Policy and Research Output', 'Where the Money Goes', 'Conclusions']);
      expect(backMatter(read)).toEqual(['Funding', 'This comparison was not funded.']);
    }
  });

  it.each([
    ...BACK, 'Funding and Acknowledgements', "Authors' contributions", 'Author’s Contributions', 'CRediT authorship contribution statement',
    'Role of the funding source', 'Data and code availability', "Publisher's Note", 'Appendix B. Proofs', 'DECLARATION OF COMPETING INTEREST', '7. Acknowledgements',
  ])('"%s" names back matter', (title) => expect(isBackMatter(title)).toBe(true));

  it.each(['Funding Policy and Research Output', 'Materials and Methods', 'Data', 'Data and Methods', 'Author Summary', 'Ethics Statement', 'Additional Results', 'Notes on the Model', 'Table 1'])(
    '"%s" is not back matter: one of its words names none, or none of them names it',
    (title) => expect(isBackMatter(title)).toBe(false),
  );
});
