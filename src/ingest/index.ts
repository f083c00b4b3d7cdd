import type { Dropped, Paper, PaperFormat, Section } from '../content/paper.ts';
import { lineColumnAt, type Diagnostic } from '../errors.ts';
import { findAcronyms } from './acronyms.ts';
import { chunkText, splitChunks, splitLines, type Chunk } from './chunks.ts';
import { cleanLines, type Removed } from './clean.ts';
import { frontMatterEnd, isPublisherFurniture, readFrontMatter } from './frontmatter.ts';
import { findHeadings, isBackMatter, splitAtHeadings, type Heading } from './headings.ts';
import { splitByKind, stripMarkup, type ChunkKind } from './markdown.ts';
import { splitLongLines, splitWrapped } from './layout.ts';
import { doubtfulReference, readReferences } from './references.ts';
import { readSection, sectionSlug, uniqueId, type SectionPart } from './sections.ts';
import { endsSentence, isAllCaps, toTitleCase, wordCount } from './text.ts';

export { normalizeForComparison } from './normalize.ts';

export interface IngestResult {
  paper: Paper;
  diagnostics: Diagnostic[];
}

export interface IngestOptions {
  /** The paper's path, for diagnostics. */
  file?: string;
  /** How the text is written: markdown or plain text (the default). */
  format?: Extract<PaperFormat, 'markdown' | 'text'>;
}

/**
 * Turns a paper's plain text into structured content: front matter, sections of blocks with
 * their source ranges, references and acronyms. Pure: reads nothing, prints nothing.
 */
export function ingestPaper(text: string, options: IngestOptions = {}): IngestResult {
  const file = options.file ?? 'paper.txt';
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => ({ file, ...lineColumnAt(text, offset) });
  const note = (severity: Diagnostic['severity'], message: string, offset?: number) =>
    diagnostics.push({ severity, message, location: offset === undefined ? { file } : at(offset) });

  const { lines, removed } = cleanLines(splitLines(text));
  reportRemoved(removed, note);
  const dropped: Dropped[] = removed.map(({ line, why }) => ({ reason: why, text: line.text.trim(), source: { start: line.start, end: line.end } }));
  const chunks = splitChunks(lines).flatMap(splitLongLines).flatMap(splitAtHeadings);
  const from = frontMatterEnd(chunks);
  const scan = findHeadings(chunks, from);
  for (const rejected of scan.rejected) {
    note('info', `"${rejected.text}" looks like a heading but was read as text: ${rejected.why}`, chunks[rejected.at]!.start);
  }
  for (const sub of scan.subheadings) {
    note('info', `read "${sub.text}" as a subsection heading: a short line between paragraphs`, chunks[sub.at]!.start);
  }
  const bodyEnd = scan.references ?? chunks.length;
  const firstHeading = scan.headings[0]?.at ?? firstProse(chunks, from, bodyEnd);
  const front = readFrontMatter(chunks.slice(0, firstHeading));
  const unread = chunks.slice(from, firstHeading).find((chunk) => {
    const words = stripMarkup(chunkText(chunk));
    return !front.abstract.includes(words) && !isPublisherFurniture(words);
  });
  if (scan.headings.length > 0 && unread) {
    note('warning', 'text between the front matter and the first heading is in no section; give it a heading to teach it', unread.start);
  }
  if (scan.headings.length === 0) {
    note('warning', 'no section headings found: the whole paper is one section; mark headings as "1. Title", "# Title" or in capitals', chunks[firstHeading]?.start);
  }

  const keepUpper = upperCaseWords(chunks.slice(firstHeading, bodyEnd));
  const sectionIds = new Set<string>();
  const sections: Section[] = [];
  for (const { heading, title, groups } of outline(chunks.slice(0, bodyEnd), scan.headings, firstHeading, keepUpper, front.title)) {
    if (isBackMatter(title)) {
      note('info', `left out "${title}": back matter is not taught`, heading && chunks[heading.at]!.start);
      dropped.push(...groups.flatMap((group) => group.parts.map(({ chunk }) => ({ reason: 'back matter' as const, text: chunkText(chunk), source: { start: chunk.start, end: chunk.end } }))));
      continue;
    }
    const section = readSection(uniqueId(sectionSlug(title), sectionIds), title, groups);
    // NOTE: a paper without headings and without body text has nothing to teach, not an empty lecture.
    if (!heading && section.blocks.length === 0) continue;
    sections.push(section);
    const last = section.blocks[section.blocks.length - 1];
    if (last && last.kind !== 'list' && last.kind !== 'table' && !endsSentence(last.text)) {
      note('info', `the last paragraph of "${title}" ends mid-sentence in the source; kept as written`, last.source.end);
    }
  }

  const references = scan.references === undefined ? [] : readReferences(chunks.slice(scan.references + 1));
  for (const { reference, start } of references) {
    const why = doubtfulReference(reference);
    const which = reference.n === undefined ? 'a reference' : `reference ${reference.n}`;
    if (why) note('warning', `could not read ${which} as one reference (${why}); kept as written`, start);
  }
  const bodyTexts = [front.abstract, ...sections.flatMap((s) => s.blocks.map((b) => b.text))];

  // NOTE: stable sort, so findings on one line keep the order ingest made them in.
  diagnostics.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
  return {
    paper: {
      format: options.format ?? 'text',
      title: isAllCaps(front.title) ? toTitleCase(front.title, keepUpper) : front.title,
      authors: front.authors,
      affiliations: front.affiliations,
      abstract: front.abstract,
      keywords: front.keywords,
      sections,
      references: references.map(({ reference }) => reference),
      acronyms: findAcronyms(bodyTexts),
      dropped: dropped.sort((a, b) => (a.source.start ?? 0) - (b.source.start ?? 0)),
    },
    diagnostics,
  };
}

interface OutlineSection {
  heading?: Heading;
  title: string;
  groups: SectionPart[];
}

/**
 * The body's chunks under their section headings, each section's chunks grouped by subsection.
 * Without headings, the whole body is one section named after the paper.
 */
function outline(chunks: Chunk[], headings: Heading[], from: number, keepUpper: ReadonlySet<string>, paperTitle: string): OutlineSection[] {
  const sections: OutlineSection[] = headings.length ? [] : [{ title: paperTitle || 'Paper', groups: [{ parts: [] }] }];
  const sectionLevel = Math.min(...headings.map((h) => h.level));
  for (let i = from; i < chunks.length; i++) {
    const heading = headings.find((h) => h.at === i);
    const current = sections[sections.length - 1];
    if (heading && heading.level === sectionLevel) sections.push({ heading, title: headingTitle(heading, keepUpper), groups: [{ parts: [] }] });
    else if (heading && current) current.groups.push({ term: headingTitle(heading, keepUpper), parts: [] });
    else if (current) current.groups[current.groups.length - 1]!.parts.push(...bodyParts(chunks[i]!));
  }
  return sections;
}

/** A body chunk as prose, lists and tables, prose split into paragraphs where blank lines are missing. */
function bodyParts(chunk: Chunk): { kind: ChunkKind; chunk: Chunk }[] {
  return splitByKind(chunk).flatMap((part) => (part.kind === 'prose' ? splitWrapped(part.chunk).map((piece) => ({ kind: part.kind, chunk: piece })) : [part]));
}

/** Where the body starts in a paper without headings: the first chunk that reads as a sentence. */
function firstProse(chunks: Chunk[], from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const text = chunkText(chunks[i]!);
    if (endsSentence(text) && !text.endsWith(':') && wordCount(text) >= 4) return i;
  }
  return Math.min(from, end);
}

/** A heading as a slide title: capitals title-cased ("MECHANISMS OF …" → "Mechanisms of …"). */
function headingTitle(heading: Heading, keepUpper: ReadonlySet<string>): string {
  return isAllCaps(heading.text) ? toTitleCase(heading.text, keepUpper) : heading.text;
}

function reportRemoved(removed: Removed[], note: (severity: Diagnostic['severity'], message: string, offset?: number) => void): void {
  const headers = new Map<string, Removed[]>();
  for (const item of removed.filter((r) => r.why === 'running header')) {
    const key = item.line.text.trim().replace(/\d+/g, '#');
    headers.set(key, [...(headers.get(key) ?? []), item]);
  }
  for (const items of headers.values()) {
    note('info', `removed running header "${items[0]!.line.text.trim()}" (${items.length} times)`, items[0]!.line.start);
  }
  const pages = removed.filter((r) => r.why === 'page number');
  if (pages.length) note('info', `removed ${pages.length} page-number line${pages.length > 1 ? 's' : ''}`, pages[0]!.line.start);
}

/** Words the body writes in capitals (DNA, EGFR): they stay capitals in title-cased headings. */
function upperCaseWords(chunks: Chunk[]): Set<string> {
  const words = new Set<string>();
  for (const chunk of chunks) {
    const text = chunkText(chunk);
    if (/\p{Ll}/u.test(text)) for (const word of text.match(/\b\p{Lu}{2,}\d*\b/gu) ?? []) words.add(word);
  }
  return words;
}

