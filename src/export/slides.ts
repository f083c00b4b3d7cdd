import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LecternError } from '../errors.ts';
import createEngine from './marp-engine.mjs';
import type { StagedDeck } from './types.ts';

/** A deck's slides as the browser draws them: one inline SVG each (vector at any size). */
export interface RenderedSlides {
  /** Marp's CSS for the deck, theme included, scoped to `div.marpit`. */
  css: string;
  /** One `<svg>` per slide; each must sit directly inside a `<div class="marpit">` for the CSS to apply. */
  slides: string[];
}

/**
 * Renders Marp markdown in-process with the same engine and themes marp-cli uses for the HTML, PDF
 * and PPTX, so handouts and the overflow check see exactly the slides those formats show.
 */
export function createSlideRenderer(themeDirs: readonly string[]): (markdown: string) => RenderedSlides {
  // NOTE: not printable: Marp's print CSS makes every page a 1280×720 slide with no margins, which
  // is right for a deck's PDF but would take over the handout's own page size and layout.
  const marp = createEngine({ printable: false });
  // NOTE: a theme added later replaces one of the same name, so Lectern's own folder goes first
  // and the overrides (listed first in themeDirs) after it.
  for (const dir of [...themeDirs].reverse()) {
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
 * Renders a staged deck's markdown (as the build wrote it) into its slides, one for each slide
 * planned: handouts and findings pair rendered slides with planned ones by position.
 */
export function createStagedDeckRenderer(themeDirs: readonly string[], stageDir: string): (deck: StagedDeck) => RenderedSlides {
  const render = createSlideRenderer(themeDirs);
  return (staged) => {
    const rendered = render(readFileSync(join(stageDir, `${staged.stem}.md`), 'utf8'));
    if (rendered.slides.length !== staged.deck.slides.length) {
      throw new LecternError(`deck ${staged.stem} renders ${rendered.slides.length} slides but was planned with ${staged.deck.slides.length}; a template adds or drops a slide separator`);
    }
    return rendered;
  };
}
