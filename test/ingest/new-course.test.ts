import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { main } from '../../src/cli/main.ts';
import { Terminal } from '../../src/cli/terminal.ts';
import { parseCourse } from '../../src/content/course.ts';
import { createCourse } from '../../src/content/scaffold.ts';
import { ingestPaper, normalizeForComparison } from '../../src/ingest/index.ts';
import { splitSentences } from '../../src/ingest/sentences.ts';
import { unescapeNote } from '../../src/render/escape.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const roots: string[] = [];

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'lectern-new-'));
  roots.push(root);
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** The speaker notes of a Marp deck that cite a source: the paper's words, without the "Source:" line. */
function sourcedNotes(markdown: string): string[] {
  return [...markdown.matchAll(/<!--\n([\s\S]*?)\n-->/g)]
    .map((match) => unescapeNote(match[1]!))
    .filter((note) => /\nSource: /.test(note))
    .map((note) => note.replace(/\n+Source: .*$/s, ''));
}

describe('lectern new', () => {
  it('starts a course that builds into decks whose notes are the paper verbatim', async () => {
    const root = project();
    const paperFile = join(FIXTURES, 'alpine-beetles', 'paper.txt');
    const result = await createCourse({ root, paper: paperFile, id: 'beetles' });
    expect(result.files).toEqual(['content/beetles/paper.txt', 'content/beetles/course.yaml']);
    const paper = readFileSync(paperFile, 'utf8');
    expect(readFileSync(join(root, 'content', 'beetles', 'paper.txt'), 'utf8')).toBe(paper);

    const built = await build({ root, formats: ['html'] });
    const decks = built.manifest.courses.flatMap((course) => course.audiences.flatMap((audience) => audience.decks));
    expect(decks.length).toBeGreaterThanOrEqual(5);

    const normalized = normalizeForComparison(paper);
    const folder = join(built.outDir, 'beetles', 'default');
    const notes = readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .flatMap((name) => sourcedNotes(readFileSync(join(folder, name), 'utf8')));
    // The abstract's slide and one slide per block of the paper's 8.
    expect(notes.length).toBe(9);
    for (const note of notes) {
      for (const sentence of splitSentences(note)) expect(normalized).toContain(normalizeForComparison(sentence.text));
    }
  });

  it('writes a course.yaml that names every section and block, and is valid as it stands and uncommented', async () => {
    const root = project();
    const { paper } = ingestPaper(readFileSync(join(FIXTURES, 'barrier-coatings', 'paper.txt'), 'utf8'));
    await createCourse({ root, paper: join(FIXTURES, 'barrier-coatings', 'paper.txt'), id: 'coatings' });
    const yaml = readFileSync(join(root, 'content', 'coatings', 'course.yaml'), 'utf8');
    for (const id of paper.sections.flatMap((section) => [section.id, ...section.blocks.map((block) => block.id)])) {
      expect(yaml).toMatch(new RegExp(`^#\\s+${id}:`, 'm'));
    }
    expect(parseCourse('coatings', yaml, 'course.yaml', paper).edits).toEqual({});
    const uncommented = yaml.replace(/^# (?!The |Keys |Everything |or block|\s*# )/gm, '');
    const edits = parseCourse('coatings', uncommented, 'course.yaml', paper).edits;
    expect(Object.keys(edits.blocks ?? {})).toHaveLength(13);
    expect(edits.order).toEqual(['introduction', 'materials', 'results', 'discussion', 'conclusion']);
  });

  it('adds the course to a config that lists its courses, keeping its comments', async () => {
    const root = project();
    writeFileSync(join(root, 'lectern.config.yaml'), '# which courses to build\ncourses:\n  - first\n');
    cpSync(join(FIXTURES, 'wound-isolates'), join(root, 'content', 'first'), { recursive: true });
    const result = await createCourse({ root, paper: join(FIXTURES, 'wound-isolates', 'paper.txt'), id: 'wounds' });
    expect(result.files).toContain('lectern.config.yaml');
    expect(readFileSync(join(root, 'lectern.config.yaml'), 'utf8')).toBe('# which courses to build\ncourses:\n  - first\n  - wounds\n');
  });

  it('gives a paper already in content/<id>/ its course.yaml, leaving the paper alone', async () => {
    const root = project();
    cpSync(join(FIXTURES, 'wound-isolates', 'paper.txt'), join(root, 'content', 'wounds', 'paper.txt'));
    const result = await createCourse({ root, paper: join(root, 'content', 'wounds', 'paper.txt') });
    expect(result.id).toBe('wounds');
    expect(result.files).toEqual(['content/wounds/course.yaml']);
  });

  it('from the CLI: refuses to overwrite a course and names the folder', async () => {
    const root = project();
    const out: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (out.push(String(chunk)), done()) });
    const paper = join(FIXTURES, 'wound-isolates', 'paper.txt');
    expect(await main(['new', paper, '--root', root], new Terminal(sink, sink))).toBe(0);
    expect(out.join('')).toContain('created content/biofilm-formation-antibiotic/paper.txt');
    expect(await main(['new', paper, '--root', root], new Terminal(sink, sink))).toBe(1);
    expect(out.join('')).toContain('content/biofilm-formation-antibiotic already exists');
    expect(await main(['new', paper, '--id', 'Bad Id', '--root', root], new Terminal(sink, sink))).toBe(1);
  });
});
