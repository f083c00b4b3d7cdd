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
