/** `{{#if (eq kind "title")}}`: strict equality of two values. */
export function eq(a: unknown, b: unknown): boolean {
  return a === b;
}
