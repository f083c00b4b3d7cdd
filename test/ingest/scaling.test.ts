import { describe, expect, it } from 'vitest';
import { ingestPaper } from '../../src/ingest/index.ts';
import { generatedPaper } from './generated-paper.ts';

// Ingest time must grow with the text, not with its square: a step that rereads the text for
// each line, or a pattern that backtracks along a long line, makes a long paper take minutes.
// Ratios of times on the same machine, not absolute times, with a wide margin for a busy machine:
// text ten times (eight times) longer must take well under the hundred times (sixty-four times)
// a quadratic step would.

/** The fastest of `runs` readings of the text, in milliseconds. */
function fastest(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    ingestPaper(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** A short paper with `word` set in a paragraph, on a line of its own and in a reference. */
function withWord(word: string): string {
  return [
    'Seedling Survival Under Drought', '', 'Ana Costa, Piet de Vries', '', 'Abstract', '', 'Seedlings die in the first dry season of their life.', '',
    'Introduction', '', `Seedlings die ${word} in the first dry season of their life, and few of them survive it.`, '', word, '',
    'Methods', '', 'We planted seedlings of eight species in forty plots.', '', 'References', '', `1. ${word}`, '',
  ].join('\n');
}

describe('ingest time grows in step with the text', () => {
  it('a paper ten times longer takes about ten times longer, far from a hundred', () => {
    const small = generatedPaper(250_000);
    const large = generatedPaper(2_500_000);
    fastest(small, 1);
    // NOTE: the fastest of two for the long text too: one reading on a busy machine can take a
    // collector's pause or a neighbour's burst; a quadratic step would still show as ~100.
    const ratio = fastest(large, 2) / fastest(small, 3);
    expect(ratio).toBeLessThan(40);
  }, 180_000);

  it.each([
    ['letters', 'x'],
    ['capitals and lowercase', 'Ab'],
    ['opening brackets', '[a'],
    ['addresses', 'x@'],
    ['acronyms in brackets', '(ABC) '],
    ['words on one line', 'grew fast. '],
    ['spaces and tabs', ' \t'],
    ['form feeds', '\f'],
    ['short lines', 'a.\n'],
  ])('a word or line of 128,000 characters of %s takes about sixteen times as long as one of 8,000, far from 256', (_, unit) => {
    const time = (length: number) => fastest(withWord(unit.repeat(Math.ceil(length / unit.length))), 3);
    time(8_000);
    // NOTE: sixteen times the text, so that a linear step (×16) and a quadratic one (×256) stay far
    // apart even when a busy machine slows one reading; readings under a few milliseconds are
    // mostly timer and collector noise, so a floor.
    const ratio = time(128_000) / Math.max(time(8_000), 3);
    expect(ratio).toBeLessThan(100);
  }, 120_000);
});
