import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';

/**
 * Loads HTML into a page as a file in `dir` (a deck's staging folder), so that what the deck
 * refers to beside itself — a profile's logo — loads as it does in the deck's own HTML and PDF.
 * `setContent` would leave the page on about:blank, where relative paths resolve to nothing.
 */
export async function showHtml(page: Page, html: string, dir: string, name: string): Promise<void> {
  const file = join(dir, `.${name}.lectern.html`);
  writeFileSync(file, html);
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  } finally {
    rmSync(file, { force: true });
  }
}
