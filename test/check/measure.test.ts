import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureSlides } from '../../src/check/measure.ts';
import { BrowserSession, findBrowser } from '../../src/export/browser.ts';
import { MarpThread } from '../../src/export/marp-thread.ts';
import { createSlideRenderer } from '../../src/export/slides.ts';
import { TemplateSet } from '../../src/render/templates.ts';
import { requireChromium } from '../export/tools.ts';

const deck = (...slides: string[]) => `---\nmarp: true\ntheme: lectern\nfooter: A footer is not content\npaginate: true\n---\n\n${slides.join('\n\n---\n\n')}\n`;

describe('measureSlides', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'lectern-measure-'));
  let session: BrowserSession;
  const marp = new MarpThread();
  beforeAll(() => {
    requireChromium();
    session = new BrowserSession(findBrowser().path!, tmp);
  });
  afterAll(async () => {
    await session.close();
    await marp.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('measures how far content reaches past the bottom and the right of each slide', async () => {
    const render = createSlideRenderer(new TemplateSet(), marp);
    const fits = '## A slide that fits\n\n- One short bullet';
    const tall = `## Too many lines\n\n${Array.from({ length: 16 }, (_, i) => `- Bullet ${i + 1}`).join('\n')}`;
    const wide = `## A word that cannot wrap\n\n- ${'x'.repeat(120)}`;
    const page = await session.newPage();
    try {
      const [a, b, c] = await measureSlides(page, await render(deck(fits, tall, wide)), tmp, 'deck');
      expect(a).toEqual({ slide: 1, below: 0, right: 0 });
      expect(b!.below).toBeGreaterThan(200);
      expect(b!.right).toBe(0);
      expect(c!.right).toBeGreaterThan(500);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('loads images that sit beside the deck, as the deck’s HTML and PDF do', async () => {
    writeFileSync(join(tmp, 'tall.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="900"><rect width="40" height="900"/></svg>');
    const render = createSlideRenderer(new TemplateSet(), marp);
    const page = await session.newPage();
    try {
      const [slide] = await measureSlides(page, await render(deck('## An image\n\n![](tall.svg)\n\nA line under it')), tmp, 'deck');
      // Drawn, the 900 px image runs off the slide; not found, it would be a small broken-image icon.
      expect(slide!.below).toBeGreaterThan(200);
    } finally {
      await page.close();
    }
  }, 60_000);
});
