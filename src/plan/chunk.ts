/** Splits items into as few pages of at most `size` as possible, the pages as even as can be. */
export function chunkEvenly<T>(items: T[], size: number): T[][] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const per = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, i) => items.slice(i * per, (i + 1) * per));
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
