import type { Reference } from '../content/paper.ts';
import { joinText, type Chunk, type Line } from './chunks.ts';
import { stripMarkup } from './markdown.ts';
import { foldSpace } from './text.ts';

/** "12. Smith", "[12] Smith", "12) Smith", "12 C. Ash": a reference's number (never a year: at most three digits). */
const NUMBERED = /^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)]?)\s+(?=\S)/;
/** A number alone on its line: pdftotext may set a reference list's numbers apart from the entries. */
const NUMBER_ONLY = /^\s*\[?(\d{1,3})[.\])]?\s*$/;
const BULLETED = /^\s*[-–•*]\s+/;
/**
 * The start of an author list: "Jena, A. K.,", "Pepin N,", "García-Robledo C", "R. P. Canale.",
 * "Nader Akoury, Shufan Wang", "Matthijs J Warrens. 2010.".
 */
const AUTHOR_START = new RegExp(
  [
    String.raw`^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*,?\s+(?:\p{Lu}\.|\p{Lu}{1,3}\b)`,
    String.raw`^(?:\p{Lu}\.\s?-?){1,3}\s*\p{Lu}[\p{L}'’-]+`,
    String.raw`^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)*\s+\p{Lu}[\p{L}'’-]+(?:,|\s+(?:and|&)\s|\.\s+(?:19|20)\d{2}|\s+et al\.)`,
  ].join('|'),
  'u',
);
const YEAR = /\b(?:1[89]|20)\d{2}\b/;

/** A reference with the offset where it starts, to report one ingest could not read. */
export interface ReadReference {
  reference: Reference;
  start: number;
  /** Lines left out of it: a page number set among the entries. */
  skipped: Line[];
}

/**
 * Reads a reference list in the style the paper uses: numbered (`1. …`, `[1] …`, `1 …`),
 * bulleted (`- Author (Year). …`) or unnumbered. Numbers must follow each other, so a year or a
 * page number starting a wrapped line ("2003. …") does not start a reference; numbers set apart
 * from their entries (a column of "1." "2." … before the entries) are given to the entries in
 * order. An unnumbered entry starts where a line that starts like an author list follows a line
 * that ends like a reference, or at a paragraph that does; wrapped lines, and entries split by a
 * page break, are joined. A page break can leave a stray "- " at the start of a continuation,
 * which is dropped. Emphasis markers (`*Nature*`) are removed.
 */
export function readReferences(chunks: readonly Chunk[]): ReadReference[] {
  const lines = chunks.flatMap((chunk) => chunk.lines.map((line, i) => ({ line, first: i === 0 })));
  const numbered = lines.filter(({ line }) => NUMBERED.test(line.text) || NUMBER_ONLY.test(line.text)).length;
  const bulleted = lines.filter(({ line }) => BULLETED.test(line.text)).length;
  const style = numbered >= 1 && numbered * 3 >= countStarts(lines.map((l) => l.line)) ? 'numbered' : bulleted >= 1 ? 'bulleted' : 'plain';
  // NOTE: `dated` says whether a line of the entry holds a year, kept as lines are added so a long entry is not read again for each line.
  const groups: { n?: number; lines: Line[]; dated: boolean }[] = [];
  const open = (n: number | undefined, line: Line) => groups.push({ ...(n !== undefined ? { n } : {}), lines: [line], dated: YEAR.test(line.text) });
  const pending: number[] = [];
  const skipped: Line[] = [];
  let expected: number | undefined;
  for (const { line, first } of lines) {
    const current = groups[groups.length - 1];
    const previous = current?.lines[current.lines.length - 1];
    if (style === 'numbered') {
      const only = NUMBER_ONLY.exec(line.text);
      const match = only ? undefined : NUMBERED.exec(line.text);
      const n = Number(only?.[1] ?? match?.[1] ?? match?.[2] ?? NaN);
      if (!Number.isNaN(n) && (expected === undefined || n === expected || n === expected + 1)) {
        expected = n + 1;
        if (only) pending.push(n);
        else open(n, line);
        continue;
      }
      if (/^\s*\d{1,4}\s*$/.test(line.text)) {
        skipped.push(line);
        continue;
      }
      const complete = !previous || (endsReference(previous.text) && (startsLikeEntry(line.text) || (current!.dated && startsLikeName(line.text))));
      if (pending.length && (!current || current.n === undefined || current.n < pending[0]!) && complete) {
        open(pending.shift(), line);
        continue;
      }
    } else if (style === 'bulleted' ? BULLETED.test(line.text) : startsEntry(line, first, previous)) {
      open(undefined, line);
      continue;
    }
    if (!current) open(undefined, line);
    else {
      current.lines.push(line);
      current.dated ||= YEAR.test(line.text);
    }
  }
  const references = groups.map(({ n, lines: group }) => {
    const prefix = style === 'numbered' ? NUMBERED : style === 'bulleted' ? BULLETED : /^$/;
    let text = '';
    group.forEach((line, i) => {
      const words = line.text.trim().replace(i === 0 && n !== undefined ? prefix : BULLETED, '');
      text = i === 0 ? words : joinText(text, group[i - 1]!.join, words);
    });
    const reference: Reference = { ...(n !== undefined ? { n } : {}), text: foldSpace(stripMarkup(text)) };
    return { reference, start: group[0]!.start, skipped: [] as Line[] };
  });
  if (skipped.length && references.length) references[0]!.skipped = skipped;
  return references;
}

/** How many lines could start an entry: numbered, or starting like an author list. */
function countStarts(lines: Line[]): number {
  return lines.filter((line) => NUMBERED.test(line.text) || NUMBER_ONLY.test(line.text) || AUTHOR_START.test(line.text.trim())).length;
}

/**
 * Whether a line starts an unnumbered entry: a line that starts like an author list after one
 * that ends like a reference, or the first line of a paragraph unless it goes on from an entry
 * cut by a page break (lowercase, or after a line that does not end like a reference). Hanging
 * indents continue.
 */
function startsEntry(line: Line, first: boolean, previous: Line | undefined): boolean {
  if (!previous) return true;
  if (/^\s/.test(line.text) && !first) return false;
  if (first) return /^\s*\p{Lu}/u.test(line.text) && (endsReference(previous.text) || AUTHOR_START.test(line.text.trim()));
  return AUTHOR_START.test(line.text.trim()) && endsReference(previous.text);
}

function startsLikeEntry(text: string): boolean {
  return AUTHOR_START.test(text.trim());
}

/**
 * A line that may start an entry by an organisation ("International Science Council. …",
 * "ReScience C Editors. …"): a capitalised word, not a DOI, URL or "In:" going on from an entry.
 */
function startsLikeName(text: string): boolean {
  return /^\p{Lu}[\p{L}'’-]+\s/u.test(text.trim()) && !/^(?:doi|url|in|arxiv|pmid|pmcid|isbn|issn|available|retrieved|accessed|vol|pp)\b/i.test(text.trim());
}

/** A line that starts a reference: numbered, bulleted, or like an author list. */
export function startsLikeReference(text: string): boolean {
  return NUMBERED.test(text) || BULLETED.test(text) || AUTHOR_START.test(text.trim());
}

/** A line that can end a reference: a full stop, a closing bracket, a page range or a year. */
function endsReference(text: string): boolean {
  return /[.)\]]\s*$|\d\s*$/.test(text.trimEnd());
}

/** A reference that does not read as one: no year, or long enough to be several run together. */
export function doubtfulReference(reference: Reference): string | undefined {
  if (!YEAR.test(reference.text)) return 'it has no year';
  if (reference.text.length > 600) return 'it is long enough to be several references run together';
  return undefined;
}
