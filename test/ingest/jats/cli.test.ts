import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../../../bench/ingest-score.ts';
import { main } from '../../../src/cli/main.ts';
import { Terminal } from '../../../src/cli/terminal.ts';

const dir = mkdtempSync(join(tmpdir(), 'lectern-jats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lectern(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (append: (text: string) => void) => new Writable({ write: (chunk, _encoding, done) => (append(String(chunk)), done()) });
  const code = await main(argv, new Terminal(sink((t) => (out += t)), sink((t) => (err += t))));
  return { code, out, err };
}

describe('lectern ingest FILE.xml', () => {
  const xml = relative(process.cwd(), join(CORPUS, 'jats', 'eururol2011-urothelium-transplant.xml'));

  it('prints the sections, topics and tables read from a JATS article', async () => {
    const { code, out, err } = await lectern(['ingest', xml]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^Transplantation of Autologous Differentiated Urothelium in an Experimental Model of Composite Cystoplasty\nAlex Turner, /);
    expect(out).toMatch(/§2 Materials and methods \(materials\): \d+ blocks, \d+ topics/);
    expect(out).toContain('“Animal procedures”');
    expect(out).toMatch(/\[table\]/);
    expect(out).toMatch(/\n15 references/);
  });

  it('prints the paper as JSON with element paths, and the readable copy with --text', async () => {
    const json = await lectern(['ingest', xml, '--json']);
    expect(json.code).toBe(0);
    const paper = JSON.parse(json.out);
    expect(paper.format).toBe('jats');
    expect(paper.sections[0].blocks[0].source).toMatchObject({ path: '/article/body/sec[1]/p[1]', start: expect.any(Number), end: expect.any(Number) });
    const text = await lectern(['ingest', xml, '--text']);
    expect(text.out.slice(paper.sections[0].blocks[0].source.start, paper.sections[0].blocks[0].source.end)).toBe(paper.sections[0].blocks[0].text);
  });

  it('reports malformed XML at its file, line and column, exit 1, no stack trace', async () => {
    const file = join(dir, 'broken.xml');
    writeFileSync(file, '<?xml version="1.0"?>\n<article>\n<body>\n<sec><title>Methods</title>\n<p>We <italic>sampled</p>\n</sec></body></article>\n');
    const { code, out, err } = await lectern(['ingest', file]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`error: ${file}:5:22: mismatched closing tag </p>; expected </italic> to close <italic> (opened at line 5, column 7)\n`);
  });
});
