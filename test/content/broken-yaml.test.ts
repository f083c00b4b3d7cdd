import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAudience } from '../../src/content/audience.ts';
import { parseConfig } from '../../src/content/config.ts';
import { parseCourse } from '../../src/content/course.ts';
import { LecternError } from '../../src/errors.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { readBundledPaper, ROOT } from '../helpers.ts';

const { paper } = ingestPaper(readBundledPaper());

/** Each kind of file Lectern reads YAML from, with a well-formed example and its parser. */
const FILES: { name: string; text: string; parse: (text: string) => unknown }[] = [
  ...readdirSync(join(ROOT, 'content/audiences'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ name: `content/audiences/${name}`, text: readFileSync(join(ROOT, 'content/audiences', name), 'utf8'), parse: (text: string) => parseAudience('x', text, 'x.yaml', ROOT) })),
  {
    name: 'content/drug-resistance/course.yaml',
    text: readFileSync(join(ROOT, 'content/drug-resistance/course.yaml'), 'utf8'),
    parse: (text: string) => parseCourse('drug-resistance', text, 'course.yaml', paper),
  },
  { name: 'lectern.config.yaml', text: 'courses: [drug-resistance]\naudiences:\n  - public\noutDir: dist\n', parse: (text: string) => parseConfig(text, 'lectern.config.yaml') },
];

/** What a slip of the keyboard, a bad merge or a hostile file puts in YAML. */
const SNIPPETS = [
  '&a ', '*nope ', '*a', '!!binary ', '!!float ', '!!int ', '!!map ', '!!seq ', '!custom ', '? ', '- ', '{', '}', '[', ']', '"', "'", '\t', ': ', ':', '|', '>', '#', '%', '@', '`',
  '__proto__: 1\n', '__proto__:\n  x: 1\n', '<<: *a\n', '1e400', '-1e400', '.nan', '~', 'null', '0x1F', '"\\x00"', '"\\uD800"', '\u0000', '\uFEFF', '\r', '---\n', '...\n',
  'a: &b [*b]\n', `${'x'.padEnd(300, 'x')}: 1\n`,
  'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
];

/** Broken variants of a file: cut short, and each snippet put at the start, middle and end of lines and values. */
function* variants(text: string): Generator<string> {
  const lines = text.split('\n');
  for (let cut = 1; cut < text.length; cut += Math.max(1, Math.floor(text.length / 25))) yield text.slice(0, cut);
  const picks = [0, 1, Math.floor(lines.length / 2), lines.length - 2].filter((i, n, all) => i >= 0 && i < lines.length && all.indexOf(i) === n);
  for (const snippet of SNIPPETS) {
    for (const i of picks) {
      const line = lines[i]!;
      const colon = line.indexOf(': ');
      const edits = [snippet + line, line + snippet, colon > 0 ? `${line.slice(0, colon + 2)}${snippet}${line.slice(colon + 2)}` : `${snippet}${line}`, `  ${snippet}${line}`];
      for (const edited of edits) yield [...lines.slice(0, i), edited, ...lines.slice(i + 1)].join('\n');
    }
  }
}

describe('broken YAML is named with its line, never taken for a bug', () => {
  for (const { name, text, parse } of FILES) {
    it(`every broken variant of ${name}`, () => {
      let failures = 0;
      let checked = 0;
      for (const variant of variants(text)) {
        checked++;
        try {
          parse(variant);
        } catch (error) {
          failures++;
          if (!(error instanceof LecternError)) throw new Error(`not a LecternError for ${JSON.stringify(variant.slice(0, 300))}: ${String(error)}`);
          if (error.location?.line === undefined) throw new Error(`no line for ${JSON.stringify(variant.slice(0, 300))}: ${error.message}`);
          expect(error.message).not.toMatch(/undefined|\[object Object\]/);
        }
      }
      expect(checked).toBeGreaterThan(500);
      expect(failures).toBeGreaterThan(50);
    });
  }

  it('says what a value too large for a number is', () => {
    expect(() => parseAudience('x', 'name: X\nbulletsPerSlide: 1e400\n', 'x.yaml', ROOT)).toThrow(/bulletsPerSlide: .*Infinity \(a number too large\)/);
  });

  it('refuses __proto__ as a block or lecture id, at its line', () => {
    const error = (() => {
      try {
        parseCourse('drug-resistance', 'blocks:\n  __proto__:\n    skip: true\n', 'course.yaml', paper);
      } catch (caught) {
        return caught as LecternError;
      }
    })();
    expect(error).toBeInstanceOf(LecternError);
    expect(error!.location).toMatchObject({ file: 'course.yaml', line: 2, column: 3 });
  });

  it('names an alias bomb and an alias without its anchor at their lines', () => {
    expect(() => parseConfig('courses: *nope\n', 'c.yaml')).toThrow(LecternError);
    const bomb = SNIPPETS.find((s) => s.startsWith('a: &a'))!;
    try {
      parseConfig(bomb, 'c.yaml');
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(LecternError);
      expect((error as LecternError).location?.line).toBeGreaterThan(0);
    }
  });

  it('refuses an outDir no file system takes', () => {
    expect(() => parseConfig('outDir: "a\\0b"\n', 'c.yaml')).toThrow(/NUL/);
    expect(() => parseConfig(`outDir: ${'x'.repeat(256)}\n`, 'c.yaml')).toThrow(/255 bytes/);
  });
});
