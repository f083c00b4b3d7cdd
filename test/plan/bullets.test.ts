import { describe, expect, it } from 'vitest';
import { parseCourse } from '../../src/content/course.ts';
import { splitSentences } from '../../src/ingest/sentences.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { bulletsFrom, condense, sameWords } from '../../src/plan/bullets.ts';
import { planDecks } from '../../src/plan/index.ts';
import { readBundledPaper } from '../helpers.ts';

const { paper } = ingestPaper(readBundledPaper());
const decks = planDecks(paper, parseCourse('drug-resistance', '', 'course.yaml', paper));
const blockSlides = decks.flatMap((d) => d.slides).filter((s) => s.notes);

describe('bullets', () => {
  it('puts at most six bullets on any slide', () => {
    for (const slide of decks.flatMap((d) => d.slides)) expect(slide.bullets.length).toBeLessThanOrEqual(6);
  });

  it('averages about twelve words a bullet', () => {
    const bullets = blockSlides.flatMap((s) => s.bullets);
    const average = bullets.reduce((n, b) => n + b.split(/\s+/).length, 0) / bullets.length;
    expect(average).toBeGreaterThan(8);
    expect(average).toBeLessThanOrEqual(13);
  });

  it('never repeats a sentence of its notes word for word', () => {
    for (const slide of blockSlides) {
      const sentences = splitSentences(slide.notes!).map((s) => s.text);
      for (const bullet of slide.bullets) expect(sentences.some((s) => sameWords(s, bullet)), bullet).toBe(false);
    }
  });

  it('grounds every bullet in one sentence of its block', () => {
    for (const slide of blockSlides) {
      const sentences = splitSentences(slide.notes!).map((s) => new Set(words(s.text)));
      for (const bullet of slide.bullets) {
        const grounded = sentences.some((sentence) => words(bullet).every((word) => sentence.has(word)));
        expect(grounded, `${bullet} (${slide.title})`).toBe(true);
      }
    }
  });

  it('condenses a sentence to its main clause', () => {
    expect(condense('Additionally, targeted therapies often have reduced toxicity compared to traditional chemotherapy, thereby improving patient tolerability and quality of life.')).toBe(
      'Targeted therapies often have reduced toxicity compared to traditional chemotherapy',
    );
    expect(condense('Biomarkers should be robust, specific, and clinically relevant.')).toBe('Biomarkers should be robust, specific, and relevant');
  });

  it('does not end a bullet halfway through a list as if it were complete', () => {
    const bullet = condense('Collaboration among stakeholders, including researchers, clinicians, regulatory bodies, and patient advocates, is crucial for ensuring that personalized medicine approaches are effective, accessible, and ethically sound, ultimately benefiting cancer patients worldwide.');
    expect(bullet.startsWith('Collaboration among stakeholders is crucial')).toBe(true);
    expect(bullet).not.toMatch(/, accessible$/);
  });

  it('draws one bullet per sentence, made telegraphic when there is nothing else to trim', () => {
    expect(bulletsFrom('The drug binds the receptor. Cells resist the drug over time.')).toEqual(['Drug binds receptor', 'Cells resist drug over time']);
  });
});

describe('deck plan', () => {
  it('plans an overview and one deck per section, each with title, objectives, a slide per block and key points', () => {
    expect(decks.map((d) => d.id)).toEqual(['00-overview', '01-introduction', '02-mechanisms', '03-strategies', '04-personalized', '05-emerging', '06-challenges', '07-conclusion']);
    for (const [i, deck] of decks.slice(1).entries()) {
      const section = paper.sections[i]!;
      expect(deck.slides.map((s) => s.kind)).toEqual(['title', 'objectives', ...section.blocks.map((b) => (b.term ? 'topic' : 'content')), 'takeaways']);
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
