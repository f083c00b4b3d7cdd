import { LecternError, type SourceLocation } from '../errors.ts';

/**
 * A course or audience id: one folder name in the output, in links on the course page and in the
 * manifest. Letters, digits, `-`, `_` and `.`, starting with a letter or digit, so that no id can
 * be `..`, name another folder (`a/b`), hide (`.x`) or become a link of another kind (`javascript:`).
 */
const SAFE_ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id) && !id.includes('..') && id.length <= 100;
}

/** Throws unless `id` is a safe id; `kind` ("course", "audience") and `where` name it for the user. */
export function checkId(kind: string, id: string, where: SourceLocation): string {
  if (isSafeId(id)) return id;
  throw new LecternError(`${kind} id ${JSON.stringify(id)} cannot be a folder name in the output; expected letters, digits, "-", "_" or "." (no "..", "/" or ":"), starting with a letter or digit`, where);
}
