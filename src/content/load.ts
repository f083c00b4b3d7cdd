import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { LecternError, type Diagnostic } from '../errors.ts';
import { PAPER_FILES, readPaper } from '../ingest/read.ts';
import { DEFAULT_AUDIENCE, parseAudience, type Audience } from './audience.ts';
import { CONFIG_FILE, parseConfig, type ConfigFile } from './config.ts';
import { checkId } from './ids.ts';
import { parseCourse, type Course } from './course.ts';
import type { Paper } from './paper.ts';

/** A course as read from `content/<id>/`: its paper ingested and its edits checked. */
export interface LoadedCourse {
  id: string;
  paper: Paper;
  course: Course;
  diagnostics: Diagnostic[];
}

export function readText(file: string, root: string): string {
  return Buffer.from(readBytes(file, root)).toString('utf8');
}

/** A path as a user reads it: relative to the project when inside it, else absolute. */
export function displayPath(root: string, file: string): string {
  const path = relative(root, file);
  return path && !path.startsWith('..') && !isAbsolute(path) ? path : file;
}

/** Larger than any paper, figures and all: read no further. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

export function readBytes(file: string, root: string): Uint8Array {
  try {
    const stats = statSync(file);
    const where = { file: displayPath(root, file) };
    if (stats.isDirectory()) throw new LecternError('is a folder, not a file', where);
    // NOTE: a device or pipe (/dev/zero) would be read forever; a paper is a regular file.
    if (!stats.isFile()) throw new LecternError('is not a regular file; expected a paper saved as a file', where);
    if (stats.size > MAX_FILE_BYTES) throw new LecternError(`is ${(stats.size / 1024 / 1024).toFixed(0)} MB, more than any paper Lectern reads (${MAX_FILE_BYTES / 1024 / 1024} MB)`, where);
    return readFileSync(file);
  } catch (cause) {
    if (cause instanceof LecternError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? 'unknown error'})`;
    throw new LecternError(why, { file: displayPath(root, file) }, { cause });
  }
}

export function loadConfig(root: string): ConfigFile {
  const file = join(root, CONFIG_FILE);
  return existsSync(file) ? parseConfig(readFileSync(file, 'utf8'), CONFIG_FILE) : {};
}

/** Course ids to build: the config's list, or every folder of `content/` holding a paper (`paper.pdf`, `paper.txt`, …). */
export function courseIds(root: string, config: ConfigFile): string[] {
  if (config.courses) return config.courses;
  const content = join(root, 'content');
  if (!existsSync(content)) return [];
  return readdirSync(content, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && PAPER_FILES.some((name) => existsSync(join(content, entry.name, name))))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The file a course's paper is in: `content/<id>/paper.pdf`, `.xml`, `.nxml`, `.md` or `.txt`.
 * Two of them would leave it unclear which one the lecturer means, so that is an error.
 */
export function paperFile(root: string, id: string): string {
  checkId('course', id, { file: 'content' });
  const dir = join(root, 'content', id);
  if (!existsSync(dir)) {
    const known = courseIds(root, {});
    throw new LecternError(`no course "${id}": there is no folder content/${id}; expected one of: ${known.join(', ') || '(none yet; start one with `lectern new PAPER`)'}`, { file: 'content' });
  }
  const found = PAPER_FILES.filter((name) => existsSync(join(dir, name)));
  if (found.length > 1) throw new LecternError(`the course has ${found.length} papers (${found.join(', ')}); keep one`, { file: relative(root, dir) });
  if (found.length === 0) throw new LecternError(`no paper found; expected one of ${PAPER_FILES.join(', ')}`, { file: relative(root, dir) });
  return join(dir, found[0]!);
}

/** Reads a course; `read` reads its paper (a build's memory may have read the same bytes before). */
export async function loadCourse(root: string, id: string, read: typeof readPaper = readPaper): Promise<LoadedCourse> {
  const file = paperFile(root, id);
  const courseFile = join(root, 'content', id, 'course.yaml');
  const { paper, diagnostics } = await read(readBytes(file, root), { file: relative(root, file) });
  const courseText = existsSync(courseFile) ? readFileSync(courseFile, 'utf8') : '';
  const course = parseCourse(id, courseText, relative(root, courseFile), paper);
  return { id, paper, course, diagnostics };
}

const AUDIENCES_DIR = join('content', 'audiences');

/**
 * The audience profiles in `content/audiences/`, all or the ones named. Without any profile the
 * course is built once, for the `default` audience.
 */
export function loadAudiences(root: string, ids?: readonly string[]): Audience[] {
  const dir = join(root, AUDIENCES_DIR);
  const available = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => name.slice(0, -'.yaml'.length))
        .sort()
    : [];
  if (available.length === 0 && !ids) return [DEFAULT_AUDIENCE];
  return (ids ?? available).map((id) => {
    checkId('audience', id, { file: join(AUDIENCES_DIR, `${id}.yaml`) });
    if (!available.includes(id)) {
      throw new LecternError(`audience "${id}" has no profile (${join(AUDIENCES_DIR, `${id}.yaml`)}); expected one of: ${available.join(', ') || '(none)'}`, { file: AUDIENCES_DIR });
    }
    const file = join(AUDIENCES_DIR, `${id}.yaml`);
    return parseAudience(id, readFileSync(join(root, file), 'utf8'), file, dirname(join(root, file)));
  });
}
