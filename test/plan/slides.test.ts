import { describe, expect, it } from 'vitest';
import { parseCourse } from '../../src/content/course.ts';
import { DEFAULT_AUDIENCE } from '../../src/content/audience.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { bulletsOfSentence, splitAtClause } from '../../src/plan/bullets.ts';
import { planDecks } from '../../src/plan/index.ts';
import { endsOpen, isWord, tag } from '../../src/plan/language/index.ts';
import { asObject } from '../../src/plan/objectives.ts';
import { titleFromText, withArticle } from '../../src/plan/titles.ts';
import { readBundledPaper } from '../helpers.ts';

const { paper } = ingestPaper(readBundledPaper());
// The bundled course with no hand-written titles, objectives or key points.
const course = parseCourse('drug-resistance', '', 'course.yaml', paper);
const bullets = planDecks(paper, course);
const assertion = planDecks(paper, course, { ...DEFAULT_AUDIENCE, slideStyle: 'assertion-evidence' });
const terms = new Set(paper.sections.flatMap((s) => s.blocks.flatMap((b) => (b.term ? [b.term.toLowerCase()] : []))));

describe('sentences into bullets', () => {
  it('removes a scene-setting subordinate clause and keeps the main one', () => {
    expect(bulletsOfSentence('As sequencing becomes cheaper and more widely available in hospitals and clinics, its use in routine care of patients is expected to grow.')).toEqual([
      'Its use in routine care of patients is expected to grow',
    ]);
  });

  it('removes a non-restrictive relative clause and a bracketed citation', () => {
    expect(bulletsOfSentence('The enzyme, which was first described in a screen of yeast mutants in 1998, regulates glutamine metabolism in activated cells [12].')).toEqual([
      'The enzyme regulates glutamine metabolism in activated cells',
    ]);
  });

  it('splits two long main clauses at their semicolon into two statements', () => {
    const [left, right] = splitAtClause('The pump removes the drug from the cell before it reaches its target in the nucleus; the cell therefore survives doses that kill its neighbours')!;
    expect(left).toBe('The pump removes the drug from the cell before it reaches its target in the nucleus');
    expect(right).toBe('The cell therefore survives doses that kill its neighbours');
  });

  it('does not split off a subordinate clause as if it were a statement', () => {
    expect(splitAtClause('Because the trial only enrolled adults with severe symptoms, the results say nothing about mild cases')).toBeUndefined();
  });

  it('leaves out a formula: it is not a statement', () => {
    expect(bulletsOfSentence('a → A a b → B ( a b ) = c.')).toEqual([]);
  });
});

describe('titles', () => {
  it('are never "Section (n)" or "(cont.)", never the lecture title, and differ within a deck', () => {
    for (const decks of [bullets, assertion]) {
      for (const deck of decks.slice(1)) {
        const titles = deck.slides.filter((s) => ['content', 'topic', 'assertion', 'table'].includes(s.kind)).map((s) => s.title);
        for (const title of titles) {
          expect(title).not.toMatch(/\(\s*(?:\d+(?:\s+of\s+\d+)?|cont\.?)\s*\)$/);
          expect(title).not.toBe(deck.title);
        }
        expect(new Set(titles.map((t) => t.toLowerCase())).size, deck.id).toBe(titles.length);
      }
    }
  });

  it('are never half a clause whose verb the tagger read as a noun or a participle', () => {
    const title = (text: string) => titleFromText(text, new Set());
    expect(title('Emerging technologies offer tremendous potential in overcoming drug resistance. Emerging technologies offer new tools.')).not.toMatch(/offer/i);
    expect(title('In this paper, we have explored various aspects related to drug resistance in cancer treatment.')).not.toMatch(/^Explored/);
    expect(title('Habitat effects explored tree and herb species richness. Weather effects explored were daily temperature.')).not.toMatch(/^Explored/);
  });

  it('are never the label of a figure or table the text points to', () => {
    const title = (text: string) => titleFromText(text, new Set());
    expect(title('Data from 13,581 movies (Supplementary Table S1) was used. Supplementary Table S1 lists the particles.')).not.toMatch(/Table S1/);
  });

  it('are never a name cited in brackets, the noun of "in spite of", half of a hyphenated word or a variable', () => {
    const title = (text: string) => titleFromText(text, new Set()) ?? '';
    expect(title('This model, referred to as a parallel processing model (M. C. Schneider & Bos, 2016), predicts effects. The model (M. C. Schneider & Bos, 2016) holds.')).not.toMatch(/Schneider/);
    expect(title('In spite of high levels of risk, voters stayed. In spite of high levels of cost, they came.')).not.toMatch(/spite/i);
    expect(title('An in-depth understanding of the way ads work matters. An in-depth understanding helps.')).not.toMatch(/^Depth/);
    expect(title('The penetrance of dominantly inherited loss-of-function channel mutations is weak. Such penetrance varies.')).not.toMatch(/loss$/);
    // A supplier, or any other aside in brackets, names no slide.
    expect(title('Cells were cultured in medium (ThermoFisher Scientific) with serum. The medium (ThermoFisher Scientific) was changed daily.')).not.toMatch(/ThermoFisher/);
    expect(title('Our outcome is whether an ad from candidate j mentions masks. Each candidate j has an intercept.')).not.toMatch(/\bj$/);
    expect(title('N=30 larvae, p=0.047 for irLOX2 vs WT, p=0.069 for hemi-irLOX2 vs irPI. Predation on irPI vs')).not.toMatch(/\bvs\.?$/);
    // Someone else's words in quotation marks, and a verb read as the head of a noun ("citizens view wearing").
    const quoted = title('Some citizens view wearing a mask as a political statement, a mask indicating “an emasculation of individual liberty” (Ike et al., 2020). Evidence suggests that masking behavior is linked to traits.');
    expect(quoted).not.toMatch(/emasculation|view$/i);
  });

  it('keep a topic’s term as its title', () => {
    const slide = assertion.flatMap((d) => d.slides).find((s) => s.source[0] === 'mechanisms/drug-efflux-pumps')!;
    expect(slide.title).toBe('Drug Efflux Pumps');
  });
});

describe('assertion-evidence slides', () => {
  it('head each paragraph with a claim of at most two lines, condensed from one of its sentences', () => {
    const slides = assertion.flatMap((d) => d.slides).filter((s) => s.kind === 'assertion');
    expect(slides.length).toBeGreaterThan(10);
    for (const slide of slides) {
      expect(slide.headline!.length).toBeLessThanOrEqual(90);
      const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const note = words(slide.notes!);
      let k = 0;
      const headline = words(slide.headline!);
      for (const word of note) if (word === headline[k]) k++;
      expect(k, slide.headline).toBe(headline.length);
      expect(endsOpen(tag(slide.headline!).filter(isWord).at(-1)!)).toBe(false);
    }
  });
});

describe('objectives and key points', () => {
  it('are at most four objectives naming what the deck teaches, never "main points of" or "and N more"', () => {
    for (const deck of bullets.slice(1)) {
      const objectives = deck.slides.find((s) => s.kind === 'objectives')!.bullets;
      expect(objectives.length).toBeGreaterThan(0);
      expect(objectives.length).toBeLessThanOrEqual(4);
      const taught = deck.slides.filter((s) => s.notes).map((s) => s.title.toLowerCase());
      const notes = deck.slides.flatMap((s) => (s.notes ? [words(s.notes)] : []));
      for (const objective of objectives) {
        expect(objective).not.toMatch(/main points of|and \d+ more|…/);
        // A concept a slide is titled by (with the article English needs), or a claim its notes make.
        const claim = objective.match(/^Explain why (.*)$/)?.[1];
        if (claim) expect(notes.some((note) => inOrder(words(claim), note)), objective).toBe(true);
        else {
          const object = objective.replace(/^(?:Describe|Explain|Outline|Discuss) (?:the |an? )?/, '').toLowerCase();
          expect(taught.some((title) => title.startsWith(object)), objective).toBe(true);
        }
      }
    }
  });

  it('name what a topic teaches, not its label, and explain a topic that is a claim', () => {
    const section = (terms: string[]) => ({
      ...paper,
      sections: [{ id: 'results', title: 'Results', blocks: terms.map((term, i) => ({ id: `results/t${i}`, kind: 'topic' as const, term, text: `${term}. Annotators read long summaries of stories closely. Agreement between annotators was higher with finer units of text.`, source: { start: 0, end: 1 } })) }],
    });
    const topics = ['RQ1: Does agreement improve with finer units?', 'Finding: Reduced workload', 'Principal Findings', 'S1 Table', 'Long summaries are rarely evaluated by humans'];
    const planned = planDecks(section(topics) as typeof paper, parseCourse('x', '', 'course.yaml', section(topics) as typeof paper));
    const objectives = planned[1]!.slides.find((s) => s.kind === 'objectives')!.bullets;
    expect(objectives).toContain('Explain why long summaries are rarely evaluated by humans');
    expect(objectives.some((o) => /reduced workload/i.test(o))).toBe(true);
    expect(objectives.join('\n')).not.toMatch(/RQ1|Finding:|principal findings|S1 Table|\?/i);
    // A heading the tagger reads as a statement, its last noun taken for the verb, is a concept.
    const misread = section(['Conceptualization of the body image construct']);
    misread.sections[0]!.blocks[0]!.text += ' Each author defines the construct in a different way.';
    const named = planDecks(misread as typeof paper, parseCourse('x', '', 'course.yaml', misread as typeof paper))[1]!.slides.find((s) => s.kind === 'objectives')!.bullets;
    expect(named.join('\n')).not.toMatch(/why conceptualization/i);
  });

  it('give a concept the article it needs, from how the paper writes it', () => {
    const vocabulary = { idf: () => 1, common: () => false, countable: (lemma: string) => lemma === 'field' };
    expect(withArticle('extent of repeated testing', vocabulary)).toBe('the extent of repeated testing');
    expect(withArticle('drug efflux pumps', vocabulary)).toBe('drug efflux pumps');
    expect(withArticle('null field', vocabulary)).toBe('the null field');
    expect(withArticle('chance variability', vocabulary)).toBe('chance variability');
    expect(withArticle('field and data sharing', vocabulary)).toBe('field and data sharing');
  });

  it('word objectives for the audience', () => {
    const plain = planDecks(paper, course, { ...DEFAULT_AUDIENCE, wording: 'plain' })[2]!.slides[1]!.bullets;
    expect(plain[0]).toMatch(/^Understand /);
  });

  it('lower a heading’s capitals part by part, keeping names and acronyms', () => {
    expect(asObject('Drug Efflux Pumps', 'cells use drug efflux pumps')).toBe('drug efflux pumps');
    expect(asObject('Beck Depression Inventory', 'scores on the Beck Depression Inventory, an inventory of depression')).toBe('Beck Depression Inventory');
    expect(asObject('Principal Findings', 'our findings')).toBe('principal findings');
    expect(asObject('EGFR Mutations', 'mutations')).toBe('EGFR mutations');
    expect(asObject('Artificial Intelligence (AI) and Data Sharing', 'artificial intelligence and data')).toBe('artificial intelligence (AI) and data sharing');
  });

  it('are key points that state something, not topic names', () => {
    for (const deck of bullets.slice(1)) {
      const points = deck.slides.find((s) => s.kind === 'takeaways')!.bullets;
      expect(points.length).toBeGreaterThan(0);
      for (const point of points) {
        expect(terms.has(point.toLowerCase()), point).toBe(false);
        expect(point).not.toContain(' · ');
        expect(tag(point).some((t) => t.pos === 'VERB' || t.pos === 'AUX'), point).toBe(true);
      }
    }
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
