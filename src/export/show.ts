import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page, PDFOptions } from 'puppeteer-core';
import { pinPdfDates } from './source-date.ts';

/**
 * Loads HTML into a page as a file in `dir` (a deck's staging folder), so that what the deck
 * refers to beside itself — a profile's logo — loads as it does in the deck's own HTML and PDF.
 * `setContent` on a fresh page would leave it on about:blank, where relative paths resolve to
 * nothing; so a page first opens a file in `dir`, and while it shows one there, later HTML is
 * written into that document: it resolves the same paths, and it costs Chromium about a third
 * less than opening a new file (measured over a course's PDFs and handouts: the same bytes).
 */
export async function showHtml(page: Page, html: string, dir: string, name: string): Promise<void> {
  if (showsFileIn(page, dir)) {
    await page.setContent(html, { waitUntil: 'load' });
    return;
  }
  const file = join(dir, `.${name}.lectern.html`);
  writeFileSync(file, html);
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  } finally {
    rmSync(file, { force: true });
  }
}

function showsFileIn(page: Page, dir: string): boolean {
  const url = page.url();
  return url.startsWith('file:') && dirname(fileURLToPath(url)) === dir;
}

/** Prints the page to a PDF once its fonts are ready, with the dates pinned for reproducible builds. */
export async function printPdf(page: Page, path: string, options: PDFOptions): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.pdf({ ...options, path });
  pinPdfDates(path);
}
