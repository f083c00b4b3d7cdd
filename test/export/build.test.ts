import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.ts';
import type { ManifestDeck } from '../../src/manifest.ts';
import { pdfFonts, pdfOutline, pdfPages, pdfPageSize, pdfText, requireChromium, ROOT, squash, xmlText, zipEntries, zipText } from './tools.ts';

// One build of the bundled course serves every test here: the browser formats take ~30 s on 2 cores.
let result: BuildResult;
let decks: ManifestDeck[];
const out = mkdtempSync(join(tmpdir(), 'lectern-export-'));
const file = (path: string) => join(out, path);

beforeAll(async () => {
  requireChromium();
  result = await build({ root: ROOT, outDir: out });
  decks = result.manifest.courses.flatMap((c) => c.audiences.flatMap((a) => a.decks));
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('build with the default formats', () => {
  it('makes, and lists, a PDF, a PPTX, four handouts and the quiz files for every deck, and no PNGs or pictures-only PPTX', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(decks.length).toBeGreaterThan(1);
    for (const deck of decks) {
      // Quiz files come with every lecture that asks questions (the overview asks none).
      const quiz = deck.slides.some((s) => s.kind === 'quiz') ? ['quiz-moodle', 'quiz-qti'] : [];
      expect(Object.keys(deck.files).sort()).toEqual(['handout-3up', 'handout-6up', 'handout-notes', 'handout-notes-2up', 'html', 'md', 'pdf', 'pptx', ...quiz]);
      for (const path of Object.values(deck.files)) expect(existsSync(file(path)), path).toBe(true);
      expect(deck.files['handout-notes']).toMatch(/^drug-resistance\/(clinician|public|undergraduate)\/handouts\/\d\d-[a-z-]+-notes\.pdf$/);
      expect(deck.files['handout-notes-2up']).toBe(deck.files['handout-notes']!.replace(/-notes\.pdf$/, '-notes-2up.pdf'));
    }
  });

  it('leaves no staging folder, temporary folder or browser profile behind', () => {
    expect(readdirSync(out).sort()).toEqual(['.lectern-cache.json', 'drug-resistance', 'index.html', 'manifest.json']);
  });

  it('gives each deck a PDF with one page per slide, bookmarked by the heading the slide shows', () => {
    for (const deck of decks) {
      const pdf = file(deck.files.pdf!);
      expect(pdfPages(pdf), deck.id).toBe(deck.slides.length);
      // Tagged, so that screen readers and reflow see headings, lists and reading order.
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), deck.id).toMatch(/^Tagged:\s+yes$/m);
      // An assertion–evidence slide shows its headline as its heading, its title above it.
      expect(pdfOutline(pdf), deck.id).toEqual(deck.slides.map((slide) => slide.headline ?? slide.title));
    }
  });

  it('gives each deck a PPTX with one slide per slide and its notes in the notes page', () => {
    for (const deck of decks) {
      const pptx = file(deck.files.pptx!);
      const entries = zipEntries(pptx);
      expect(entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e)), deck.id).toHaveLength(deck.slides.length);
      deck.slides.forEach((slide, i) => {
        if (slide.notesWords === 0) return;
        const rels = zipText(pptx, `ppt/slides/_rels/slide${i + 1}.xml.rels`);
        const notesPart = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
        expect(notesPart, `${deck.id} slide ${i + 1} has a notes page`).toBeDefined();
        const notes = xmlText(zipText(pptx, `ppt/notesSlides/${notesPart}`));
        expect(notes.split(' ').length, `${deck.id} slide ${i + 1}`).toBeGreaterThanOrEqual(slide.notesWords);
      });
    }
  });

  it('prints 3-up and 6-up handouts on ceil(n/3) and ceil(n/6) A4 pages', () => {
    for (const deck of decks) {
      const n = deck.slides.length;
      expect(pdfPages(file(deck.files['handout-3up']!)), deck.id).toBe(Math.ceil(n / 3));
      expect(pdfPages(file(deck.files['handout-6up']!)), deck.id).toBe(Math.ceil(n / 6));
      expect(pdfPageSize(file(deck.files['handout-6up']!))).toContain('A4');
    }
  });

  it('puts every slide and its full notes in both study guides, flowing rather than cut, and no empty notes', async () => {
    const { planDecks } = await import('../../src/plan/index.ts');
    const { wordsIn } = await import('../../src/plan/deck.ts');
    const { loadAudiences, loadCourse } = await import('../../src/content/load.ts');
    const loaded = await loadCourse(ROOT, 'drug-resistance');
    const planned = loadAudiences(ROOT).flatMap((audience) => planDecks(loaded.paper, loaded.course, audience));
    for (const deck of planned) {
      const withNotes = deck.slides.filter((slide) => slide.notes).length;
      const withoutNotes = deck.slides.length - withNotes;
      const answerKey = deck.slides.some((slide) => slide.answer) ? 1 : 0;
      const guide = file(`drug-resistance/${deck.audience}/handouts/${deck.id}-notes.pdf`);
      // A slide with notes has a page of its own; slides without share a page two by two.
      expect(pdfPages(guide), deck.id).toBeGreaterThanOrEqual(withNotes + Math.ceil(withoutNotes / 2) + answerKey);
      // The title slide and the objectives, neither with notes, share the first page.
      const [first, second] = deck.slides;
      if (!first!.notes && !second!.notes) expect(squash(pdfText(guide, 1)), deck.id).toContain(second!.title);
      // Notes of up to 200 words fit in half a page: two slides a page, then the answer key; a
      // slide with longer notes may take more.
      const twoUp = file(`drug-resistance/${deck.audience}/handouts/${deck.id}-notes-2up.pdf`);
      const pairs = Math.ceil(deck.slides.length / 2) + answerKey;
      if (deck.slides.every((slide) => wordsIn(slide.notes) <= 200)) expect(pdfPages(twoUp), deck.id).toBe(pairs);
      else expect(pdfPages(twoUp), deck.id).toBeGreaterThanOrEqual(pairs);
      expect(pdfPages(twoUp), deck.id).toBeLessThan(pdfPages(guide));
      // NOTE: pdftotext joins a word hyphenated across lines without its hyphen; compare without hyphens.
      const text = unhyphenated(withoutPageMargins(pdfText(guide), deck.courseTitle));
      for (const slide of deck.slides) {
        if (slide.notes && !slide.answer) expect(text, `${deck.id} "${slide.title}"`).toContain(unhyphenated(slide.notes));
      }
      // NOTE: beside a slide, notes are read in the order they are drawn (`pdftotext -raw`), not by
      // columns, which would interleave their lines with the slide's; -raw keeps a line's end hyphen.
      const raw = unhyphenated(pdfText(twoUp, undefined, { raw: true }).replace(/-\n/g, ''));
      for (const slide of deck.slides) {
        if (slide.notes && !slide.answer) expect(raw, `${deck.id} "${slide.title}"`).toContain(unhyphenated(`${slide.notes} ${slide.sourceLine ?? ''}`));
      }
      for (const path of [guide, twoUp]) expect(pdfText(path), path).not.toContain('No speaker notes');
    }
  });

  it('lays two slides a page in the dense study guide, each beside the source of its notes', () => {
    const deck = result.manifest.courses[0]!.audiences.find((a) => a.id === 'undergraduate')!.decks.find((d) => d.number === 2)!;
    const page = squash(pdfText(file(deck.files['handout-notes-2up']!), 2));
    expect(page).toContain('Study guide: 2 slides a page, with notes');
    for (const slide of deck.slides.slice(2, 4)) expect(page).toContain(slide.headline ?? slide.title);
    expect(page.match(/Source: §2 Mechanisms of Drug Resistance, ¶\d/g)).toHaveLength(2);
    expect(page).not.toContain((deck.slides[4]!.headline ?? deck.slides[4]!.title));
  });

  it('ends the study guide, and only the study guide, with the self-check answer key', () => {
    const deck = result.manifest.courses[0]!.audiences.find((a) => a.id === 'undergraduate')!.decks.find((d) => d.number === 2)!;
    const guide = file(deck.files['handout-notes']!);
    const lastPage = squash(pdfText(guide, pdfPages(guide)));
    expect(lastPage).toContain('Answer key');
    const twoUp = file(deck.files['handout-notes-2up']!);
    const key = (page: string) => page.slice(page.indexOf('Answer key'), page.indexOf('Study guide:'));
    expect(key(squash(pdfText(twoUp, pdfPages(twoUp))))).toBe(key(lastPage));
    const quiz = deck.slides.flatMap((slide, i) => (slide.kind === 'quiz' ? [i + 1] : []));
    expect(quiz).toHaveLength(3);
    for (const number of quiz) expect(lastPage).toMatch(new RegExp(`Slide ${number}, Self-check \\d of 3: (?:[A-D]\\. \\S|1–[A-D])`));
    expect(squash(pdfText(file(deck.files['handout-3up']!)))).not.toContain('Answer key');
    // The answers are in the key only, not under their questions.
    const beforeKey = squash(pdfText(guide)).split('Answer key')[0]!;
    expect(beforeKey).not.toMatch(/Answer: (?:[A-D]\.|1–)/);
    expect(beforeKey).toContain('The answer is in the answer key at the end of this guide.');
  });

  it('embeds every font it uses, from the local DejaVu fonts, in slides and handouts', () => {
    const deck = decks[1]!;
    for (const path of [deck.files.pdf!, deck.files['handout-notes']!]) {
      const fonts = pdfFonts(file(path));
      expect(fonts.length, path).toBeGreaterThan(0);
      for (const font of fonts) expect(font, path).toMatchObject({ name: expect.stringMatching(/\+DejaVuSans/), embedded: true });
    }
  });

  it('heads every handout page with the course and lecture and numbers it', () => {
    const deck = decks.find((d) => d.number === 2)!;
    const text = squash(pdfText(file(deck.files['handout-3up']!), 2));
    expect(text).toContain('Drug Resistance in Cancer Treatment: Novel Strategies and Future Perspectives');
    expect(text).toContain(`Lecture 2: ${deck.title}`);
    expect(text).toContain(`Page 2 of ${Math.ceil(deck.slides.length / 3)}`);
  });
});

function unhyphenated(text: string): string {
  return squash(text).replace(/-/g, '');
}

/** pdftotext output without the header and footer lines Chromium prints on every page. */
function withoutPageMargins(text: string, courseTitle: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== courseTitle && !/^(Lecture \d+: |Course overview$|Study guide: |Page \d+ of \d+$)/.test(line.trim()))
    .join('\n');
}
