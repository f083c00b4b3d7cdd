import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page, PDFOptions } from 'puppeteer-core';
import { pinPdfDates } from './source-date.ts';

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

/** Prints the page to a PDF once its fonts are ready, with the dates pinned for reproducible builds. */
export async function printPdf(page: Page, path: string, options: PDFOptions): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.pdf({ ...options, path });
  pinPdfDates(path);
}
