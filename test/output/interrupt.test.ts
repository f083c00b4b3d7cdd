import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { makeProject, ROOT } from '../helpers.ts';

const BIN = join(ROOT, 'src/cli/lectern.mjs');
const PAPER = readFileSync(join(ROOT, 'test/fixtures/alpine-beetles/paper.txt'), 'utf8');

function project(): string {
  const root = makeProject({ beetles: { paper: PAPER } });
  mkdirSync(join(root, 'content/audiences'));
  writeFileSync(join(root, 'content/audiences/public.yaml'), 'name: The public\n');
  return root;
}

/** Process ids whose command line names `path`: a build's marp-cli and Chromium. */
function processesUsing(path: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Starts `lectern build --format pdf` and resolves once its Chromium is running. */
async function buildWithChromium(root: string): Promise<{ child: ChildProcess; exited: Promise<{ code: number | null; stderr: string }> }> {
  const child = spawn(process.execPath, [BIN, 'build', '--root', root, '--format', 'pdf'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (data) => (stderr += data));
  const exited = new Promise<{ code: number | null; stderr: string }>((done) => child.on('exit', (code) => done({ code, stderr })));
  await until(() => processesUsing(join(root, 'dist', '.tmp-')).some((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--user-data-dir')), 60_000, 'Chromium to start');
  return { child, exited };
}

/** Hidden files in the output besides the build cache, which belongs there. */
const leftovers = (root: string) => (existsSync(join(root, 'dist')) ? readdirSync(join(root, 'dist')).filter((name) => name.startsWith('.') && !['.lectern-cache.json'].includes(name)) : []);

describe('a stopped build leaves nothing running and nothing behind', () => {
  it('SIGTERM: exits 143 with a clear message, ends its Chromium and removes its folders and lock', async () => {
    const root = project();
    await build({ root, formats: [] });
    const before = readFileSync(join(root, 'dist/manifest.json'), 'utf8');
    const { child, exited } = await buildWithChromium(root);
    child.kill('SIGTERM');
    const { code, stderr } = await exited;
    expect(code).toBe(143);
    expect(stderr).toContain('build stopped (SIGTERM); the output folder is as it was before this build');
    expect(stderr).not.toMatch(/marp-cli failed|this is a bug/);
    await until(() => processesUsing(join(root, 'dist')).length === 0, 30_000, 'Chromium to end');
    expect(leftovers(root)).toEqual([]);
    expect(readFileSync(join(root, 'dist/manifest.json'), 'utf8')).toBe(before);
  }, 120_000);

  it('SIGKILL: the next build ends the Chromium the killed one left and clears its folders', async () => {
    const root = project();
    const { child, exited } = await buildWithChromium(root);
    child.kill('SIGKILL');
    await exited;
    expect(processesUsing(join(root, 'dist')).length).toBeGreaterThan(0);
    expect(leftovers(root)).toEqual(expect.arrayContaining(['.lectern-lock']));
    await build({ root, formats: [] });
    await until(() => processesUsing(join(root, 'dist')).length === 0, 30_000, 'the abandoned Chromium to end');
    expect(leftovers(root)).toEqual([]);
  }, 120_000);
});
