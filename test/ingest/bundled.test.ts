import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ingestPaper } from '../../src/ingest/index.ts';

const root = join(import.meta.dirname, '..', '..');
const text = readFileSync(join(root, 'content', 'drug-resistance', 'paper.txt'), 'utf8');
const before = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'drug-resistance', 'blocks.json'), 'utf8'));

// NOTE: lecturers' course.yaml files key their edits by block id, and slides cite source ranges:
// new conventions must not change a single block, reference or front-matter field of the bundled paper.
it('reads the bundled paper exactly as before the new conventions', () => {
  const { paper } = ingestPaper(text);
  const blocks = paper.sections.flatMap((section) => section.blocks).map(({ id, kind, source, text }) => ({ id, kind, source, text }));
  expect(blocks).toEqual(before.blocks);
  expect(paper.references).toEqual(before.references);
  const { title, authors, affiliations, abstract, keywords } = paper;
  expect({ title, authors, affiliations, abstract, keywords }).toEqual(before.front);
});
