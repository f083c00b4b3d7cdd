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
