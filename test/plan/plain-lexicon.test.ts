import { describe, expect, it } from 'vitest';
import { parseCourse } from '../../src/content/course.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { lexiconFor, parsePlainWords, shippedPlainWords } from '../../src/plan/plain-lexicon.ts';
import { plainWords } from '../../src/plan/plain-words.ts';

const PAPER = `# Pumps and tumours

## Introduction

Tumour cells utilize efflux pumps. The tumour microenvironment shields cells from treatment.
`;
const { paper } = ingestPaper(PAPER);
const course = (yaml: string) => parseCourse('demo', yaml, 'content/demo/course.yaml', paper);

describe('the plain-language lexicon', () => {
  it('ships with Lectern and reads without errors, longest terms first', () => {
    const shipped = shippedPlainWords();
    expect(Object.keys(shipped).length).toBeGreaterThan(300);
    expect(shipped['tumour microenvironment']).toBe('the tissue around a tumour');
    const lexicon = lexiconFor(undefined);
    for (let i = 1; i < lexicon.length; i++) expect(lexicon[i - 1]!.term.length).toBeGreaterThanOrEqual(lexicon[i]!.term.length);
  });

  it('has no entry that changes what a sentence claims or breaks it where the term is used', () => {
    const lexicon = lexiconFor(undefined);
    const cases: [string, string][] = [
      ['Human evaluation is challenging for long summaries', 'Human evaluation is challenging for long summaries'],
      ['Partial annotation maintains high correlation with full annotation', 'Partial labelling keeps high correlation with full labelling'],
      ['Hypothesis testing was used to compare groups', 'Hypothesis testing was used to compare groups'],
      ['We are generating empirical data on insect biomass', 'We are producing empirical data on insect biomass'],
      ['The augmented bladder was kept distended', 'The augmented bladder was kept distended'],
      ['Checkpoints are orders of magnitude smaller', 'Checkpoints are orders of magnitude smaller'],
      ['The data are available from the corresponding author', 'The data are available from the corresponding author'],
      ['The corresponding validation set was used', 'The matching validation set was used'],
      ['The magnitude of the effect was small', 'The size of the effect was small'],
      ['The trial had an appropriate design', 'The trial had a suitable design'],
      // "with" is no verb: after "not" the phrase entry gives "without".
      ['We removed sequences not containing 735 residues', 'We removed sequences without 735 residues'],
    ];
    for (const [text, plain] of cases) expect(plainWords(text, lexicon)).toBe(plain);
  });

  it('takes a course’s own terms, its own plain words for a shipped term, and false to keep a term', () => {
    const lexicon = lexiconFor(course('plainWords:\n  efflux pumps: pumps that push drugs out\n  Tumour microenvironment: the nearby tissue\n  utilize: false\n'));
    const text = 'Tumour cells utilize efflux pumps in the tumour microenvironment';
    expect(plainWords(text, lexicon)).toBe('Tumour cells utilize pumps that push drugs out in the nearby tissue');
    expect(plainWords(text, lexiconFor(course('')))).toBe('Tumour cells use cell pumps in the tissue around a tumour');
  });

  it('reports a course entry of the wrong type with its file and line', () => {
    expect(() => course('title: Pumps\nplainWords:\n  efflux pumps: 3\n')).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^plainWords\.efflux pumps: /), location: expect.objectContaining({ file: 'content/demo/course.yaml', line: 3 }) }),
    );
    expect(() => course('plainWords: [efflux pumps]\n')).toThrow(expect.objectContaining({ location: expect.objectContaining({ line: 1 }) }));
  });

  it('reports a term written twice but for case, and a term without words, with their lines', () => {
    expect(() => course('plainWords:\n  efflux pumps: cell pumps\n  Efflux Pumps: drug pumps\n')).toThrow(
      expect.objectContaining({ message: 'plain words: "Efflux Pumps" is written twice (also as "efflux pumps"); keep one', location: { file: 'content/demo/course.yaml', line: 3, column: 3 } }),
    );
    expect(() => course('plainWords:\n  efflux pumps: cell pumps\n  "42": forty-two\n')).toThrow(
      expect.objectContaining({ message: expect.stringContaining('"42" is not a term'), location: { file: 'content/demo/course.yaml', line: 3, column: 3 } }),
    );
  });

  it('reports a mistake in a lexicon file with its file and line', () => {
    expect(() => parsePlainWords('novel: new\nrobust:\n  strong: true\n', 'plain.yaml')).toThrow(expect.objectContaining({ location: expect.objectContaining({ file: 'plain.yaml', line: 3 }) }));
    expect(() => parsePlainWords('novel: new\nnovel: fresh\n', 'plain.yaml')).toThrow(expect.objectContaining({ location: expect.objectContaining({ file: 'plain.yaml', line: 2 }) }));
  });

  it('keeps an unknown course.yaml key an error', () => {
    expect(() => course('plainWord:\n  efflux pumps: cell pumps\n')).toThrow(expect.objectContaining({ message: expect.stringMatching(/^unknown key "plainWord"/), location: expect.objectContaining({ line: 1 }) }));
  });
});
