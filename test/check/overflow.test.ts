import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { check, type CheckResult } from '../../src/check/check.ts';
import { main } from '../../src/cli/main.ts';
import { Terminal } from '../../src/cli/terminal.ts';
import { requireChromium, ROOT } from '../export/tools.ts';

// fixtures/overlong: course.yaml gives slide 4 of 01-methods six long bullets (line 7) and a title (line 6).
const FIXTURE = join(ROOT, 'test/fixtures/overlong');

describe('check', () => {
  let planted: CheckResult;
  beforeAll(async () => {
    requireChromium();
    planted = await check({ root: FIXTURE });
  }, 120_000);

  it('finds the overlong slide and says where its content comes from', () => {
    expect(planted.overflows).toHaveLength(1);
    const [finding] = planted.overflows;
    expect(finding).toMatchObject({ course: 'tiny', audience: 'default', deck: '01-methods', slide: 4, title: 'Too much text', source: ['methods/p2'], right: 0 });
    expect(finding!.below).toBeGreaterThan(50);
    // The bullets take the room, so their edit comes first; the title edit after it.
    expect(finding!.edits).toEqual([
      { file: 'content/tiny/course.yaml', line: 7, column: 5 },
      { file: 'content/tiny/course.yaml', line: 6, column: 5 },
    ]);
  });

  it('finds no overflow and no accessibility violation in the bundled course', async () => {
    const bundled = await check({ root: ROOT });
    expect(bundled.slides).toBeGreaterThan(50);
    expect(bundled.overflows).toEqual([]);
    // axe-core on every HTML deck, slide by slide, and the course page: not one violation of any impact.
    expect(bundled.pages).toBe(bundled.decks + 1);
    expect(bundled.accessibility).toEqual([]);
    expect(bundled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  }, 300_000);

  it('prints findings for people, or JSON with --json, and exits 1', async () => {
    const human = await run(['check', '--root', FIXTURE]);
    expect(human.code).toBe(1);
    expect(human.out).toContain('overflow: tiny/default/01-methods slide 4 "Too much text"');
    expect(human.out).toContain('from block methods/p2');
    expect(human.out).toContain('edited at content/tiny/course.yaml:7:5');
    const json = await run(['check', '--root', FIXTURE, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).overflows[0]).toMatchObject({ deck: '01-methods', slide: 4 });
  }, 120_000);

  it('runs in a build with --check, failing the build with located errors', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'lectern-check-build-'));
    try {
      const result = await build({ root: FIXTURE, outDir, formats: [], check: true });
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.location).toEqual({ file: 'content/tiny/course.yaml', line: 7, column: 5 });
      expect(errors[0]!.message).toContain('tiny/default/01-methods slide 4 "Too much text" overflows');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (append: (text: string) => void) => new Writable({ write: (chunk, _encoding, done) => (append(String(chunk)), done()) });
  const code = await main(argv, new Terminal(sink((t) => (out += t)), sink((t) => (err += t))));
  return { code, out, err };
}
