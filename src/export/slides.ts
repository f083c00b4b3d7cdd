import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LecternError } from '../errors.ts';
import type { TemplateSet } from '../render/templates.ts';
import type { StagedDeck } from './types.ts';

/** Marp's slide box, in CSS pixels: every theme of ours is 16:9 at this size. */
export const SLIDE_BOX = { width: 1280, height: 720 };

/** A deck's slides as the browser draws them: one inline SVG each (vector at any size). */
export interface RenderedSlides {
  /** Marp's CSS for the deck, theme included, scoped to `div.marpit`. */
  css: string;
  /** One `<svg>` per slide; each must sit directly inside a `<div class="marpit">` for the CSS to apply. */
  slides: string[];
}

/** The theme folders of a template set, Lectern's own first so that overrides replace its themes. */
function themeFolders(templates: TemplateSet): string[] {
  return templates.folders
    .map((folder) => join(folder, 'themes'))
    .filter((dir) => existsSync(dir))
    .reverse();
}

/**
 * Renders Marp markdown in-process with the same engine marp-cli uses for the HTML and PPTX, and
 * the themes of one template set, so PDFs, handouts and the overflow check see exactly the slides
 * those formats show.
 */
export async function createSlideRenderer(templates: TemplateSet): Promise<(markdown: string) => RenderedSlides> {
  // NOTE: imported when slides are first drawn: Marp takes about half a second to load, which a
  // build making HTML alone, or nothing new, need not spend.
  const { default: createEngine } = await import('./marp-engine.mjs');
  // NOTE: not printable: Marp's print CSS makes every page a 1280×720 slide with no margins, which
  // would take over a handout's own page size; the deck PDF sets its own page (slidesDocument).
  const marp = createEngine({ printable: false });
  // NOTE: a theme added later replaces one of the same name: Lectern's folder goes first.
  for (const dir of themeFolders(templates)) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.css')).sort()) {
      marp.themeSet.add(readFileSync(join(dir, file), 'utf8'));
    }
  }
  return (markdown) => {
    const { html, css } = marp.render(markdown, { htmlAsArray: true });
    return { css, slides: html };
  };
}

/**
 * Renders staged decks (as the build wrote them) into their slides, each with its own course's
 * and audience's themes, each deck once however many exporters ask. The slides must match the
 * plan one for one: handouts and findings pair them by position.
 */
export function createStagedDeckRenderer(stageDir: string): (deck: StagedDeck) => Promise<RenderedSlides> {
  const renderers = new Map<TemplateSet, Promise<(markdown: string) => RenderedSlides>>();
  const rendered = new Map<string, RenderedSlides>();
  return async (staged) => {
    const cached = rendered.get(staged.stem);
    if (cached) return cached;
    if (!renderers.has(staged.templates)) renderers.set(staged.templates, createSlideRenderer(staged.templates));
    const render = await renderers.get(staged.templates)!;
    const slides = render(readFileSync(join(stageDir, `${staged.stem}.md`), 'utf8'));
    if (slides.slides.length !== staged.deck.slides.length) {
      throw new LecternError(`deck ${staged.stem} renders ${slides.slides.length} slides but was planned with ${staged.deck.slides.length}; a template adds or drops a slide separator`);
    }
    rendered.set(staged.stem, slides);
    return slides;
  };
}

/** A page showing a deck's slides one after another, each at its real size. */
export function slidesDocument(rendered: RenderedSlides, { title = '', css = '', lang = 'en' }: { title?: string; css?: string; lang?: string } = {}): string {
  const slides = rendered.slides.map((svg) => `<div class="marpit">${svg}</div>`).join('\n');
  const sizing = `body { margin: 0; } div.marpit > svg { display: block; width: ${SLIDE_BOX.width}px; height: ${SLIDE_BOX.height}px; }`;
  return `<!DOCTYPE html><html lang="${Handlebars.escapeExpression(lang)}"><head><meta charset="utf-8"><title>${Handlebars.escapeExpression(title)}</title><style>${rendered.css}</style><style>${sizing}\n${css}</style></head><body>${slides}</body></html>`;
}
