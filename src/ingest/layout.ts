import { chunkOf, type Chunk } from './chunks.ts';
import { endsSentence } from './text.ts';

/** Longer than a line of hard-wrapped text: a chunk whose lines mostly run this long has a paragraph a line. */
const UNWRAPPED = 160;
const TABLE_ROW = /^\s*\|/;

/**
 * Paragraph breaks in text that has no blank line between paragraphs. Text that is not
 * hard-wrapped has a paragraph a line: a chunk holding such a line is split at every line (page
 * breaks and split terms are rejoined later, as between any chunks), except between table rows
 * and before a line that starts in lowercase (a wrapped keyword list, a sentence going on).
 */
export function splitLongLines(chunk: Chunk): Chunk[] {
  const long = (i: number) => (chunk.lines[i]?.text.trim().length ?? 0) > UNWRAPPED;
  // NOTE: a PDF's text may hold a long line too (a caption set across the page), but it runs on
  // into the next line; a paragraph on one line ends a sentence.
  const longLines = chunk.lines.filter((_, i) => long(i));
  if (longLines.length === 0 || longLines.filter((line) => endsSentence(line.text)).length * 2 <= longLines.length) return [chunk];
  const parts: Chunk[] = [];
  let start = 0;
  chunk.lines.forEach((line, i) => {
    const next = chunk.lines[i + 1];
    if (!next || (TABLE_ROW.test(line.text) && TABLE_ROW.test(next.text)) || /^\s*\p{Ll}/u.test(next.text)) return;
    parts.push(chunkOf(chunk.lines.slice(start, i + 1)));
    start = i + 1;
  });
  parts.push(chunkOf(chunk.lines.slice(start)));
  return parts;
}

/**
 * Paragraph breaks in hard-wrapped text that has no blank line between paragraphs: after a line
 * that ends a sentence well short of the wrap width (a wrapped line inside a paragraph runs
 * almost to the width), when the next line starts like a sentence.
 */
export function splitWrapped(chunk: Chunk): Chunk[] {
  const lengths = chunk.lines.map((line) => line.text.trim().length);
  const width = Math.max(...lengths);
  if (chunk.lines.length < 3 || width < 50) return [chunk];
  const parts: Chunk[] = [];
  let start = 0;
  chunk.lines.forEach((line, i) => {
    const next = chunk.lines[i + 1];
    if (!next || lengths[i]! > 0.7 * width || !endsSentence(line.text) || !/^\s*[\p{Lu}\p{N}"“‘(]/u.test(next.text)) return;
    parts.push(chunkOf(chunk.lines.slice(start, i + 1)));
    start = i + 1;
  });
  parts.push(chunkOf(chunk.lines.slice(start)));
  return parts;
}
