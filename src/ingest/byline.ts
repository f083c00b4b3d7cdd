import type { Author } from '../content/paper.ts';
import { chunkOf, joinLines, type Chunk, type Line } from './chunks.ts';
import { stripMarkup } from './markdown.ts';
import { foldSpace } from './text.ts';

export interface Byline {
  title: string;
  authors: Author[];
  affiliations: string[];
  /** Where the lines read as title, authors or affiliations are; every other header line is left out. */
  used: { start: number; end: number }[];
}

/** Symbols that mark an author's affiliation or role: "Smith¹", "Krishna♠", "Chica *a", "Kim 1✉". */
const MARKERS = /[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§¶♠♢♡♣∗⁎✉#]+/gu;
/** Digits marking an author's affiliation: "Hofmann1", "Ferreira1,2*", "Heinzinger 1 &", "Xu 1,2,5". */
const NAME_DIGITS = /(?<=\p{L}\.?)\s?\d{1,2}(?:\s?,\s?\d{1,2})*[*†‡§]*(?=\s*(?:[,;·&]|\band\b|$|\s\p{Lu}))/gu;
/** Letters marking an author's affiliation: "El Amrani a,*", "Weber b", "Legault,a Derek". */
const NAME_LETTERS = /(?:\s+|(?<=,))[a-h](?:\s*,\s*[a-h])*(?=\s*(?:[,;·&]|\band\b|$)|\s+\p{Lu})/gu;
/** An affiliation's leading marker: "1 Department of …", "¹ Faculty of …", "a Institute …", "b) Centre …". */
const AFFILIATION_MARKER = /^\s*(?:(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*†‡§]+)\s*|[a-z]\)?\s+|[IVX]{1,4}\s+)(?=\p{Lu})/u;
/** A word of a person's name: capitalised, an initial, or a particle ("de", "van", "al-"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|(?:de|da|di|do|dos|du|van|von|der|den|del|della|la|le|bin|ibn|al|el|y)-?)$/u;
/**
 * Publisher furniture on a first page: not title, author or affiliation. Mastheads too: a
 * journal's label ("ARTICLE", "Review", "Open Access"), its citation line ("Diabetologia (2024)
 * 67:940–951"), a DOI, a "Cite this" line.
 */
const BOILERPLATE =
  /^(?:contents lists available|journal homepage|(?:received|accepted|published|revised|available)(?: online)?:?\s+(?:\d|(?:on|in)\s+\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|article info|article history|(?:research|review|original|edge|brief|short) (?:paper|article|research|communication|report)|original (?:article|research|paper)|review article|short communication|open access|©|copyright\b|doi:|https?:\/\/|www\.|citation:|cite this\b|(?:academic )?editor:|funding:|competing interests:|data availability(?: statement)?:|(?:article|review|editorial|commentary|perspective|letter|open|insight|research|preprint)$|\S[^()]{0,60}\(\d{4}\)\s*\d+[:(]|replication \/|reproduction \/|all publication charges)/i;
/** A line that goes on from the line above: it starts with a separator of names. */
const CONTINUES = /^\s*(?:[,·&]|and\s)/;
/** Words of a role line under the byline ("Assistant Professor¹, Student²"), which reads as names too. */
const ROLE = /\b(?:professor|student|lecturer|researcher|fellow|scientist|director|head|dean|chair|candidate|scholar|resident|associate|assistant|engineer|doctor|consultant)\b/i;
/** Lines that belong to no slide: contact details. */
const CONTACT = /@|^corresponding author|^correspondence\b|^e-?mail\b|^orcid\b|✉/i;

/**
 * Reads the title, the authors (with roles matched by their superscript markers) and the
 * affiliations from the paper's header: the chunks before its abstract. The author line is the
 * first that reads as a list of names; the title is the lines just above it, a masthead (journal
 * name, "Article", a citation line, a DOI) left out.
 */
export function readByline(header: readonly Chunk[]): Byline {
  const chunks: Chunk[] = [];
  for (const chunk of header) {
    const lines = chunk.lines.filter((line) => !BOILERPLATE.test(plainLine(line)) && !CONTACT.test(line.text.trim()) && !/^[\d¹²³⁴⁵⁶⁷⁸⁹⁰,✉*†]+$/u.test(line.text.trim()));
    if (!lines.length) continue;
    // NOTE: a byline fragment set apart (", Jungwon Hwang1 and …") goes on from the chunk before.
    const previous = chunks[chunks.length - 1];
    if (previous && CONTINUES.test(lines[0]!.text)) chunks[chunks.length - 1] = joinContinuations([...previous.lines, ...lines]);
    else chunks.push(joinContinuations(lines));
  }
  const at = findAuthors(chunks);
  const { chunk: ci, line: li } = at ?? { chunk: 1, line: 0 };
  const authorChunk = chunks[ci];
  const titleLines = li > 0 ? authorChunk!.lines.slice(0, li) : (chunks[ci - 1]?.lines ?? []);
  const authorLines = authorChunk ? authorChunk.lines.slice(li, li + authorLineCount(authorChunk.lines.slice(li), at !== undefined)) : [];
  // NOTE: a byline wrapped over lines may split a name ("Maria Elisa" / "Caputo Ferreira"): the lines are one list.
  const authorItems = splitList(withoutNameMarks(authorLines.map(plainLine).join(' ')));
  const authors = authorItems.map((item) => ({ name: foldSpace(item.replace(MARKERS, '')) }) as Author).filter((a) => a.name && a.name !== 'ID');
  const rest = [...(authorChunk ? [authorChunk.lines.slice(li + authorLines.length)] : []), ...chunks.slice(ci + 1).map((c) => c.lines)].filter((lines) => lines.length);
  let affiliations = rest.flatMap((lines) => affiliationLines(chunkOf(lines)));
  const roles = affiliations[0] !== undefined && assignRoles(affiliations[0], authors, authorItems.map(markerOf));
  if (roles) affiliations = affiliations.slice(1);
  const used = [...titleLines, ...authorLines, ...rest.flat()].map(({ start, end }) => ({ start, end }));
  return {
    title: foldSpace(titleLines.map(plainLine).join(' ').replace(/(?<![*†‡§])[*†‡§]+$/u, '')),
    authors,
    affiliations: affiliations.map((line) => foldSpace(line.replace(AFFILIATION_MARKER, ''))),
    used,
  };
}

/** A header line as a reader sees it: no markdown `#` marks or emphasis. */
function plainLine(line: Line): string {
  return stripMarkup(line.text.trim().replace(/^#{1,6}\s+/, '')).replace(/^(?:\p{L} {1,2})+\p{L}$/u, (spaced) =>
    spaced.split(/ {2}/).map((word) => word.replace(/ /g, '')).join(' '),
  );
}

/**
 * Lines that go on from the line above: pdftotext may set each author of a byline apart
 * (", Jungwon Hwang1 and …", "· Siri Atma W. Greeley2"); they are one line of names.
 */
function joinContinuations(lines: Line[]): Chunk {
  const out: Line[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous && CONTINUES.test(line.text)) out[out.length - 1] = { ...previous, text: `${previous.text.trimEnd()} ${line.text.trim()}`, end: line.end };
    else out.push(line);
  }
  return chunkOf(out);
}

/** Where the author line is: the first line after the first that reads as names. */
function findAuthors(chunks: Chunk[]): { chunk: number; line: number } | undefined {
  let seen = 0;
  for (let c = 0; c < chunks.length; c++) {
    for (let l = 0; l < chunks[c]!.lines.length; l++) {
      if (seen++ > 0 && isAuthorLine(plainLine(chunks[c]!.lines[l]!))) return { chunk: c, line: l };
    }
  }
  // NOTE: byline fragments on lines of their own (", Jungwon Hwang1 and …") are rejoined above.
  return undefined;
}

/** How many lines from the first author line on are names too (a byline wrapped over lines). */
function authorLineCount(lines: Line[], found: boolean): number {
  if (!found) return lines.length ? 1 : 0;
  let n = 1;
  while (n < lines.length && isAuthorLine(plainLine(lines[n]!)) && !ROLE.test(plainLine(lines[n]!))) n++;
  return n;
}

/**
 * A byline with its affiliation marks made separators: "Krishna♠ ∗ Erin Bransom♢" and "Legault,a
 * Derek" have no comma between names. Symbol marks stay on their name, for `assignRoles`.
 */
function withoutNameMarks(line: string): string {
  return line
    .replace(/\s*[*†‡§]+\s*(?=[a-h]\b)/g, ' ')
    .replace(/([¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§¶♠♢♡♣∗⁎✉#]+)(?=\s*\p{Lu})/gu, '$1,')
    .replace(NAME_DIGITS, ',')
    .replace(NAME_LETTERS, ',')
    .replace(/\bID\b/g, ',');
}

/** "A. Smith¹, Bea de Vries² and C. Ng": names of one to five words; one name needs an initial. */
export function isAuthorLine(text: string): boolean {
  if (text.length > 400) return false;
  const items = splitList(withoutNameMarks(text).replace(MARKERS, ' '));
  if (items.length === 0) return false;
  const names = items.every((item) => {
    const words = item.split(/\s+/);
    return words.length <= 5 && words.every((word) => NAME_WORD.test(word)) && /^\p{Lu}/u.test(item);
  });
  return names && (items.length > 1 || /\p{Lu}\./u.test(items[0]!));
}

/** A chunk of affiliations: one per line that starts with a marker, wrapped lines joined; contacts dropped. */
function affiliationLines(chunk: Chunk): string[] {
  const lines = chunk.lines.filter((line) => !CONTACT.test(line.text.trim()));
  if (!lines.some((line) => AFFILIATION_MARKER.test(line.text))) return lines.length ? [stripMarkup(joinLines(lines))] : [];
  const groups: Line[][] = [];
  for (const line of lines) {
    if (AFFILIATION_MARKER.test(line.text) || groups.length === 0) groups.push([line]);
    else groups[groups.length - 1]!.push(line);
  }
  // NOTE: some journals run affiliations on: "…, United Kingdom, 2 Mammal Research Institute, …".
  return groups.flatMap((group) => stripMarkup(joinLines(group)).split(/,\s+(?=\d{1,2}\s+\p{Lu})/u));
}

function splitList(text: string): string[] {
  return text
    .split(/\s*[,;·&]\s*(?:and\s+)?|\s+and\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function markerOf(item: string): string {
  return (item.match(MARKERS) ?? []).join('');
}

/**
 * A line such as "Assistant Professor¹, Student²" gives each author a role: the item with the
 * same superscript marker as the author. Returns false when the line is not such a line.
 */
function assignRoles(line: string, authors: Author[], authorMarkers: string[]): boolean {
  const items = splitList(line);
  if (items.length === 0 || !items.every((item) => markerOf(item) !== '')) return false;
  if (!items.some((item) => authorMarkers.includes(markerOf(item)))) return false;
  for (const item of items) {
    authors.forEach((author, i) => {
      if (authorMarkers[i] === markerOf(item)) author.role = item.replace(MARKERS, '').trim();
    });
  }
  return true;
}

/**
 * A header chunk that runs from the byline into the abstract with no blank line between
 * (pdftotext sets them as one block) is split where the byline ends, so the abstract is read as
 * text and not as an affiliation.
 */
export function splitAfterByline(chunks: Chunk[], limit: number): Chunk[] {
  for (let c = 0; c < Math.min(limit, chunks.length); c++) {
    const lines = chunks[c]!.lines;
    const at = lines.findIndex((line, i) => (c > 0 || i > 0) && isAuthorLine(plainLine(line)));
    if (at === -1) continue;
    let end = at + 1;
    while (end < lines.length && isAuthorLine(plainLine(lines[end]!))) end++;
    const sentences = lines.slice(end).filter((line) => (line.text.match(/(?:^|\s)\p{Ll}{2,}/gu)?.length ?? 0) >= 4).length;
    if (end < lines.length && sentences >= 3 && sentences * 2 >= lines.length - end) {
      return [...chunks.slice(0, c), chunkOf(lines.slice(0, end)), chunkOf(lines.slice(end)), ...chunks.slice(c + 1)];
    }
    return chunks;
  }
  return chunks;
}

/** Publisher furniture (Citation:, Received:, Copyright …): read as no one's words. */
export function isPublisherFurniture(text: string): boolean {
  return BOILERPLATE.test(text.trim());
}
