import { describe, expect, it } from 'vitest';
import { spellOutAcronyms } from '../../src/plan/acronyms.ts';
import type { Deck } from '../../src/plan/index.ts';

const deck = (bullets: string[]): Deck => ({ id: '01-x', number: 1, title: 'X', courseTitle: 'C', audience: 'a', slides: [{ kind: 'content', title: 'Kinases', bullets, source: ['x/p1'] }] });
const acronyms = [{ short: 'CDK5', long: 'cyclin-dependent kinase 5' }];

describe('spelling acronyms out', () => {
  it('spells an acronym out once per deck, with a capital where it starts a statement', () => {
    const slide = spellOutAcronyms(deck(['CDK5 inhibition blocks these events', 'CDK5 is needed']), acronyms).slides[0]!;
    expect(slide.bullets).toEqual(['Cyclin-dependent kinase 5 (CDK5) inhibition blocks these events', 'CDK5 is needed']);
    const inside = spellOutAcronyms(deck(['Blocking CDK5 stops it']), acronyms).slides[0]!;
    expect(inside.bullets).toEqual(['Blocking cyclin-dependent kinase 5 (CDK5) stops it']);
  });

  it('leaves an acronym in brackets after words as it is: it comes with its long form', () => {
    const typo = [{ short: 'WT', long: 'wide-type' }];
    const slide = spellOutAcronyms(deck(['Cells were transfected with wild type (WT) or mutant channels', 'WT channels opened']), typo).slides[0]!;
    expect(slide.bullets).toEqual(['Cells were transfected with wild type (WT) or mutant channels', 'WT channels opened']);
  });
});
