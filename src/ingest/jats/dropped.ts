import type { DropReason, Dropped } from '../../content/paper.ts';
import { inlineText } from './text.ts';
import type { XmlElement } from './xml.ts';

/** Elements read as one piece of dropped text: a paragraph, a heading, a table row, a footnote. */
const UNITS = new Set([
  'p', 'title', 'subtitle', 'trans-title', 'trans-subtitle', 'list-item', 'tr', 'def-item', 'caption', 'attrib', 'fn', 'ref',
  'disp-formula', 'preformat', 'code', 'kwd', 'aff', 'mixed-citation', 'element-citation', 'nlm-citation', 'verse-line',
]);

/**
 * An element left out of the blocks, as dropped pieces of text, each with its element's path:
 * paragraphs, headings, rows and footnotes one by one, so `lectern ingest --json` shows what
 * was left out and where, and no word of it goes unlisted.
 */
export function dropElement(element: XmlElement, reason: DropReason): Dropped[] {
  const out: Dropped[] = [];
  collect(element, reason, out);
  return out;
}

function collect(element: XmlElement, reason: DropReason, out: Dropped[]): void {
  // NOTE: an identifier (a DOI) is not words of the text.
  if (element.local === 'object-id') return;
  const ownText = element.children.some((node) => typeof node === 'string' && node.trim() !== '');
  if (UNITS.has(element.local) || ownText) {
    const text = inlineText(element, { onFootnote: (fn) => collect(fn, 'footnote', out) });
    if (text) out.push({ reason, text, source: { path: element.path } });
    return;
  }
  for (const node of element.children) if (typeof node !== 'string') collect(node, reason, out);
}

/** A piece of text dropped whole, with its element's path. */
export function dropText(element: XmlElement, text: string, reason: DropReason): Dropped {
  return { reason, text, source: { path: element.path } };
}
