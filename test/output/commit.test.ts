import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { OutputLock, recoverOutput } from '../../src/output.ts';
import { makeProject, ROOT, tempDir } from '../helpers.ts';

const CHILD = join(import.meta.dirname, 'build-child.ts');
const COMMIT_CHILD = join(import.meta.dirname, 'commit-child.ts');
const PAPER = readFileSync(join(ROOT, 'test/fixtures/alpine-beetles/paper.txt'), 'utf8');

/** A project with one course built for `audiences` audiences. */
function project(title: string, audiences = 1): string {
  const root = makeProject({ beetles: { paper: PAPER, course: `title: ${title}\n` } });
  mkdirSync(join(root, 'content/audiences'));
  writeFileSync(join(root, 'content/audiences/public.yaml'), 'name: The public\nbulletsPerSlide: 3\n');
  if (audiences > 1) writeFileSync(join(root, 'content/audiences/students.yaml'), 'name: Students\n');
  return root;
}

/** Every file in a folder with its bytes, Lectern's work files included so leftovers show. */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(files, snapshot(path, `${prefix}${name}/`));
    else files[`${prefix}${name}`] = readFileSync(path, 'base64');
  }
  return files;
}

function runChild(root: string, killAt?: number) {
  return spawnSync(process.execPath, ['--import', 'tsx', CHILD, root, ...(killAt === undefined ? [] : [String(killAt)])], { encoding: 'utf8', timeout: 120_000 });
}

describe('a build killed during its commit leaves the output whole', () => {
  it('at every step of the commit: what is left is the old output or the new one once recovered, never a mix', async () => {
    const OLD = { 'course/one/deck.md': 'old one', 'course/two/deck.md': 'old two', 'course/gone/deck.md': 'old gone', 'index.html': 'old page', 'manifest.json': '{"old": true}' };
    const NEW = { 'course/one/deck.md': 'new one', 'course/two/deck.md': 'new two', 'index.html': 'new page', 'manifest.json': '{"new": true}' };
    // Five moves aside (four replaced, one stale), four into place, then the journal's removal.
    const steps = 10;
    const outcomes: string[] = [];
    for (let killAt = 0; killAt <= steps; killAt++) {
      const outDir = tempDir('lectern-commit-');
      for (const [path, text] of Object.entries(OLD)) {
        mkdirSync(join(outDir, path, '..'), { recursive: true });
        writeFileSync(join(outDir, path), text);
      }
      const child = spawnSync(process.execPath, ['--import', 'tsx', COMMIT_CHILD, outDir, String(killAt)], { encoding: 'utf8', timeout: 60_000 });
      expect(child.signal, child.stderr).toBe(killAt < steps ? 'SIGKILL' : null);
      recoverOutput(outDir);
      const now = Object.fromEntries(Object.entries(snapshot(outDir)).map(([path, bytes]) => [path, Buffer.from(bytes, 'base64').toString()]));
      outcomes.push(JSON.stringify(now) === JSON.stringify(NEW) ? 'new' : JSON.stringify(now) === JSON.stringify(OLD) ? 'old' : `mixed: ${JSON.stringify(now)}`);
    }
    // The journal is written before the first move, so from then on the commit is finished.
    expect(outcomes).toEqual(Array(steps + 1).fill('new'));
    // Eleven separate processes, each loading TypeScript: minutes on a slow, busy machine.
  }, 300_000);

  it('the next build itself finishes a killed commit and clears leftover staging and temporary folders', async () => {
    const root = project('Old Title');
    await build({ root, formats: [] });
    writeFileSync(join(root, 'content/beetles/course.yaml'), 'title: New Title\n');
    expect(runChild(root, 3).signal).toBe('SIGKILL');
    expect(readdirSync(join(root, 'dist')).filter((name) => name.startsWith('.'))).toEqual(expect.arrayContaining(['.lectern-commit.json', '.lectern-lock']));
    mkdirSync(join(root, 'dist/.tmp-abandoned/chromium-profile'), { recursive: true });
    mkdirSync(join(root, 'dist/.staging-abandoned'));
    await build({ root, formats: [] });
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(['.lectern-cache.json', 'beetles', 'index.html', 'manifest.json']);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toContain('New Title');
  }, 120_000);
});

describe('builds of one output folder never interleave', () => {
  it('two builds started at once both finish, one after the other, leaving a whole output', async () => {
    const root = project('Concurrent', 2);
    const reference = project('Concurrent', 2);
    await build({ root: reference, formats: [] });
    const run = () =>
      new Promise<number | null>((done) => {
        const child = spawn(process.execPath, ['--import', 'tsx', CHILD, root], { stdio: 'ignore' });
        child.on('exit', (code) => done(code));
      });
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    expect(snapshot(join(root, 'dist'))).toEqual(snapshot(join(reference, 'dist')));
  }, 120_000);

  it('a lock left by a build that is gone is taken over; a live one is waited for, then named', async () => {
    const outDir = tempDir('lectern-lock-');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(outDir, '.lectern-lock'), `${gone.stdout}\n`);
    const lock = await OutputLock.acquire(outDir, 'dist', 1_000);
    expect(readFileSync(join(outDir, '.lectern-lock'), 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    expect(existsSync(join(outDir, '.lectern-lock'))).toBe(false);

    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    writeFileSync(join(outDir, '.lectern-lock'), `${sleeper.pid}\n`);
    try {
      await expect(OutputLock.acquire(outDir, 'dist', 300)).rejects.toThrow(`another build (process ${sleeper.pid}) is still writing this output folder`);
    } finally {
      sleeper.kill();
    }
  });
});
