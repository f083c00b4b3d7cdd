import type { Author } from '../content/paper.ts';
import { chunkText, type Chunk } from './chunks.ts';
import { foldSpace } from './text.ts';

export interface FrontMatter {
  title: string;
  authors: Author[];
  affiliations: string[];
  abstract: string;
  keywords: string[];
}

const MARKERS = /[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]+/gu;
const ABSTRACT_HEADING = /^abstract\s*[:.]?\s*/i;
const KEYWORDS_LINE = /^key\s*words?\s*[:.—–-]\s*/i;
/** Lines that belong to no slide: contact details. */
const CONTACT = /@|^corresponding author|^e-?mail\b|^orcid\b/i;

/**
 * Reads what comes before the first section: title, authors (with roles matched by their
 * superscript markers), affiliations, abstract and keywords.
 */
export function readFrontMatter(chunks: Chunk[]): FrontMatter {
  const texts = chunks.map(chunkText);
  const abstractAt = texts.findIndex((text) => ABSTRACT_HEADING.test(text) && text.length < 2000);
  const keywordsAt = texts.findIndex((text) => KEYWORDS_LINE.test(text));
  const headerEnd = firstIndex([abstractAt, keywordsAt], texts.length);
  const header = texts.slice(0, headerEnd).filter((text) => !CONTACT.test(text));

  const title = header[0] ?? '';
  const authorLine = header[1] ?? '';
  const authorItems = splitList(authorLine);
  const authors = authorItems.map((item) => ({ name: foldSpace(item.replace(MARKERS, '')) }) as Author);
  let affiliations = header.slice(2);
  const roles = affiliations[0] !== undefined && assignRoles(affiliations[0], authors, authorItems.map(markerOf));
  if (roles) affiliations = affiliations.slice(1);

  return {
    title: foldSpace(title),
    authors,
    affiliations: affiliations.map(foldSpace),
    abstract: abstractAt === -1 ? '' : readAbstract(texts, abstractAt, keywordsAt),
    keywords: keywordsAt === -1 ? [] : parseKeywords(texts[keywordsAt]!),
  };
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

function parseKeywords(line: string): string[] {
  return line
    .replace(KEYWORDS_LINE, '')
    .replace(/[*_]/g, '')
    .split(/\s*[;,]\s*/)
    .map((keyword) => keyword.trim().replace(/\.$/, ''))
    .filter(Boolean);
}
