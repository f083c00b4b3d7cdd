import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { loadAudiences, loadCourse } from '../../src/content/load.ts';
import type { Deck } from '../../src/plan/deck.ts';
import { planDecks } from '../../src/plan/index.ts';
import { requireChromium, requireLibreOffice, ROOT, squash, zipText } from './tools.ts';

const dir = mkdtempSync(join(tmpdir(), 'lectern-libreoffice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A presentation as LibreOffice saved it (ODF): each page's paragraphs, and its notes' paragraphs. */
function odpPages(contentXml: string): { text: string[]; notes: string[] }[] {
  const pages: { text: string[]; notes: string[] }[] = [];
  const parser = new SaxesParser();
  let inNotes = false;
  let notesFrame = false;
  let paragraph: string | undefined;
  parser.on('opentag', (tag) => {
    if (tag.name === 'draw:page') pages.push({ text: [], notes: [] });
    if (tag.name === 'presentation:notes') inNotes = true;
    if (tag.name === 'draw:frame' && inNotes) notesFrame = tag.attributes['presentation:class'] === 'notes';
    if (tag.name === 'text:p') paragraph = '';
    if ((tag.name === 'text:s' || tag.name === 'text:tab' || tag.name === 'text:line-break') && paragraph !== undefined) paragraph += ' ';
  });
  parser.on('text', (text) => {
    if (paragraph !== undefined) paragraph += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'presentation:notes') inNotes = false;
    if (tag.name === 'text:p' && paragraph !== undefined) {
      const page = pages.at(-1);
      if (page && paragraph.trim() && (!inNotes || notesFrame)) (inNotes ? page.notes : page.text).push(paragraph);
      paragraph = undefined;
    }
  });
  parser.write(contentXml).close();
  return pages;
}

describe('the editable PPTX opened in LibreOffice', () => {
  let deck: Deck;
  let pages: { text: string[]; notes: string[] }[];

  beforeAll(async () => {
    requireChromium();
    requireLibreOffice();
    const out = join(dir, 'dist');
    await build({ root: ROOT, outDir: out, formats: ['pptx'], audiences: ['undergraduate'] });
    const loaded = await loadCourse(ROOT, 'drug-resistance');
    deck = planDecks(loaded.paper, loaded.course, loadAudiences(ROOT, ['undergraduate'])[0]!).find((d) => d.number === 2)!;
    // LibreOffice opens the file and saves it as ODF: what it read is then plain XML to check.
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'odp', '--outdir', dir, join(out, `drug-resistance/undergraduate/${deck.id}.pptx`)], { stdio: 'ignore', timeout: 120_000 });
    pages = odpPages(zipText(join(dir, `${deck.id}.odp`), 'content.xml'));
  }, 240_000);

  it('reads every slide, with its title, headline and bullets as text', () => {
    expect(pages).toHaveLength(deck.slides.length);
    deck.slides.forEach((slide, i) => {
      const text = pages[i]!.text;
      expect(text, `slide ${i + 1}`).toContain(slide.kind === 'assertion' ? slide.headline : slide.title);
      for (const bullet of slide.bullets) expect(text, `slide ${i + 1}`).toContain(bullet);
    });
  });

  it("reads each slide's notes, whole, in its notes page", () => {
    deck.slides.forEach((slide, i) => {
      const expected = [slide.notes, slide.sourceLine].filter(Boolean).join(' ');
      expect(squash(pages[i]!.notes.join(' ')), `slide ${i + 1}`).toBe(squash(expected));
    });
  });
});
