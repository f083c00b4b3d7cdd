import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { LecternError, type Diagnostic } from '../errors.ts';
import { readPaper, type ReadResult } from '../ingest/read.ts';
import { SMALL_WORDS, slugify } from '../ingest/text.ts';
import { CONFIG_FILE } from './config.ts';
import { loadConfig, readBytes } from './load.ts';
import type { Block, Paper, PaperFormat } from './paper.ts';

export interface NewCourseOptions {
  /** The project folder holding `content/`. */
  root?: string;
  /** The paper: a PDF, JATS XML, markdown or plain text file. */
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

/** The name a paper is kept under in its course folder: by format, and a text file by its extension. */
function paperName(format: PaperFormat, source: string): string {
  if (format === 'pdf') return 'paper.pdf';
  if (format === 'jats') return 'paper.xml';
  return /\.(?:md|markdown)$/i.test(source) ? 'paper.md' : 'paper.txt';
}
/** Beside a PDF or XML paper: the text Lectern extracted from it, for the lecturer to read. */
export const EXTRACTED_NAME = 'paper.extracted.md';

/**
 * Starts a course from a paper: `content/<id>/paper.<ext>` (the file, byte for byte), for a PDF
 * or XML paper the text extracted from it beside it (`paper.extracted.md`, where the notes come
 * from), a starter `course.yaml` listing every section and block id, and the id added to the
 * config's `courses:` when the config lists courses (without such a list every course folder is
 * built anyway).
 */
export async function createCourse(options: NewCourseOptions): Promise<NewCourseResult> {
  const root = resolve(options.root ?? '.');
  const source = resolve(options.paper);
  const bytes = readBytes(source, process.cwd());
  const read = await readPaper(bytes, { file: relative(process.cwd(), source) || source });
  const { paper, diagnostics } = read;
  const id = options.id ?? defaultId(root, source, paper);
  if (!COURSE_ID.test(id)) throw new LecternError(`course id "${id}" must be lowercase letters, digits and dashes, e.g. "${slugify(id) || 'my-course'}"`);
  const dir = join(root, 'content', id);
  const name = paperName(paper.format, source);
  const target = join(dir, name);
  // NOTE: a paper already dropped into content/<id>/ gets its course.yaml; nothing is overwritten.
  const placed = existsSync(target) && Buffer.from(bytes).equals(readFileSync(target));
  const extracted = extractedCopy(read);
  const expected = new Set([name, ...(extracted === undefined ? [] : [EXTRACTED_NAME])]);
  if (existsSync(join(dir, 'course.yaml')) || (existsSync(dir) && readdirSync(dir).some((file) => !placed || !expected.has(file)))) {
    throw new LecternError(`content/${id} already exists; choose another id with --id`, { file: relative(root, dir) });
  }

  // Everything is read and checked before the first file is written: a broken config stops here.
  const config = configWithCourse(root, id);
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  if (!placed) {
    copyFileSync(source, target);
    files.push(`content/${id}/${name}`);
  }
  if (extracted !== undefined) {
    writeFileSync(join(dir, EXTRACTED_NAME), extracted);
    files.push(`content/${id}/${EXTRACTED_NAME}`);
  }
  writeFileSync(join(dir, 'course.yaml'), starterCourse(id, name, paper));
  files.push(`content/${id}/course.yaml`);
  if (config !== undefined) {
    writeFileSync(join(root, CONFIG_FILE), config);
    files.push(CONFIG_FILE);
  }
  return { id, files, paper, diagnostics };
}

/**
 * The readable copy of a PDF or XML paper, exactly the text its blocks' offsets point into; none
 * for a text paper, which is its own copy.
 */
function extractedCopy(read: ReadResult): string | undefined {
  return read.paper.format === 'pdf' || read.paper.format === 'jats' ? read.text : undefined;
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
function starterCourse(id: string, name: string, paper: Paper): string {
  const out = [
    `# The lecturer's edits to "${paper.title}" (content/${id}/${name}).`,
    `# Keys are section and block ids: \`lectern ingest content/${id}/${name}\` lists them.`,
    '# Everything below is commented out: uncomment a line to use it. A key that names no section',
    '# or block is an error, reported with its line. Ingest got something wrong? See the README.',
    '',
    `# title: ${quote(paper.title)}`,
    `# order: [${paper.sections.filter((s) => !s.appendix).map((s) => s.id).join(', ')}]`,
    ...(paper.sections.some((s) => s.appendix) ? [`# Appendices, not lectured unless order names them: ${paper.sections.filter((s) => s.appendix).map((s) => s.id).join(', ')}`] : []),
    `# lang: ${paper.language ?? 'en'}   # the decks' language, a tag such as en, de or pt-BR`,
    '# institution: "Your institution"   # slide header, for every audience',
    `# footer: ${quote(paper.title)}   # slide footer, for every audience`,
    '# logo: crest.svg                   # on title slides; relative to this folder',
    '# logoAlt: "Your institution\'s crest"   # the logo\'s alt text (default: the institution)',
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
  if (block.kind === 'table' && block.label) return block.label;
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

/**
 * The config with the id added to its `courses:` list, keeping its comments; undefined when there
 * is no config, no such list, or the id is in it. A config Lectern cannot read is an error here.
 */
function configWithCourse(root: string, id: string): string | undefined {
  const file = join(root, CONFIG_FILE);
  if (!existsSync(file)) return undefined;
  loadConfig(root);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const courses = isMap(doc.contents) ? doc.contents.get('courses', true) : undefined;
  if (!isSeq(courses)) return undefined;
  if (courses.items.some((item) => String((item as { value?: unknown }).value ?? item) === id)) return undefined;
  courses.add(id);
  return doc.toString();
}
