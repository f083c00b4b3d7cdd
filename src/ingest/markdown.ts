import { chunkOf, joinLines, type Chunk, type Line } from './chunks.ts';

/** What a chunk holds: prose, a bulleted or numbered list, a table (pipe or TAB-separated rows), or a caption. */
export type ChunkKind = 'prose' | 'list' | 'table' | 'caption';

const BULLET = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+(?=\S)/;
const NUMBERED_ITEM = /^\s*\d{1,2}[.)]\s+\S/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/;
/** `**Term.** explanation`, `**Term:** explanation` or `**Term**: explanation`. */
const BOLD_TERM = /^\*\*([^*]{2,100}?)[.:]?\*\*[.:]?\s+\S/;

/**
 * Splits a chunk where its kind changes: a lead-in sentence directly above a list, a table after
 * its caption. A line that follows a list item without a marker continues that item (wrapped).
 * Numbered lines count as a list only when there are at least two of them.
 */
export function splitByKind(chunk: Chunk): { kind: ChunkKind; chunk: Chunk }[] {
  const numbered = chunk.lines.filter((line) => NUMBERED_ITEM.test(line.text)).length;
  const row = (i: number) => TABLE_ROW.test(chunk.lines[i]?.text ?? '');
  // NOTE: `|x|` alone is an absolute value, not a table: a one-cell row is a table's only beside other rows.
  const kinds = chunk.lines.map((line, i) => (row(i) && (line.text.split('|').length > 3 || row(i - 1) || row(i + 1)) ? 'table' : lineKind(line, numbered >= 2)));
  const parts: { kind: ChunkKind; chunk: Chunk }[] = [];
  let lines: Line[] = [];
  let kind: ChunkKind | undefined;
  chunk.lines.forEach((line, i) => {
    let lineKind = kinds[i]!;
    if (lineKind === 'prose' && kind === 'list') lineKind = 'list';
    if (kind !== undefined && lineKind !== kind) {
      parts.push({ kind, chunk: chunkOf(lines) });
      lines = [];
    }
    kind = lineKind;
    lines.push(line);
  });
  if (kind !== undefined) parts.push({ kind, chunk: chunkOf(lines) });
  return parts;
}

function lineKind(line: Line, numberedList: boolean): ChunkKind {
  if (BULLET.test(line.text) && (numberedList || !NUMBERED_ITEM.test(line.text))) return 'list';
  return 'prose';
}

/** A list's items without their markers, wrapped lines joined. */
export function listItems(lines: readonly Line[]): string[] {
  return groupItems(lines).map((item) => stripMarkup(joinLines(item).replace(BULLET, '')));
}

/** A list as text: one item a line, each with its marker, as the paper writes it. */
export function listText(lines: readonly Line[]): string {
  return groupItems(lines).map((item) => stripMarkup(joinLines(item))).join('\n');
}

function groupItems(lines: readonly Line[]): Line[][] {
  const items: Line[][] = [];
  for (const line of lines) {
    if (BULLET.test(line.text) || items.length === 0) items.push([line]);
    else items[items.length - 1]!.push(line);
  }
  return items;
}

/**
 * A table's rows of cells (header row first): `|`-separated, the `|---|` rule left out, or
 * TAB-separated. NOTE: trailing space is matched where its run starts (the lookbehind), so a long
 * run of spaces is not read again from each of them.
 */
export function tableRows(lines: readonly Line[]): string[][] {
  return lines
    .filter((line) => !TABLE_RULE.test(line.text))
    .map((line) =>
      TABLE_ROW.test(line.text)
        ? line.text.trim().replace(/^\||\|$/g, '').split('|').map((cell) => stripMarkup(cell.trim()))
        : line.text.replace(/^\s+|(?<!\s)\s+$/g, (space) => space.replace(/[^\t]/g, '')).split('\t').map((cell) => stripMarkup(cell.trim())),
    );
}

/** A table as text: its lines as written (the `|---|` rule included), TABs kept between cells. */
export function tableText(lines: readonly Line[]): string {
  return lines.map((line) => stripMarkup(line.text.replace(/^[ \f]+|(?<![ \f])[ \f]+$/g, ''))).join('\n');
}

/** The term of a `**Term.** explanation` paragraph. */
export function boldTerm(text: string): string | undefined {
  return BOLD_TERM.exec(text)?.[1]?.trim();
}

/**
 * Markdown emphasis and links removed, the words kept: `**Term.**` → `Term.`, `*Daphnia*` →
 * `Daphnia`, `[Smith 2020](https://…)` → `Smith 2020`. A lone asterisk (a footnote mark,
 * `p < 0.05*`) stays.
 */
export function stripMarkup(text: string): string {
  return text
    // A target may hold balanced parentheses, as markdown allows: `(javascript:alert(1))` is one target.
    .replace(/!?\[([^[\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))+\)/g, '$1')
    .replace(/\*\*(?=\S)([^*]+?)(?<=\S)\*\*/g, '$1').replace(/(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])/g, '$1');
}

/** A markdown heading's text without its `#` marks, or undefined when the line is not one. */
export function markdownHeading(text: string): { level: number; text: string } | undefined {
  const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(text.trim());
  return match ? { level: match[1]!.length, text: stripMarkup(match[2]!) } : undefined;
}
