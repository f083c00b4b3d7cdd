import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/sentences.ts';

interface HardCase {
  case: string;
  text: string;
  sentences: string[];
}

const cases = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sentences', 'hard-cases.json'), 'utf8')) as HardCase[];

describe('splitSentences on hard cases', () => {
  for (const hard of cases) {
    it(hard.case, () => {
      const sentences = splitSentences(hard.text);
      expect(sentences.map((sentence) => sentence.text)).toEqual(hard.sentences);
      // Offsets point back into the text, for provenance.
      for (const sentence of sentences) expect(hard.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    });
  }
});
