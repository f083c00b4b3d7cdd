import type { SourceRange } from '../content/paper.ts';
import { chunkText, type Chunk } from './chunks.ts';
import { endsSentence, isTitleCase, wordCount } from './text.ts';

/** A paragraph as the author wrote it: one or more chunks rejoined across page breaks. */
export interface Paragraph {
  text: string;
  source: SourceRange;
  /** How many page-break splits were rejoined to make it. */
  joins: number;
}

/**
 * A term alone on its line, its explanation in the next paragraph ("Data Privacy and Security:").
 */
export function isLoneTerm(text: string): boolean {
  if (!text.endsWith(':')) return false;
  const term = text.slice(0, -1);
  return wordCount(term) <= 8 && !/[.!?]/.test(term) && isTitleCase(term);
}

/**
 * Rejoins the chunks of a section into the author's paragraphs. A chunk continues into the next
 * when it does not end a sentence (page breaks split paragraphs mid-sentence, and the continuation
 * may start with a capital: "eligible for" / "HER2-targeted therapies"), when it is a lone term,
 * or when the next chunk starts in lowercase.
 */
export function joinParagraphs(chunks: Chunk[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (const chunk of chunks) {
    const text = chunkText(chunk);
    if (current && continues(current.text, text)) {
      current.text = `${current.text} ${text}`;
      current.source.end = chunk.end;
      current.joins++;
      continue;
    }
    current = { text, source: { start: chunk.start, end: chunk.end }, joins: 0 };
    paragraphs.push(current);
  }
  return paragraphs;
}

function continues(previous: string, next: string): boolean {
  if (isLoneTerm(previous)) return true;
  if (!endsSentence(previous)) return true;
  return /^\p{Ll}/u.test(next);
}
