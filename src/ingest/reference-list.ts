import type { Dropped, Reference } from '../content/paper.ts';
import { chunkText, type Chunk } from './chunks.ts';
import type { ChunkRole } from './floats.ts';
import { isBackMatter, plainHeading } from './headings.ts';
import { doubtfulReference, readReferences } from './references.ts';

export interface ReferenceList {
  references: Reference[];
  /** What follows the list (appendices, back matter, figures set after the references). */
  dropped: Dropped[];
  /** References that do not read as one, with where they start. */
  doubts: { start: number; why: string; which: string }[];
}

/**
 * Reads the reference list under its heading (chunk `at`), up to the first heading of back
 * matter or an appendix, or the first caption: journals set acknowledgements, notes, appendices
 * and even figures after the references. What follows the list is not taught: it goes to
 * `dropped` as back matter, captions and figure text as such.
 */
export function readReferenceList(chunks: readonly Chunk[], at: number | undefined, roles: readonly ChunkRole[]): ReferenceList {
  if (at === undefined) return { references: [], dropped: [], doubts: [] };
  let end = at + 1;
  while (end < chunks.length && !endsList(chunks[end]!, roles[end]!)) end++;
  const read = readReferences(chunks.slice(at + 1, end));
  const doubts = read.flatMap(({ reference, start }) => {
    const why = doubtfulReference(reference);
    return why ? [{ start, why, which: reference.n === undefined ? 'a reference' : `reference ${reference.n}` }] : [];
  });
  const dropped = chunks.slice(end).map((chunk, k): Dropped => {
    const role = roles[end + k]!;
    const reason = role === 'caption' ? 'caption' : role === 'figure text' ? 'figure text' : role === 'table text' || role === 'table' ? 'table' : 'back matter';
    return { reason, text: chunkText(chunk), source: { start: chunk.start, end: chunk.end } };
  });
  return { references: read.map(({ reference }) => reference), dropped, doubts };
}

/** A heading of back matter or an appendix ("Appendix", "A Proofs", "Acknowledgements"), or a caption. */
function endsList(chunk: Chunk, role: ChunkRole): boolean {
  if (role === 'caption') return true;
  if (chunk.lines.length > 2) return false;
  const text = chunkText(chunk).trim();
  if (/^(?:#{1,6}\s+)?appendi(?:x|ces)\b/i.test(text)) return true;
  return text.length < 80 && !/[.,;]$/.test(text) && isBackMatter(plainHeading(text.replace(/^#{1,6}\s+/, '')));
}
