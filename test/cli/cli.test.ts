import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, readBundledPaper, ROOT } from '../helpers.ts';

const BIN = join(ROOT, 'src/cli/lectern.mjs');

function lectern(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STACK = /^\s+at /m;

describe('lectern CLI', () => {
  it('prints help and exits 0', () => {
    const { code, stdout } = lectern(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage:\n\s+lectern build/);
    expect(lectern(['build', '--help']).stdout).toContain('--format F');
  });

  it('exits 2 on an unknown command, option or format', () => {
    expect(lectern(['frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
    expect(lectern(['build', '--bogus'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --bogus; expected one of: --course, --audience') });
    expect(lectern(['build', '--corse', 'x'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^unknown option --corse; did you mean --course\?\n/) });
    expect(lectern(['build', '--course'])).toMatchObject({ code: 2, stderr: expect.stringContaining('option --course needs a value') });
    expect(lectern(['build', '--course', 'sleep'])).toMatchObject({ code: 1, stderr: expect.stringContaining('no course "sleep": there is no folder content/sleep; expected one of: drug-resistance') });
    expect(lectern(['build', '--format', 'docx'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown format "docx"') });
    expect(lectern(['ingest'])).toMatchObject({ code: 2, stderr: expect.stringContaining('missing FILE') });
  });

  it('prints the ingested structure as JSON', () => {
    const { code, stdout } = lectern(['ingest', 'content/drug-resistance/paper.txt', '--json']);
    expect(code).toBe(0);
    const paper = JSON.parse(stdout);
    expect(paper.sections).toHaveLength(7);
    expect(paper.sections[1].blocks[1]).toMatchObject({ id: 'mechanisms/genetic-alterations', kind: 'topic', term: 'Genetic Alterations', source: { start: expect.any(Number), end: expect.any(Number) } });
    expect(Object.keys(paper)).toEqual(['format', 'title', 'authors', 'affiliations', 'abstract', 'keywords', 'sections', 'references', 'acronyms', 'dropped', 'diagnostics']);
    expect(paper.format).toBe('text');
  });

  it('names a missing file without a stack trace, exit 1', () => {
    const { code, stderr } = lectern(['ingest', 'no/such/paper.txt']);
    expect(code).toBe(1);
    expect(stderr).toBe('error: no/such/paper.txt: file not found\n');
  });

  it('reports malformed course.yaml with file, line and column, exit 1', () => {
    const root = makeProject({ demo: { paper: readBundledPaper(), course: 'title: ok\nlectures:\n  mechanisms:\n    objectives: [unclosed\n' } });
    const { code, stderr } = lectern(['build', '--format', 'html'], root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: content\/demo\/course\.yaml:\d+:\d+: invalid YAML: /);
    expect(stderr).not.toMatch(STACK);
  });

  it('reports a key that names no block, and a value of the wrong type, at their lines', () => {
    const unknown = makeProject({ demo: { paper: readBundledPaper(), course: '# edits\nblocks:\n  mechanisms/drug-efflux-pumps: { title: Pumps }\n  mechanisms/drug-eflux-pumps: { title: Typo }\n' } });
    const first = lectern(['build', '--format', 'html'], unknown);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('error: content/demo/course.yaml:4:3: block "mechanisms/drug-eflux-pumps" names no block of the paper; expected one of: mechanisms/p1, mechanisms/genetic-alterations');

    const wrongType = makeProject({ demo: { paper: readBundledPaper(), course: 'lectures:\n  mechanisms:\n    objectives: 42\n' } });
    const second = lectern(['build', '--format', 'html'], wrongType);
    expect(second.code).toBe(1);
    expect(second.stderr).toBe('error: content/demo/course.yaml:3:17: lectures.mechanisms.objectives: expected array, found 42\n');

    const unknownKey = makeProject({ demo: { paper: readBundledPaper(), course: 'title: A\nsubtitel: B\n' } });
    const third = lectern(['build', '--format', 'html'], unknownKey);
    expect(third.stderr).toMatch(/^error: content\/demo\/course\.yaml:2:1: unknown key "subtitel"; expected one of: title, subtitle, order, audiences, lang, templates, lectures, blocks, plainWords, institution, footer, logo, logoAlt\n$/);
  });

  it('builds a project and says what it wrote', () => {
    const root = makeProject({ demo: { paper: readBundledPaper() } });
    const { code, stdout } = lectern(['build', '--format', 'html'], root);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^built 8 decks \(18 files\) in dist\n$/);
  });
});
