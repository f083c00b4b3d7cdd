import type { SourceRange } from '../content/paper.ts';
import { chunkText, joinText, type Chunk, type Line } from './chunks.ts';
import type { ChunkKind } from './markdown.ts';
import { endsSentence, isTitleCase, wordCount } from './text.ts';

/** A paragraph, list or table as the author wrote it: one or more chunks rejoined across page breaks. */
export interface Paragraph {
  kind: ChunkKind;
  /** Prose: the words with line and page breaks joined. Lists and tables: see `lines`. */
  text: string;
  /** Every line it is made of, for lists and tables. */
  lines: Line[];
  source: SourceRange;
  /** How many page-break splits were rejoined to make it. */
  joins: number;
}

/**
 * A term alone on its line, its explanation in the next paragraph ("Data Privacy and Security:").
 */
function isLoneTerm(text: string): boolean {
  if (!text.endsWith(':')) return false;
  const term = text.slice(0, -1);
  return wordCount(term) <= 8 && !/[.!?]/.test(term) && isTitleCase(term);
}

/**
 * Rejoins the chunks of a section into the author's paragraphs. A chunk of prose continues into
 * the next when it does not end a sentence (page breaks split paragraphs mid-sentence, and the
 * continuation may start with a capital: "eligible for" / "HER2-targeted therapies"), when it is
 * a lone term, or when the next chunk starts in lowercase. A list continues into the next list
 * (items separated by blank lines) or into lowercase text (an item split by a page break). A
 * caption or table set inside a paragraph (a PDF's float between its lines) does not end it: it
 * follows the paragraph it interrupted.
 */
export function joinParagraphs(parts: readonly { kind: ChunkKind; chunk: Chunk }[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  let floats: Paragraph[] = [];
  for (const { kind, chunk } of parts) {
    const text = chunkText(chunk);
    const paragraph: Paragraph = { kind, text, lines: [...chunk.lines], source: { start: chunk.start, end: chunk.end }, joins: 0 };
    if (kind === 'caption' || kind === 'table') {
      if (current?.kind === 'prose' && !endsSentence(current.text)) floats.push(paragraph);
      else {
        paragraphs.push(paragraph);
        current = paragraph;
      }
      continue;
    }
    if (current && continues(current, kind, text)) {
      current.text = joinText(current.text, current.lines[current.lines.length - 1]!.join, text);
      current.lines.push(...chunk.lines);
      current.source.end = chunk.end;
      current.joins++;
      continue;
    }
    paragraphs.push(...floats, paragraph);
    floats = [];
    current = paragraph;
  }
  paragraphs.push(...floats);
  return paragraphs;
}

function continues(previous: Paragraph, kind: ChunkKind, next: string): boolean {
  if (previous.kind === 'table' || kind === 'table' || previous.kind === 'caption' || kind === 'caption') return false;
  if (previous.kind === 'list') return kind === 'list' || (kind === 'prose' && /^\p{Ll}/u.test(next));
  if (kind === 'list') return false;
  if (isLoneTerm(previous.text)) return true;
  if (!endsSentence(previous.text)) return true;
  return /^\p{Ll}/u.test(next);
}
