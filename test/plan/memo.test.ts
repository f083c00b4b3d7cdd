import { describe, expect, it } from 'vitest';
import { memoised } from '../../src/plan/memo.ts';
import { mentions, termPattern } from '../../src/plan/quiz-material.ts';
import { condenseSentence } from '../../src/plan/condense.ts';

describe('memoised', () => {
  it('works an answer out once per list of arguments', () => {
    const calls: string[] = [];
    const joined = memoised((a: string, b: string) => (calls.push(`${a}|${b}`), `${a}${b}`));
    expect(joined('ab', 'c')).toBe('abc');
    expect(joined('ab', 'c')).toBe('abc');
    // Same characters, split differently: a different question, asked again.
    expect(joined('a', 'bc')).toBe('abc');
    expect(calls).toEqual(['ab|c', 'a|bc']);
  });

  it('tells a number argument from the same digits split differently', () => {
    const calls: unknown[] = [];
    const f = memoised((text: string, n: number) => (calls.push([text, n]), `${text}/${n}`));
    expect(f('1', 23)).toBe('1/23');
    expect(f('12', 3)).toBe('12/3');
    expect(calls).toHaveLength(2);
  });

  it('forgets everything once it holds more than its limit, and still answers right', () => {
    let calls = 0;
    const upper = memoised((s: string) => (calls++, s.toUpperCase()), 2);
    upper('a');
    upper('b');
    upper('c'); // full: cleared, then remembers "c"
    expect(calls).toBe(3);
    expect(upper('c')).toBe('C');
    expect(calls).toBe(3);
    expect(upper('a')).toBe('A');
    expect(calls).toBe(4);
  });
});

describe('mentions', () => {
  const cases: [string, string][] = [
    ['Efflux pumps push the drug out of the cell.', 'efflux pumps'],
    ['Drug efflux\npumps matter.', 'efflux pumps'],
    ['Reflux pumps are something else.', 'efflux pumps'],
    ['The EGFR-mutant tumours respond.', 'EGFR'],
    ['Tumours respond to EGFR inhibitors.', 'egfr'],
    ['Resistance to (drug A) grows.', '(drug A)'],
    ['Nothing here names it.', 'beta-lactamase'],
    // Case folding beyond ASCII: the long s folds to "s", the Kelvin sign to "k".
    ['The ſtudy of drugs.', 'study'],
    ['A \u212Anown effect.', 'known'],
    ['Die Straße ist lang.', 'STRASSE'],
  ];
  it.each(cases)('agrees with the term pattern: %j names %j or not', (text, term) => {
    expect(mentions(text, term)).toBe(termPattern(term, 'iu').test(text));
  });

  it('answers the same when asked again', () => {
    expect(mentions('Efflux pumps push the drug out.', 'efflux pumps')).toBe(true);
    expect(mentions('Efflux pumps push the drug out.', 'efflux pumps')).toBe(true);
    expect(mentions('Reflux pumps push the drug out.', 'efflux pumps')).toBe(false);
  });
});

describe('condenseSentence, remembered', () => {
  it('gives the same answer for the same sentence and a different one for another target', () => {
    const sentence = 'In both datasets, we find that resistant cells, which were grown for six weeks in the drug, divide more slowly than sensitive cells.';
    const short = condenseSentence(sentence, 8);
    expect(condenseSentence(sentence, 8)).toBe(short);
    const long = condenseSentence(sentence, 40);
    expect(long!.split(/\s+/).length).toBeGreaterThanOrEqual(short!.split(/\s+/).length);
  });
});
