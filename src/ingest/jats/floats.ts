import type { FoundBlock } from '../assemble.ts';
import type { FlowContext } from './context.ts';
import { isDoiLine } from './front.ts';
import { pipeTable, tableRows } from './tables.ts';
import { inlineText } from './text.ts';
import { child, descendants, elements, type XmlElement } from './xml.ts';

/**
 * A figure's, table's or video's caption as a block: `label` "Figure 2", text "Figure 2. Title.
 * Legend…" as printed, with the image credit (`<attrib>`) after it. Undefined when it has no words.
 */
export function captionBlock(float: XmlElement, context: FlowContext): FoundBlock | undefined {
  const labelElement = child(float, 'label');
  const label = labelElement ? inlineText(labelElement).replace(/\s*[.:]$/, '') : '';
  const parts: string[] = [];
  const caption = child(float, 'caption');
  for (const part of caption ? elements(caption) : []) {
    const text = inlineText(part, { onFootnote: (fn) => context.drop(fn, 'footnote') });
    if (!text) continue;
    if (isDoiLine(text)) context.dropped.push({ reason: 'publisher furniture', text, source: { path: part.path } });
    else parts.push(part.local === 'title' && !/[.!?:]$/.test(text) ? `${text}.` : text);
  }
  for (const attribution of elements(float, 'attrib')) parts.push(inlineText(attribution));
  for (const graphic of [...elements(float, 'graphic', 'alt-text', 'long-desc'), ...elements(float, 'alternatives').flatMap((a) => elements(a, 'graphic'))]) context.drop(graphic, 'figure text');
  for (const permissions of elements(float, 'permissions')) context.drop(permissions, 'publisher furniture');
  const legend = parts.filter(Boolean).join(' ');
  if (!label && !legend) return undefined;
  const text = label && legend ? `${label}. ${legend}` : label || legend;
  return { kind: 'caption', ...(label ? { label } : {}), text, source: { path: float.path } };
}

/**
 * A table: its caption block, then one table block for each `<table>` it holds (rows with the
 * header first, see `tableRows`). Table footnotes are listed as dropped. A table given only as an
 * image keeps its caption, and Lectern says so.
 */
export function tableBlocks(wrap: XmlElement, context: FlowContext): FoundBlock[] {
  const caption = captionBlock(wrap, context);
  const blocks: FoundBlock[] = caption ? [caption] : [];
  const tables = wrap.local === 'array' && elements(wrap, 'tbody').length ? [wrap] : descendants(wrap, 'table').filter((t) => !descendants(t, 'table').length);
  for (const table of tables) {
    const rows = tableRows(table, { onFootnote: (fn) => context.drop(fn, 'footnote') });
    if (rows.length === 0) continue;
    blocks.push({ kind: 'table', ...(caption?.label ? { label: caption.label } : {}), text: pipeTable(rows), rows, source: { path: table.path } });
  }
  if (tables.length === 0) {
    context.note('info', `${caption?.label ?? 'a table'} is given as an image: its caption is kept, its cells are not in the XML`, wrap);
  }
  for (const foot of elements(wrap, 'table-wrap-foot')) context.drop(foot, 'footnote');
  return blocks;
}
