import type { Dropped, Paper, PaperFormat, Section } from '../content/paper.ts';
import type { Diagnostic } from '../errors.ts';
import { findAcronyms } from './acronyms.ts';
import { splitAfterByline } from './byline.ts';
import { chunkText, splitChunks, splitLines, type Chunk } from './chunks.ts';
import { cleanLines } from './clean.ts';
import { chunkRoles, joinCaptionBreaks, splitAtCaptions } from './floats.ts';
import { frontMatterEnd, isPublisherFurniture, readFrontMatter } from './frontmatter.ts';
import { findHeadings } from './heading-scan.ts';
import { joinSectionNumbers, splitAtHeadings } from './heading-lines.ts';
import { APPENDIX_TITLE, isBackMatter, plainHeading } from './headings.ts';
import { splitLongLines } from './layout.ts';
import { OPENING_TITLE, outline } from './outline.ts';
import { readReferenceList } from './reference-list.ts';
import { lineLocator, reportFloats, reportRemoved, type Note } from './report.ts';
import { readSection, sectionSlug, uniqueId } from './sections.ts';
import { ABSTRACT_ENDS } from './structured-abstract.ts';
import { endsSentence, isAllCaps, toTitleCase, upperCaseWords } from './text.ts';

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
 * their source ranges, references and acronyms. Every piece of the text that is in no block,
 * heading, front-matter field or reference is listed in `dropped` with why. Pure: reads
 * nothing, prints nothing.
 */
export function ingestPaper(text: string, options: IngestOptions = {}): IngestResult {
  const file = options.file ?? 'paper.txt';
  const diagnostics: Diagnostic[] = [];
  const locate = lineLocator(text);
  const at = (offset: number) => ({ file, ...locate(offset) });
  const note: Note = (severity, message, offset) => diagnostics.push({ severity, message, location: offset === undefined ? { file } : at(offset) });

  const { lines, removed } = cleanLines(splitLines(text));
  reportRemoved(removed, note);
  const dropped: Dropped[] = removed.map(({ line, why }) => ({ reason: why, text: line.text.trim(), source: { start: line.start, end: line.end } }));
  const chunks = joinSectionNumbers(splitAtHeadings(joinCaptionBreaks(splitAfterByline(splitChunks(lines), 12).flatMap(splitLongLines).flatMap(splitAtCaptions))));
  const roles = chunkRoles(chunks);
  const scan = findHeadings(chunks, frontMatterEnd(chunks), roles);
  for (const rejected of scan.rejected) {
    note('info', `"${rejected.text}" looks like a heading but was read as text: ${rejected.why}`, chunks[rejected.at]!.start);
  }
  for (const sub of scan.subheadings) {
    note('info', `read "${sub.text}" as a subsection heading: it is not numbered, and its case and place make it one`, chunks[sub.at]!.start);
  }
  const references = readReferenceList(chunks, scan.references, roles);
  const bodyEnd = scan.references ?? chunks.length;
  const bodyStart = scan.headings[0]?.at ?? bodyEnd;
  const front = readFrontMatter(chunks, bodyStart, roles);
  dropped.push(...frontMatterDropped(chunks, bodyStart, front));
  if (front.structured && front.structured.end < chunks.length) {
    const at = chunks[front.structured.end]!;
    note('info', `read the parts of a structured abstract as the abstract, up to "${chunkText(at).slice(0, 60)}": ${ABSTRACT_ENDS[front.structured.endedBy]}`, at.start);
  }
  if (front.opening.length && scan.headings.length) {
    note('warning', `the text between the front matter and the first heading has no heading: read as "${OPENING_TITLE}"`, chunks[front.opening[0]!]!.start);
  }
  if (scan.headings.length === 0) {
    note('warning', 'no section headings found: the whole paper is one section; mark headings as "1. Title", "# Title" or in capitals', chunks[front.opening[0] ?? 0]?.start);
  }

  const keepUpper = upperCaseWords(chunks.slice(bodyStart, bodyEnd).map(chunkText));
  const sectionIds = new Set<string>();
  const sections: Section[] = [];
  let concluded = false;
  for (const { heading, title, groups } of outline({ chunks, roles, headings: scan.headings, opening: front.opening, bodyStart, bodyEnd, keepUpper }, dropped)) {
    const appendix = APPENDIX_TITLE.test(plainHeading(title));
    if (!appendix && (isBackMatter(title) || (concluded && AFTER_CONCLUSION.test(title)))) {
      note('info', `left out "${title}": back matter is not taught`, heading && chunks[heading.at]!.start);
      const headingChunks = [heading?.at, ...groups.map((group) => group.at)].flatMap((i) => (i === undefined ? [] : [chunks[i]!]));
      const backMatter = [...headingChunks, ...groups.flatMap((group) => group.parts.map(({ chunk }) => chunk))];
      dropped.push(...backMatter.map((chunk) => ({ reason: 'back matter' as const, text: chunkText(chunk), source: { start: chunk.start, end: chunk.end } })));
      continue;
    }
    concluded ||= /^(?:conclusions?|concluding remarks|summary and conclusions?)$/i.test(title);
    const section = readSection(uniqueId(sectionSlug(title), sectionIds), title, groups);
    if (appendix) section.appendix = true;
    if (!heading && section.blocks.length === 0) continue;
    sections.push(section);
    const last = section.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'topic').pop();
    if (last && !endsSentence(last.text)) {
      note('info', `the last paragraph of "${title}" ends mid-sentence in the source; kept as written`, last.source.end);
    }
  }
  dropped.push(...references.dropped);
  reportFloats(dropped, note);
  for (const { start, why, which } of references.doubts) note('warning', `could not read ${which} as one reference (${why}); kept as written`, start);

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
      references: references.references,
      acronyms: findAcronyms(bodyTexts),
      dropped: dropped.map((d) => ({ ...d, text: withoutAddresses(d.text) })).sort((a, b) => (a.source.start ?? 0) - (b.source.start ?? 0)),
    },
    diagnostics,
  };
}

/** Statements a conference paper sets after its conclusion, before the references: not taught. */
const AFTER_CONCLUSION = /^(?:limitations|ethic(?:s|al)(?: considerations| statement)?|broader impacts?(?: statement)?|impact statement|reproducibility statement)$/i;

/** Everything before the first heading that is not title, byline, abstract, keywords or the opening text. */
function frontMatterDropped(chunks: readonly Chunk[], bodyStart: number, front: ReturnType<typeof readFrontMatter>): Dropped[] {
  const opening = new Set(front.opening);
  return chunks.slice(0, bodyStart).flatMap((chunk, i) => {
    if (opening.has(i)) return [];
    // NOTE: an abstract's chunk may hold a citation line set under it; only that line is left out.
    const read = front.read.has(i);
    return chunk.lines
      .filter((line) => line.text.trim() !== '' && (read ? isPublisherFurniture(line.text) : !front.used.some((used) => line.start >= used.start && line.start < used.end)))
      .map((line) => ({ reason: isPublisherFurniture(line.text) ? ('publisher furniture' as const) : ('front matter' as const), text: line.text.trim(), source: { start: line.start, end: line.end } }));
  });
}

/**
 * NOTE: a contact line is left out with its place, but Lectern does not copy anyone's e-mail
 * address. An address starts where a run of its characters starts (the lookbehind), so a long
 * word is not read again from each of its letters.
 */
function withoutAddresses(text: string): string {
  return text.replace(/(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[e-mail address]');
}
