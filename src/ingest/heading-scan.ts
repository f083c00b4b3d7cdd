import { isPublisherFurniture } from './byline.ts';
import { chunkText, type Chunk } from './chunks.ts';
import type { ChunkRole } from './floats.ts';
import { COMMON_SECTIONS, FRONT_HEADINGS, MAIN_SECTIONS, REFERENCES, headingForm, isBackMatter, plainHeading, type HeadingForm, type HeadingStyle } from './headings.ts';
import { assignLevels, numberedInOrder } from './heading-levels.ts';
import { endsSentence, isTitleCase, wordCount } from './text.ts';

export interface Heading {
  /** Index of the heading's chunk. */
  at: number;
  /** The heading's words: no `#`, number or trailing colon. */
  text: string;
  /** 1 for a section; deeper for a subsection (`##` under `#`, `2.1` under `2`). */
  level: number;
  style: HeadingStyle;
  number?: number[];
}

/** A line that looks like a heading but was read as text, and why: ingest's guess, reported. */
export interface RejectedHeading {
  at: number;
  text: string;
  why: string;
}

export interface HeadingScan {
  headings: Heading[];
  /** The chunk of the reference list's heading, in whatever style. */
  references?: number;
  rejected: RejectedHeading[];
  /** Unmarked headings read as subsections from their place and case: a guess, reported. */
  subheadings: Heading[];
}

/** A markdown heading: `#` marks, then a capital, a number or emphasis. */
const MARKDOWN_HEADING = /^#{1,6}\s+[\p{Lu}\p{N}*_\[]/u;
/** The start of a `Term:` or `Term Term:` paragraph: what a split term's second half looks like. */
const TERM_START = /^[\p{L}-]+(?:\s+[\p{L}-]+)?:\s/u;

/**
 * Finds the section and subsection headings from chunk `from` on (what comes before is front
 * matter), deciding line by line: a paper may mix numbered, capitalised and Title Case headings.
 * A heading is a line of its own whose words read as a title (see `headingForm`) and that text
 * follows. Numbered headings must follow each other in order ("2" after "1.3"), which tells a
 * numbered list from the paper's sections; a Title Case line is not a heading when it is half of
 * a term split over two lines or text cut by a page break; a line in sentence case is one only
 * after a finished paragraph. A paper that marks headings with `#` uses only those.
 */
export function findHeadings(chunks: readonly Chunk[], from: number, roles: readonly ChunkRole[]): HeadingScan {
  const text = (i: number) => chunkText(chunks[i]!);
  const prose = (i: number) => roles[i] === 'prose';
  const candidates: { at: number; text: string }[] = [];
  for (let at = from; at < chunks.length; at++) if (prose(at) && isCandidate(chunks[at]!)) candidates.push({ at, text: text(at) });
  const references = candidates.find((c) => REFERENCES.test(plainHeading(c.text)))?.at;
  // NOTE: "# papers" in a table's header is not markdown; a markdown paper has headings that start with a capital.
  const markdownOnly = candidates.filter((c) => {
    const form = MARKDOWN_HEADING.test(c.text) ? headingForm(c.text) : undefined;
    return form !== undefined && !('reject' in form) && form.style === 'markdown';
  }).length >= 2;

  const headings: Heading[] = [];
  const rejected: RejectedHeading[] = [];
  const isHeadingAt = new Set<number>();
  const nextProse = (i: number) => {
    for (let j = i + 1; j < chunks.length; j++) if (prose(j)) return j;
    return undefined;
  };
  const previousProse = (i: number) => {
    for (let j = i - 1; j >= from; j--) if (prose(j)) return j;
    return undefined;
  };
  /** A paragraph follows: several lines or a sentence's worth of words, or a heading that a paragraph follows. */
  const leadsToText = (i: number | undefined, depth = 0): boolean => {
    if (i === undefined) return false;
    const chunk = chunks[i]!;
    if (chunk.lines.length >= 2 && !isCandidate(chunk)) return true;
    if (wordCount(text(i)) >= 8 && !isCandidate(chunk)) return true;
    if (wordCount(text(i)) >= 12) return true;
    return depth < 1 && isCandidate(chunk) && leadsToText(nextProse(i), depth + 1);
  };
  const labels = labelRuns(chunks, roles, from);
  const isLoose = (i: number) => roles[i] === 'figure text' || roles[i] === 'table text' || roles[i] === 'unreadable';
  /** Why a candidate shaped like a heading is not one where it stands; undefined when it is one. */
  const judge = (at: number, form: HeadingForm): string | undefined => {
    if (labels.has(at)) return 'it sits among other short lines with no text between them, so it reads as the words of a figure or table';
    const next = nextProse(at);
    const before = previousProse(at);
    const why = contextProblem(form.style, form.text, next === undefined ? undefined : text(next), before === undefined ? undefined : text(before), before !== undefined && isHeadingAt.has(before), chunks[at]!.lines.length);
    if (why || (form.style !== 'titlecase' && form.style !== 'allcaps')) return why;
    if (MAIN_SECTIONS.test(form.text) || isBackMatter(form.text) || REFERENCES.test(form.text)) return undefined;
    // NOTE: a heading stands by its text, not among a figure's or a table's words.
    const loose = isLoose(at + 1) || (isLoose(at - 1) && wordCount(form.text) <= 3);
    if (loose || (!COMMON_SECTIONS.test(form.text) && !leadsToText(next))) return 'no paragraph follows it, so it reads as a label of a figure or table';
    return undefined;
  };
  for (const candidate of candidates) {
    const { at } = candidate;
    if (references !== undefined && at >= references) break;
    const form = headingForm(candidate.text);
    if (!form || 'reject' in form || FRONT_HEADINGS.test(form.text) || isPublisherFurniture(candidate.text)) continue;
    if (form.style === 'markdown' && !MARKDOWN_HEADING.test(candidate.text)) continue;
    if (markdownOnly && form.style !== 'markdown' && !isBackMatter(form.text)) continue;
    const why = judge(at, form);
    if (why) {
      if (wordCount(form.text) <= 12 && /^\p{Lu}/u.test(form.text)) rejected.push({ at, text: form.text, why });
      continue;
    }
    headings.push({ at, text: form.text, style: form.style, level: form.level ?? 1, ...(form.number ? { number: form.number } : {}) });
    isHeadingAt.add(at);
  }
  // NOTE: numbered lines set one after another at one depth with no text between are a list's items.
  const listed = new Set(headings.filter((h, i) => [headings[i - 1], headings[i + 1]].some((o) => o?.number && h.number && Math.abs(o.at - h.at) === 1 && o.number.length === h.number.length)));
  for (const heading of listed) rejected.push({ at: heading.at, text: heading.text, why: 'it is one of numbered lines set one after another, so it reads as a list item' });
  // NOTE: one numbered line alone is a list's or a figure's, not a paper's numbering, unless it is "1 Introduction".
  const chain = numberedInOrder(headings.filter((h) => h.number && !listed.has(h)));
  const alone = [...chain][0];
  const inOrder = chain.size >= 2 || (alone && alone.number!.join('.') === '1' && COMMON_SECTIONS.test(alone.text)) ? chain : new Set<Heading>();
  for (const heading of headings.filter((h) => h.number && !inOrder.has(h) && !listed.has(h))) {
    rejected.push({ at: heading.at, text: heading.text, why: 'its number does not follow the section numbers before it, so it reads as a numbered list item' });
  }
  const kept = headings.filter((h) => !h.number || inOrder.has(h));
  const subheadings = assignLevels(kept);
  return { headings: kept, references, rejected, subheadings };
}

/**
 * Short lines that follow one another with nothing but a figure's or table's loose words between
 * them: three or more that are not numbered or named are labels, not headings ("Summary (270
 * words)" / "Alignment" / "Source document"), as a paper does not set three headings in a row.
 */
function labelRuns(chunks: readonly Chunk[], roles: readonly ChunkRole[], from: number): Set<number> {
  const labels = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) for (const i of run) labels.add(i);
    run = [];
  };
  for (let i = from; i < chunks.length; i++) {
    const text = chunkText(chunks[i]!);
    const short = roles[i] === 'prose' && chunks[i]!.lines.length <= 2 && wordCount(text) <= 10 && !/[.;:]["'’”)]*$/.test(text);
    if (roles[i] === 'figure text' || roles[i] === 'table text' || roles[i] === 'unreadable') continue;
    if (!short) {
      flush();
      continue;
    }
    const form = headingForm(text);
    const unmarked = form !== undefined && !('reject' in form) && (form.style === 'titlecase' || form.style === 'allcaps') && !COMMON_SECTIONS.test(form.text) && !isBackMatter(form.text) && !REFERENCES.test(form.text);
    if (unmarked) run.push(i);
  }
  flush();
  return labels;
}

/** A chunk that may be a heading: one line, a number and its title, or a title wrapped over two lines. */
function isCandidate(chunk: Chunk): boolean {
  const lines = chunk.lines.map((line) => line.text.trim());
  if (lines.length === 1) return true;
  if (lines.length > 3) return false;
  const numbered = /^(\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)$/.test(lines[0]!);
  const title = numbered ? lines.slice(1) : lines;
  if (title.length === 1) return numbered;
  // A wrapped title goes on in lowercase, or its first line ends mid-phrase: "The … guidelines for" / "faithfulness …".
  return title.length === 2 && !endsSentence(title[0]!) && /^\p{Ll}/u.test(title[1]!) && wordCount(title.join(' ')) <= 20;
}

/** Why a line shaped like a heading is not one where it stands, or undefined when it is. */
function contextProblem(style: HeadingStyle, title: string, next: string | undefined, before: string | undefined, afterHeading: boolean, lines: number): string | undefined {
  if (style === 'markdown') return undefined;
  const named = COMMON_SECTIONS.test(title) || isBackMatter(title) || REFERENCES.test(title);
  if (next === undefined) return named ? undefined : 'no text follows it';
  if (!/^[\p{Lu}\p{N}"“‘(\[#•*-]/u.test(next)) return 'the text after it goes on in lowercase, so it reads as the start of a sentence';
  if (style === 'numbered' || style === 'allcaps' || named) return undefined;
  if (TERM_START.test(next)) return 'the next paragraph starts with "Term:", so it reads as a term split over two lines';
  if (before?.endsWith(':') && !afterHeading) return 'the paragraph before it ends with a colon, so it reads as what that paragraph introduces';
  if (!isTitleCase(title) && (lines > 1 || wordCount(title) > 15)) return 'it is long and in sentence case, so it reads as text';
  // NOTE: a Title Case line after another (a title over two lines) needs no finished paragraph before it.
  const finished = before === undefined || afterHeading || endsSentence(before) || (isTitleCase(title) && isTitleCase(before));
  return finished ? undefined : 'the paragraph before it ends mid-sentence, so it reads as text split by a page break';
}
