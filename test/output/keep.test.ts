import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import type { Manifest } from '../../src/manifest.ts';
import { makeProject, ROOT } from '../helpers.ts';

const PAPER = readFileSync(join(ROOT, 'test/fixtures/alpine-beetles/paper.txt'), 'utf8');

function project(): string {
  const root = makeProject({ beetles: { paper: PAPER } });
  mkdirSync(join(root, 'content/audiences'));
  writeFileSync(join(root, 'content/audiences/public.yaml'), 'name: The public\n');
  writeFileSync(join(root, 'content/audiences/students.yaml'), 'name: Students\n');
  return root;
}

const manifestOf = (root: string): Manifest => JSON.parse(readFileSync(join(root, 'dist/manifest.json'), 'utf8'));
const decksOf = (manifest: Manifest, audience: string) => manifest.courses[0]!.audiences.find((a) => a.id === audience)!.decks;

describe('a build changes only what it rebuilt', () => {
  it('a build narrowed by --format keeps the other formats, marked stale, and links them', async () => {
    const root = project();
    await build({ root, formats: ['html'] });
    const html = decksOf(manifestOf(root), 'public').map((deck) => readFileSync(join(root, 'dist', deck.files.html!), 'utf8'));
    const result = await build({ root, formats: [] });
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', message: expect.stringMatching(/^kept \d+ files from an earlier build/) }));
    const manifest = manifestOf(root);
    for (const audience of ['public', 'students']) {
      for (const deck of decksOf(manifest, audience)) {
        expect(deck.stale).toEqual({ html: expect.stringMatching(/html was not rebuilt by the last build/) });
        expect(readFileSync(join(root, 'dist', deck.files.html!), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
      }
    }
    expect(decksOf(manifest, 'public').map((deck) => readFileSync(join(root, 'dist', deck.files.html!), 'utf8'))).toEqual(html);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toContain(`href="${decksOf(manifest, 'public')[0]!.files.html}"`);
    // Made again, a format is no longer stale.
    await build({ root, formats: ['html'] });
    expect(decksOf(manifestOf(root), 'public')[0]!.stale).toBeUndefined();
  }, 180_000);

  it('a build narrowed by --audience keeps the other audience whole', async () => {
    const root = project();
    await build({ root, formats: ['html'] });
    const students = readFileSync(join(root, 'dist', decksOf(manifestOf(root), 'students')[0]!.files.html!), 'utf8');
    await build({ root, audiences: ['public'], formats: [] });
    const manifest = manifestOf(root);
    expect(decksOf(manifest, 'students')[0]!.files.html).toBeDefined();
    expect(decksOf(manifest, 'students')[0]!.stale).toBeUndefined();
    expect(readFileSync(join(root, 'dist', decksOf(manifest, 'students')[0]!.files.html!), 'utf8')).toBe(students);
    expect(decksOf(manifest, 'public')[0]!.stale).toEqual({ html: expect.any(String) });
  }, 180_000);

  it('without Chromium, the PDFs of an earlier build are kept and marked stale, and the build says so', async () => {
    const root = project();
    writeFileSync(join(root, 'content/audiences/students.yaml'), 'name: Students\n');
    await build({ root, audiences: ['public'], formats: ['pdf'] });
    const pdfs = decksOf(manifestOf(root), 'public').map((deck) => readFileSync(join(root, 'dist', deck.files.pdf!)));
    expect(pdfs.length).toBeGreaterThan(0);
    const saved = process.env.CHROME_PATH;
    process.env.CHROME_PATH = '/nonexistent/chromium';
    try {
      const result = await build({ root, audiences: ['public'], formats: ['html', 'pdf'] });
      expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/^pdf not made: CHROME_PATH=/) }));
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
    const decks = decksOf(manifestOf(root), 'public');
    expect(decks.map((deck) => readFileSync(join(root, 'dist', deck.files.pdf!)))).toEqual(pdfs);
    for (const deck of decks) expect(deck.stale).toEqual({ pdf: expect.stringMatching(/pdf could not be made by the last build/) });
  }, 180_000);
});
