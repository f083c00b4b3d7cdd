/** Splits items into as few pages of at most `size` as possible, the pages as even as can be. */
export function chunkEvenly<T>(items: T[], size: number): T[][] {
  return groupEvenly(items, Math.max(1, Math.ceil(items.length / size)));
}

/** Splits items, in order, into at most `count` groups whose sizes differ by one at most. */
export function groupEvenly<T>(items: T[], count: number): T[][] {
  const groups = Math.max(1, Math.min(count, items.length));
  const base = Math.floor(items.length / groups);
  const larger = items.length % groups;
  let start = 0;
  return Array.from({ length: groups }, (_, i) => {
    const size = base + (i < larger ? 1 : 0);
    return items.slice(start, (start += size));
  });
}

/**
 * A stable number for a string (FNV-1a): quiz choices are shuffled by it, so the same course
 * gives the same quiz on every build.
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
