import type { Author } from '../content/paper.ts';
import { chunkOf, chunkText, joinLines, type Chunk, type Line } from './chunks.ts';
import { stripMarkup } from './markdown.ts';
import { foldSpace } from './text.ts';

export interface FrontMatter {
  title: string;
  authors: Author[];
  affiliations: string[];
  abstract: string;
  keywords: string[];
}

const MARKERS = /[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]+/gu;
/** Digits glued to an author's name: "Hofmann1", "Ferreira1,2*". */
const NAME_DIGITS = /(?<=\p{L})\d+(?:,\d+)*[*†‡§]*(?=\s*(?:,|;|\band\b|$))/gu;
/** Letters marking an author's affiliation: "El Amrani a,*", "Weber b". */
const NAME_LETTERS = /\s+[a-z](?:\s*,\s*[a-z*†])*\*?(?=\s*(?:,|;|\band\b|$))/g;
/** An affiliation's leading marker: "1 Department of …", "¹ Faculty of …", "a Institute …", "b) Centre …". */
const AFFILIATION_MARKER = /^\s*(?:(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*†‡§]+)\s*|[a-z]\)?\s+)(?=\p{Lu})/u;
/** A word of a person's name: capitalised, an initial, or a particle ("de", "van", "al-"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|(?:de|da|di|do|dos|du|van|von|der|den|del|della|la|le|bin|ibn|al|el|y)-?)$/u;
/** Publisher furniture on a first page: not title, author or affiliation. */
const BOILERPLATE =
  /^(?:contents lists available|journal homepage|available online|received\b|accepted\b|published\b|revised\b|article info|article history|research (?:paper|article)|original (?:article|research|paper)|review article|short communication|open access|©|copyright\b|doi:|https?:\/\/|www\.|citation:|(?:academic )?editor:|funding:|competing interests:|data availability(?: statement)?:)/i;
const ABSTRACT_HEADING = /^abstract\s*[:.—–-]?\s*/i;
const KEYWORDS_LINE = /^(?:key\s*words?|index terms)\s*[:.—–-]\s*/i;
/** Lines that belong to no slide: contact details. */
const CONTACT = /@|^corresponding author|^correspondence\b|^e-?mail\b|^orcid\b/i;

/** A front-matter chunk as a reader sees it: no markdown `#` marks or emphasis, "A B S T R A C T" closed up. */
function plain(chunk: Chunk): string {
  return stripMarkup(chunkText(chunk).replace(/^#{1,6}\s+/, '')).replace(/^(?:\p{L} {1,2})+\p{L}$/u, (spaced) =>
    spaced.split(/ {2}/).map((word) => word.replace(/ /g, '')).join(' '),
  );
}

/**
 * Index of the first chunk after the abstract and keywords: where headings may start. Without
 * either, after the title and the author line (short, not a sentence).
 */
export function frontMatterEnd(chunks: Chunk[]): number {
  const texts = chunks.map(plain);
  const found = [texts.findIndex((t) => ABSTRACT_HEADING.test(t) && t.length < 2000), texts.findIndex((t) => KEYWORDS_LINE.test(t))];
  const end = Math.max(...found) + 1;
  if (end > 0) return end;
  const authors = texts[1];
  return authors !== undefined && authors.length < 200 && !/[.!?]$/.test(authors) ? 2 : 1;
}

/**
 * Reads what comes before the first section: title, authors (with roles matched by their
 * superscript markers), affiliations (one a line when they start with a marker), abstract and
 * keywords.
 */
export function readFrontMatter(chunks: Chunk[]): FrontMatter {
  const texts = chunks.map(plain);
  const abstractAt = texts.findIndex((text) => ABSTRACT_HEADING.test(text) && text.length < 2000);
  const keywordsAt = texts.findIndex((text) => KEYWORDS_LINE.test(text));
  const headerEnd = firstIndex([abstractAt, keywordsAt], texts.length);
  const header = chunks.slice(0, headerEnd).flatMap((chunk) => {
    const lines = chunk.lines.filter((line) => !BOILERPLATE.test(plain(chunkOf([line]))) && !isContact(line));
    return lines.length ? [chunkOf(lines)] : [];
  });

  // NOTE: the author line is the first that reads as names; what comes before it is a masthead.
  const found = header.findIndex((chunk, i) => i > 0 && isAuthorLine(plain(chunk)));
  const authorsAt = found === -1 ? 1 : found;
  const title = header[authorsAt - 1] ? plain(header[authorsAt - 1]!) : '';
  const authorItems = splitList(header[authorsAt] ? withoutNameMarks(plain(header[authorsAt]!)) : '');
  const authors = authorItems.map((item) => ({ name: foldSpace(item.replace(MARKERS, '')) }) as Author);
  let affiliations = header.slice(authorsAt + 1).flatMap(affiliationLines);
  const roles = affiliations[0] !== undefined && assignRoles(affiliations[0], authors, authorItems.map(markerOf));
  if (roles) affiliations = affiliations.slice(1);

  return {
    title: foldSpace(title),
    authors,
    affiliations: affiliations.map((line) => foldSpace(line.replace(AFFILIATION_MARKER, ''))),
    abstract: abstractAt === -1 ? '' : readAbstract(texts, abstractAt, keywordsAt),
    keywords: keywordsAt === -1 ? [] : parseKeywords(chunks[keywordsAt]!),
  };
}

/** Publisher furniture (Citation:, Received:, Copyright …): read as no one's words. */
export function isPublisherFurniture(text: string): boolean {
  return BOILERPLATE.test(text.trim());
}

function withoutNameMarks(line: string): string {
  return line.replace(NAME_DIGITS, '').replace(NAME_LETTERS, '');
}

/** "A. Smith¹, Bea de Vries² and C. Ng": names of one to five words; one name needs an initial. */
function isAuthorLine(text: string): boolean {
  const items = splitList(withoutNameMarks(text).replace(MARKERS, ''));
  if (items.length === 0 || text.length > 300) return false;
  const names = items.every((item) => {
    const words = item.split(/\s+/);
    return words.length <= 5 && words.every((word) => NAME_WORD.test(word)) && /^\p{Lu}/u.test(item);
  });
  return names && (items.length > 1 || /\p{Lu}\./u.test(items[0]!));
}

/** A chunk of affiliations: one per line that starts with a marker, wrapped lines joined; contacts dropped. */
function affiliationLines(chunk: Chunk): string[] {
  const lines = chunk.lines.filter((line) => !isContact(line));
  if (!lines.some((line) => AFFILIATION_MARKER.test(line.text))) return lines.length ? [stripMarkup(joinLines(lines))] : [];
  const groups: Line[][] = [];
  for (const line of lines) {
    if (AFFILIATION_MARKER.test(line.text) || groups.length === 0) groups.push([line]);
    else groups[groups.length - 1]!.push(line);
  }
  // NOTE: some journals run affiliations on: "…, United Kingdom, 2 Mammal Research Institute, …".
  return groups.flatMap((group) => stripMarkup(joinLines(group)).split(/,\s+(?=\d{1,2}\s+\p{Lu})/u));
}

function isContact(line: Line): boolean {
  return CONTACT.test(line.text.trim());
}

function firstIndex(indexes: number[], fallback: number): number {
  const found = indexes.filter((i) => i >= 0);
  return found.length ? Math.min(...found) : fallback;
}

function readAbstract(texts: string[], at: number, keywordsAt: number): string {
  const end = keywordsAt > at ? keywordsAt : texts.length;
  const parts = [texts[at]!.replace(ABSTRACT_HEADING, ''), ...texts.slice(at + 1, end).filter((text) => !BOILERPLATE.test(text))];
  return foldSpace(parts.filter(Boolean).join(' '));
}

function splitList(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+and\s+|\s*;\s*/)
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

/** Keywords separated by semicolons, else by commas, else one a line ("Keywords:" above them). */
function parseKeywords(chunk: Chunk): string[] {
  const list = plain(chunk).replace(KEYWORDS_LINE, '');
  const separator = list.includes(';') ? /\s*;\s*/ : list.includes(',') ? /\s*,\s*/ : undefined;
  const keywords = separator ? list.split(separator) : chunk.lines.map((line) => stripMarkup(line.text).replace(KEYWORDS_LINE, ''));
  return keywords.map((keyword) => keyword.trim().replace(/\.$/, '')).filter(Boolean);
}
