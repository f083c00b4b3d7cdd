import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaper, normalizeForComparison } from '../../src/ingest/index.ts';
import { summarise, type Expected } from './summary.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const BUNDLED = join(import.meta.dirname, '..', '..', 'content', 'drug-resistance', 'paper.txt');

/** Every fixture folder with a paper and its expected structure; the bundled paper's lives there too. */
const papers = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'expected.json')))
  .map((entry) => {
    const own = join(FIXTURES, entry.name, 'paper.txt');
    return { name: entry.name, paper: existsSync(own) ? own : BUNDLED, expected: join(FIXTURES, entry.name, 'expected.json') };
  });

describe('ingest recovers each fixture paper exactly', () => {
  it('has fixtures', () => expect(papers.length).toBeGreaterThanOrEqual(4));

  for (const { name, paper, expected } of papers) {
    it(name, () => {
      const text = readFileSync(paper, 'utf8');
      const result = ingestPaper(text, { file: `${name}/paper.txt` });
      expect(summarise(result.paper)).toEqual(JSON.parse(readFileSync(expected, 'utf8')) as Expected);
      // Every block's source range lies in the paper and starts where its words start.
      for (const block of result.paper.sections.flatMap((section) => section.blocks)) {
        expect(block.source.start).toBeLessThan(block.source.end);
        expect(block.source.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(block.source.start, block.source.start + 1).trim()).not.toBe('');
      }
    });
  }
});

describe('block text is the paper’s own words', () => {
  for (const { name, paper } of papers) {
    it(`${name}: every block is in the paper once line breaks, hyphenation and page furniture are repaired`, () => {
      const text = readFileSync(paper, 'utf8');
      const normalized = normalizeForComparison(text);
      for (const block of ingestPaper(text).paper.sections.flatMap((section) => section.blocks)) {
        expect(normalized).toContain(normalizeForComparison(block.text));
      }
    });
  }
});
