import { realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** A request's file inside the served folder, or why it is refused (with the HTTP status). */
export type ServedPath = { file: string } | { status: 400 | 403 | 404; reason: string };

/**
 * Maps a request target (`/drug-resistance/public/01-introduction.html?x`) to a file inside
 * `folder`, and refuses anything that could reach outside it: a `..` segment, raw or
 * percent-encoded (`%2e%2e`, `%2f`), a backslash or NUL, a hidden name (staging folders, the build
 * cache), and a symlink whose target lies outside the folder. A folder serves its `index.html`.
 */
export function servedPath(folder: string, target: string): ServedPath {
  const raw = target.split(/[?#]/, 1)[0] ?? '';
  if (!raw.startsWith('/')) return { status: 400, reason: 'the path must start with /' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { status: 400, reason: 'the path is not valid percent-encoding' };
  }
  // NOTE: checked on the raw and on the decoded path: "%2e%2e" is ".." only once decoded, and a
  // "%2f" inside a segment becomes a separator.
  for (const path of [raw, decoded]) {
    if (/[\\\0]/.test(path)) return { status: 400, reason: 'the path holds a backslash or NUL' };
    const segments = path.split('/');
    if (segments.some((s) => s === '..' || s === '.')) return { status: 403, reason: 'the path leaves the output folder' };
    if (segments.some((s) => s.startsWith('.'))) return { status: 403, reason: 'hidden files are not served' };
  }
  let root: string;
  let file: string;
  try {
    root = realpathSync(folder);
    file = realpathSync(join(folder, ...decoded.split('/').filter(Boolean)));
  } catch {
    return { status: 404, reason: 'no such file' };
  }
  if (file !== root && !file.startsWith(root + sep)) return { status: 403, reason: 'the path leads outside the output folder' };
  try {
    if (statSync(file).isDirectory()) return servedPath(folder, `${raw.replace(/\/?$/, '/')}index.html`);
  } catch {
    return { status: 404, reason: 'no such file' };
  }
  return { file };
}
