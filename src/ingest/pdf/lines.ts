import type { Box } from '../../content/paper.ts';
import { LOST_GLYPH, plainText } from './glyphs.ts';
import type { PdfPage, TextRun } from './load.ts';

/** A piece of a line in one font and size; superscripts and subscripts are marked. */
export interface Span {
  text: string;
  font: string;
  size: number;
  x: number;
  width: number;
  script?: 'sup' | 'sub';
}

/** Text on one baseline, in reading order, without a gap wider than a column gutter. */
export interface Line {
  page: number;
  x: number;
  right: number;
  /** Baseline, from the page's top. */
  y: number;
  /** The size most of the line's characters are set in (scripts aside). */
  size: number;
  /** The font most of the line's characters are set in (scripts aside). */
  font: string;
  spans: Span[];
}

/** How far apart (in ems) two runs on a baseline can be and still be one line: wider is a gutter or a table cell. */
const GUTTER_EMS = 1.3;
/** How far apart (in ems) words of a loosely justified line can be when a space is typed between them. */
const SPACED_GAP_EMS = 2.5;
/** A gap (in ems) that is a space between words, not letters set apart. */
const SPACE_EMS = 0.15;

/**
 * A page's horizontal text as lines: runs on one baseline (within a fifth of an em) joined left
 * to right, smaller runs raised or lowered beside them taken in as superscripts and subscripts,
 * and split where the gap is wider than a word space can be.
 */
export function pageLines(page: PdfPage): { lines: Line[]; gutter?: number } {
  const runs = page.runs.filter((run) => !run.rotated).map((run) => ({ ...run, text: run.lost ? LOST_GLYPH : plainText(run.text) }));
  const rows = baselineRows(runs).flatMap(detachRaised).filter((row) => row.size > 0);
  for (const [run, row] of takeScripts(rows)) row.runs.push(run);
  const main = rows.filter((row) => !row.script);
  for (const row of main) row.runs.sort((a, b) => a.x - b.x);
  const gutter = findGutter(main, page.width);
  return { lines: main.flatMap((row) => splitAtGaps(row.runs, page.number, gutter)), ...(gutter !== undefined ? { gutter } : {}) };
}

/**
 * Where two columns meet: an x in the page's middle that a run of at least six rows, one under
 * the other, leave blank between two wide pieces of text, none of them writing over it. Rows
 * across the columns (a title, an abstract) end such a run; rows that do not reach it do not.
 */
export function findGutter(rows: { runs: TextRun[]; size: number; y: number }[], width: number): number | undefined {
  // NOTE: each row's visible runs are found once, not once for every point tried across the page.
  const sorted = [...rows].sort((a, b) => a.y - b.y).map((row) => ({ size: row.size, visible: row.runs.filter((r) => r.text.trim()) }));
  const runs = new Map<number, number>();
  for (let x = Math.round(0.3 * width); x <= 0.7 * width; x += 1) {
    let run = 0;
    let longest = 0;
    for (const { size, visible } of sorted) {
      // NOTE: one pass over the row's runs, building no arrays: this is tried for every row at
      // every point across the middle of every page.
      let covered = false;
      let left = false;
      let right = false;
      let leftStart = Infinity;
      let leftEnd = -Infinity;
      let rightStart = Infinity;
      let rightEnd = -Infinity;
      for (const r of visible) {
        const end = r.x + r.width;
        if (r.x <= x && end >= x) {
          covered = true;
          break;
        }
        if (end < x) {
          left = true;
          leftStart = Math.min(leftStart, r.x);
          leftEnd = Math.max(leftEnd, end);
        }
        if (r.x > x) {
          right = true;
          rightStart = Math.min(rightStart, r.x);
          rightEnd = Math.max(rightEnd, end);
        }
      }
      if (covered) {
        run = 0;
        continue;
      }
      if (!left || !right) continue;
      const wide = leftEnd - leftStart > 0.2 * width && rightEnd - rightStart > 0.2 * width;
      if (!wide || rightStart - leftEnd < 0.4 * size) continue;
      run++;
      longest = Math.max(longest, run);
    }
    runs.set(x, longest);
  }
  // NOTE: of the blank bands, the widest is the gutter (not the gap after hanging numbers).
  const most = Math.max(0, ...runs.values());
  if (most < 6) return undefined;
  let best: { from: number; to: number } | undefined;
  let band: { from: number; to: number } | undefined;
  for (const [x, longest] of runs) {
    if (longest >= Math.max(6, 0.6 * most)) band = band && band.to === x - 1 ? { from: band.from, to: x } : { from: x, to: x };
    else band = undefined;
    if (band && (!best || band.to - band.from > best.to - best.from)) best = band;
  }
  return best && (best.from + best.to) / 2;
}

interface Row {
  runs: ScriptRun[];
  /** The largest size of the row's visible text: 0 for a row of spaces. */
  size: number;
  /** The baseline of that text. */
  y: number;
  x0: number;
  x1: number;
  script?: boolean;
}

type ScriptRun = TextRun & { script?: Span['script'] };

function baselineRows(runs: TextRun[]): Row[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Row[] = [];
  for (const run of sorted) {
    let row: Row | undefined;
    for (let i = rows.length - 1; i >= 0 && !row; i--) {
      const r = rows[i]!;
      if (run.y - r.y > 2 * Math.max(r.size, run.size)) break;
      if (Math.abs(r.y - run.y) <= 0.2 * Math.max(r.size, run.size) && sameScale(r.size, run.size)) row = r;
    }
    if (row) row.runs.push(run);
    else rows.push({ y: run.y, size: run.size, runs: [run], x0: 0, x1: 0 });
  }
  for (const row of rows) {
    const visible = row.runs.filter((r) => r.text.trim());
    const largest = visible.reduce<TextRun | undefined>((a, r) => (!a || r.size > a.size ? r : a), undefined);
    row.size = largest?.size ?? 0;
    row.y = largest?.y ?? row.y;
    row.x0 = Math.min(...row.runs.map((r) => r.x));
    row.x1 = Math.max(...row.runs.map((r) => r.x + r.width));
  }
  return rows;
}

/**
 * A row's pieces of small print set apart from its larger text (by more than a gutter) as rows
 * of their own: a note marker raised after a word in one column can fall within a baseline's
 * reach of a line in the other column ("models,⁵" beside "…were over-"); on its own it can be
 * taken as the script of the line it is raised over.
 */
function detachRaised(row: Row): Row[] {
  if (row.runs.length < 2) return [row];
  const pieces: ScriptRun[][] = [];
  let end = -Infinity;
  for (const run of [...row.runs].sort((a, b) => a.x - b.x)) {
    const piece = pieces[pieces.length - 1];
    if (piece && run.x - end <= GUTTER_EMS * row.size) piece.push(run);
    else pieces.push([run]);
    end = Math.max(end, run.x + run.width);
  }
  const raised = (piece: ScriptRun[]) => {
    const visible = piece.filter((r) => r.text.trim());
    return visible.length > 0 && visible.every((r) => r.size <= 0.85 * row.size);
  };
  if (pieces.length < 2 || !pieces.some(raised)) return [row];
  const kept = pieces.filter((p) => !raised(p)).flat();
  const detached = pieces.filter(raised).map((piece): Row => {
    const visible = piece.filter((r) => r.text.trim());
    const largest = visible.reduce((a, r) => (r.size > a.size ? r : a));
    return { runs: piece, size: largest.size, y: largest.y, x0: Math.min(...piece.map((r) => r.x)), x1: Math.max(...piece.map((r) => r.x + r.width)) };
  });
  if (kept.length === 0) return [row];
  return [{ ...row, runs: kept, x0: Math.min(...kept.map((r) => r.x)), x1: Math.max(...kept.map((r) => r.x + r.width)) }, ...detached];
}

/** Small capitals (about 0.7–0.8 of the size) sit on the baseline with their capitals; scripts are smaller. */
function sameScale(a: number, b: number): boolean {
  return Math.min(a, b) / Math.max(a, b) > 0.68;
}

/**
 * Rows of small runs raised or lowered right beside a row of larger text are its superscripts
 * and subscripts ("word¹", "K_ATP"): each such row is marked, and its runs returned with the row
 * they belong to.
 */
function takeScripts(rows: Row[]): [ScriptRun, Row][] {
  const taken: [ScriptRun, Row][] = [];
  for (const row of rows) {
    const host = rows.find((other) => {
      if (other === row || other.script) return false;
      const dy = row.y - other.y;
      if (row.size > 0.85 * other.size || dy < -0.75 * other.size || dy > 0.45 * other.size || Math.abs(dy) < 0.12 * other.size) return false;
      if (row.x0 > other.x1 + 0.3 * other.size || row.x1 < other.x0 - 0.3 * other.size) return false;
      // NOTE: the script's runs as one piece: the middle of "16–20" touches no word of its line.
      return other.runs.some((h) => row.x0 <= h.x + h.width + 0.3 * other.size && row.x1 >= h.x - 0.3 * other.size);
    });
    if (!host) continue;
    row.script = true;
    const script = row.y < host.y ? 'sup' : 'sub';
    for (const run of row.runs) taken.push([{ ...run, script }, host]);
  }
  return taken;
}

function splitAtGaps(row: ScriptRun[], page: number, gutter: number | undefined): Line[] {
  const lines: Line[] = [];
  let current: ScriptRun[] = [];
  let end = -Infinity;
  for (const run of row) {
    const size = Math.max(run.size, ...current.map((r) => r.size));
    const overGutter = gutter !== undefined && end < gutter && run.x > gutter && run.x - end > 0.4 * size;
    // NOTE: a loosely justified line sets its words far apart, but after a space it types
    // ("manner.␣" … "Moreover,␣" … "the"): a gap after a typed space is a word space up to a wider limit.
    const typedSpace = current.length > 0 && /\s$/.test(current[current.length - 1]!.text);
    const limit = (typedSpace ? SPACED_GAP_EMS : GUTTER_EMS) * size;
    if (current.length && run.text.trim() && (run.x - end > limit || overGutter)) {
      lines.push(lineOf(current, page));
      current = [];
    }
    current.push(run);
    end = Math.max(end, run.x + run.width);
  }
  if (current.length) lines.push(lineOf(current, page));
  return lines.filter((line) => line.spans.some((span) => span.text.trim()));
}

function lineOf(runs: ScriptRun[], page: number): Line {
  const chars = new Map<string, number>();
  for (const run of runs) {
    if (run.script) continue;
    const key = `${run.font}@${smallCapsHost(run, runs).size.toFixed(1)}`;
    chars.set(key, (chars.get(key) ?? 0) + run.text.trim().length);
  }
  const [key] = [...chars].sort((a, b) => b[1] - a[1])[0] ?? [`${runs[0]!.font}@${runs[0]!.size.toFixed(1)}`];
  const at = key.lastIndexOf('@');
  const main = runs.filter((r) => !r.script);
  const spans = runs.map((run): Span => ({ text: run.text, font: run.font, size: run.size, x: run.x, width: run.width, ...(run.script ? { script: run.script } : {}) }));
  return {
    page,
    x: Math.min(...runs.map((r) => r.x)),
    right: Math.max(...runs.map((r) => r.x + r.width)),
    y: (main[0] ?? runs[0]!).y,
    size: Number(key.slice(at + 1)),
    font: key.slice(0, at),
    spans,
  };
}

/**
 * The run whose size a run of small capitals stands for: capitals set at about 0.7–0.9 of the
 * size of lower-case text in the same font on the line ("for COARSE and FINE.") count as that
 * text's size, so a line of small-capital words is still a line of running text.
 */
function smallCapsHost(run: ScriptRun, runs: readonly ScriptRun[]): ScriptRun {
  if (!/\p{Lu}/u.test(run.text) || /\p{Ll}/u.test(run.text)) return run;
  const host = runs.find((r) => !r.script && r.font === run.font && /\p{Ll}/u.test(r.text) && run.size / r.size >= 0.68 && run.size / r.size <= 0.9);
  return host ?? run;
}

/** The box of a line: from its left edge and its text's top (about an em above the baseline). */
export function lineBox(line: Line): Box {
  return { x: round(line.x), y: round(line.y - 0.8 * line.size), width: round(line.right - line.x), height: round(line.size) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Whether there is a word space between two spans: a space in the text or a gap wider than letter spacing. */
export function spaceBetween(before: Span, after: Span): boolean {
  if (/\s$/.test(before.text) || /^\s/.test(after.text)) return false;
  return after.x - (before.x + before.width) > SPACE_EMS * Math.min(before.size, after.size);
}

/** A line's text with where each font starts and ends in it. */
export interface LineText {
  text: string;
  parts: { start: number; end: number; font: string; size: number }[];
}

const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ' };
/** A citation or note marker: numbers, ranges and lists of them, or a note sign. */
const MARKER = /^\s*(?:[\d,–\-−\s]+|[*†‡§¶]+|[a-z])\s*$/;

/**
 * A line as text. Superscript citation and note markers after a word are dropped ("cancer¹²" →
 * "cancer"), other superscripts are written as superscript characters ("10⁶", "Ca²⁺") when there
 * are such characters and glued on otherwise; subscripts are glued on ("K" "ATP" → "KATP").
 */
export function lineText(line: Line): LineText {
  let text = '';
  const parts: LineText['parts'] = [];
  let previous: Span | undefined;
  for (const span of [...line.spans].sort((a, b) => a.x - b.x)) {
    let piece = span.text;
    if (span.script === 'sup' && text.trim()) piece = superscript(piece, text);
    if (!piece) {
      // NOTE: a dropped marker still closes the gap: "manner¹⁶. In" reads "manner. In".
      if (/\s$/.test(span.text)) text += ' ';
      previous = span;
      continue;
    }
    if (previous && spaceBetween(previous, span) && span.script !== 'sub' && !(span.script === 'sup' && !/\s$/.test(text) && /^[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ]/.test(piece))) piece = ` ${piece}`;
    else if (span.script === 'sup' && !text.trim() && piece.trim()) piece = `${piece.trim()} `;
    const start = text.length;
    text += piece;
    parts.push({ start, end: text.length, font: span.font, size: span.size });
    previous = span;
  }
  return { text: text.replace(/\s+/g, ' ').trimEnd(), parts };
}

function superscript(piece: string, before: string): string {
  const word = /(\S*)\s*$/.exec(before)![1]!;
  const afterWord = /\p{L}{2,}[\p{P}]*$|[).,;:\]]$/u.test(word) && !/\d$/.test(word);
  // NOTE: a list or range of numbers ("1,2", "16–20") is never an exponent, whatever it follows.
  if (MARKER.test(piece) && (afterWord || /\d\s*[,–-]\s*\d/.test(piece))) return '';
  const chars = [...piece.trim()];
  if (chars.length && chars.every((c) => SUPERSCRIPT[c])) return chars.map((c) => SUPERSCRIPT[c]).join('');
  return piece;
}
