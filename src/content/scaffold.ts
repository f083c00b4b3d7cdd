import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { LecternError, type Diagnostic } from '../errors.ts';
import { ingestPaper } from '../ingest/index.ts';
import { SMALL_WORDS, slugify } from '../ingest/text.ts';
import { CONFIG_FILE } from './config.ts';
import { readText } from './load.ts';
import type { Block, Paper } from './paper.ts';

export interface NewCourseOptions {
  /** The project folder holding `content/`. */
  root?: string;
  /** The paper's plain text file. */
  paper: string;
  /** The course id (its folder under `content/`); from the file name or the title when left out. */
  id?: string;
}

export interface NewCourseResult {
  id: string;
  /** Files written or changed, relative to the project. */
  files: string[];
  paper: Paper;
  diagnostics: Diagnostic[];
}

const COURSE_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Starts a course from a paper: `content/<id>/paper.txt` (the file, byte for byte), a starter
 * `course.yaml` listing every section and block id, and the id added to the config's `courses:`
 * when the config lists courses (without such a list every course folder is built anyway).
 */
export function createCourse(options: NewCourseOptions): NewCourseResult {
  const root = resolve(options.root ?? '.');
  const source = resolve(options.paper);
  const text = readText(source, process.cwd());
  const { paper, diagnostics } = ingestPaper(text, { file: relative(process.cwd(), source) || source });
  const id = options.id ?? defaultId(root, source, paper);
  if (!COURSE_ID.test(id)) throw new LecternError(`course id "${id}" must be lowercase letters, digits and dashes, e.g. "${slugify(id) || 'my-course'}"`);
  const dir = join(root, 'content', id);
  const target = join(dir, 'paper.txt');
  // NOTE: a paper already dropped into content/<id>/ gets its course.yaml; nothing is overwritten.
  const placed = existsSync(target) && readFileSync(target, 'utf8') === text;
  if (existsSync(join(dir, 'course.yaml')) || (existsSync(dir) && !placed && readdirSync(dir).length > 0)) {
    throw new LecternError(`content/${id} already exists; choose another id with --id`, { file: relative(root, dir) });
  }

  mkdirSync(dir, { recursive: true });
  if (!placed) copyFileSync(source, target);
  writeFileSync(join(dir, 'course.yaml'), starterCourse(id, paper));
  const files = [...(placed ? [] : [`content/${id}/paper.txt`]), `content/${id}/course.yaml`];
  if (addToConfig(root, id)) files.push(CONFIG_FILE);
  return { id, files, paper, diagnostics };
}

/**
 * The course folder the paper is already in (`content/<id>/paper.txt`), else the file's name
 * ("drug-resistance.txt" → "drug-resistance"), else the title's first words for a generic name.
 */
function defaultId(root: string, file: string, paper: Paper): string {
  if (dirname(dirname(file)) === join(root, 'content')) return basename(dirname(file));
  const stem = slugify(basename(file, extname(file)));
  if (stem && !/^(paper|text|input|document|untitled)(-?\d+)?$/.test(stem)) return stem;
  const words = slugify(paper.title).split('-').filter((word) => word && !SMALL_WORDS.has(word));
  return words.slice(0, 3).join('-') || 'course';
}

/**
 * A course.yaml that changes nothing yet: every possible edit written out as a comment, keyed by
 * the ids ingest gave the paper's sections and blocks, so the lecturer uncomments and edits.
 */
function starterCourse(id: string, paper: Paper): string {
  const out = [
    `# The lecturer's edits to "${paper.title}" (content/${id}/paper.txt).`,
    `# Keys are section and block ids: \`lectern ingest content/${id}/paper.txt\` lists them.`,
    '# Everything below is commented out: uncomment a line to use it. A key that names no section',
    '# or block is an error, reported with its line. Ingest got something wrong? See the README.',
    '',
    `# title: ${quote(paper.title)}`,
    `# order: [${paper.sections.map((s) => s.id).join(', ')}]`,
    '',
    '# lectures:',
  ];
  for (const section of paper.sections) {
    out.push(`#   ${section.id}:`, `#     title: ${quote(section.title)}`, '#     objectives: []   # what students will be able to do afterwards, one a line');
  }
  out.push('', '# blocks:');
  for (const section of paper.sections) {
    out.push(`#   # ${section.title}`);
    for (const block of section.blocks) out.push(`#   ${block.id}: { title: ${quote(slideTitle(block))} }${describe(block)}`);
  }
  return `${out.join('\n')}\n`;
}

function slideTitle(block: Block): string {
  if (block.term) return block.term;
  if (block.rows?.[0]) return `Table: ${block.rows[0].join(', ')}`;
  const words = block.text.replace(/^[-*+•|]\s*/, '').split(/\s+/).slice(0, 6).join(' ');
  return words.replace(/[,.;:]+$/, '');
}

function describe(block: Block): string {
  if (block.kind === 'list') return `   # list of ${block.items?.length ?? 0} items`;
  if (block.kind === 'table') return `   # table of ${block.rows?.length ?? 0} rows`;
  return `   # ${block.kind}`;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

/** Adds the id to `courses:` in the config, keeping its comments; false when there is no such list. */
function addToConfig(root: string, id: string): boolean {
  const file = join(root, CONFIG_FILE);
  if (!existsSync(file)) return false;
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const courses = isMap(doc.contents) ? doc.contents.get('courses', true) : undefined;
  if (!isSeq(courses)) return false;
  if (courses.items.some((item) => String((item as { value?: unknown }).value ?? item) === id)) return false;
  courses.add(id);
  writeFileSync(file, doc.toString());
  return true;
}
