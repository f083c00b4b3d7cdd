import type { Author } from '../../content/paper.ts';
import type { Block, BodyStyle } from './layout.ts';
import { lineText } from './lines.ts';
import { blockText } from './furniture.ts';

/** Journal labels printed large on a first page: not the title. */
const LABEL = /^(?:research|review|original|edge|short|brief|full|mini)?\s*(?:article|paper|review|letter|report|communication|perspective|editorial|commentary|research|preprint|open access|open|replication)$/i;
/** Front-matter headings: they name what follows, they do not start the body. */
export const FRONT_HEADING = /^(?:abstract|summary|key\s*words?|index terms|abbreviations|highlights|graphical abstract|significance(?: statement)?|author summary|editor'?s summary|in brief)$/i;
const KEYWORDS = /^(?:key\s*words?|index terms)\s*[:.—–-]?\s*/i;
/** A word of a person's name: capitalised, an initial, or a particle ("de", "van"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|(?:de|da|di|do|dos|du|van|von|der|den|del|della|la|le|bin|ibn|al|el|y)-?)$/u;

/** The title: the largest text on the first page, several words long, not a journal's label. */
export function findTitle(blocks: Block[]): Block | undefined {
  const first = blocks.filter((b) => b.page === blocks[0]?.page);
  const candidates = first.filter((b) => {
    const text = blockText(b).trim();
    return text.split(/\s+/).length >= 3 && /\p{L}{3}/u.test(text) && !LABEL.test(text) && b.lines.length <= 5;
  });
  return candidates.reduce<Block | undefined>((best, b) => (!best || b.size > best.size + 0.2 ? b : best), undefined);
}

/** Authors from the byline: names split at commas, "and", "&" and middots; markers dropped. */
export function readAuthors(text: string): Author[] | undefined {
  const clean = text
    .replace(/\s*[*†‡§¶✉#⁎∗♠♣♥♦♡♢♤♧]+\s*/gu, ', ')
    .replace(/\b(?:ID|ORCID)\b|[\u00B9\u00B2\u00B3\u2070-\u209F]/gu, ' ')
    .replace(/(?<=\p{L})\d+(?:,\d+)*/gu, '')
    .replace(/\s+/g, ' ');
  const items = clean
    .split(/\s*(?:,|;|·|•|\band\b|&)\s*/)
    .map((item) => item.replace(/(?:\s+[a-z](?=\s|$))+/g, '').replace(/\s+\d+$/, '').trim())
    .filter((item) => item && !/^(?:[a-z]|\d+)$/.test(item));
  if (/,\s*$/.test(clean) && items.length === 0) return undefined;
  if (items.length === 0) return undefined;
  const names = items.every((item) => {
    const words = item.split(/\s+/);
    return words.length >= 2 && words.length <= 5 && words.every((w) => NAME_WORD.test(w)) && /^\p{Lu}/u.test(item);
  });
  return names ? items.map((name) => ({ name })) : undefined;
}

/** "Keywords: a; b; c" → ["a", "b", "c"], separated by semicolons, middots or commas. */
export function readKeywords(text: string): string[] {
  const list = text.replace(KEYWORDS, '');
  const separator = /[;·•]/.test(list) ? /\s*[;·•]\s*/ : /\s*,\s*/;
  return list.split(separator).map((k) => k.trim().replace(/\.$/, '')).filter(Boolean);
}

export function isKeywords(text: string): boolean {
  return KEYWORDS.test(text) && /^(?:key\s*words?|index terms)\b/i.test(text);
}

/** A block that reads as running text of the first page: several lines of sentences. */
export function isProse(block: Block, body: BodyStyle): boolean {
  const text = blockText(block);
  return block.lines.length >= 2 && text.length >= 150 && block.size >= body.size - 1.5 && /[.!?]/.test(text);
}

/** Whether a block's first line is an affiliation: a marker, then an institution. */
export function isAffiliation(block: Block): boolean {
  const text = lineText(block.lines[0]!).text;
  return /(?:universit|institut|department|dept\.|school|college|centre|center|hospital|laborator|faculty|academy|division|unit\b|research)/i.test(text) && text.length < 400;
}
