import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../bench/ingest-score.ts';
import type { Paper } from '../../src/content/paper.ts';
import { backMatterLabel, isBackMatterLabel } from '../../src/ingest/back-matter.ts';
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

describe('back matter as paragraphs that open with its label', () => {
  const ending: Part[] = [
    line('Hedgerow Cutting and Late-Summer Flowers'),
    line('Marta Lindqvist and Hana Suzuki'),
    heading('Introduction'),
    paragraph('Hedgerows feed pollinators on farmland, and how often they are cut decides how much they flower. We compared hedgerows cut every year with hedgerows cut every second year on forty farms.'),
    paragraph('Funding agencies rarely ask how hedgerows are cut, yet their schemes pay for most of the cutting. We asked whether the schemes’ rules change what flowers in late summer.'),
    heading('Results'),
    paragraph('Hedgerows cut every second year held three times as many open flowers in August. The difference was largest for bramble and ivy, which flower on the previous year’s wood.'),
    heading('Conclusions'),
    paragraph('Cutting every second year keeps late-summer food for pollinators at no extra cost. Schemes that pay for cutting could ask for it.'),
    paragraph('Acknowledgements We thank the farmers who let us walk their hedgerows.'),
    paragraph('Funding ML and HS are supported by the Northfield Rural Trust (grant 2021-17).'),
    paragraph('Contribution statement ML and HS designed the study.'),
    paragraph('ML counted the flowers and HS wrote the paper. Both authors approved the final version.'),
    paragraph('Data availability: the counts are available from the authors on request.'),
    heading('References'),
    line('1. Staley JT, Sparks TH, Croxton PJ. Long-term effects of hedgerow management. Biol Conserv. 2012;145:24-29.'),
  ];

  it.each([
    ['pdftotext layout', pdfLayout(ending)],
    ['clean text', cleanLayout(ending)],
  ])('%s: the labelled paragraphs at the end and what follows them are left out as back matter; a sentence on funding is taught', (_, text) => {
    const read = ingestPaper(text).paper;
    expect(titles(read)).toEqual(['Introduction', 'Results', 'Conclusions']);
    const taught = read.sections.flatMap((section) => section.blocks.map((block) => block.text)).join(' ');
    expect(taught).toContain('Funding agencies rarely ask how hedgerows are cut');
    expect(taught).toMatch(/Schemes that pay for cutting could ask for it\.$/);
    expect(taught).not.toMatch(/We thank|Rural Trust|designed the study|approved the final version|on request/);
    expect(backMatter(read)).toEqual(expect.arrayContaining([
      'Acknowledgements We thank the farmers who let us walk their hedgerows.',
      'ML counted the flowers and HS wrote the paper. Both authors approved the final version.',
    ]));
  });

  it('a back-matter subsection inside a section is left out with its statement, and the section goes on after it', () => {
    const text = [
      'Hedgerow Cutting and Late-Summer Flowers',
      '',
      'Marta Lindqvist and Hana Suzuki',
      '',
      '1. Introduction',
      '',
      'Hedgerows feed pollinators on farmland, and how often they are cut decides how much they flower. We compared hedgerows cut every year with hedgerows cut every second year on forty farms.',
      '',
      '2. Methods',
      '',
      '2.1 Sampling',
      '',
      'We walked one hundred metres of hedgerow on each farm every two weeks and counted open flowers.',
      '',
      '2.2 Reporting summary',
      '',
      'Further information on the design is available in the reporting summary linked to this article.',
      '',
      '2.3 Statistics',
      '',
      'Counts were compared between cutting regimes with a mixed model that took farm as a random effect.',
      '',
      '3. Results',
      '',
      'Hedgerows cut every second year held three times as many open flowers in August.',
      '',
      'References',
      '',
      '1. Staley JT, Sparks TH, Croxton PJ. Long-term effects of hedgerow management. Biol Conserv. 2012;145:24-29.',
    ].join('\n');
    const read = ingestPaper(text).paper;
    expect(titles(read)).toEqual(['Introduction', 'Methods', 'Results']);
    const methods = read.sections.find((section) => section.title === 'Methods')!;
    expect(methods.blocks.map((block) => block.term)).toEqual(['Sampling', 'Statistics']);
    expect(methods.blocks.map((block) => block.text).join(' ')).not.toMatch(/Reporting summary|Further information/i);
    expect(backMatter(read)).toEqual(expect.arrayContaining([expect.stringMatching(/Reporting summary$/), expect.stringMatching(/^Further information on the design/)]));
  });

  it('the end of a real paper’s text: labelled statements after the conclusions are left out, the conclusions kept', async () => {
    const file = `${CORPUS}/pdf/diabetologia2024-kcnj11-sulfonylurea.txt`;
    const read = ingestPaper(readFileSync(file, 'utf8'), { file }).paper;
    const discussion = read.sections.find((section) => section.title === 'Discussion')!;
    const taught = discussion.blocks.map((block) => block.text).join('\n');
    expect(taught).toContain('wrong choice of therapy');
    expect(taught).not.toMatch(/supported by UKRI|designed the study|identified the mutation|datasets generated/);
    expect(backMatter(read)).toEqual(expect.arrayContaining([expect.stringMatching(/^Funding NV and FMA/), expect.stringMatching(/^Contribution statement/)]));
  });

  it.each([
    ['Funding NV and FMA are supported by UKRI.', 'Funding'],
    ['Authors’ relationships and activities The authors declare that there are none.', 'Authors’ relationships and activities'],
    ['Data availability statement: The data are in the archive.', 'Data availability statement'],
    ['Competing interests. None declared.', 'Competing interests'],
    ['Duality of interest The authors declare none.', 'Duality of interest'],
    ['Reporting summary Further information on research design is available.', 'Reporting summary'],
    ['Accession codes EMD-37985 and 8X16.', 'Accession codes'],
    ['Peer review information Nature Communications thanks the reviewers.', 'Peer review information'],
  ])('"%s" opens with the back-matter label "%s"', (text, label) => expect(backMatterLabel(text)).toBe(label));

  it.each([
    'Funding was provided by the Northfield Rural Trust.',
    'Funding agencies rarely ask how hedgerows are cut.',
    'Acknowledgements of earlier work are rare in this field.',
    'Data availability is a growing concern for ecologists.',
    'Ethics Statement The study was approved by the board.',
    'Limitations Our sample was small.',
    'Funding',
  ])('"%s" opens with no back-matter label', (text) => expect(backMatterLabel(text)).toBeUndefined());

  it('labels are whole names, in any case, without their colon', () => {
    expect(isBackMatterLabel('CONFLICT OF INTEREST:')).toBe(true);
    expect(isBackMatterLabel('Author Contributions')).toBe(true);
    expect(isBackMatterLabel('Funding policy')).toBe(false);
    expect(isBackMatterLabel('Notes')).toBe(false);
  });
});
