import { describe, expect, it } from 'vitest';
import { parseCourse } from '../../src/content/course.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { splitSentences } from '../../src/ingest/sentences.ts';
import { bulletsFrom, condense, isProse } from '../../src/plan/bullets.ts';
import { headlineOf } from '../../src/plan/slides.ts';
import { blockBullets } from '../../src/plan/blocks.ts';
import type { Block } from '../../src/content/paper.ts';
import { endsOpen, isWord, tag } from '../../src/plan/language/index.ts';
import { planDecks } from '../../src/plan/index.ts';
import { takeawaysFor } from '../../src/plan/takeaways.ts';
import { readBundledPaper, ROOT } from '../helpers.ts';
import { loadAudiences } from '../../src/content/load.ts';

const { paper } = ingestPaper(readBundledPaper());
const decks = planDecks(paper, parseCourse('drug-resistance', '', 'course.yaml', paper));
const blockSlides = decks.flatMap((d) => d.slides).filter((s) => s.notes);

describe('bullets', () => {
  it('puts at most six bullets on any slide', () => {
    for (const slide of decks.flatMap((d) => d.slides)) expect(slide.bullets.length).toBeLessThanOrEqual(6);
  });

  it('keeps bullets short on average: most sentences lose a constituent or two', () => {
    const bullets = blockSlides.flatMap((s) => s.bullets);
    const average = bullets.reduce((n, b) => n + b.split(/\s+/).length, 0) / bullets.length;
    expect(average).toBeGreaterThan(8);
    expect(average).toBeLessThanOrEqual(17);
  });

  it('never reads the whole paragraph aloud: a long paragraph shows only some of its sentences', () => {
    for (const slide of blockSlides) {
      const sentences = splitSentences(slide.notes!).length;
      if (sentences > 6) expect(slide.bullets.length, slide.title).toBeLessThan(sentences);
    }
  });

  it('draws every bullet from one sentence of its block, its words in order', () => {
    for (const slide of blockSlides) {
      const sentences = splitSentences(slide.notes!).map((s) => words(s.text));
      for (const bullet of slide.bullets) expect(sentences.some((sentence) => inOrder(words(bullet), sentence)), `${bullet} (${slide.title})`).toBe(true);
    }
  });

  it('never cuts a bullet short: no ellipsis, no function word at the end', () => {
    for (const slide of blockSlides) {
      for (const bullet of slide.bullets) {
        expect(bullet).not.toMatch(/…|\.\.\.$/);
        const last = tag(bullet).filter(isWord).at(-1)!;
        expect(endsOpen(last), bullet).toBe(false);
      }
    }
  });

  it('condenses a sentence by removing whole constituents: a linking word, a trailing participle clause', () => {
    expect(condense('Additionally, targeted therapies often have reduced toxicity compared to traditional chemotherapy, thereby improving patient tolerability and quality of life.')).toBe(
      'Targeted therapies often have reduced toxicity compared to traditional chemotherapy',
    );
    expect(condense('Biomarkers should be robust, specific, and clinically relevant.')).toBe('Biomarkers should be robust, specific, and clinically relevant');
  });

  it('keeps a list whole and removes the examples after "including"', () => {
    const bullet = condense('Collaboration among stakeholders, including researchers, clinicians, regulatory bodies, and patient advocates, is crucial for ensuring that personalized medicine approaches are effective, accessible, and ethically sound, ultimately benefiting cancer patients worldwide.');
    expect(bullet).toBe('Collaboration among stakeholders is crucial for ensuring that personalized medicine approaches are effective, accessible, and ethically sound');
  });

  it('shows a sentence the paragraph says twice once', () => {
    const again = 'Cells resist the drug over time. The drug binds the receptor. Cells resist the drug over time.';
    expect(bulletsFrom(again)).toEqual(['Cells resist the drug over time', 'The drug binds the receptor']);
  });

  it('keeps articles: a short sentence may be its own bullet', () => {
    expect(bulletsFrom('The drug binds the receptor. Cells resist the drug over time.')).toEqual(['The drug binds the receptor', 'Cells resist the drug over time']);
  });

  it('shows no sentence that only hands its content to a table or figure, unless the paragraph has nothing else', () => {
    const paragraph = 'Unadjusted mean scores at all time points are shown in Table 2. Acupuncture and counselling reduced depression scores at three months compared with usual care.';
    expect(bulletsFrom(paragraph)).toEqual(['Acupuncture and counselling reduced depression scores at three months compared with usual care']);
    expect(headlineOf(splitSentences(paragraph).map((s) => s.text))?.text).toMatch(/^Acupuncture and counselling reduced/);
    expect(bulletsFrom('Results are given in Table 3.')).toEqual(['Results are given in Table 3']);
  });
});

describe('deck plan', () => {
  it('plans an overview and one deck per section, each with title, objectives, a slide per block and key points', () => {
    expect(decks.map((d) => d.id)).toEqual(['00-overview', '01-introduction', '02-mechanisms', '03-strategies', '04-personalized', '05-emerging', '06-challenges', '07-conclusion']);
    for (const [i, deck] of decks.slice(1).entries()) {
      const section = paper.sections[i]!;
      expect(deck.slides.map((s) => s.kind)).toEqual(['title', 'objectives', ...section.blocks.map((b) => (b.term ? 'topic' : 'content')), 'takeaways']);
      expect(deck.slides[1]!.bullets.length).toBeLessThanOrEqual(4);
      expect(deck.slides[0]!.subtitle).toContain(`Lecture ${i + 1} of 7`);
    }
  });

  it('titles a topic slide by its term and cites the paragraph it comes from', () => {
    const slide = decks[2]!.slides.find((s) => s.source[0] === 'mechanisms/drug-efflux-pumps')!;
    expect(slide.title).toBe('Drug Efflux Pumps');
    expect(slide.sourceLine).toBe('Source: §2 Mechanisms of Drug Resistance, ¶4');
    expect(slide.notes).toMatch(/^Drug Efflux Pumps: Cancer cells can upregulate/);
  });

  it('treats an empty objectives list, as a starter course.yaml has it, as none written', () => {
    const course = parseCourse('x', 'lectures:\n  conclusion:\n    objectives: []\n', 'course.yaml', paper);
    const conclusion = planDecks(paper, course).find((d) => d.sectionId === 'conclusion')!;
    expect(conclusion.slides[1]!.bullets.length).toBeGreaterThan(0);
  });

  it('applies course edits: title, slide titles, objectives, skipped blocks', () => {
    const course = parseCourse(
      'x',
      'title: "A: B"\nlectures:\n  conclusion:\n    objectives: [Recall it]\nblocks:\n  conclusion/p1: { title: Wrap-up }\n  conclusion/p2: { skip: true }\n',
      'course.yaml',
      paper,
    );
    const edited = planDecks(paper, course);
    const conclusion = edited.find((d) => d.sectionId === 'conclusion')!;
    expect(conclusion.courseTitle).toBe('A: B');
    expect(conclusion.slides[1]!.bullets).toEqual(['Recall it']);
    expect(conclusion.slides[2]!.title).toBe('Wrap-up');
    expect(conclusion.slides.some((s) => s.source.includes('conclusion/p2') && s.notes)).toBe(false);
  });
});

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function inOrder(wanted: string[], have: string[]): boolean {
  let k = 0;
  for (const word of have) if (word === wanted[k]) k++;
  return k === wanted.length;
}

describe('text that is no prose', () => {
  const FOOTNOTE = '1 Stanford Network Analysis Project: http://snap.stanford.edu/data/ 2 Koblenz Network Collection: http://konect.cc/networks/flickr-growth/ 3 Kaist Advanced Networking Laboratory: http://an.kaist.ac.kr/traces/WWW2010.html';

  it('makes no bullet of a footnote of web addresses or a table row read as text', () => {
    expect(bulletsFrom(FOOTNOTE, 4)).toEqual([]);
    expect(bulletsFrom('Edges m 31M 33M 69M 437M 463M 623M 1.47G 1.94G', 4)).toEqual([]);
    expect(bulletsFrom('[MgATP] (μmol/l)', 4)).toEqual([]);
    // An axis's label, all in brackets, is no prose: its slide joins a neighbour however full.
    expect(isProse('[MgATP] (μmol/l)')).toBe(false);
    expect(isProse('Genetic testing found a variant (KCNJ11).')).toBe(true);
    expect(bulletsFrom('The datasets are available from the project pages of each network collection.', 4)).toHaveLength(1);
  });

  it('puts such a paragraph in the notes of the slide beside it, never on a slide titled by its place', () => {
    const text = `Graph Orderings\n\nAna Author\n\n1. DATASETS\n\nEight real-world datasets are used as benchmarks in the original work, and their basic features are reported in a table. These graphs are sparse, as real-world graphs usually are, and the largest holds two billion edges.\n\n${FOOTNOTE}\n\nClinical history: The patient was first seen at the age of 31 years with raised blood glucose. Her diabetes was treated with metformin and later with glibenclamide.\n\n[MgATP] (μmol/l)\n\nMolecular genetics: Genetic testing found a variant in KCNJ11. None of her children have been tested for this variant.\n\n2. RESULTS\n\nThe default ordering performs better than more elaborate methods on most datasets.\n`;
    const { paper } = ingestPaper(text);
    const course = parseCourse('demo', '', 'course.yaml', paper);
    for (const audience of loadAudiences(ROOT)) {
      const slides = planDecks(paper, course, audience).flatMap((d) => d.slides);
      expect(slides.map((s) => s.title).filter((title) => /paragraph \d/.test(title)), audience.id).toEqual([]);
      expect(slides.flatMap((s) => [s.headline ?? '', ...s.bullets]).filter((point) => point.includes('http')), audience.id).toEqual([]);
      expect(slides.flatMap((s) => s.bullets).filter((point) => point.trim() === ''), audience.id).toEqual([]);
      expect(slides.filter((s) => ['content', 'topic', 'assertion'].includes(s.kind) && !s.headline && s.bullets.length === 0).map((s) => s.title), audience.id).toEqual([]);
      if (audience.notes) expect(slides.some((s) => s.notes?.includes('Stanford Network Analysis Project')), audience.id).toBe(true);
    }
  });
});

describe('list items', () => {
  const list = (items: string[]): Block => ({ id: 'a/l1', kind: 'list', text: items.map((item, i) => `${i + 1}. ${item}`).join('\n'), items, source: { start: 0, end: 1 } });

  it('show no formula set as an item, and a long item by its central statement, never cut', () => {
    const formulas = list(['a → ^Aa a → ^Aa a a → ^a b a', 'a → ^Aa a → ^a b → ^Aa b b; → ^a b a.']);
    expect(blockBullets(formulas, 4)).toEqual([]);
    const long = list([
      'For the table S, the generation shall not start with a mutation, for the reason explained above. The substring is decomposed in two non empty parts, a prefix and a suffix, and all possible split points are considered. As the substring has two characters at least, each part is at least one character long. The cost is obtained by taking the minimum among the three ways to generate the substring from a:',
      'Duplicate the symbol.',
    ]);
    const bullets = blockBullets(long, 4);
    expect(bullets).toHaveLength(2);
    expect(bullets[0]!.split(/\s+/).length).toBeLessThan(30);
    for (const bullet of bullets) expect(endsOpen(tag(bullet).filter(isWord).at(-1)!), bullet).toBe(false);
  });
});

describe('a paragraph of results', () => {
  // A results paragraph as trials report them: how the data were read, the finding with its
  // statistics, and a remark on the data. The finding is the point, however long it runs.
  const results = [
    'Pain scores of the patients at each visit are listed in Table 2.',
    'Pain scores were read at each visit by a nurse who did not know which patients had the drug.',
    'Compared with placebo, the drug lowered mean pain scores by 1·84 points (p<0·001, 95% CI −2·60 to −1·09), a standardised effect of −0·41 (95% CI −0·62 to −0·20).',
    'Missing pain scores of patients were imputed from the last visit.',
    'The scores were checked twice.',
  ];

  it('heads its slide with the finding, condensed, not with how the data were read', () => {
    expect(headlineOf(results)?.text).toMatch(/^Compared with placebo, the drug lowered mean pain scores by 1·84 points/);
  });

  it('shows the finding first when the slide has room for one point', () => {
    const [bullet] = bulletsFrom(results.join(' '), 1);
    expect(bullet).toMatch(/lowered mean pain scores by 1·84 points/);
    expect(bullet).not.toMatch(/CI/);
  });

  it('makes the finding a key point of its section', () => {
    const range = { start: 0, end: 1 };
    const blocks: Block[] = [
      { id: 'results/p1', kind: 'paragraph', text: results.join(' '), source: range },
      { id: 'results/p2', kind: 'paragraph', text: 'Pain scores of the patients were recorded on a diary card. The cards were collected at each visit. Patients returned their pain diaries by post.', source: range },
    ];
    expect(takeawaysFor(blocks, 2).some((point) => /lowered mean pain scores by 1·84 points/.test(point))).toBe(true);
  });
});
