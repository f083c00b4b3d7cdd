import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserSession, findBrowser } from '../../src/export/browser.ts';
import { showHtml } from '../../src/export/show.ts';
import { requireChromium } from './tools.ts';

describe('findBrowser', () => {
  it('takes CHROME_PATH first, and says why when it is not a program', () => {
    expect(findBrowser({ CHROME_PATH: '/bin/sh', PATH: '' })).toEqual({ path: '/bin/sh' });
    expect(findBrowser({ CHROME_PATH: '/nowhere/chrome', PATH: '/usr/bin' })).toEqual({ reason: 'CHROME_PATH=/nowhere/chrome is not an executable file' });
  });

  it('otherwise looks for Chromium or Chrome on PATH, and names what it looked for', () => {
    const empty = mkdtempSync(join(tmpdir(), 'lectern-path-'));
    try {
      const lookup = findBrowser({ PATH: empty });
      expect(lookup.path).toBeUndefined();
      expect(lookup).toHaveProperty('reason', expect.stringContaining('chromium, chromium-browser, google-chrome'));
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('BrowserSession', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'lectern-session-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('keeps its pages off the network, remembers what they asked for, and leaves its profile in tmpDir', async () => {
    requireChromium();
    const session = new BrowserSession(findBrowser().path!, tmp);
    try {
      const page = await session.newPage();
      await page.setContent('<link rel="stylesheet" href="https://fonts.example.com/font.css"><p>offline</p>', { waitUntil: 'load' });
      expect(await page.$eval('p', (p) => p.textContent)).toBe('offline');
    } finally {
      await session.close();
    }
    expect([...session.blocked]).toEqual(['https://fonts.example.com/font.css']);
    expect(readdirSync(tmp)).toEqual([expect.stringMatching(/^chromium-/)]);
  }, 60_000);

  it('works through items on two pages at once, and the next work takes the same pages', async () => {
    requireChromium();
    const session = new BrowserSession(findBrowser().path!, tmp);
    try {
      const run = async (items: number[]) => {
        const pages = new Set<unknown>();
        let running = 0;
        let most = 0;
        const seen: number[] = [];
        await session.eachOnPages(items, async (page, item) => {
          pages.add(page);
          most = Math.max(most, ++running);
          await page.setContent(`<p>${item}</p>`);
          seen.push(Number(await page.$eval('p', (p) => p.textContent)));
          running--;
        });
        return { pages, most, seen: seen.sort() };
      };
      const first = await run([1, 2, 3, 4, 5]);
      expect(first.seen).toEqual([1, 2, 3, 4, 5]);
      expect(first.pages.size).toBe(2);
      expect(first.most).toBe(2);
      const second = await run([6, 7, 8]);
      expect(second.seen).toEqual([6, 7, 8]);
      expect(second.pages).toEqual(first.pages);
      const browser = [...first.pages][0] as { browser(): { pages(): Promise<unknown[]> } };
      // The blank tab Chromium starts with, and the two pages: no page was opened for the second work.
      expect(await browser.browser().pages()).toHaveLength(3);
    } finally {
      await session.close();
    }
  }, 60_000);

  it('after a failure starts no new item, and throws the earliest failing item’s error', async () => {
    requireChromium();
    const session = new BrowserSession(findBrowser().path!, tmp);
    try {
      const started: number[] = [];
      let thirdStarted!: () => void;
      const third = new Promise<void>((resolve) => (thirdStarted = resolve));
      let browser!: { pages(): Promise<unknown[]> };
      const work = session.eachOnPages([1, 2, 3, 4, 5, 6], async (page, item) => {
        browser = page.browser();
        started.push(item);
        if (item === 3) thirdStarted();
        // Item 2 fails after item 3 has, on the other page: the error thrown is still item 2's, as one page would have thrown.
        if (item === 2) await third;
        if (item === 2 || item === 3) throw new Error(`item ${item} failed`);
      });
      await expect(work).rejects.toThrow('item 2 failed');
      expect(started).toEqual([1, 2, 3]);
      // Both pages failed an item, so neither is kept for later work: only Chromium's blank tab is left.
      expect(await browser.pages()).toHaveLength(1);
    } finally {
      await session.close();
    }
  }, 60_000);
});

describe('showHtml', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'lectern-show-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('resolves paths beside the deck, writing into the page while it shows a file of the same folder', async () => {
    requireChromium();
    const folders = ['public', 'clinician'].map((name, i) => {
      const dir = join(tmp, name);
      mkdirSync(dir);
      // Each folder's logo has its own width: what the page shows tells which folder it came from.
      writeFileSync(join(dir, 'logo.svg'), `<svg xmlns="http://www.w3.org/2000/svg" width="${40 + i * 10}" height="20"></svg>`);
      return dir;
    });
    const logoWidth = (page: import('puppeteer-core').Page) => page.$eval('img', (img) => (img as HTMLImageElement).naturalWidth);
    const session = new BrowserSession(findBrowser().path!, tmp);
    try {
      const page = await session.newPage();
      await showHtml(page, '<p>first</p><img src="logo.svg">', folders[0]!, '01-intro');
      const opened = page.url();
      expect(await logoWidth(page)).toBe(40);
      await showHtml(page, '<p>second</p><img src="logo.svg">', folders[0]!, '02-methods');
      expect(page.url()).toBe(opened);
      expect(await page.$eval('p', (p) => p.textContent)).toBe('second');
      expect(await logoWidth(page)).toBe(40);
      await showHtml(page, '<p>third</p><img src="logo.svg">', folders[1]!, '01-intro');
      expect(page.url()).not.toBe(opened);
      expect(await logoWidth(page)).toBe(50);
      // The files opened are not left beside the decks.
      expect(folders.flatMap((dir) => readdirSync(dir))).toEqual(['logo.svg', 'logo.svg']);
    } finally {
      await session.close();
    }
  }, 60_000);
});
