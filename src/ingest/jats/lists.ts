import type { FoundBlock } from '../assemble.ts';
import type { FlowContext } from './context.ts';
import { inlineText, type InlineOptions } from './text.ts';
import { child, elements, type XmlElement } from './xml.ts';

const ORDERED = /^(?:order|arabic|alpha-lower|alpha-upper|roman-lower|roman-upper)$/;

interface Item {
  marker: string;
  text: string;
  depth: number;
}

/**
 * A `<list>` as one list block: each item's words (its paragraphs joined), a nested list's items
 * after their parent item, indented in the text. The list's title, when it has one, is the
 * block's term. Markers are the item's `<label>`, else "1." in ordered lists and "-".
 */
export function listBlock(list: XmlElement, context: FlowContext): FoundBlock {
  const options: InlineOptions = { onFootnote: (fn) => context.drop(fn, 'footnote') };
  const items = listItems(list, 0, options);
  const title = child(list, 'title');
  const term = title ? inlineText(title) : '';
  return {
    kind: 'list',
    ...(term ? { term } : {}),
    text: items.map((item) => `${'  '.repeat(item.depth)}${item.marker} ${item.text}`).join('\n'),
    items: items.map((item) => item.text),
    source: { path: list.path },
  };
}

function listItems(list: XmlElement, depth: number, options: InlineOptions): Item[] {
  const ordered = ORDERED.test(list.attrs['list-type'] ?? '');
  const items: Item[] = [];
  elements(list, 'list-item').forEach((item, i) => {
    const label = child(item, 'label');
    const marker = label ? inlineText(label) : ordered ? `${i + 1}.` : '-';
    const nested: Item[] = [];
    const words: string[] = [];
    for (const part of elements(item)) {
      if (part.local === 'label') continue;
      if (part.local === 'list') {
        nested.push(...listItems(part, depth + 1, options));
        continue;
      }
      // NOTE: a list inside an item's paragraph is a nested list too, not words of the item.
      const inner = elements(part, 'list');
      words.push(inlineText(part.children.filter((node) => typeof node === 'string' || node.local !== 'list'), options));
      for (const sublist of inner) nested.push(...listItems(sublist, depth + 1, options));
    }
    const looseText = inlineText(item.children.filter((node) => typeof node === 'string'), options);
    const text = [looseText, ...words].filter(Boolean).join(' ');
    if (text) items.push({ marker, text, depth });
    items.push(...nested);
  });
  return items;
}

/** A `<def-list>` (a glossary in the text) as a list of "Term: definition" items. */
export function definitionListBlock(list: XmlElement, context: FlowContext): FoundBlock {
  const options: InlineOptions = { onFootnote: (fn) => context.drop(fn, 'footnote') };
  const items = elements(list, 'def-item').map((item) => {
    const term = child(item, 'term');
    const definition = elements(item, 'def').map((d) => inlineText(d, options)).join(' ');
    const name = term ? inlineText(term, options) : '';
    return name && definition ? `${name}: ${definition}` : name || definition;
  }).filter(Boolean);
  const title = child(list, 'title');
  const term = title ? inlineText(title) : '';
  return { kind: 'list', ...(term ? { term } : {}), text: items.map((item) => `- ${item}`).join('\n'), items, source: { path: list.path } };
}
