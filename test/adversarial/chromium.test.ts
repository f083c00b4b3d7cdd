import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.ts';
import { BrowserSession, findBrowser } from '../../src/export/browser.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import type { ManifestDeck } from '../../src/manifest.ts';
import { fold, makeProject, tempDir } from '../helpers.ts';
import { requireChromium } from '../export/tools.ts';
import { hostilePaper } from './corpus.ts';

/** What a slide shows and what its notes say, read from the deck Chromium loaded. */
interface LoadedDeck {
  pwned: unknown;
  slides: number;
  notes: string[];
  text: string;
}

const root = makeProject({ hostile: { paper: hostilePaper() } });
const out = join(root, 'dist');
const profiles = tempDir('lectern-adversarial-browser-');
const { paper } = ingestPaper(hostilePaper());
let result: BuildResult;
let session: BrowserSession;
/** Every address any page asked for, allowed or not. */
const requested: string[] = [];

beforeAll(async () => {
  requireChromium();
  mkdirSync(join(root, 'content/audiences'));
  // Acronyms spelled out and references shown: the reference list must still be the paper's own.
  writeFileSync(join(root, 'content/audiences/spelled.yaml'), 'name: Spelled out\nspellOutAcronyms: true\nreferences: true\n');
  writeFileSync(join(root, 'content/audiences/plain.yaml'), 'name: Plain\nreferences: true\nwording: plain\n');
  result = await build({ root, outDir: out, formats: ['html'] });
  session = new BrowserSession(findBrowser().path!, profiles);
}, 180_000);

afterAll(async () => {
  await session?.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(profiles, { recursive: true, force: true });
});

async function load(file: string): Promise<LoadedDeck> {
  const page = await session.newPage();
  page.on('request', (request) => requested.push(request.url()));
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      slides: document.querySelectorAll('svg[data-marpit-svg]').length,
      notes: [...document.querySelectorAll('.bespoke-marp-note')].map((n) => (n as HTMLElement).dataset.index + '\u0000' + (n.textContent ?? '')),
      text: document.body.textContent ?? '',
    }));
  } finally {
    await page.close();
  }
}

/** Notes as the presenter reads them: Lectern's invisible zero-width spaces gone, whitespace folded. */
function readable(text: string): string {
  return fold(text.replaceAll('\u200B', ''));
}

const decks = (): { audience: string; deck: ManifestDeck }[] =>
  result.manifest.courses.flatMap((c) => c.audiences.flatMap((a) => a.decks.map((deck) => ({ audience: a.id, deck }))));

describe('a paper that tries to escape from being data, in Chromium', () => {
  it('builds without errors, for both audiences', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(new Set(decks().map((d) => d.audience))).toEqual(new Set(['plain', 'spelled']));
  });

  it('runs no script from the paper, asks the network for nothing, and shows every planned slide with its notes verbatim', async () => {
    const paragraphs = paper.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph');
    let slidesCompared = 0;
    for (const { audience, deck } of decks()) {
      const where = `${audience}/${deck.id}`;
      const loaded = await load(join(out, deck.files.html!));
      expect(loaded.pwned, where).toBeUndefined();
      expect(loaded.slides, where).toBe(deck.slides.length);
      // A note is found by the slide it belongs to; slides without notes have none.
      const notes = new Map(loaded.notes.map((n) => n.split('\u0000') as [string, string]));
      deck.slides.forEach((slide, i) => {
        const shown = readable(notes.get(String(i)) ?? '');
        // A slide that tells paragraphs (one, or several joined) holds each of them in its notes.
        for (const block of paragraphs.filter((b) => (slide.kind === 'content' || slide.kind === 'assertion') && slide.source.includes(b.id))) {
          expect(shown, `${where} slide ${i + 1} notes`).toContain(fold(block.text));
          slidesCompared++;
        }
      });
      // Every paragraph of the deck's section is somewhere in its notes, word for word.
      const allNotes = readable(loaded.notes.map((n) => n.split('\u0000')[1]).join(' '));
      for (const block of paragraphs.filter((b) => deck.section !== undefined && b.id.startsWith(`${deck.section}/`))) {
        expect(allNotes, `${where} notes hold ${block.id}`).toContain(fold(block.text));
      }
    }
    expect(slidesCompared).toBeGreaterThan(10);
    expect(requested.length).toBeGreaterThan(0);
    const outside = requested.filter((url) => !url.startsWith('file:') && !url.startsWith('data:') && url !== 'about:blank');
    expect(outside).toEqual([]);
    expect([...session.blocked]).toEqual([]);
  }, 180_000);

  it('keeps the hostile fragments as literal words in the notes', async () => {
    const deck = decks().find((d) => d.audience === 'spelled' && d.deck.section === 'introduction')!.deck;
    const notes = readable((await load(join(out, deck.files.html!))).notes.map((n) => n.split('\u0000')[1]).join(' '));
    for (const fragment of ['<!-- _class: lead -->', 'theme: gaia', '!!str header: X', '-->', '<!--', '<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">']) {
      expect(notes).toContain(fragment);
    }
    const methods = decks().find((d) => d.audience === 'spelled' && d.deck.section === 'methods')!.deck;
    const methodNotes = readable((await load(join(out, methods.files.html!))).notes.map((n) => n.split('\u0000')[1]).join(' '));
    for (const fragment of ['<iframe src="https://example.com"></iframe>', '<style>body{display:none}</style>', '{{x}} and {{{x}}}', '$$x$$', '`rm -rf /`', '```fenced```', 'Links a and b are text']) {
      expect(methodNotes).toContain(fragment);
    }
  }, 60_000);

  it('shows the references as the paper gives them, even with acronyms spelled out', async () => {
    expect(paper.references.map((r) => r.text)).toHaveLength(2);
    for (const audience of ['spelled', 'plain']) {
      const deck = decks().find((d) => d.audience === audience && d.deck.slides.some((s) => s.kind === 'references'))?.deck;
      expect(deck, `${audience} has a reference slide`).toBeDefined();
      const loaded = await load(join(out, deck!.files.html!));
      expect(loaded.pwned).toBeUndefined();
      for (const reference of paper.references) expect(readable(loaded.text), audience).toContain(`[${reference.n}] ${reference.text}`);
      expect(loaded.text).not.toMatch(/Epidermal growth factor receptor \(EGFR\) and|Vascular endothelial growth factor \(VEGF\) in colon/i);
    }
  }, 60_000);

  it('runs no script on the course page', async () => {
    const page = await load(join(out, 'index.html'));
    expect(page.pwned).toBeUndefined();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('<script>window.__pwned');
  }, 60_000);
});
