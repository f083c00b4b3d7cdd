import type { Author } from '../content/paper.ts';
import { isPublisherFurniture, readByline } from './byline.ts';
import { chunkOf, chunkText, type Chunk } from './chunks.ts';
import type { ChunkRole } from './floats.ts';
import { stripMarkup } from './markdown.ts';
import { ABSTRACT_HEADING, BODY_OPENING, KEYWORDS_LINE, headlessAbstract, isParagraph, isStructured, numberedFirst, structuredEnd, type StructuredAbstract } from './structured-abstract.ts';
import { endsSentence, foldSpace, wordCount } from './text.ts';

export { isPublisherFurniture } from './byline.ts';

export interface FrontMatter {
  title: string;
  authors: Author[];
  affiliations: string[];
  abstract: string;
  keywords: string[];
  /** The chunks read into the abstract and keywords. */
  read: Set<number>;
  /** Where the header lines read into title, authors and affiliations are. */
  used: { start: number; end: number }[];
  /** Chunks between the abstract and the first heading that are the paper's opening text. */
  opening: number[];
  /** A structured abstract's end (the body's first chunk) and what told it. */
  structured?: Pick<StructuredAbstract, 'end' | 'endedBy'>;
}

/** Long enough to be a paragraph of an abstract set without its heading. */
const ABSTRACT_WORDS = 50;

/** A front-matter chunk as a reader sees it: no markdown `#` marks or emphasis, "A B S T R A C T" closed up. */
function plain(chunk: Chunk): string {
  return stripMarkup(chunkText(chunk).replace(/^#{1,6}\s+/, '')).replace(/^(?:\p{L} {1,2})+\p{L}$/u, (spaced) =>
    spaced.split(/ {2}/).map((word) => word.replace(/ /g, '')).join(' '),
  );
}

/**
 * Index of the first chunk where section headings may start: after the keywords, after the
 * abstract's heading, or after a structured abstract (at the "Introduction" that ends it, or
 * where its parts end: see `readStructuredAbstract`), with or without its heading; without any
 * of those, at the first paragraph or section heading after the title.
 */
export function frontMatterEnd(chunks: readonly Chunk[]): number {
  const texts = chunks.map(plain);
  const abstractAt = texts.findIndex((t) => ABSTRACT_HEADING.test(t) && t.length < 4000);
  const keywordsAt = texts.findIndex((t, i) => KEYWORDS_LINE.test(t) && i > abstractAt);
  if (keywordsAt >= 0) return keywordsAt + 1;
  if (abstractAt >= 0) return isStructured(texts, abstractAt) ? structuredEnd(texts, chunks, abstractAt).end : abstractAt + 1;
  const before = texts.findIndex((t) => KEYWORDS_LINE.test(t));
  if (before >= 0) return before + 1;
  const headless = headlessAbstract(texts, chunks);
  if (headless) return headless.end;
  for (let i = 1; i < chunks.length; i++) {
    if (isParagraph(texts[i]!) || (chunks[i]!.lines.length <= 2 && (BODY_OPENING.test(texts[i]!) || numberedFirst(texts[i]!)))) return i;
    const first = chunks[i]!.lines[0]!.text.trim();
    if (numberedFirst(first) || BODY_OPENING.test(first) || /^#{2,6}\s/.test(first)) return i;
  }
  // Without any of those: after the title and the author line (short, not a sentence).
  const authors = texts[1];
  return authors !== undefined && authors.length < 200 && !/[.!?]$/.test(authors) ? 2 : Math.min(1, chunks.length);
}

/**
 * Reads what comes before the first section heading (`bodyStart`): title, authors and
 * affiliations (see `readByline`), the abstract and keywords. The abstract is what its heading
 * heads — up to the keywords, through the parts of a structured abstract, or else its first
 * paragraph (rejoined across a page break); without a heading, the first paragraph after the
 * byline when headings follow. Paragraphs after the abstract are the paper's untitled opening.
 */
export function readFrontMatter(chunks: readonly Chunk[], bodyStart: number, roles: readonly ChunkRole[]): FrontMatter {
  const texts = chunks.map(plain);
  const within = (i: number) => i >= 0 && i < bodyStart;
  let abstractAt = texts.findIndex((t, i) => within(i) && ABSTRACT_HEADING.test(t) && t.length < 4000);
  const keywordsAt = texts.findIndex((t, i) => within(i) && KEYWORDS_LINE.test(t) && i > abstractAt);
  const prose = (i: number) => roles[i] === 'prose' && !isPublisherFurniture(texts[i]!);
  const read = new Set<number>();
  let abstractParts: number[] = [];
  let structured: FrontMatter['structured'];
  const headless = abstractAt === -1 ? headlessAbstract(texts, chunks) : undefined;
  if (abstractAt >= 0) {
    read.add(abstractAt);
    const end = keywordsAt > abstractAt ? keywordsAt : bodyStart;
    if (keywordsAt > abstractAt) abstractParts = range(abstractAt + 1, end).filter(prose);
    else if (isStructured(texts, abstractAt)) {
      // NOTE: text between a structured abstract and the first heading is the body's untitled opening.
      structured = structuredEnd(texts, chunks, abstractAt);
      abstractParts = range(abstractAt + 1, Math.min(end, structured.end)).filter(prose);
    } else abstractParts = firstParagraph(texts, range(abstractAt + 1, end).filter(prose), texts[abstractAt]!.replace(ABSTRACT_HEADING, ''));
  } else if (headless) {
    structured = headless;
    abstractAt = headless.start;
    abstractParts = range(headless.start, Math.min(headless.end, bodyStart)).filter(prose);
  } else if (bodyStart < chunks.length) {
    const first = range(1, bodyStart).find((i) => prose(i) && isAbstractLike(chunks[i]!, texts[i]!));
    if (first !== undefined) {
      abstractAt = first;
      abstractParts = [first, ...firstParagraph(texts, range(first + 1, bodyStart).filter(prose), texts[first]!)];
    }
  }
  for (const i of abstractParts) read.add(i);
  const keywordsChunk = keywordsAt >= 0 ? keywordsAt : texts.findIndex((t, i) => within(i) && KEYWORDS_LINE.test(t));
  if (keywordsChunk >= 0) read.add(keywordsChunk);

  const headerEnd = [abstractAt, keywordsChunk, frontMatterEnd(chunks), bodyStart].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b));
  const byline = readByline(chunks.slice(0, Math.max(headerEnd, Math.min(1, chunks.length))));
  const inline = abstractAt >= 0 && !abstractParts.includes(abstractAt) ? [texts[abstractAt]!.replace(ABSTRACT_HEADING, '')] : [];
  const abstractTexts = [...inline, ...abstractParts.map((i) => (i === abstractAt && ABSTRACT_HEADING.test(texts[i]!) ? texts[i]!.replace(ABSTRACT_HEADING, '') : textOf(chunks[i]!)))];
  const lastRead = Math.max(headerEnd - 1, ...read);
  // NOTE: the opening holds its floats too (a figure's caption, a table), read as in any section.
  const opening = range(lastRead + 1, bodyStart).filter((i) => !read.has(i) && (prose(i) || (roles[i] !== 'prose' && i >= abstractEnd(abstractAt, keywordsChunk, abstractParts))));
  return {
    title: byline.title,
    authors: byline.authors,
    affiliations: byline.affiliations,
    abstract: foldSpace(abstractTexts.filter(Boolean).join(' ')),
    keywords: keywordsChunk === -1 ? [] : parseKeywords(chunks[keywordsChunk]!),
    read,
    used: byline.used,
    opening,
    ...(structured ? { structured } : {}),
  };
}

/** The first chunk after the abstract and keywords: floats from there on are the opening's. */
function abstractEnd(abstractAt: number, keywordsAt: number, parts: number[]): number {
  const last = Math.max(abstractAt, keywordsAt, ...parts);
  return last >= 0 ? last + 1 : Infinity;
}

/** The abstract's first paragraph: the first chunk, and the chunks it goes on into across breaks. */
function firstParagraph(texts: readonly string[], candidates: number[], inline: string): number[] {
  const parts: number[] = [];
  let text = inline;
  for (const i of candidates) {
    if (text !== '' && endsSentence(text)) break;
    parts.push(i);
    text = texts[i]!;
  }
  return parts;
}

/** A chunk's words without the publisher's lines set in it (a citation line under an abstract). */
function textOf(chunk: Chunk): string {
  const lines = chunk.lines.filter((line) => !isPublisherFurniture(line.text));
  return lines.length ? plain(chunkOf(lines)) : '';
}

/** An abstract set without its heading: a paragraph of fifty words or more, its lines sentences. */
function isAbstractLike(chunk: Chunk, text: string): boolean {
  const sentences = chunk.lines.filter((line) => (line.text.match(/(?:^|\s)\p{Ll}{2,}/gu)?.length ?? 0) >= 3).length;
  return wordCount(text) >= ABSTRACT_WORDS && sentences * 3 >= chunk.lines.length * 2 && /[.!?]/.test(text);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** Keywords separated by semicolons, else by commas, else one a line ("Keywords:" above them). */
function parseKeywords(chunk: Chunk): string[] {
  const list = plain(chunk).replace(KEYWORDS_LINE, '');
  const separator = list.includes(';') ? /\s*;\s*/ : list.includes(',') ? /\s*,\s*/ : list.includes('·') ? /\s*·\s*/ : undefined;
  const keywords = separator ? list.split(separator) : chunk.lines.map((line) => stripMarkup(line.text).replace(KEYWORDS_LINE, '').replace(/^key\s*words?:?$/i, ''));
  return keywords.map((keyword) => keyword.trim().replace(/\.$/, '')).filter(Boolean);
}
