import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MarpThread } from '../../src/export/marp-thread.ts';
import { createStagedDeckRenderer } from '../../src/export/slides.ts';
import type { StagedDeck } from '../../src/export/types.ts';
import { TemplateSet } from '../../src/render/templates.ts';

describe('createStagedDeckRenderer', () => {
  const stage = mkdtempSync(join(tmpdir(), 'lectern-stage-'));
  const overrides = mkdtempSync(join(tmpdir(), 'lectern-themes-'));
  const marp = new MarpThread();
  afterAll(async () => {
    await marp.close();
    for (const dir of [stage, overrides]) rmSync(dir, { recursive: true, force: true });
  });
  const markdown = '---\nmarp: true\ntheme: lectern\n---\n\n## One\n\n---\n\n## Two\n\n---\n\n## Three\n';
  for (const stem of ['c/a/01-x', 'c/b/01-x']) {
    mkdirSync(join(stage, stem, '..'), { recursive: true });
    writeFileSync(join(stage, `${stem}.md`), markdown);
  }
  // A course's own `lectern` theme, replacing Lectern's for its decks only.
  mkdirSync(join(overrides, 'themes'));
  writeFileSync(join(overrides, 'themes/lectern.css'), '/* @theme lectern */\nsection { background: rgb(1, 2, 3); }\n');
  const render = createStagedDeckRenderer(stage, marp);
  const staged = (stem: string, titles: string[], templates = new TemplateSet()) =>
    ({ stem, templates, deck: { slides: titles.map((title) => ({ kind: 'content', title, bullets: [], source: [] })) } }) as unknown as StagedDeck;

  it('renders each slide as its own inline SVG, with the theme', async () => {
    const { css, slides } = await render(staged('c/a/01-x', ['One', 'Two', 'Three']));
    expect(slides).toHaveLength(3);
    expect(slides[1]).toMatch(/^<svg data-marpit-svg="" viewBox="0 0 1280 720">.*<h2[^>]*>Two<\/h2>/s);
    expect(css).toContain('DejaVu Sans');
    expect(css).not.toContain('@page');
  });

  it('gives each deck the themes of its own course and audience', async () => {
    const withOverride = await render(staged('c/b/01-x', ['One', 'Two', 'Three'], new TemplateSet([overrides])));
    expect(withOverride.css).toContain('rgb(1, 2, 3)');
    expect(withOverride.css).not.toContain('DejaVu Sans');
    expect((await render(staged('c/a/01-x', ['One', 'Two', 'Three']))).css).not.toContain('rgb(1, 2, 3)');
  });

  it('refuses a deck whose markdown renders a different number of slides than planned', async () => {
    await expect(createStagedDeckRenderer(stage, marp)(staged('c/a/01-x', ['One', 'Two']))).rejects.toThrow('deck c/a/01-x renders 3 slides but was planned with 2');
  });
});
