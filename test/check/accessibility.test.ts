import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { check, type CheckResult } from '../../src/check/check.ts';
import { main } from '../../src/cli/main.ts';
import { Terminal } from '../../src/cli/terminal.ts';
import { readJats } from '../../src/ingest/jats/index.ts';
import { requireChromium, ROOT } from '../export/tools.ts';
import { tempDir } from '../helpers.ts';

// A small course (the overlong fixture's paper without its overlong edit) for two audiences: one in
// Lectern's theme with a logo, one in a theme override whose text is pale grey on white.
const PAPER = join(ROOT, 'test/fixtures/overlong/content/tiny/paper.txt');
const LOGO = join(ROOT, 'content/audiences/undergraduate-logo.svg');

function project(): string {
  const root = tempDir('lectern-a11y-');
  mkdirSync(join(root, 'content/tiny'), { recursive: true });
  copyFileSync(PAPER, join(root, 'content/tiny/paper.txt'));
  mkdirSync(join(root, 'content/audiences/pale-templates/themes'), { recursive: true });
  copyFileSync(LOGO, join(root, 'content/audiences/crest.svg'));
  writeFileSync(join(root, 'content/audiences/plain.yaml'), 'name: Plain\ninstitution: Example University\nlogo: crest.svg\n');
  writeFileSync(join(root, 'content/audiences/pale.yaml'), 'name: Pale\ntheme: pale\ntemplates: pale-templates\n');
  writeFileSync(join(root, 'content/audiences/pale-templates/themes/pale.css'), "/* @theme pale */\n@import 'lectern';\n\nsection { --ink: #b0b0b0; --accent: #c0c0c0; }\n");
  return root;
}

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const sink = new Writable({ write: (chunk, _, done) => ((out += chunk), done()) });
  const code = await main(args, new Terminal(sink, sink));
  return { code, out };
}

describe('lectern check: accessibility', () => {
  let root: string;
  let result: CheckResult;
  beforeAll(async () => {
    requireChromium();
    root = project();
    result = await check({ root });
  }, 180_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds the low-contrast theme, naming deck, slide and rule, and nothing in Lectern’s own theme', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.overflows).toEqual([]);
    const pale = result.accessibility.filter((f) => f.audience === 'pale');
    expect(pale.length).toBeGreaterThan(0);
    expect(pale.every((f) => f.rule === 'color-contrast' && f.impact === 'serious')).toBe(true);
    expect(pale[0]).toMatchObject({ course: 'tiny', audience: 'pale', deck: expect.stringMatching(/^\d\d-/), file: expect.stringMatching(/^tiny\/pale\/\d\d-.*\.html$/) });
    expect(pale.every((f) => typeof f.slide === 'number' && f.title)).toBe(true);
    // Every deck of the pale audience has low-contrast slides; the plain audience and the course page have none.
    expect(new Set(pale.map((f) => f.deck)).size).toBe(result.decks / 2);
    expect(result.accessibility.filter((f) => f.audience !== 'pale')).toEqual([]);
    expect(result.pages).toBe(result.decks + 1);
  });

  it('prints each violation and exits 1 on a serious one', async () => {
    const human = await run(['check', '--root', root]);
    expect(human.code).toBe(1);
    expect(human.out).toMatch(/accessibility \(serious\): tiny\/pale\/\d\d-[a-z-]+ slide \d+ "[^"]+": color-contrast: /);
    expect(human.out).toMatch(/\d+ accessibility violations \(\d+ serious or critical\) on \d+ pages/);
    const json = JSON.parse((await run(['check', '--root', root, '--json', '--audience', 'plain'])).out) as CheckResult;
    expect(json.accessibility).toEqual([]);
  }, 180_000);
});

describe('language and logo text', () => {
  let root: string;
  beforeAll(() => {
    root = project();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const htmlOf = (outDir: string, audience: string) => readFileSync(join(outDir, `tiny/${audience}/01-methods.html`), 'utf8');

  it('is English by default, whatever the machine’s locale, and the course’s lang when it names one', async () => {
    const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL };
    process.env.LANG = 'de_DE.UTF-8';
    process.env.LC_ALL = 'de_DE.UTF-8';
    try {
      const first = await build({ root, outDir: join(root, 'one'), formats: ['html'], audiences: ['plain'] });
      expect(htmlOf(first.outDir, 'plain')).toMatch(/<html lang="en">/);
      expect(htmlOf(first.outDir, 'plain')).toContain('<section id="1"');
      expect(htmlOf(first.outDir, 'plain')).toMatch(/<section id="1"[^>]* lang="en"/);
      writeFileSync(join(root, 'content/tiny/course.yaml'), 'lang: pt-BR\n');
      const second = await build({ root, outDir: join(root, 'two'), formats: ['html'], audiences: ['plain'] });
      expect(htmlOf(second.outDir, 'plain')).toMatch(/<html lang="pt-BR">/);
      expect(readFileSync(join(second.outDir, 'index.html'), 'utf8')).toMatch(/<html lang="pt-BR">/);
      expect(second.manifest.courses[0]!.lang).toBe('pt-BR');
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      rmSync(join(root, 'content/tiny/course.yaml'), { force: true });
    }
  }, 120_000);

  it('rejects a lang that is not a language tag, naming the line', async () => {
    writeFileSync(join(root, 'content/tiny/course.yaml'), 'title: T\nlang: English please\n');
    try {
      await expect(build({ root, outDir: join(root, 'bad'), formats: [] })).rejects.toMatchObject({ location: { file: 'content/tiny/course.yaml', line: 2 } });
    } finally {
      rmSync(join(root, 'content/tiny/course.yaml'), { force: true });
    }
  });

  it('reads the language of a JATS paper from its xml:lang', async () => {
    const xml = `<?xml version="1.0"?><article xml:lang="fr"><front><article-meta><title-group><article-title>Titre</article-title></title-group></article-meta></front><body><sec><title>Introduction</title><p>Un paragraphe.</p></sec></body></article>`;
    const { paper } = await readJats(new TextEncoder().encode(xml), { file: 'paper.xml' });
    expect(paper.language).toBe('fr');
  });

  it('gives the logo the alt text the profile names, else the institution, as text', async () => {
    const outDir = join(root, 'logo');
    await build({ root, outDir, formats: ['html'], audiences: ['plain'] });
    expect(htmlOf(outDir, 'plain')).toMatch(/<img src="logo\.svg" alt="Example University"/);
    writeFileSync(join(root, 'content/audiences/plain.yaml'), 'name: Plain\ninstitution: Example University\nlogo: crest.svg\nlogoAlt: "bg Crest of <Example> & w:90 University"\n');
    await build({ root, outDir, formats: ['html'], audiences: ['plain'] });
    // Words Marp would read as image options (bg, w:90) stay text, and markup characters are left out:
    // the logo is still an image on the title slide, its alt the words.
    const img = /<img src="logo\.svg" alt="([^"]*)"/.exec(htmlOf(outDir, 'plain'));
    expect(img?.[1]?.replaceAll('\u200B', '')).toBe('bg Crest of Example and w:90 University');
  }, 120_000);
});
