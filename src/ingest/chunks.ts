/** One line of the paper with its character offsets (`end` excludes the line break). */
export interface Line {
  text: string;
  start: number;
  end: number;
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

export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const first = current[0]!;
    const last = current[current.length - 1]!;
    chunks.push({ lines: current, start: first.start + leadingSpace(first.text), end: last.end - trailingSpace(last.text) });
    current = [];
  };
  for (const line of splitLines(text)) {
    if (line.text.trim() === '') flush();
    else current.push(line);
  }
  flush();
  return chunks;
}

/** The chunk's lines joined into one line of text, as a reader would read it. */
export function chunkText(chunk: Chunk): string {
  return chunk.lines.map((line) => line.text.trim()).join(' ');
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

function trailingSpace(text: string): number {
  return text.length - text.trimEnd().length;
}
