/**
 * A pure function of strings (and numbers), remembered: planning asks the same questions of the same sentences
 * and terms many times (for bullets, key points, objectives, then each audience and each quiz).
 * The answers must be values nobody changes (strings, numbers, booleans, or frozen data), since
 * every caller gets the same one. The memory is emptied when it grows past `limit` answers, so a
 * long `lectern dev` session does not keep every sentence it ever saw.
 */
export function memoised<A extends (string | number)[], R>(fn: (...args: A) => R, limit = 20_000): (...args: A) => R {
  const known = new Map<string, R>();
  return (...args: A): R => {
    // Each argument length-prefixed: no two lists of arguments share a key, whatever the text holds.
    const key = args.map((a) => `${String(a).length}:${a}`).join('');
    if (known.has(key)) return known.get(key)!;
    const answer = fn(...args);
    if (known.size >= limit) known.clear();
    known.set(key, answer);
    return answer;
  };
}
