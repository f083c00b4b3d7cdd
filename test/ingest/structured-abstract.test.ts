import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/content/paper.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { cleanLayout, heading, line, paragraph, pdfLayout, type Part } from './layouts.ts';

// Structured abstracts: an "Abstract" heading (or none) over parts that each head one paragraph.
// The parts are the abstract's; the body starts at a part's name said again, at "Introduction",
// at a heading over several paragraphs or after the keywords.

const titles = (paper: Paper) => paper.sections.map((section) => section.title);
const layouts = (parts: Part[]) => [['pdftotext layout', pdfLayout(parts)], ['clean text', cleanLayout(parts)], ['clean text without blank lines', cleanLayout(parts, false)]] as const;

const byline: Part[] = [line('Seedling Survival Through the First Dry Season in Tropical Dry Forests'), line('Ana Costa1, Piet de Vries2* and Li Wei1')];

/** A BMC-style abstract: Background, Methods, Results, Conclusions, one paragraph each. */
const bmcAbstract: Part[] = [
  heading('Background'),
  paragraph('Dry forests lose most of their seedlings in the first dry season, yet few studies have followed the seedlings of several species through a whole year without rain in the field.'),
  heading('Methods'),
  paragraph('We planted twelve hundred seedlings of eight tree species in forty plots along a rainfall gradient and recorded their survival every month for two years, measuring root depth at planting.'),
  heading('Results'),
  paragraph('Survival fell from the wettest to the driest plots, and species with deep roots survived the dry season twice as often as species whose roots stayed near the surface.'),
  heading('Conclusions'),
  paragraph('Root depth, more than any leaf trait we measured, decides which seedlings survive their first dry season, which matters when species are chosen to restore dry forests.'),
];

/** The body of a BMC paper: it opens with "Background" again. */
const bmcBody: Part[] = [
  heading('Background'),
  paragraph('Seasonal dry forests are among the most threatened ecosystems of the tropics, and their restoration depends on seedlings that survive months without rain in soils that dry to a great depth.'),
  paragraph('Earlier work measured survival in nurseries, where water is never short, and so said little about how seedlings fare in the field through their first long dry season.'),
  heading('Methods'),
  paragraph('The forty plots lie along a gradient from eight hundred to fourteen hundred millimetres of rain a year; each plot is ten metres square and fenced against cattle.'),
  paragraph('Seedlings were raised from local seed, planted at the start of the rains and counted every month; root depth was measured on a subsample of plants dug up at planting.'),
  heading('Results'),
  paragraph('Of the twelve hundred seedlings, seven hundred were alive after one year, and most deaths happened in the second half of the dry season, when the topsoil had dried out.'),
  heading('Discussion'),
  paragraph('Root depth decided survival where water was scarce, which agrees with greenhouse experiments but had not been shown in the field across a rainfall gradient before.'),
  heading('Conclusions'),
  paragraph('Choosing species by root depth is a cheap way to raise the survival of planted seedlings in dry forests, most of all at the driest sites.'),
  heading('References'),
  line('1. Lopez R, Mendes T. Drought and seedling survival in tropical dry forests. J Trop Ecol. 2019;35:101-110.'),
];

const abstractStart = 'Dry forests lose most of their seedlings in the first dry season';
const abstractEnd = 'which matters when species are chosen to restore dry forests.';

function expectBmc(paper: Paper): void {
  expect(titles(paper)).toEqual(['Background', 'Methods', 'Results', 'Discussion', 'Conclusions']);
  expect(paper.abstract).toContain(abstractStart);
  expect(paper.abstract).toContain(abstractEnd);
  expect(paper.abstract).toContain('twice as often as species whose roots stayed near the surface.');
  const taught = paper.sections.flatMap((section) => section.blocks.map((block) => block.text)).join(' ');
  expect(taught).not.toContain(abstractStart);
  expect(paper.sections[0]!.blocks[0]!.text).toMatch(/^Seasonal dry forests are among/);
  expect(paper.sections.map((section) => section.id)).toEqual(['background', 'methods', 'results', 'discussion', 'conclusions']);
}

describe('a structured abstract is the abstract, not sections', () => {
  it.each(layouts([...byline, heading('Abstract'), ...bmcAbstract, ...bmcBody]))('%s: BMC style, the body opening with "Background" again', (_, text) => {
    expectBmc(ingestPaper(text).paper);
  });

  it.each(layouts([...byline, ...bmcAbstract, ...bmcBody]))('%s: without its "Abstract" heading, the parts right after the byline', (_, text) => {
    const { paper, diagnostics } = ingestPaper(text, { file: 'p.txt' });
    expectBmc(paper);
    // The evidence is said, at the body's first heading.
    const line = text.split('\n').findIndex((l, i) => l === 'Background' && i > 5) + 1;
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', message: expect.stringMatching(/structured abstract as the abstract, up to "Background": it says a part's name again/), location: expect.objectContaining({ line }) }));
  });

  it.each(layouts([...byline, heading('Abstract'), ...bmcAbstract, line('Keywords: drought; seedlings; root depth; restoration'), ...bmcBody]))('%s: with keywords after it', (_, text) => {
    const paper = ingestPaper(text).paper;
    expectBmc(paper);
    expect(paper.keywords).toEqual(['drought', 'seedlings', 'root depth', 'restoration']);
  });

  it.each(layouts([...byline, ...bmcAbstract, line('Keywords: drought; seedlings; root depth; restoration'), ...bmcBody]))('%s: without its heading, with keywords after it', (_, text) => {
    const paper = ingestPaper(text).paper;
    expectBmc(paper);
    expect(paper.keywords).toEqual(['drought', 'seedlings', 'root depth', 'restoration']);
    expect(paper.affiliations.join(' ')).not.toContain('Dry forests');
  });

  const ehp: Part[] = [
    ...byline,
    heading('Abstract'),
    heading('Objectives'),
    paragraph('We asked whether living near a busy road changes how often children visit a doctor for wheezing, and whether the effect depends on the season.'),
    heading('Design'),
    paragraph('A cohort study of children followed from birth to the age of six, with addresses linked to traffic counts for every year of follow-up.'),
    heading('Setting'),
    paragraph('Twelve general practices in two cities with different climates and similar traffic on their main roads.'),
    heading('Participants'),
    paragraph('Four thousand children born in the practices’ areas over three years, of whom three thousand six hundred were followed to the end.'),
    heading('Results'),
    paragraph('Children living within fifty metres of a busy road visited for wheezing a third more often than others, most of all in winter.'),
    heading('Conclusions'),
    paragraph('Traffic near the home adds to wheezing in young children, and the added burden falls mostly in the cold months.'),
    heading('Introduction'),
    paragraph('Wheezing is the most common reason young children see a doctor in winter, and traffic pollution is one of its suspected causes. Yet studies that followed children from birth are few, and fewer still looked at the season of the visits.'),
    heading('Methods'),
    paragraph('We linked the records of twelve practices to yearly traffic counts on every road within two hundred metres of each child’s home.'),
    heading('Results'),
    paragraph('Visits for wheezing rose with traffic near the home, and the rise was steepest for children under two.'),
    heading('Discussion'),
    paragraph('The effect of traffic on wheezing was largest in winter, when children spend more time indoors near windows that face the road.'),
  ];

  it.each(layouts(ehp))('%s: Objectives, Design, Setting, Participants … then "Introduction"', (_, text) => {
    const paper = ingestPaper(text).paper;
    expect(titles(paper)).toEqual(['Introduction', 'Methods', 'Results', 'Discussion']);
    expect(paper.abstract).toMatch(/^Objectives We asked whether living near a busy road/);
    expect(paper.abstract).toContain('Participants Four thousand children');
    expect(paper.abstract).toMatch(/falls mostly in the cold months\.$/);
  });

  it.each(layouts([...byline, heading('Abstract'), ...bmcAbstract.map((part) => part), ...bmcBody].flatMap((part, i, all) => {
    // Run-in labels: "Background: Dry forests …", one paragraph each, before the body.
    const next = all[i + 1];
    if ('heading' in part && i < 10 && part.heading !== 'Abstract' && next && 'paragraph' in next) return [paragraph(`${part.heading}: ${next.paragraph}`)];
    if ('paragraph' in part && i < 11 && 'heading' in all[i - 1]! && (all[i - 1] as { heading: string }).heading !== 'Abstract') return [];
    return [part];
  })))('%s: parts named at the start of their paragraphs ("Background: …")', (_, text) => {
    const paper = ingestPaper(text).paper;
    expect(titles(paper)).toEqual(['Background', 'Methods', 'Results', 'Discussion', 'Conclusions']);
    expect(paper.abstract).toMatch(/^Background: Dry forests lose/);
    expect(paper.abstract).toContain(`Conclusions: Root depth`);
  });

  it('a structured abstract followed by a heading over several paragraphs: the body starts there', () => {
    const body: Part[] = [
      heading('Study Area and Design'),
      paragraph('The forty plots lie along a gradient from eight hundred to fourteen hundred millimetres of rain a year, each fenced against cattle.'),
      paragraph('Plots were chosen from a map of forest remnants so that every tenth of the gradient held four of them.'),
      heading('Survival Through Two Dry Seasons'),
      paragraph('Of the twelve hundred seedlings, seven hundred were alive after one year, and five hundred after two.'),
      paragraph('Deaths were concentrated in the second half of each dry season, when the topsoil had dried out.'),
    ];
    const paper = ingestPaper(cleanLayout([...byline, heading('Abstract'), ...bmcAbstract, ...body])).paper;
    expect(titles(paper)).toEqual(['Study Area and Design', 'Survival Through Two Dry Seasons']);
    expect(paper.abstract).toContain(abstractEnd);
  });

  const jama: Part[] = [
    ...byline,
    heading('Abstract'),
    heading('Importance'),
    paragraph('Falls are the main cause of injury among older adults, and many happen at night on the way to the bathroom.'),
    heading('Objective'),
    paragraph('To test whether motion-activated night lights reduce falls at home among adults older than seventy-five years.'),
    heading('Design, Setting, and Participants'),
    paragraph('A randomised trial in four hundred homes in two regions, with participants followed for twelve months.'),
    heading('Main Outcomes and Measures'),
    paragraph('Falls reported in monthly calendars and confirmed by telephone, and injuries that needed medical care.'),
    heading('Results'),
    paragraph('Falls at night were a quarter less frequent in homes with night lights, while falls by day did not differ.'),
    heading('Conclusions and Relevance'),
    paragraph('Night lights are a cheap way to prevent falls at night among older adults living at home.'),
    paragraph('Most falls among older adults happen at home, and a large share of them happen at night. Darkness, drowsiness and the need to reach the bathroom quickly combine to make the night hours the most dangerous of the day.'),
    paragraph('Lighting is cheap and easy to change, yet trials of lighting alone are few. We tested motion-activated night lights in a randomised trial in the homes of adults older than seventy-five years.'),
    heading('Methods'),
    paragraph('Homes were randomised to night lights along the route from bed to bathroom or to usual lighting, and participants recorded falls every day.'),
    heading('Results'),
    paragraph('Three hundred eighty-one participants completed the year, and falls at night were a quarter less frequent with night lights.'),
    heading('Discussion'),
    paragraph('Night lights prevented falls at night without changing falls by day, which suggests they act by making the route visible.'),
  ];

  it.each(layouts(jama))('%s: an untitled opening after the abstract’s last part is the body’s introduction', (_, text) => {
    const paper = ingestPaper(text).paper;
    expect(titles(paper)).toEqual(['Introduction', 'Methods', 'Results', 'Discussion']);
    expect(paper.abstract).toMatch(/^Importance Falls are the main cause/);
    expect(paper.abstract).toMatch(/at night among older adults living at home\.$/);
    expect(paper.sections[0]!.blocks.map((block) => block.text.slice(0, 30))).toEqual(['Most falls among older adults ', 'Lighting is cheap and easy to ']);
  });

  it('without the "Abstract" heading and without evidence the abstract ended, a short paper’s parts are its sections', () => {
    const short: Part[] = [
      ...byline,
      heading('Background'),
      paragraph('Dry forests lose most of their seedlings in the first dry season, yet few studies have followed seedlings through a year.'),
      heading('Methods'),
      paragraph('We planted twelve hundred seedlings of eight species in forty plots and counted them every month for two years.'),
      heading('Results'),
      paragraph('Deep-rooted species survived the dry season twice as often as shallow-rooted ones, most of all in the driest plots.'),
    ];
    const paper = ingestPaper(cleanLayout(short)).paper;
    expect(titles(paper)).toEqual(['Background', 'Methods', 'Results']);
  });
});
