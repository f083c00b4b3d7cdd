import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/read.ts';
import { ROOT, tempDir } from '../helpers.ts';

const BIN = join(ROOT, 'src/cli/lectern.mjs');
const STACK = /^\s+at /m;

/** `lectern ingest FILE` as a user runs it: exit code and what it printed. */
function ingest(file: string) {
  const result = spawnSync(process.execPath, [BIN, 'ingest', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string | Uint8Array): string {
  const dir = tempDir();
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('lectern ingest on what is not a paper', { timeout: 60_000 }, () => {
  const cases: [string, () => string, RegExp][] = [
    ['an empty file', () => write('paper.txt', ''), /the file is empty/],
    ['white space only', () => write('paper.txt', ' \n\n\t\n'), /only white space/],
    ['binary data named .txt', () => write('paper.txt', new Uint8Array(4096).map((_, i) => (i * 37) % 256)), /binary data/],
    ['a Word document', () => write('paper.docx', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200, 1)])), /ZIP archive/],
    ['a PNG image', () => write('figure.txt', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(64)])), /PNG image/],
    ['Latin-1 text', () => write('paper.txt', Buffer.from('Caf\xe9 na\xefve r\xe9sum\xe9 of the study.\n', 'latin1')), /not UTF-8 text/],
    ['XML that is not JATS', () => write('page.xml', '<?xml version="1.0"?>\n<html><body><p>Hi</p></body></html>\n'), /root element is <html>, not a JATS <article>/],
    ['a folder', () => tempDir(), /is a folder, not a file/],
    ['a missing file', () => join(tempDir(), 'nope.pdf'), /file not found/],
    ['a device that never ends', () => '/dev/zero', /not a regular file/],
  ];

  it.each(cases)('%s: a clear error naming the file, exit 1, no stack trace', (_name, make, message) => {
    const file = make();
    const { code, stderr } = ingest(file);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain(file.split('/').pop()!);
    expect(stderr).not.toMatch(STACK);
  });

  it('refuses a 50 MB file without reading it as a paper', () => {
    const dir = tempDir();
    const file = join(dir, 'huge.txt');
    writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const { code, stderr } = ingest(file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/huge\.txt: the file is 50 MB of text, more than any paper/);
  });
});

describe('detectFormat', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('tells the format from the content, not the name', () => {
    expect(detectFormat(bytes('%PDF-1.7\n%âãÏÓ\n'), 'paper.txt')).toBe('pdf');
    expect(detectFormat(bytes('<?xml version="1.0"?>\n<!DOCTYPE article PUBLIC "-//NLM//DTD JATS" "x.dtd">\n<!-- c -->\n<article article-type="research-article"><front/></article>'), 'paper.txt')).toBe('jats');
    expect(detectFormat(bytes('<article xmlns:xlink="http://www.w3.org/1999/xlink"><front/></article>'), 'a.nxml')).toBe('jats');
    expect(detectFormat(bytes('# A Title\n\nSome text.\n'), 'notes.txt')).toBe('markdown');
    expect(detectFormat(bytes('A Title\n\nSome text.\n'), 'paper.md')).toBe('markdown');
    expect(detectFormat(bytes('A Title\n\nSome text.\n'), 'paper')).toBe('text');
  });

  it('keeps text that a PDF extraction left a few control characters in', () => {
    expect(detectFormat(bytes(`Title\n\n${'Body text of the paper. '.repeat(100)}\u0007 K\u0007ATP channels.\n`), 'paper.txt')).toBe('text');
  });
});

it('an unknown course lists the courses there are', { timeout: 60_000 }, () => {
  const root = tempDir();
  mkdirSync(join(root, 'content', 'sleep-science'), { recursive: true });
  writeFileSync(join(root, 'content', 'sleep-science', 'paper.txt'), 'Title\n\nSome text.\n');
  const result = spawnSync(process.execPath, [BIN, 'build', '--course', 'sleep', '--format', 'html', '--root', root], { encoding: 'utf8', timeout: 60_000 });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('no course "sleep"');
  expect(result.stderr).toContain('expected one of: sleep-science');
});
