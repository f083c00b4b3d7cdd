import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build.ts';
import { BuildMemory } from '../src/build-memory.ts';
import { makeProject, ROOT, tempDir } from './helpers.ts';

const PAPER = readFileSync(join(ROOT, 'test/fixtures/overlong/content/tiny/paper.txt'), 'utf8');

/** The decks' markdown and HTML in a folder, by path. */
function decks(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(md|html)$/.test(e.name));
  return new Map(files.map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

describe('a build memory kept from build to build', () => {
  it('gives after each edit the very files a build from scratch gives', async () => {
    const root = makeProject({ tiny: { paper: PAPER, course: 'blocks:\n  methods/p2:\n    title: First title\n' } });
    const outDir = tempDir();
    const memory = new BuildMemory();
    const courseFile = join(root, 'content/tiny/course.yaml');
    const paperFile = join(root, 'content/tiny/paper.txt');
    const edits: [string, () => void][] = [
      ['nothing', () => {}],
      ['a slide title', () => writeFileSync(courseFile, 'blocks:\n  methods/p2:\n    title: Second title\n')],
      ['the course title', () => writeFileSync(courseFile, 'title: A course of its own\nblocks:\n  methods/p2:\n    title: Second title\n')],
      ['the paper', () => writeFileSync(paperFile, PAPER.replace(/\bthe\b/, 'this'))],
    ];
    for (const [what, edit] of edits) {
      edit();
      const kept = await build({ root, outDir, formats: ['html'], memory });
      const fresh = tempDir();
      await build({ root, outDir: fresh, formats: ['html'], rebuildAll: true });
      const files = decks(outDir);
      expect(files.size, what).toBeGreaterThan(0);
      expect(files, what).toEqual(decks(fresh));
      expect(kept.diagnostics.filter((d) => d.severity === 'error'), what).toEqual([]);
    }
    expect([...decks(outDir).values()].join('\n')).toContain('A course of its own');
  }, 300_000);
});
