import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { wrapError } from '../errors.ts';
import { handoutFile } from './files.ts';
import { compileHandoutTemplates, HANDOUT_LAYOUTS, HANDOUT_MARGINS, HANDOUT_NAMES, handoutView } from './handout-page.ts';
import { PAPER_SIZES } from './paper.ts';
import { requireBrowser } from './run.ts';
import { printPdf, showHtml } from './show.ts';
import type { ExportContext, StagedDeck } from './types.ts';

/**
 * Printed handouts for every deck: a study guide (slide above its notes), a denser one (two slides
 * a page, each beside its notes), 3-up with ruled lines and 6-up. Slides are Marp's inline SVG, so
 * they stay vector in the PDF; the page is printed by the build's shared Chromium, which also draws
 * the header and the page numbers.
 */
export async function exportHandouts(context: ExportContext): Promise<void> {
  const browser = requireBrowser(context, 'handouts');
  // Decks of one course and audience share their templates: compile each set once.
  const compiled = new Map<StagedDeck['templates'], ReturnType<typeof compileHandoutTemplates>>();
  const templatesFor = (deck: StagedDeck) => {
    if (!compiled.has(deck.templates)) compiled.set(deck.templates, compileHandoutTemplates(deck.templates));
    return compiled.get(deck.templates)!;
  };
  const size = PAPER_SIZES[context.paper];
  const margin = Object.fromEntries(Object.entries(HANDOUT_MARGINS).map(([side, mm]) => [side, `${mm}mm`]));
  // Each handout is an item of its own, so that both pages stay busy to the last one: a rebuild of
  // three decks would otherwise print eight handouts on one page and four on the other.
  const left = new Map(context.decks.map((deck) => [deck, HANDOUT_NAMES.length]));
  const handouts = context.decks.flatMap((deck) => HANDOUT_NAMES.map((layout) => ({ deck, layout })));
  await browser.eachOnPages(handouts, async (page, { deck, layout }) => {
    const view = handoutView(deck, await context.slides(deck), layout, context.paper);
    const templates = templatesFor(deck);
    const path = join(context.stageDir, handoutFile(deck, layout));
    mkdirSync(dirname(path), { recursive: true });
    try {
      await showHtml(page, templates.page(view), dirname(join(context.stageDir, deck.stem)), `${basename(deck.stem)}-${layout}`);
      await printPdf(page, path, {
        format: size.format,
        margin,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: templates.header(view),
        footerTemplate: templates.footer(view),
      });
    } catch (cause) {
      throw wrapError(`could not print the ${HANDOUT_LAYOUTS[layout].label.toLowerCase()} for ${deck.stem}`, cause);
    }
    left.set(deck, left.get(deck)! - 1);
    if (left.get(deck) === 0) context.progress?.deck(deck.stem);
  });
}
