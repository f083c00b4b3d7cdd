import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStagedDeckRenderer } from '../../src/export/slides.ts';
import type { StagedDeck } from '../../src/export/types.ts';
import { ROOT } from './tools.ts';

describe('createStagedDeckRenderer', () => {
  const stage = mkdtempSync(join(tmpdir(), 'lectern-stage-'));
  afterAll(() => rmSync(stage, { recursive: true, force: true }));
  mkdirSync(join(stage, 'c/default'), { recursive: true });
  writeFileSync(join(stage, 'c/default/01-x.md'), '---\nmarp: true\ntheme: lectern\n---\n\n## One\n\n---\n\n## Two\n\n---\n\n## Three\n');
  const render = createStagedDeckRenderer([join(ROOT, 'templates/themes')], stage);
  const staged = (titles: string[]) =>
    ({ stem: 'c/default/01-x', deck: { slides: titles.map((title) => ({ kind: 'content', title, bullets: [], source: [] })) } }) as unknown as StagedDeck;

  it('renders each slide as its own inline SVG, with the theme', () => {
    const { css, slides } = render(staged(['One', 'Two', 'Three']));
    expect(slides).toHaveLength(3);
    expect(slides[1]).toMatch(/^<svg data-marpit-svg="" viewBox="0 0 1280 720">.*<h2[^>]*>Two<\/h2>/s);
    expect(css).toContain('DejaVu Sans');
    expect(css).not.toContain('@page');
  });

  it('refuses a deck whose markdown renders a different number of slides than planned', () => {
    expect(() => render(staged(['One', 'Two']))).toThrow('deck c/default/01-x renders 3 slides but was planned with 2');
  });
});
