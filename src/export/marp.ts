import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LecternError } from '../errors.ts';
import { sourceDateEpoch } from './source-date.ts';

const require = createRequire(import.meta.url);
const MARP_CLI = join(dirname(require.resolve('@marp-team/marp-cli/package.json')), 'marp-cli.js');
export const MARP_ENGINE = fileURLToPath(new URL('./marp-engine.mjs', import.meta.url));
/** Pins the dates marp-cli stamps into PPTX files (see fixed-clock.cjs). */
const FIXED_CLOCK = fileURLToPath(new URL('./fixed-clock.cjs', import.meta.url));

interface MarpRun {
  /** Arguments after the inputs: `-I dir -o dir` first, then options. */
  args: string[];
  /** Where marp-cli may leave temporary files (its browser profiles): removed by the build. */
  tmpDir: string;
  browserPath?: string;
}

/**
 * Runs marp-cli once over a whole folder of decks, in a child process so that its logging, its
 * browser and its temporary profiles stay out of Lectern's process. Resolves with what it printed;
 * rejects with a LecternError carrying marp-cli's own message.
 */
export function runMarp({ args, tmpDir, browserPath }: MarpRun): Promise<string> {
  const env = { ...process.env, TMPDIR: tmpDir, TMP: tmpDir, TEMP: tmpDir, NO_COLOR: '1', LECTERN_SOURCE_DATE_EPOCH: String(sourceDateEpoch()) };
  const fullArgs = ['--require', FIXED_CLOCK, MARP_CLI, ...args, '--engine', MARP_ENGINE, '--no-config-file'];
  if (browserPath) fullArgs.push('--browser-path', browserPath);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, fullArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (data) => (output += data));
    child.stderr.on('data', (data) => (output += data));
    child.on('error', (cause) => reject(new LecternError(`could not start marp-cli: ${cause.message}`, undefined, { cause })));
    child.on('close', (code) => {
      if (code === 0 && !/\[\s*ERROR\s*\]/.test(output)) return resolve(output);
      const lines = output.trim().split('\n').filter((line) => /ERROR|Error|error/.test(line));
      reject(new LecternError(`marp-cli failed (exit ${code}): ${(lines.join('\n') || output.trim()).slice(0, 2000)}`));
    });
  });
}
