/** `{{plural count "slide"}}` → "1 slide", "12 slides". */
export function plural(count: unknown, noun: unknown): string {
  const n = Number(count);
  return `${n} ${String(noun)}${n === 1 ? '' : 's'}`;
}
