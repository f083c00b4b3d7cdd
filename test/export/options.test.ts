import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.ts';
import { pdfPages, pdfPageSize, pdfText, requireChromium, ROOT, squash } from './tools.ts';

// A two-deck course whose one paragraph is longer than a printed page (fixtures/overlong).
const FIXTURE = join(ROOT, 'test/fixtures/overlong');
const outDirs: string[] = [];
const newOutDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-options-'));
  outDirs.push(dir);
  return dir;
};

afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe('build --format png handouts --paper letter', () => {
  let result: BuildResult;
  beforeAll(async () => {
    requireChromium();
    result = await build({ root: FIXTURE, outDir: newOutDir(), formats: ['png', 'handouts'], paper: 'letter' });
  }, 180_000);

  it('writes one 1280×720 PNG per slide, and lists them', () => {
    for (const deck of result.manifest.courses[0]!.audiences[0]!.decks) {
      const pngs = Object.entries(deck.files).filter(([key]) => key.startsWith('png-'));
      expect(pngs).toHaveLength(deck.slides.length);
      for (const [, path] of pngs) {
        const header = readFileSync(join(result.outDir, path));
        expect([header.readUInt32BE(16), header.readUInt32BE(20)], path).toEqual([1280, 720]);
      }
    }
  });

  it('prints handouts on US Letter', () => {
    expect(pdfPageSize(join(result.outDir, 'tiny/default/handouts/01-methods-6up.pdf'))).toContain('letter');
  });

  it('lets notes longer than a page flow onto the next one, whole', () => {
    const guide = join(result.outDir, 'tiny/default/handouts/01-methods-notes.pdf');
    const paragraph = squash(readFileSync(join(FIXTURE, 'content/tiny/paper.txt'), 'utf8').split('\n\n').find((p) => p.startsWith('Slides are for the audience'))!);
    // More pages than a page for each slide with notes, one for each two without, and the answer key.
    const slides = result.manifest.courses[0]!.audiences[0]!.decks.find((d) => d.id === '01-methods')!.slides;
    const withNotes = slides.filter((s) => s.notesWords > 0).length;
    const answerKey = slides.some((s) => s.kind === 'quiz') ? 1 : 0;
    expect(pdfPages(guide)).toBeGreaterThan(withNotes + Math.ceil((slides.length - withNotes) / 2) + answerKey);
    const text = squash(pdfText(guide).split('\n').filter((line) => !/^(A Tiny Paper on Slide Overflow|Lecture 1: Methods|Study guide: .*|Page \d+ of \d+)$/.test(line.trim())).join('\n'));
    expect(text.replace(/-/g, '')).toContain(paragraph.replace(/-/g, ''));
  });
});

describe('build without a browser', () => {
  it('writes markdown and HTML, names each format it could not make and why, and lists only what it made', async () => {
    const saved = process.env.CHROME_PATH;
    process.env.CHROME_PATH = '/nonexistent/chromium';
    try {
      const result = await build({ root: FIXTURE, outDir: newOutDir() });
      const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
      expect(errors).toEqual(['pdf', 'pptx', 'handouts'].map((format) => `${format} not made: CHROME_PATH=/nonexistent/chromium is not an executable file`));
      const deck = result.manifest.courses[0]!.audiences[0]!.decks[0]!;
      expect(Object.keys(deck.files).sort()).toEqual(['html', 'md']);
      for (const path of Object.values(deck.files)) expect(existsSync(join(result.outDir, path))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
  }, 60_000);
});
