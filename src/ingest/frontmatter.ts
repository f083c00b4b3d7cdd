import type { Author } from '../content/paper.ts';
import { chunkText, joinLines, type Chunk, type Line } from './chunks.ts';
import { stripEmphasis } from './markdown.ts';
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
/** An affiliation's leading marker: "1 Department of …", "¹ Faculty of …", "a) Institute …". */
const AFFILIATION_MARKER = /^\s*(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*†‡§]+)\s*(?=\p{Lu})/u;
const ABSTRACT_HEADING = /^abstract\s*[:.—–-]?\s*/i;
const KEYWORDS_LINE = /^(?:key\s*words?|index terms)\s*[:.—–-]\s*/i;
/** Lines that belong to no slide: contact details. */
const CONTACT = /@|^corresponding author|^correspondence\b|^e-?mail\b|^orcid\b/i;

/** A front-matter chunk as a reader sees it: without markdown `#` marks or emphasis. */
function plain(chunk: Chunk): string {
  return stripEmphasis(chunkText(chunk).replace(/^#{1,6}\s+/, ''));
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
  const header = chunks.slice(0, headerEnd).filter((chunk) => chunk.lines.some((line) => !isContact(line)));

  const title = header[0] ? plain(header[0]) : '';
  const authorLine = header[1] ? plain(header[1]).replace(NAME_DIGITS, '') : '';
  const authorItems = splitList(authorLine);
  const authors = authorItems.map((item) => ({ name: foldSpace(item.replace(MARKERS, '')) }) as Author);
  let affiliations = header.slice(2).flatMap(affiliationLines);
  const roles = affiliations[0] !== undefined && assignRoles(affiliations[0], authors, authorItems.map(markerOf));
  if (roles) affiliations = affiliations.slice(1);

  return {
    title: foldSpace(title),
    authors,
    affiliations: affiliations.map((line) => foldSpace(line.replace(AFFILIATION_MARKER, ''))),
    abstract: abstractAt === -1 ? '' : readAbstract(texts, abstractAt, keywordsAt),
    keywords: keywordsAt === -1 ? [] : parseKeywords(texts[keywordsAt]!),
  };
}

/** A chunk of affiliations: one per line that starts with a marker, wrapped lines joined; contacts dropped. */
function affiliationLines(chunk: Chunk): string[] {
  const lines = chunk.lines.filter((line) => !isContact(line));
  if (!lines.some((line) => AFFILIATION_MARKER.test(line.text))) return lines.length ? [stripEmphasis(joinLines(lines))] : [];
  const groups: Line[][] = [];
  for (const line of lines) {
    if (AFFILIATION_MARKER.test(line.text) || groups.length === 0) groups.push([line]);
    else groups[groups.length - 1]!.push(line);
  }
  return groups.map((group) => stripEmphasis(joinLines(group)));
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
  const parts = [texts[at]!.replace(ABSTRACT_HEADING, ''), ...texts.slice(at + 1, end)];
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

/** Keywords separated by semicolons, or by commas when the line has no semicolon. */
function parseKeywords(line: string): string[] {
  const list = line.replace(KEYWORDS_LINE, '');
  return list
    .split(list.includes(';') ? /\s*;\s*/ : /\s*,\s*/)
    .map((keyword) => keyword.trim().replace(/\.$/, ''))
    .filter(Boolean);
}
