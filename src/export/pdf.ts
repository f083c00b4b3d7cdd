import { basename, dirname, join } from 'node:path';
import { wrapError } from '../errors.ts';
import { requireBrowser } from './run.ts';
import { printPdf, showHtml } from './show.ts';
import { SLIDE_BOX, slidesDocument } from './slides.ts';
import type { ExportContext } from './types.ts';

/**
 * One sheet per slide, exactly the slide's size.
 * NOTE: Chromium builds a bookmark from a heading's lines and drops the space where a long title
 * wraps ("CancerTreatment"); with `pre-wrap` that space stays, and the wrapping does not change.
 */
const PRINT_CSS = `@page { size: ${SLIDE_BOX.width}px ${SLIDE_BOX.height}px; margin: 0; }
div.marpit > svg { break-after: page; }
h1, h2, h3 { white-space: pre-wrap; }`;

/**
 * PDF, one page per slide, bookmarked by slide title. Printed by the build's shared Chromium from
 * the same slides the HTML shows; the bookmarks are Chromium's outline of the slides' headings.
 */
export async function exportPdf(context: ExportContext): Promise<void> {
  const browser = requireBrowser(context, 'PDFs');
  await browser.eachOnPages(context.decks, async (page, deck) => {
    const path = join(context.stageDir, `${deck.stem}.pdf`);
    try {
      await showHtml(page, slidesDocument(await context.slides(deck), { title: deck.deck.title, css: PRINT_CSS, lang: deck.lang }), dirname(path), basename(deck.stem));
      // NOTE: `outline` needs a tagged PDF; it turns each slide's heading into a bookmark.
      await printPdf(page, path, { width: `${SLIDE_BOX.width}px`, height: `${SLIDE_BOX.height}px`, printBackground: true, tagged: true, outline: true });
    } catch (cause) {
      throw wrapError(`could not print the PDF of ${deck.stem}`, cause);
    }
    context.progress?.deck(deck.stem);
  });
}
