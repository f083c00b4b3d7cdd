import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/ingest/acronyms.ts';
import { sectionBlocks } from '../../src/ingest/sections.ts';

describe('terms in words', () => {
  const source = { start: 0, end: 1 };

  it('takes no long form with a bracket it does not open, nor a citation', () => {
    const found = findAcronyms(['Analysis of the retinoic acid-inducible gene 1 (RIG)-I-like receptor (RLR) cascade showed it.']);
    expect(found.some((a) => a.long.includes(')'))).toBe(false);
    expect(findAcronyms(['Just Another Gibbs Sampler [50] (JAGS) model scripts are given.'])).toEqual([{ short: 'JAGS', long: 'Just Another Gibbs Sampler' }]);
  });

  it('takes the long form whose words’ initials spell the short form, over a letter found inside a word', () => {
    expect(findAcronyms(['We rely on Amazon ReKognition Personal Protective Equipment (PPE) detection.'])).toEqual([{ short: 'PPE', long: 'Personal Protective Equipment' }]);
    expect(findAcronyms(['Figures from the Department of Health (DH) were used.'])).toEqual([{ short: 'DH', long: 'Department of Health' }]);
    expect(findAcronyms(['Heat-health warning systems (HHWS) save lives.'])).toEqual([{ short: 'HHWS', long: 'Heat-health warning systems' }]);
  });

  it('reads no definition in a gloss that starts with a verb and its preposition', () => {
    expect(findAcronyms(['This is the data that had to be retrieved in main memory (RAM), which is slow.'])).toEqual([]);
    expect(findAcronyms(['Cells underwent programmed cell death (PCD) quickly.'])).toEqual([{ short: 'PCD', long: 'programmed cell death' }]);
  });

  it('does not title a topic with a formula, whichever reader found it', () => {
    const blocks = sectionBlocks('methods', [
      {
        blocks: [
          { kind: 'topic', term: 'fi(u) = aiu/(1 + biu) (2)', text: 'fi(u) = aiu/(1 + biu) (2): the response of species i.', source },
          { kind: 'topic', term: 'CD4+ T cells', text: 'CD4+ T cells: helpers of the immune response.', source },
        ],
      },
    ]);
    expect(blocks.map((b) => [b.kind, b.term])).toEqual([
      ['paragraph', undefined],
      ['topic', 'CD4+ T cells'],
    ]);
  });

  it('takes neither a cross-reference nor a formula for an acronym', () => {
    const text = 'The third species grows chaotically (Figure 6c) with odds R/(R + 1) when the graphics interchange format (GIF) is used.';
    expect(findAcronyms([text]).map((a) => a.short)).toEqual(['GIF']);
  });
});
