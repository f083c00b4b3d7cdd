import { describe, expect, it } from 'vitest';
import { parseCourse } from '../../src/content/course.ts';
import { editsBehind } from '../../src/check/locate.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { planDecks } from '../../src/plan/index.ts';
import { DEFAULT_AUDIENCE } from '../../src/content/audience.ts';
import { readBundledPaper } from '../helpers.ts';

const { paper } = ingestPaper(readBundledPaper());
const COURSE = `lectures:
  mechanisms:
    objectives: [Know what EGFR does]
blocks:
  mechanisms/genetic-alterations:
    title: Mutations
    bullets: [EGFR mutations confer resistance, A second point, A third point]
`;
const course = parseCourse('demo', COURSE, 'content/demo/course.yaml', paper);

describe('editsBehind', () => {
  it('finds the edits behind a slide even when planning reworded or cut them', () => {
    // Acronyms spelled out and bullets cut to two: the slide no longer shows the edit's own text.
    const audience = { ...DEFAULT_AUDIENCE, spellOutAcronyms: true, bulletsPerSlide: 2 };
    const deck = planDecks(paper, course, audience).find((d) => d.sectionId === 'mechanisms')!;
    const slide = deck.slides.find((s) => s.source[0] === 'mechanisms/genetic-alterations' && s.kind === 'topic')!;
    expect(slide.bullets).toEqual(['EGFR mutations confer resistance', 'A second point']);
    expect(deck.slides[1]!.bullets).toEqual(['Know what epidermal growth factor receptor (EGFR) does']);
    expect(editsBehind(course.source, deck, slide)).toEqual([
      { file: 'content/demo/course.yaml', line: 7, column: 5 },
      { file: 'content/demo/course.yaml', line: 6, column: 5 },
    ]);
    expect(editsBehind(course.source, deck, deck.slides[1]!)).toEqual([{ file: 'content/demo/course.yaml', line: 3, column: 5 }]);
    expect(editsBehind(course.source, deck, deck.slides.find((s) => s.kind === 'takeaways')!)).toEqual([]);
  });
});
