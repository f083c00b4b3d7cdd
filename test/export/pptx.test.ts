import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.ts';
import { loadAudiences, loadCourse } from '../../src/content/load.ts';
import { LecternError } from '../../src/errors.ts';
import { deckPresentation, type DeckLook } from '../../src/export/pptx-deck.ts';
import { readThemeLook } from '../../src/export/theme-look.ts';
import type { Deck, Slide } from '../../src/plan/deck.ts';
import { planDecks } from '../../src/plan/index.ts';
import { TemplateSet } from '../../src/render/templates.ts';
import { partText, requireChromium, ROOT, squash, zipEntries, type PartText } from './tools.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const newDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

describe('the editable PPTX of every bundled deck, read back from its zip and XML', () => {
  let result: BuildResult;
  let planned: Deck[];
  // Each file unpacked once by unzip, then its parts read from disk.
  const unpacked = new Map<string, string>();
  const part = (pptx: string, name: string): string => {
    if (!unpacked.has(pptx)) {
      const dir = newDir('lectern-pptx-parts-');
      execFileSync('unzip', ['-q', pptx, '-d', dir]);
      unpacked.set(pptx, dir);
    }
    return readFileSync(join(unpacked.get(pptx)!, name), 'utf8');
  };
  const slideText = (pptx: string, n: number): PartText => partText(part(pptx, `ppt/slides/slide${n}.xml`));
  const notesText = (pptx: string, n: number): string | undefined => {
    const rels = part(pptx, `ppt/slides/_rels/slide${n}.xml.rels`);
    const notes = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    return notes ? squash(partText(part(pptx, `ppt/notesSlides/${notes}`)).shapes.get('Notes Placeholder 2')?.join(' ') ?? '') : undefined;
  };
  const pptxOf = (deck: Deck) => join(result.outDir, `drug-resistance/${deck.audience}/${deck.id}.pptx`);

  beforeAll(async () => {
    requireChromium();
    result = await build({ root: ROOT, outDir: newDir('lectern-pptx-'), formats: ['pptx'] });
    const loaded = await loadCourse(ROOT, 'drug-resistance');
    planned = loadAudiences(ROOT).flatMap((audience) => planDecks(loaded.paper, loaded.course, audience));
  }, 180_000);

  it('is made for every deck and listed, one PowerPoint slide a slide', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const decks = result.manifest.courses[0]!.audiences.flatMap((a) => a.decks);
    expect(decks).toHaveLength(planned.length);
    for (const deck of decks) expect(Object.keys(deck.files).sort()).toEqual(['md', 'pptx']);
    for (const deck of planned) {
      expect(zipEntries(pptxOf(deck)).filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e)), deck.id).toHaveLength(deck.slides.length);
    }
  });

  it("holds every slide's title, headline, bullets, question and choices as text, and no picture but the logo", () => {
    let checked = 0;
    for (const deck of planned) {
      deck.slides.forEach((slide, i) => {
        const where = `${deck.audience}/${deck.id} slide ${i + 1}`;
        const text = slideText(pptxOf(deck), i + 1);
        expect(text.shapes.get('Title'), where).toEqual([slide.kind === 'assertion' ? slide.headline : slide.title]);
        if (slide.kind === 'assertion') expect(text.shapes.get('Topic'), where).toEqual([slide.title.toUpperCase()]);
        for (const bullet of slide.bullets) expect(text.paragraphs, where).toContain(bullet);
        if (slide.question) expect(text.shapes.get('Question'), where).toEqual([slide.question]);
        (slide.choices ?? []).forEach((choice, c) => expect(text.shapes.get('Choices'), where).toContain(`${'ABCDEFGH'[c]}. ${choice}`));
        (slide.prompts ?? []).forEach((prompt, p) => expect(text.shapes.get('Items'), where).toContain(`${p + 1}. ${prompt}`));
        for (const line of [slide.subtitle, ...(slide.byline ?? [])].filter(Boolean)) expect(text.paragraphs, where).toContain(line);
        expect(text.pictures, where).toBe(slide.kind === 'title' && deck.audience === 'undergraduate' ? 1 : 0);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(250);
  });

  it("puts each slide's notes and source line, whole, in its notes page", () => {
    for (const deck of planned) {
      deck.slides.forEach((slide, i) => {
        const expected = [slide.notes, slide.sourceLine].filter(Boolean).join(' ');
        if (!expected) return;
        expect(notesText(pptxOf(deck), i + 1), `${deck.audience}/${deck.id} slide ${i + 1}`).toBe(squash(expected));
      });
    }
    const quiz = planned.find((d) => d.audience === 'undergraduate' && d.number === 2)!.slides.find((s) => s.kind === 'quiz')!;
    expect(quiz.notes).toMatch(/^Answer: /);
  });

  it("numbers every slide but the title slide, and wears the audience's theme colours, font, footer and logo", () => {
    const looks = { undergraduate: '1F4E9B', clinician: '0D6E6E', public: 'A34A1C' } as Record<string, string>;
    for (const deck of planned) {
      const pptx = pptxOf(deck);
      deck.slides.forEach((slide, i) => {
        const text = slideText(pptx, i + 1);
        expect(text.fields.includes('slidenum'), `${deck.id} slide ${i + 1}`).toBe(slide.kind !== 'title');
        expect(text.colours, `${deck.id} slide ${i + 1}`).toContain(looks[deck.audience]);
        expect([...text.typefaces]).toEqual(['DejaVu Sans']);
      });
    }
    const pub = planned.find((d) => d.audience === 'public')!;
    const layouts = zipEntries(pptxOf(pub)).filter((e) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(e));
    const furniture = layouts.map((e) => partText(part(pptxOf(pub), e)));
    expect(furniture.some((t) => t.paragraphs.includes('Understanding drug resistance in cancer') && t.colours.has('FFFAF3'))).toBe(true);
    const undergraduate = planned.find((d) => d.audience === 'undergraduate')!;
    const media = zipEntries(pptxOf(undergraduate)).filter((e) => e.startsWith('ppt/media/') && !e.endsWith('/'));
    expect(media).toHaveLength(1);
    const png = execBytes(pptxOf(undergraduate), media[0]!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(20)).toBe(360);
  });
});

/** Bytes of one zip entry, as unzip reads them. */
function execBytes(file: string, entry: string): Buffer {
  return execFileSync('unzip', ['-p', file, entry], { maxBuffer: 64 << 20 });
}

describe('an editable slide, without the browser', () => {
  const theme = readThemeLook('lectern-undergraduate', new TemplateSet());
  const look: DeckLook = { theme, footer: 'A course', paginate: true };
  const deckOf = (slides: Slide[]): Deck => ({ id: '01-test', number: 1, title: 'Test', courseTitle: 'A course', audience: 'x', slides });
  const read = async (deck: Deck, n: number) => {
    const zip = await JSZip.loadAsync((await deckPresentation(deck, look).write({ outputType: 'nodebuffer' })) as Buffer);
    return { slide: partText(await zip.file(`ppt/slides/slide${n}.xml`)!.async('string')), xml: await zip.file(`ppt/slides/slide${n}.xml`)!.async('string'), notes: partText(await zip.file(`ppt/notesSlides/notesSlide${n}.xml`)!.async('string')) };
  };

  it('keeps paper text as text: markup and XML in a title, a bullet or a note never become XML', async () => {
    const hostile = '</a:t></a:r><p:sp>&amp; <script>"x"</script> ]]>\u0007';
    const { slide, notes } = await read(deckOf([{ kind: 'content', title: hostile, bullets: [hostile], notes: hostile, source: [] }]), 1);
    const expected = hostile.replace('\u0007', '');
    expect(slide.shapes.get('Title')).toEqual([expected]);
    expect(slide.shapes.get('Bullets')).toEqual([expected]);
    expect(notes.paragraphs).toContain(expected);
  });

  it('numbers no slide when the audience turns slide numbers off', async () => {
    const deck = deckOf([{ kind: 'content', title: 'One', bullets: ['A point'], source: [] }]);
    const numbered = await JSZip.loadAsync((await deckPresentation(deck, look).write({ outputType: 'nodebuffer' })) as Buffer);
    const plain = await JSZip.loadAsync((await deckPresentation(deck, { ...look, paginate: false }).write({ outputType: 'nodebuffer' })) as Buffer);
    expect(partText(await numbered.file('ppt/slides/slide1.xml')!.async('string')).fields).toEqual(['slidenum']);
    expect(partText(await plain.file('ppt/slides/slide1.xml')!.async('string')).fields).toEqual([]);
  });

  it('makes a table slide a real table, its header row first', async () => {
    const table = { header: ['Drug', 'Target'], rows: [['Imatinib', 'BCR-ABL'], ['Gefitinib', 'EGFR']] };
    const { xml, slide } = await read(deckOf([{ kind: 'table', title: 'Targets', bullets: [], table, source: [] }]), 1);
    expect(xml).toContain('<a:tbl>');
    // The title, the cells row by row, and the slide's number.
    expect(slide.paragraphs).toEqual(['Targets', 'Drug', 'Target', 'Imatinib', 'BCR-ABL', 'Gefitinib', 'EGFR', '1']);
  });

  it("sets bullets at the theme's size when they fit, and smaller, down to 60% of it, when they would not", async () => {
    const short = await read(deckOf([{ kind: 'content', title: 'Short', bullets: ['One point', 'Another point'], source: [] }]), 1);
    expect(Math.max(...short.slide.sizes)).toBe(theme.h2Px * 0.75);
    expect(short.slide.sizes.filter((size) => size !== theme.h2Px * 0.75)).toEqual([theme.bodyPx * 0.75, theme.bodyPx * 0.75]);
    const sentence = 'Cancer cells can upregulate the expression of transporters that pump drugs out of the cell and lower their concentration inside it';
    const long = await read(deckOf([{ kind: 'content', title: 'Long', bullets: Array(6).fill(sentence), source: [] }]), 1);
    const bulletSize = long.slide.sizes.at(-1)!;
    expect(bulletSize).toBeLessThan(theme.bodyPx * 0.75);
    expect(bulletSize).toBeGreaterThanOrEqual(theme.bodyPx * 0.75 * 0.6);
  });
});

describe('reading a theme for the PowerPoint export', () => {
  it('follows @import and takes the last value, as the cascade does', () => {
    const look = readThemeLook('lectern-public', new TemplateSet());
    expect(look).toMatchObject({ accent: 'A34A1C', ink: '1D232A', paper: 'FFFAF3', fontFace: 'DejaVu Sans', bodyPx: 36, h2Px: 48, h1Px: 54 });
  });

  it('names the theme file when a colour is not one PowerPoint can take', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-theme-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'themes'));
    writeFileSync(join(dir, 'themes', 'purple.css'), "/* @theme purple */\n@import 'lectern';\nsection { --accent: rebeccapurple; }\n");
    const read = () => readThemeLook('purple', new TemplateSet([dir]));
    expect(read).toThrow(LecternError);
    expect(read).toThrow('section --accent is "rebeccapurple"; the PowerPoint export expected a colour as #rgb or #rrggbb');
    try {
      read();
    } catch (error) {
      expect((error as LecternError).location?.file).toBe(join(dir, 'themes', 'purple.css'));
    }
  });
});
