import type { Page } from 'puppeteer-core';
import { showHtml } from '../export/show.ts';
import { SLIDE_BOX, slidesDocument, type RenderedSlides } from '../export/slides.ts';


/** How far a slide's content reaches past the slide box, in pixels (0 when it fits). */
export interface SlideExtent {
  /** 1-based, in deck order. */
  slide: number;
  below: number;
  right: number;
}

/**
 * Lays a deck's slides out in the browser, each at its real size, and measures how far the
 * content reaches: every element and every run of text, because a long word overflows its
 * paragraph without making the paragraph wider. The slide's own header, footer and page number
 * sit in its margins by design and are not content.
 */
export async function measureSlides(page: Page, rendered: RenderedSlides, deckDir: string, deckName: string): Promise<SlideExtent[]> {
  await page.setViewport({ width: SLIDE_BOX.width, height: SLIDE_BOX.height });
  // NOTE: named after the deck: the decks beside it are measured at the same time, on other pages.
  await showHtml(page, slidesDocument(rendered), deckDir, `${deckName}-check`);
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(MEASURE_IN_PAGE) as Promise<SlideExtent[]>;
}

// NOTE: a string, not a function: tsx compiles functions with a `__name` helper that exists in
// Node but not in the page, so a function passed to page.evaluate fails there.
const MEASURE_IN_PAGE = `(() => {
  const sections = [...document.querySelectorAll('div.marpit > svg > foreignObject > section')];
  const isMargin = (node, section) => node.parentNode === section && (node.nodeName === 'HEADER' || node.nodeName === 'FOOTER');
  return sections.map((section, i) => {
    const box = section.getBoundingClientRect();
    let bottom = box.top;
    let right = box.left;
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (isMargin(node, section) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let rect;
      if (node.nodeType === Node.TEXT_NODE) {
        if (!node.textContent.trim()) continue;
        range.selectNodeContents(node);
        rect = range.getBoundingClientRect();
      } else {
        rect = node.getBoundingClientRect();
      }
      if (rect.width === 0 && rect.height === 0) continue;
      bottom = Math.max(bottom, rect.bottom);
      right = Math.max(right, rect.right);
    }
    return { slide: i + 1, below: Math.max(0, Math.round(bottom - box.bottom)), right: Math.max(0, Math.round(right - box.right)) };
  });
})()`;
