import type { Reference } from '../../content/paper.ts';
import type { Block } from './layout.ts';
import { lineText, type Line } from './lines.ts';
import { joinLines } from './text.ts';

const NUMBERED = /^\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)]?)(?:\s+|$)/;

/**
 * A reference list as entries: numbered ("1.", "[1]", a number set apart from its entry), or
 * one entry per hanging indent (the first line out at the column's edge, the rest indented), or
 * one entry per block. Entries run on across columns and pages.
 */
export function readReferenceList(blocks: Block[], vocabulary: ReadonlySet<string>): Reference[] {
  const lines = sameBaselineJoined(blocks);
  if (lines.length === 0) return [];
  const numbered = lines.filter((l) => NUMBERED.test(l.text)).length >= Math.max(2, 0.2 * lines.length);
  const entries: { lines: string[]; n?: number }[] = [];
  let last = 0;
  for (const line of lines) {
    let start = numbered ? NUMBERED.exec(line.text) : null;
    // NOTE: entries are numbered in order; a number out of turn starts no entry ("38, 1031–1072").
    if (start && entries.length > 0 && Number(start[1] ?? start[2]) !== last + 1) start = null;
    if (start) last = Number(start[1] ?? start[2]);
    const newEntry = numbered ? Boolean(start) : line.indentedList ? line.hanging : line.blockStart;
    if (newEntry || entries.length === 0) {
      const n = start ? Number(start[1] ?? start[2]) : undefined;
      entries.push({ lines: [start ? line.text.slice(start[0].length) : line.text], ...(n !== undefined ? { n } : {}) });
    } else entries[entries.length - 1]!.lines.push(line.text);
  }
  return entries
    .map((entry) => ({ ...(entry.n !== undefined ? { n: entry.n } : {}), text: joinLines(entry.lines, vocabulary) }))
    .filter((entry) => /\p{L}{2}/u.test(entry.text));
}

interface RefLine {
  text: string;
  /** Out at the column's left edge while the lines around it are indented: a hanging indent's first line. */
  hanging: boolean;
  /** The list around it uses hanging indents: entries start where lines stand out. */
  indentedList: boolean;
  blockStart: boolean;
}

/** Lines of the list column by column, pieces on one baseline (a number set apart from its entry) joined. */
function sameBaselineJoined(blocks: Block[]): RefLine[] {
  const groups = new Map<string, Line[]>();
  const starts = new Set(blocks.map((b) => b.lines[0]!));
  for (const block of blocks) {
    const key = `${block.page}|${block.lane}`;
    groups.set(key, [...(groups.get(key) ?? []), ...block.lines]);
  }
  const out: RefLine[] = [];
  for (const lines of groups.values()) {
    const left = Math.min(...lines.map((l) => l.x));
    const indented = lines.some((l) => l.x > left + 0.8 * l.size);
    const rows: Line[][] = [];
    for (const line of [...lines].sort((a, b) => a.y - b.y || a.x - b.x)) {
      const row = rows[rows.length - 1];
      if (row && Math.abs(row[0]!.y - line.y) < 0.4 * line.size) row.push(line);
      else rows.push([line]);
    }
    for (const row of rows) {
      const first = row[0]!;
      out.push({
        text: row.map((l) => lineText(l).text).join(' '),
        hanging: indented && first.x <= left + 0.4 * first.size,
        indentedList: indented,
        blockStart: row.some((l) => starts.has(l)),
      });
    }
  }
  return out;
}
