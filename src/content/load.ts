import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { LecternError, type Diagnostic } from '../errors.ts';
import { ingestPaper } from '../ingest/index.ts';
import { DEFAULT_AUDIENCE, parseAudience, type Audience } from './audience.ts';
import { CONFIG_FILE, parseConfig, type ConfigFile } from './config.ts';
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
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? 'unknown error'})`;
    throw new LecternError(why, { file: relative(root, file) || file }, { cause });
  }
}

export function loadConfig(root: string): ConfigFile {
  const file = join(root, CONFIG_FILE);
  return existsSync(file) ? parseConfig(readFileSync(file, 'utf8'), CONFIG_FILE) : {};
}

/** Course ids to build: the config's list, or every folder of `content/` holding a `paper.txt`. */
export function courseIds(root: string, config: ConfigFile): string[] {
  if (config.courses) return config.courses;
  const content = join(root, 'content');
  if (!existsSync(content)) return [];
  return readdirSync(content, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(content, entry.name, 'paper.txt')))
    .map((entry) => entry.name)
    .sort();
}

export function loadCourse(root: string, id: string): LoadedCourse {
  const dir = join(root, 'content', id);
  const paperFile = join(dir, 'paper.txt');
  const courseFile = join(dir, 'course.yaml');
  const relPaper = relative(root, paperFile);
  const { paper, diagnostics } = ingestPaper(readText(paperFile, root), { file: relPaper });
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
    if (!available.includes(id)) {
      throw new LecternError(`audience "${id}" has no profile (${join(AUDIENCES_DIR, `${id}.yaml`)}); expected one of: ${available.join(', ') || '(none)'}`, { file: AUDIENCES_DIR });
    }
    const file = join(AUDIENCES_DIR, `${id}.yaml`);
    return parseAudience(id, readFileSync(join(root, file), 'utf8'), file, dirname(join(root, file)));
  });
}
