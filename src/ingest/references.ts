import type { Reference } from '../content/paper.ts';
import { joinText, type Chunk, type Line } from './chunks.ts';
import { stripMarkup } from './markdown.ts';
import { foldSpace } from './text.ts';

const NUMBERED = /^\s*(?:\[(\d+)\]|(\d+)[.)])\s+/;
const BULLETED = /^\s*[-–•*]\s+/;
/** The start of an author-year reference: "Jena, A. K.,", "Pepin N,", "García-Robledo C". */
const AUTHOR_START = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*,?\s+(?:\p{Lu}\.|\p{Lu}{1,3}\b)/u;
const YEAR = /\b(?:1[89]|20)\d{2}\b/;

/** A reference with the offset where it starts, to report one ingest could not read. */
export interface ReadReference {
  reference: Reference;
  start: number;
}

/**
 * Reads a reference list in the style the paper uses: numbered (`1. …`, `[1] …`), bulleted
 * (`- Author (Year). …`) or one reference a paragraph. Wrapped lines are joined to the
 * reference they continue; in a numbered list a page break can leave a stray "- " at the start
 * of a continuation, which is dropped. Emphasis markers (`*Nature*`) are removed.
 */
export function readReferences(chunks: Chunk[]): ReadReference[] {
  const lines = chunks.flatMap((chunk) => chunk.lines);
  const style = lines.some((line) => NUMBERED.test(line.text)) ? NUMBERED : lines.some((line) => BULLETED.test(line.text)) ? BULLETED : undefined;
  const groups: Line[][] = [];
  for (const chunk of chunks) {
    chunk.lines.forEach((line, i) => {
      if (startsReference(line, i, chunk, style) || groups.length === 0) groups.push([line]);
      else groups[groups.length - 1]!.push(line);
    });
  }
  return groups.map((group) => {
    const first = group[0]!;
    const n = style === NUMBERED ? NUMBERED.exec(first.text) : null;
    let text = '';
    group.forEach((line, i) => {
      const words = line.text.trim().replace(i === 0 ? (style ?? /^$/) : BULLETED, '');
      text = i === 0 ? words : joinText(text, group[i - 1]!.join, words);
    });
    const reference: Reference = { ...(n ? { n: Number(n[1] ?? n[2]) } : {}), text: foldSpace(stripMarkup(text)) };
    return { reference, start: first.start };
  });
}

/**
 * Whether a line starts a new reference. Unnumbered, unbulleted lists are read one reference a
 * paragraph; inside a paragraph, a line that starts like an author list after a line that ends
 * like a reference (a full stop, a closing bracket) starts the next one. Hanging indents continue.
 */
function startsReference(line: Line, i: number, chunk: Chunk, style: RegExp | undefined): boolean {
  if (style) return style.test(line.text);
  if (i === 0) return true;
  return !/^\s/.test(line.text) && AUTHOR_START.test(line.text) && /[.)]\s*$/.test(chunk.lines[i - 1]!.text);
}

/** A reference that does not read as one: no year, or long enough to be several run together. */
export function doubtfulReference(reference: Reference): string | undefined {
  if (!YEAR.test(reference.text)) return 'it has no year';
  if (reference.text.length > 600) return 'it is long enough to be several references run together';
  return undefined;
}
