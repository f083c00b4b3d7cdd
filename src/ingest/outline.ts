import type { DropReason, Dropped } from '../content/paper.ts';
import { backMatterLabel, isBackMatterLabel } from './back-matter.ts';
import { chunkText, type Chunk } from './chunks.ts';
import type { ChunkRole } from './floats.ts';
import type { Heading } from './heading-scan.ts';
import { isBackMatter, plainHeading } from './headings.ts';
import { splitWrapped } from './layout.ts';
import { splitByKind, stripMarkup, type ChunkKind } from './markdown.ts';
import type { SectionPart } from './sections.ts';
import { endsSentence, isAllCaps, toTitleCase } from './text.ts';

export interface OutlineSection {
  heading?: Heading;
  title: string;
  /** Each group's `at` is its subsection heading's chunk. */
  groups: (SectionPart & { at?: number })[];
}

export interface OutlineInput {
  chunks: readonly Chunk[];
  roles: readonly ChunkRole[];
  headings: readonly Heading[];
  /** The untitled opening: chunks before the first heading that are the paper's text. */
  opening: readonly number[];
  /** The first heading's chunk and the chunk the body ends before (the reference list's heading). */
  bodyStart: number;
  bodyEnd: number;
  /** Words the body writes in capitals, kept so in title-cased headings. */
  keepUpper: ReadonlySet<string>;
}

/** The title of a paper's untitled opening, and of the one section of a paper without headings. */
export const OPENING_TITLE = 'Introduction';

const DROPPED_ROLE: Partial<Record<ChunkRole, DropReason>> = { 'figure text': 'figure text', 'table text': 'table', unreadable: 'unreadable' };
/** Institutions and contacts: an affiliation footnote set among the body's columns. */
const INSTITUTION = /\b(?:universit|institut|department|laborator|hospital|school of|faculty|college|centre|center for|academy)/gi;

/**
 * The body's chunks under their section headings, each section's chunks grouped by subsection;
 * the untitled opening is a section of its own. Captions and tables are kept as parts of their
 * own; the words of figures, tables set as loose columns, unreadable equations and affiliation
 * footnotes go to `dropped`, with their place.
 */
export function outline(input: OutlineInput, dropped: Dropped[]): OutlineSection[] {
  const { chunks, roles, headings, keepUpper } = input;
  const sections: OutlineSection[] = [];
  const opening = input.opening.flatMap((i) => partsOf(chunks[i]!, roles[i]!, dropped));
  // NOTE: text set before the paper's "Introduction" heading (pdftotext's column order) opens that section.
  const first = headings[0];
  const introduced = first !== undefined && first.at === input.bodyStart && new RegExp(`^${OPENING_TITLE}$`, 'i').test(first.text);
  if (opening.length && !introduced) sections.push({ title: OPENING_TITLE, groups: [{ parts: opening }] });
  const top = Math.min(...headings.map((h) => h.level));
  const byChunk = new Map(headings.map((h) => [h.at, h]));
  let termLevel = top;
  // NOTE: after the last section's heading, a paragraph with a back-matter label ("Funding NV and
  // FMA are …") starts the back matter, up to the next heading; earlier in the paper such a
  // paragraph (a first page's note set among the columns) is left out alone.
  const lastSection = Math.max(-1, ...headings.filter((h) => h.level === top && !isBackMatter(h.text)).map((h) => h.at));
  let labelled = false;
  let carried = false;
  for (let i = input.bodyStart; i < input.bodyEnd; i++) {
    const heading = byChunk.get(i);
    const current = sections[sections.length - 1];
    const group = current?.groups[current.groups.length - 1];
    if (heading) labelled = carried = false;
    if (heading && heading.level !== top && current && isBackMatterLabel(plainHeading(heading.text))) {
      // NOTE: a subsection of back matter ("Reporting summary" in Methods) is left out up to the
      // next heading; the section goes on after it.
      dropped.push({ reason: 'back matter', text: chunkText(chunks[i]!), source: { start: chunks[i]!.start, end: chunks[i]!.end } });
      labelled = true;
    } else if (heading && (heading.level === top || !current || isBackMatter(heading.text))) {
      keepEmptyTerm(current, group, chunks);
      sections.push({ heading, title: headingTitle(heading.text, keepUpper), groups: [{ parts: introduced && heading === first ? opening : [] }] });
    } else if (heading) {
      const title = headingTitle(heading.text, keepUpper);
      // NOTE: a subsection whose first words are a deeper heading's ("3.3 Composite cystoplasty" /
      // "3.3.1 Stage 1: …") gives its title to that heading's topic.
      if (group?.term !== undefined && group.parts.length === 0 && heading.level > termLevel) group.term = `${group.term} — ${title}`;
      else {
        keepEmptyTerm(current, group, chunks);
        current!.groups.push({ term: title, parts: [], at: heading.at });
      }
      termLevel = heading.level;
    } else if (group) {
      for (const part of partsOf(chunks[i]!, roles[i]!, dropped)) {
        const text = part.kind === 'prose' ? stripMarkup(chunkText(part.chunk)) : '';
        // NOTE: a label on a line of its own ("Reporting summary") that was not read as a heading
        // takes the paragraph after it along, to its sentence's end.
        const alone = isBackMatterLabel(text);
        const label = alone || backMatterLabel(text) !== undefined;
        if (label || labelled || carried) {
          dropped.push({ reason: 'back matter', text: chunkText(part.chunk), source: { start: part.chunk.start, end: part.chunk.end } });
          labelled ||= label && i > lastSection;
          carried = alone || (carried && !endsSentence(text));
        } else group.parts.push(part);
      }
    }
  }
  return sections;
}

/** A subsection heading that no text follows is kept as a paragraph of its section, not lost. */
function keepEmptyTerm(section: OutlineSection | undefined, group: (SectionPart & { at?: number }) | undefined, chunks: readonly Chunk[]): void {
  if (!section || !group || group.term === undefined || group.parts.length || group.at === undefined) return;
  section.groups.pop();
  section.groups[section.groups.length - 1]!.parts.push({ kind: 'prose', chunk: chunks[group.at]! });
}

/** A body chunk as parts of a section: prose split into paragraphs, lists and tables; captions and tables kept whole. */
function partsOf(chunk: Chunk, role: ChunkRole, dropped: Dropped[]): { kind: ChunkKind; chunk: Chunk }[] {
  const reason = DROPPED_ROLE[role] ?? (role === 'prose' && isAffiliation(chunkText(chunk)) ? 'front matter' : undefined);
  if (reason) {
    dropped.push({ reason, text: chunkText(chunk), source: { start: chunk.start, end: chunk.end } });
    return [];
  }
  if (role === 'caption' || role === 'table') return [{ kind: role, chunk }];
  return splitByKind(chunk).flatMap((part) => (part.kind === 'prose' ? splitWrapped(part.chunk).map((piece) => ({ kind: part.kind, chunk: piece })) : [part]));
}

/** Two institutions in words mostly capitalised, or a contact: an affiliation, not the body's text. */
function isAffiliation(text: string): boolean {
  if (/these authors contributed equally|\be-?mail:|✉/i.test(text)) return true;
  const words = text.split(/\s+/);
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return (text.match(INSTITUTION)?.length ?? 0) >= 2 && capitalised * 2 > words.length;
}

/** A heading as a slide title: capitals title-cased ("MECHANISMS OF …" → "Mechanisms of …"). */
function headingTitle(text: string, keepUpper: ReadonlySet<string>): string {
  return isAllCaps(text) ? toTitleCase(text, keepUpper) : text;
}
