import { chunkOf, chunkText, type Chunk } from './chunks.ts';
import { markdownHeading, stripMarkup } from './markdown.ts';
import { endsSentence, isAllCaps, isTitleCase, wordCount } from './text.ts';

/** How a paper marks its headings. One paper uses one style; ingest picks it per document. */
export type HeadingStyle = 'markdown' | 'numbered' | 'allcaps' | 'titlecase';

export interface Heading {
  /** Index of the heading's chunk. */
  at: number;
  /** The heading's words: no `#`, number or trailing colon. */
  text: string;
  /** 1 for a section; deeper for a subsection (`##` under `#`, `2.1` under `2`). */
  level: number;
  style: HeadingStyle;
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
  /** Short lines between paragraphs read as subsection headings: a guess, reported. */
  subheadings: Heading[];
}

const REFERENCES = /^(references|references and notes|bibliography|works cited|literature cited|reference list)$/i;
/** Section names papers share, often in sentence case ("Materials and methods"): headings in any case. */
const COMMON_SECTIONS = /^(introduction|background|materials? and methods|methods?|methodology|study (area|site|design)|results?|results and discussion|discussion|conclusions?|conclusions? and (outlook|perspectives|future work)|limitations|outlook|case (report|presentation)|experimental( section| procedures)?)$/i;
const FRONT_HEADINGS = /^(abstract|key\s*words?|summary)$/i;
/** "Keywords:" is left out: the keywords below it belong to it. */
const ABSTRACT = /^(abstract|summary)$/i;
/**
 * "2.1 Physiological Adaptation", "1. Introduction", "3 RESULTS", "IV. DISCUSSION". No commas:
 * "1 Department of …, …" is an affiliation.
 */
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+(\p{Lu}[^.!?;,]*?)\s*:?$/u;
/** Sections that are not taught; as headings they end the section before them. */
const BACK_MATTER = /^(acknowledg(e)?ments?|funding|conflicts? of interest|competing interests?|declaration of competing interests?|author contributions|data availability)$/i;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)])\s/;
const STYLE_NAMES: Record<HeadingStyle, string> = { markdown: 'with #', numbered: 'with numbers', allcaps: 'in capitals', titlecase: 'in Title Case' };
/** The start of a `Term:` or `Term Term:` paragraph: what a split term's second half looks like. */
const TERM_START = /^[\p{L}-]+(?:\s+[\p{L}-]+)?:\s/u;

/**
 * A heading shares its chunk with the text around it when the paper has no blank lines around
 * its headings ("2.1 Study Area" / "Beetles were…"): it gets a chunk of its own. Inside a chunk, a
 * line is a heading only after a line that ends a sentence or another heading, and only when it
 * is clearly shorter than the wrapped lines around it. A numbered line next to a list item is a
 * list item; a line in capitals or Title Case next to another such line is part of a title.
 */
export function splitAtHeadings(chunk: Chunk): Chunk[] {
  if (chunk.lines.length < 2) return [chunk];
  const width = Math.max(...chunk.lines.map((line) => line.text.trim().length));
  const headingAt: boolean[] = [];
  chunk.lines.forEach((line, i) => {
    const text = line.text.trim();
    const before = chunk.lines[i - 1]?.text.trim() ?? '';
    const after = chunk.lines[i + 1]?.text.trim() ?? '';
    const looks = headingLike(text, before, after);
    const named = [REFERENCES, BACK_MATTER, ABSTRACT].some((name) => name.test(plainHeading(text)));
    const placed = i === 0 || headingAt[i - 1] || named || (endsSentence(before) && text.length <= 0.7 * width);
    const inList = (LIST_ITEM.test(before) && !headingAt[i - 1]) || LIST_ITEM.test(after);
    headingAt.push(looks && placed && !inList);
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

function headingLike(text: string, before: string, after: string): boolean {
  if (markdownHeading(text) || numbered(text)) return true;
  const plain = plainHeading(text);
  if (REFERENCES.test(plain) || BACK_MATTER.test(plain) || ABSTRACT.test(plain)) return true;
  if (allCapsHeading(text) !== undefined) return !isAllCaps(before) && !isAllCaps(after);
  return titleCaseLine(text) !== undefined && !isTitleCase(before) && !isTitleCase(after);
}

/**
 * Finds the section and subsection headings from chunk `from` on (what comes before is front
 * matter). Markdown headings win, then numbered ones (at least two top-level numbers), then lines
 * in capitals; Title Case lines count only in a paper that has none of those, because papers
 * such as the bundled one use Title Case for terms split over two lines.
 */
export function findHeadings(chunks: Chunk[], from: number): HeadingScan {
  // Headings are lines of their own: one-line chunks once splitAtHeadings has run.
  const lines = chunks
    .map((chunk, at) => ({ text: chunkText(chunk), at, single: chunk.lines.length === 1 }))
    .slice(from)
    .filter((line) => line.single);
  const references = lines.find(({ text }) => REFERENCES.test(plainHeading(text)))?.at;
  const candidates = lines.filter(({ at }) => references === undefined || at < references);

  const markdown = pick(candidates, 'markdown', (text) => {
    const heading = markdownHeading(text);
    return heading && { text: plainHeading(heading.text), level: heading.level };
  });
  const numberedHeadings = pick(candidates, 'numbered', numbered);
  const allcaps = pick(candidates, 'allcaps', (text) => {
    const heading = allCapsHeading(text);
    return heading !== undefined ? { text: heading, level: 1 } : undefined;
  });
  const titleLike = candidates.filter(({ text }) => titleCaseLine(text) !== undefined);

  let headings: Heading[];
  if (markdown.length) headings = markdown;
  else if (numberedHeadings.filter((h) => h.level === 1).length >= 2) headings = numberedHeadings;
  else if (allcaps.length) headings = allcaps;
  else headings = [];

  const rejected: RejectedHeading[] = [];
  const other = headings[0]?.style;
  for (const { text, at } of titleLike) {
    if (headings.some((h) => h.at === at)) continue;
    const why = other ? `the paper marks its headings ${STYLE_NAMES[other]}` : splitTermReason(chunks, at, from);
    if (why) rejected.push({ at, text, why });
    else headings.push({ at, text, level: 1, style: 'titlecase' });
  }
  const subheadings = other || !headings.length ? [] : findSubheadings(chunks, candidates, headings, rejected);
  headings.push(...subheadings);
  const level = Math.min(...headings.map((h) => h.level));
  for (const { text, at } of candidates) {
    if (BACK_MATTER.test(plainHeading(text)) && !headings.some((h) => h.at === at)) {
      headings.push({ at, text: plainHeading(text), level: Number.isFinite(level) ? level : 1, style: headings[0]?.style ?? 'titlecase' });
    }
  }
  headings.sort((a, b) => a.at - b.at);
  return { headings, references, rejected: rejected.filter((r) => !BACK_MATTER.test(r.text)), subheadings };
}

/**
 * Subsections in a paper whose headings are Title Case lines, which carry no level: a heading
 * right under another ("Materials and Methods" / "Study Area"), and a short line that is not a
 * sentence, between a finished paragraph and the next ("Data analysis"). Captions are not.
 */
function findSubheadings(chunks: Chunk[], candidates: { text: string; at: number }[], headings: Heading[], rejected: RejectedHeading[]): Heading[] {
  const taken = new Set([...headings.map((h) => h.at), ...rejected.map((r) => r.at)]);
  const found: Heading[] = [];
  for (const heading of headings) {
    if (taken.has(heading.at - 1) && !found.some((h) => h.at === heading.at - 1)) {
      heading.level = 2;
      found.push(heading);
    }
  }
  for (const { text, at } of candidates) {
    if (taken.has(at) || wordCount(text) > 8 || /[.:;,!?]$/.test(text) || !/^\p{Lu}\p{Ll}/u.test(text) || /^(?:fig(?:ure)?|table|box)\b/i.test(text)) continue;
    const previous = chunks[at - 1];
    const next = chunks[at + 1] && chunkText(chunks[at + 1]!);
    if (!previous || !next || TERM_START.test(next) || !/^\p{Lu}/u.test(next) || wordCount(next) < 8) continue;
    if (!endsSentence(chunkText(previous)) && !taken.has(at - 1)) continue;
    found.push({ at, text, level: 2, style: 'titlecase' });
  }
  return found.filter((h) => !headings.includes(h));
}

function pick(
  candidates: { text: string; at: number }[],
  style: HeadingStyle,
  read: (text: string) => { text: string; level: number } | undefined,
): Heading[] {
  return candidates.flatMap((candidate) => {
    const found = read(candidate.text);
    return found && !FRONT_HEADINGS.test(found.text) ? [{ at: candidate.at, style, ...found }] : [];
  });
}

function numbered(line: string): { text: string; level: number } | undefined {
  const match = NUMBERED.exec(stripMarkup(line));
  if (!match || wordCount(match[2]!) > 12) return undefined;
  return { text: match[2]!, level: /^\d/.test(match[1]!) ? match[1]!.replace(/\.$/, '').split('.').length : 1 };
}

/** "MECHANISMS OF DRUG RESISTANCE:", "CONCLUSION": short, in capitals, no full stop. */
function allCapsHeading(line: string): string | undefined {
  const text = line.replace(/\s*:$/, '');
  if (wordCount(text) > 12 || /[.!?]$/.test(text) || !isAllCaps(text) || !/\p{Lu}{2}/u.test(text)) return undefined;
  return text;
}

/**
 * "Materials and Methods": one short Title Case line without punctuation (not "Data Privacy:"),
 * or a common section name in any case ("Materials and methods").
 */
function titleCaseLine(text: string): string | undefined {
  if (wordCount(text) > 10 || /[.:;,!?]/.test(text) || !/^\p{Lu}/u.test(text) || !/\p{Ll}/u.test(text)) return undefined;
  if (!(isTitleCase(text) || COMMON_SECTIONS.test(text)) || FRONT_HEADINGS.test(text) || REFERENCES.test(text)) return undefined;
  return text;
}

/** Why a Title Case line is the first half of a term split over two lines, or undefined. */
function splitTermReason(chunks: Chunk[], at: number, from: number): string | undefined {
  const next = chunks[at + 1];
  if (next && TERM_START.test(chunkText(next))) return 'the next paragraph starts with "Term:", so it reads as a term split over two lines';
  const previous = chunks[at - 1];
  if (previous && at - 1 >= from && !endsSentence(chunkText(previous)) && titleCaseLine(chunkText(previous)) === undefined) {
    return 'the paragraph before it ends mid-sentence, so it reads as text split by a page break';
  }
  return undefined;
}

/** A heading's words without `#`, numbering, emphasis or trailing colon: "## 6. References:" → "References". */
function plainHeading(text: string): string {
  return stripMarkup(text.trim().replace(/^#{1,6}\s+/, ''))
    .replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '')
    .replace(/\s*:$/, '')
    .trim();
}

export function isBackMatter(title: string): boolean {
  return BACK_MATTER.test(title);
}
