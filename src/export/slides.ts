import Handlebars from 'handlebars';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LecternError } from '../errors.ts';
import type { TemplateSet } from '../render/templates.ts';
import type { MarpThread } from './marp-thread.ts';
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
 * Renders Marp markdown with the same engine marp-cli uses for the HTML and PPTX (in Marp's
 * thread), and the themes of one template set, so PDFs, handouts and the overflow check see
 * exactly the slides those formats show.
 */
export function createSlideRenderer(templates: TemplateSet, marp: MarpThread): (markdown: string) => Promise<RenderedSlides> {
  const folders = themeFolders(templates);
  return (markdown) => marp.render(markdown, folders);
}

/**
 * Renders staged decks (as the build wrote them) into their slides, each with its own course's
 * and audience's themes, each deck once however many exporters ask. The slides must match the
 * plan one for one: handouts and findings pair them by position.
 */
export function createStagedDeckRenderer(stageDir: string, marp: MarpThread): (deck: StagedDeck) => Promise<RenderedSlides> {
  const renderers = new Map<TemplateSet, (markdown: string) => Promise<RenderedSlides>>();
  // NOTE: by promise, so that two asking for one deck at once render it once.
  const rendered = new Map<string, Promise<RenderedSlides>>();
  const renderStaged = async (staged: StagedDeck) => {
    if (!renderers.has(staged.templates)) renderers.set(staged.templates, createSlideRenderer(staged.templates, marp));
    const slides = await renderers.get(staged.templates)!(readFileSync(join(stageDir, `${staged.stem}.md`), 'utf8'));
    if (slides.slides.length !== staged.deck.slides.length) {
      throw new LecternError(`deck ${staged.stem} renders ${slides.slides.length} slides but was planned with ${staged.deck.slides.length}; a template adds or drops a slide separator`);
    }
    return slides;
  };
  return (staged) => {
    if (!rendered.has(staged.stem)) rendered.set(staged.stem, renderStaged(staged));
    return rendered.get(staged.stem)!;
  };
}

/** A page showing a deck's slides one after another, each at its real size. */
export function slidesDocument(rendered: RenderedSlides, { title = '', css = '', lang = 'en' }: { title?: string; css?: string; lang?: string } = {}): string {
  const slides = rendered.slides.map((svg) => `<div class="marpit">${svg}</div>`).join('\n');
  const sizing = `body { margin: 0; } div.marpit > svg { display: block; width: ${SLIDE_BOX.width}px; height: ${SLIDE_BOX.height}px; }`;
  return `<!DOCTYPE html><html lang="${Handlebars.escapeExpression(lang)}"><head><meta charset="utf-8"><title>${Handlebars.escapeExpression(title)}</title><style>${rendered.css}</style><style>${sizing}\n${css}</style></head><body>${slides}</body></html>`;
}
