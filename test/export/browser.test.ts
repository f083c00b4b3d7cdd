import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserSession, findBrowser } from '../../src/export/browser.ts';
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
});
