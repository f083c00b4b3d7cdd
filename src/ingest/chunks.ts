/**
 * How a line joins the next line of text: `word` when its trailing hyphen splits a word over the
 * line break (`thera-` / `peutic`: the hyphen goes, no space), `hyphen` when the hyphen is the
 * word's own (`non-` / `small`: it stays, no space). Unset: the lines join with a space.
 */
export type BreakJoin = 'word' | 'hyphen';

/** One line of the paper with its character offsets (`end` excludes the line break). */
export interface Line {
  text: string;
  start: number;
  end: number;
  join?: BreakJoin;
}

/** A run of non-blank lines: what the paper's author or its extraction separated by blank lines. */
export interface Chunk {
  lines: Line[];
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    // NOTE: a CRLF file keeps its offsets right because only the '\r' is dropped from the text.
    lines.push({ text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, start, end });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/** Groups lines into chunks at blank lines. */
export function splitChunks(lines: readonly Line[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length > 0) chunks.push(chunkOf(current));
    current = [];
  };
  for (const line of lines) {
    if (line.text.trim() === '') flush();
    else current.push(line);
  }
  flush();
  return chunks;
}

/** A chunk of the given (non-blank) lines, its range covering their text. */
export function chunkOf(lines: Line[]): Chunk {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return { lines, start: first.start + leadingSpace(first.text), end: last.end - trailingSpace(last.text) };
}

/** Each chunk's text, joined once: every stage of ingest reads it, some many times. */
const texts = new WeakMap<Chunk, string>();

/** The chunk's lines joined into one line of text, as a reader would read it. */
export function chunkText(chunk: Chunk): string {
  let text = texts.get(chunk);
  if (text === undefined) texts.set(chunk, (text = joinLines(chunk.lines)));
  return text;
}

/** Lines joined as a reader reads them: with a space, or with line-break hyphenation repaired. */
export function joinLines(lines: readonly Line[]): string {
  let text = '';
  lines.forEach((line, i) => {
    text = i === 0 ? line.text.trim() : joinText(text, lines[i - 1]!.join, line.text.trim());
  });
  return text;
}

/** Two pieces of text joined across the line break after `before`, which ended with `join`. */
export function joinText(before: string, join: BreakJoin | undefined, after: string): string {
  if (join === 'word') return before.slice(0, -1) + after;
  if (join === 'hyphen') return before + after;
  return `${before} ${after}`;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

function trailingSpace(text: string): number {
  return text.length - text.trimEnd().length;
}
