import { isAuthorLine } from './byline.ts';
import { chunkOf, chunkText, type Chunk } from './chunks.ts';
import { headingForm, isNamedSection } from './headings.ts';
import { isPartName } from './structured-abstract.ts';
import { endsSentence, isAllCaps, isTitleCase, wordCount } from './text.ts';

/** "2.1", "1.", "IV." — a section number alone ("0" and "1.0" are an axis's). */
const SECTION_NUMBER = /^([1-9]\d?(?:\.[1-9]\d?){0,3}\.?|[IVX]{1,5}\.)$/;

/**
 * A section number alone on its line and its title on the next ("1." / "Introduction", as
 * pdftotext writes a number set apart from its title) become one chunk: "1. Introduction".
 */
export function joinSectionNumbers(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    const next = chunks[i + 1];
    const span = next ? titleLines(next.lines.map((line) => line.text.trim())) : 0;
    if (chunk.lines.length === 1 && SECTION_NUMBER.test(chunk.lines[0]!.text.trim()) && next && span > 0) {
      const form = headingForm(`${chunk.lines[0]!.text.trim()} ${next.lines.slice(0, span).map((line) => line.text.trim()).join(' ')}`);
      if (form && !('reject' in form)) {
        out.push(chunkOf([chunk.lines[0]!, ...next.lines.slice(0, span)]));
        if (next.lines.length > span) out.push(chunkOf(next.lines.slice(span)));
        i++;
        continue;
      }
    }
    out.push(chunk);
  }
  return out;
}

/**
 * How many of a chunk's first lines are a section's title: one line on its own or above a line
 * that starts a paragraph, or two short lines of one wrapped title; 0 when the chunk opens with
 * a paragraph ("To better understand the challenges of human" / "evaluation on …").
 */
function titleLines(lines: string[]): number {
  const [first, second] = lines;
  if (!first || !/^\p{Lu}/u.test(first) || endsSentence(first)) return 0;
  if (second === undefined || /^\p{Lu}/u.test(second)) return 1;
  const wrapped = lines.length === 2 && !endsSentence(second) && wordCount(`${first} ${second}`) <= 16;
  return wrapped ? 2 : 0;
}

/**
 * A heading shares its chunk with the text around it when the paper has no blank lines around
 * its headings ("2.1 Study Area" / "Beetles were…"): it gets a chunk of its own. Inside a chunk, a
 * line is a heading only after a line that ends a sentence or another heading, and only when it
 * is clearly shorter than the wrapped lines around it. A numbered line next to a list item is a
 * list item; a line in capitals or Title Case next to another such line is part of a title.
 * Before the paper's first paragraph of running text, a line that reads as names is the byline;
 * after it, a short sentence-case line alone at a chunk's top, above a longer line, is a heading.
 */
export function splitAtHeadings(chunks: readonly Chunk[]): Chunk[] {
  let afterText = false;
  return chunks.flatMap((chunk) => {
    const parts = splitChunk(chunk, { afterText });
    afterText ||= parts.some((part) => isRunningText(chunkText(part)));
    return parts;
  });
}

/** A paragraph of running text: once one is read, the byline is behind. */
function isRunningText(text: string): boolean {
  return wordCount(text) >= 30 && endsSentence(text);
}

/** Where a line stands: the lines around it, and what came before it in the paper. */
interface LinePlace {
  before: string;
  after: string;
  /** The line before it is a heading. */
  afterHeading: boolean;
  /** The paper's first paragraph of running text is behind. */
  afterText: boolean;
  /** It is a chunk's first line, clearly shorter than the next, and holds no sentence's end. */
  aloneAtTop: boolean;
}

function splitChunk(chunk: Chunk, { afterText }: { afterText: boolean }): Chunk[] {
  if (chunk.lines.length < 2) return [chunk];
  const width = Math.max(...chunk.lines.map((line) => line.text.trim().length));
  const headingAt: boolean[] = [];
  chunk.lines.forEach((line, i) => {
    const text = line.text.trim();
    const before = chunk.lines[i - 1]?.text.trim() ?? '';
    const after = chunk.lines[i + 1]?.text.trim() ?? '';
    // NOTE: a heading set above its paragraph is clearly shorter than the paragraph's first line; a
    // paragraph's own first line is about as long as the next, even in a column.
    const aloneAtTop = i === 0 && text.length <= 0.7 * after.length && /^\p{L}/u.test(text) && !/[.?!;:]\s/.test(text);
    const looks = headingLike(text, { before, after, afterHeading: headingAt[i - 1] === true, afterText, aloneAtTop });
    const placed = i === 0 || headingAt[i - 1] || isNamedSection(text) || (endsSentence(before) && text.length <= 0.7 * width);
    const inList = !isNamedSection(text) && ((LIST_ITEM.test(before) && !headingAt[i - 1]) || LIST_ITEM.test(after));
    // NOTE: what follows a heading starts a paragraph or another heading, never a sentence going on.
    const opens = after === '' || /^[\p{Lu}\p{N}"“‘(#]/u.test(after);
    headingAt.push(looks && placed && opens && !inList);
  });
  const parts: Chunk[] = [];
  let start = 0;
  headingAt.forEach((heading, i) => {
    if (!heading) return;
    if (i > start) parts.push(chunkOf(chunk.lines.slice(start, i)));
    parts.push(chunkOf([chunk.lines[i]!]));
    start = i + 1;
  });
  if (start < chunk.lines.length) parts.push(chunkOf(chunk.lines.slice(start)));
  return parts;
}

const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)])\s/;

function headingLike(text: string, { before, after, afterHeading, afterText, aloneAtTop }: LinePlace): boolean {
  const form = headingForm(text);
  if (!form || 'reject' in form) return false;
  if (form.style === 'markdown' || form.style === 'numbered' || isNamedSection(text)) return true;
  // NOTE: a byline wrapped over lines reads as Title Case too, but only before the paper's first
  // paragraph: later, "Funding Policy and Research Output" is a heading, not two names; and an
  // abstract's parts ("Design, Setting, and Participants") are not names either.
  if (form.style === 'titlecase' && !afterText && isAuthorLine(text) && !isPartName(text)) return false;
  if (form.style === 'allcaps') return !isAllCaps(before) && !isAllCaps(after);
  if (isTitleCase(form.text)) return !isTitleCase(before) && !isTitleCase(after);
  // A sentence-case line right under a heading: a subsection's title ("Overall structures of the
  // complexes"); or, past the byline, one set alone at the top of a chunk above its text.
  return (afterHeading || (aloneAtTop && afterText)) && wordCount(form.text) <= 12;
}
