import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverOutput } from '../../src/output.ts';
import { tempDir } from '../helpers.ts';

/** Whether `pid` still runs: a process that has exited but is not yet reaped (a zombie) does not. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

// Like Chromium: a group leader whose command line names the profile folder, and a child in its
// group (a renderer) whose command line does not; both keep filling the folder as fast as they can.
const WRITER = `
  const { mkdirSync, writeFileSync } = require('node:fs');
  const { join } = require('node:path');
  const dir = process.env.PROFILE;
  for (let i = 0; ; i++) {
    const sub = join(dir, String(i % 50));
    try { mkdirSync(sub, { recursive: true }); writeFileSync(join(sub, process.pid + '-' + i), 'x'); } catch {}
  }`;
const LEADER = `
  const { spawn } = require('node:child_process');
  const writer = ${JSON.stringify(WRITER)};
  const child = spawn(process.execPath, ['-e', writer], { stdio: ['ignore', 'inherit', 'ignore'] });
  require('node:fs').writeSync(1, child.pid + '\\n');
  eval(writer);`;

describe('a killed build’s processes and folders are cleared by the next one', () => {
  it('waits for every process writing into a leftover folder to be gone, then removes the folder', async () => {
    const outDir = tempDir('lectern-stop-');
    const profile = join(outDir, '.tmp-abandoned', 'chromium-profile');
    mkdirSync(profile, { recursive: true });
    const leader = spawn(process.execPath, ['-e', LEADER, '--', `--user-data-dir=${profile}`], { detached: true, stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, PROFILE: profile } });
    let output = '';
    leader.stdout!.on('data', (data) => (output += data));
    try {
      await until(() => output.includes('\n') && readdirSync(profile).length >= 10, 30_000, 'both writers to fill the folder');
      const pids = [leader.pid!, Number(output.trim())];
      expect(pids.every(running)).toBe(true);

      recoverOutput(outDir);

      // Gone already when it returns: nothing is left that could write into the output again.
      expect(pids.filter(running)).toEqual([]);
      expect(existsSync(join(outDir, '.tmp-abandoned'))).toBe(false);
      expect(readdirSync(outDir)).toEqual([]);
    } finally {
      try {
        process.kill(-leader.pid!, 'SIGKILL');
      } catch {
        // Already ended by the recovery.
      }
    }
  }, 60_000);
});
