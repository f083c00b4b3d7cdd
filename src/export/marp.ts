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
  /** Called with each markdown file's path as marp-cli reports it converted. */
  onConverted?: (markdownFile: string) => void;
}

/** The markdown file in a line where marp-cli reports a conversion: `[  INFO ] a/b.md => a/b.pptx`. */
export function convertedFile(line: string): string | undefined {
  // NOTE: in Lectern's own process marp-cli colours its messages; the colour codes are not text.
  const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
  return /\[\s*INFO\s*\]\s+(.+?\.md) => /.exec(plain)?.[1];
}

/** Reports, through `onConverted`, every conversion named in marp-cli's output as it arrives. */
export function conversionWatcher(onConverted: ((file: string) => void) | undefined): (text: string) => void {
  let pending = '';
  return (text) => {
    if (!onConverted) return;
    const lines = (pending + text).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const file = convertedFile(line);
      if (file) onConverted(file);
    }
  };
}

/**
 * Runs marp-cli once over a whole folder of decks, in a child process so that its logging, its
 * browser and its temporary profiles stay out of Lectern's process. Resolves with what it printed;
 * rejects with a LecternError carrying marp-cli's own message.
 */
export function runMarp({ args, tmpDir, browserPath, onConverted }: MarpRun): Promise<string> {
  const env = { ...process.env, TMPDIR: tmpDir, TMP: tmpDir, TEMP: tmpDir, NO_COLOR: '1', LECTERN_SOURCE_DATE_EPOCH: String(sourceDateEpoch()) };
  const fullArgs = ['--require', FIXED_CLOCK, MARP_CLI, ...args, '--engine', MARP_ENGINE, '--no-config-file'];
  if (browserPath) fullArgs.push('--browser-path', browserPath);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, fullArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const watch = conversionWatcher(onConverted);
    const collect = (data: Buffer) => {
      output += data;
      watch(String(data));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (cause) => reject(new LecternError(`could not start marp-cli: ${cause.message}`, undefined, { cause })));
    child.on('close', (code) => {
      const failure = marpFailure(code, output);
      if (failure) reject(failure);
      else resolve(output);
    });
  });
}

/**
 * Why a marp-cli run failed, from its exit code and what it printed, or none when it did not: it
 * reports some failures (a deck it could not convert) as an `[ ERROR ]` line and exit code 0.
 */
export function marpFailure(code: number | null, output: string): LecternError | undefined {
  if (code === 0 && !/\[\s*ERROR\s*\]/.test(output)) return undefined;
  const lines = output.trim().split('\n').filter((line) => /ERROR|Error|error/.test(line));
  return new LecternError(`marp-cli failed (exit ${code ?? '?'}): ${(lines.join('\n') || output.trim()).slice(0, 2000)}`);
}
