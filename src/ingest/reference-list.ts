import type { DropReason, Dropped, Reference } from '../content/paper.ts';
import { chunkText, type Chunk } from './chunks.ts';
import { captionLabel, type ChunkRole } from './floats.ts';
import { isBackMatter, plainHeading } from './headings.ts';
import { doubtfulReference, readReferences, startsLikeReference } from './references.ts';

export interface ReferenceList {
  references: Reference[];
  /** What follows the list (appendices, back matter, figures set after the references). */
  dropped: Dropped[];
  /** References that do not read as one, with where they start. */
  doubts: { start: number; why: string; which: string }[];
}

/**
 * Reads the reference list under its heading (chunk `at`), up to the first heading of back
 * matter or an appendix: journals set acknowledgements, notes and appendices after the
 * references. Captions and the loose words of figures and tables set among the references are
 * left out, and so is what follows the list: they go to `dropped` as such, or as back matter.
 */
export function readReferenceList(chunks: readonly Chunk[], at: number | undefined, roles: readonly ChunkRole[]): ReferenceList {
  if (at === undefined) return { references: [], dropped: [], doubts: [] };
  let end = at + 1;
  while (end < chunks.length && !endsList(chunks[end]!)) end++;
  // NOTE: pdftotext may set a figure or a table among the references: its caption and loose words are not references.
  const inList: Chunk[] = [];
  const dropped: Dropped[] = [];
  let float: DropReason = 'figure text';
  for (let i = at + 1; i < end; i++) {
    const chunk = chunks[i]!;
    const label = roles[i] === 'caption' ? captionLabel(chunkText(chunk)) : undefined;
    if (label) float = /^tab/i.test(label) ? 'table' : 'figure text';
    if (roles[i] === 'caption' || !mayBeReference(chunk, roles[i]!, inList[inList.length - 1])) {
      dropped.push({ reason: roles[i] === 'caption' ? 'caption' : roles[i] === 'table text' ? 'table' : float, text: chunkText(chunk), source: { start: chunk.start, end: chunk.end } });
    } else inList.push(chunk);
  }
  const read = readReferences(inList);
  const doubts = read.flatMap(({ reference, start }) => {
    const why = doubtfulReference(reference);
    return why ? [{ start, why, which: reference.n === undefined ? 'a reference' : `reference ${reference.n}` }] : [];
  });
  for (const [k, chunk] of chunks.slice(end).entries()) {
    const role = roles[end + k]!;
    const reason = role === 'caption' ? 'caption' : role === 'figure text' ? 'figure text' : role === 'table text' || role === 'table' ? 'table' : 'back matter';
    dropped.push({ reason, text: chunkText(chunk), source: { start: chunk.start, end: chunk.end } });
  }
  for (const line of read.flatMap((r) => r.skipped)) dropped.push({ reason: 'page number', text: line.text.trim(), source: { start: line.start, end: line.end } });
  return { references: read.map(({ reference }) => reference), dropped, doubts };
}

/**
 * Whether a chunk among the references can be (part of) one: numbered lines, a year, or words
 * going on from an entry the chunk before left unfinished. A lone word or a column of numbers
 * that is not a column of reference numbers is a table's or figure's.
 */
function mayBeReference(chunk: Chunk, role: ChunkRole, previous: Chunk | undefined): boolean {
  const text = chunkText(chunk);
  if (chunk.lines.every((line) => /^\s*\[?\d{1,3}[.\])]?\s*$/.test(line.text))) return true;
  if (role === 'caption') return false;
  if (/\b(?:1[89]|20)\d{2}\b/.test(text) || chunk.lines.length >= 3 || startsLikeReference(chunk.lines[0]!.text)) return true;
  const last = previous?.lines[previous.lines.length - 1]?.text.trim() ?? '';
  return previous !== undefined && !/[.)\]]$/.test(last) && /^\p{Ll}/u.test(text);
}

/** A heading of back matter or an appendix ("Appendix", "Acknowledgements"). */
function endsList(chunk: Chunk): boolean {
  if (chunk.lines.length > 2) return false;
  const text = chunkText(chunk).trim();
  if (/^(?:#{1,6}\s+)?appendi(?:x|ces)\b/i.test(text)) return true;
  return text.length < 80 && !/[.,;]$/.test(text) && isBackMatter(plainHeading(text.replace(/^#{1,6}\s+/, '')));
}
