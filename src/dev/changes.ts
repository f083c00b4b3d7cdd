import { relative, sep } from 'node:path';

/** What a set of changed files asks to rebuild: some courses, some audiences, or everything. */
export type RebuildScope = { courses?: string[]; audiences?: string[] };

/**
 * The narrowest build that covers the changed files: a file inside `content/<course>/` rebuilds
 * that course, an audience profile rebuilds that audience; anything else (the config, templates,
 * themes, a new or removed folder) rebuilds everything.
 */
export function rebuildScope(root: string, changed: Iterable<string>): RebuildScope {
  const courses = new Set<string>();
  const audiences = new Set<string>();
  for (const file of changed) {
    const parts = relative(root, file).split(sep);
    if (parts[0] !== 'content' || parts.length < 3) return {};
    if (parts[1] === 'audiences') {
      if (parts.length !== 3 || !/\.ya?ml$/.test(parts[2]!)) return {};
      audiences.add(parts[2]!.replace(/\.ya?ml$/, ''));
    } else courses.add(parts[1]!);
  }
  // NOTE: one build serves both kinds only by building everything: --course and --audience narrow together.
  if (courses.size && audiences.size) return {};
  return { ...(courses.size ? { courses: [...courses].sort() } : {}), ...(audiences.size ? { audiences: [...audiences].sort() } : {}) };
}

/** The course and audience of a page under `<course>/<audience>/` in the output; none for others (the course page). */
export function pageAudience(page: string): { course: string; audience: string } | undefined {
  const [course, audience, file] = page.split('/');
  return course && audience && file ? { course, audience } : undefined;
}

/**
 * The part of `scope` that the open pages show, to build first: the courses and audiences of
 * pages under `<course>/<audience>/` in the output. None when no open page is in the scope, or
 * when it is the whole scope already (one build serves).
 */
export function viewedScope(scope: RebuildScope, pages: Iterable<string>): Required<RebuildScope> | undefined {
  const courses = new Set<string>();
  const audiences = new Set<string>();
  for (const page of pages) {
    const shown = pageAudience(page);
    if (!shown) continue;
    if (scope.courses && !scope.courses.includes(shown.course)) continue;
    if (scope.audiences && !scope.audiences.includes(shown.audience)) continue;
    courses.add(shown.course);
    audiences.add(shown.audience);
  }
  if (courses.size === 0) return undefined;
  const viewed = { courses: [...courses].sort(), audiences: [...audiences].sort() };
  const same = (a: string[] | undefined, b: string[]) => a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
  return same(scope.courses, viewed.courses) && same(scope.audiences, viewed.audiences) ? undefined : viewed;
}
