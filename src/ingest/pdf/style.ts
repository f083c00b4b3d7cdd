import type { BodyStyle } from './layout.ts';
import type { Line } from './lines.ts';

/** The font and size most of the paper's characters are set in: its running text. */
export function bodyStyle(lines: Line[]): BodyStyle {
  const count = new Map<string, number>();
  for (const line of lines) {
    for (const span of line.spans) {
      if (span.script) continue;
      const key = `${span.font}@${span.size.toFixed(1)}`;
      count.set(key, (count.get(key) ?? 0) + span.text.trim().length);
    }
  }
  const [key] = [...count].sort((a, b) => b[1] - a[1])[0] ?? ['@10'];
  const at = key.lastIndexOf('@');
  const size = Number(key.slice(at + 1));
  // NOTE: the exact size of the body lines, not the rounded key, so comparisons stay exact.
  const exact = lines.find((l) => l.font === key.slice(0, at) && Math.abs(l.size - size) < 0.05)?.size ?? size;
  return { font: key.slice(0, at), size: exact };
}
