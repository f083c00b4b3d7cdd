import type { Dropped } from '../content/paper.ts';
import type { Diagnostic } from '../errors.ts';
import type { Removed } from './clean.ts';

/**
 * Line and column of character offsets in `text`, 1-based. NOTE: line starts are found once and
 * searched, so a paper with thousands of findings is not read again from its start for each one.
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** Records a finding at a character offset of the paper (or for the whole file). */
export type Note = (severity: Diagnostic['severity'], message: string, offset?: number) => void;

/** Says what page furniture was removed: each running header once with its count, page numbers counted. */
export function reportRemoved(removed: Removed[], note: Note): void {
  const headers = new Map<string, Removed[]>();
  for (const item of removed.filter((r) => r.why === 'running header')) {
    const key = item.line.text.trim().replace(/\d+/g, '#');
    headers.set(key, [...(headers.get(key) ?? []), item]);
  }
  for (const items of headers.values()) {
    note('info', `removed running header "${items[0]!.line.text.trim()}" (${items.length} times)`, items[0]!.line.start);
  }
  const pages = removed.filter((r) => r.why === 'page number');
  if (pages.length) note('info', `removed ${pages.length} page-number line${pages.length > 1 ? 's' : ''}`, pages[0]!.line.start);
  const other = removed.filter((r) => r.why !== 'running header' && r.why !== 'page number');
  if (other.length) note('info', `left out ${other.length} line${other.length > 1 ? 's' : ''} of publisher furniture and margin boxes (licence banners, download stamps, metadata)`, other[0]!.line.start);
}

/** Says how many pieces of figures and tables (loose labels, cells, equations in pieces) were left out. */
export function reportFloats(dropped: readonly Dropped[], note: Note): void {
  const loose = dropped.filter((d) => d.reason === 'figure text' || d.reason === 'table' || d.reason === 'unreadable');
  if (loose.length === 0) return;
  note('info', `left out ${loose.length} piece${loose.length > 1 ? 's' : ''} of figure and table text (axis labels, loose table cells, equations in pieces)`, loose[0]!.source.start);
}
