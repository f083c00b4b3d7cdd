import { chunkText, type Chunk } from './chunks.ts';
import { isAllCaps, wordCount } from './text.ts';

export interface Heading {
  /** Index of the heading's chunk. */
  at: number;
  /** The heading as written, without a trailing colon. */
  text: string;
}

const REFERENCES = /^(references|bibliography|works cited|literature cited)$/i;
const FRONT_HEADINGS = /^(abstract|key\s*words?)$/i;

/**
 * A heading is a line of its own, short, written in capitals, with no full stop
 * ("MECHANISMS OF DRUG RESISTANCE:", "CONCLUSION").
 */
export function headingText(chunk: Chunk): string | undefined {
  if (chunk.lines.length !== 1) return undefined;
  const text = chunkText(chunk).replace(/\s*:$/, '');
  if (wordCount(text) > 12 || /[.!?]$/.test(text) || !isAllCaps(text)) return undefined;
  if (!/\p{Lu}{2}/u.test(text)) return undefined;
  return text;
}

export function findHeadings(chunks: Chunk[]): Heading[] {
  const headings: Heading[] = [];
  chunks.forEach((chunk, at) => {
    const text = headingText(chunk);
    if (text !== undefined && !FRONT_HEADINGS.test(text)) headings.push({ at, text });
  });
  return headings;
}

export function isReferencesHeading(text: string): boolean {
  return REFERENCES.test(text.trim());
}
