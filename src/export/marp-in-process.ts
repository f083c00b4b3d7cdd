import { LecternError } from '../errors.ts';
import { convertedFile, MARP_ENGINE } from './marp.ts';

/** marp-cli's own runs may not overlap: they share its logger, which is silenced while one runs. */
let running: Promise<unknown> = Promise.resolve();

/**
 * Converts Marp markdown files to HTML with marp-cli's API inside Lectern's process: the same
 * converter and bespoke template (presenter view, notes) as the marp-cli command, without starting
 * a second Node process and loading Marp twice. Each file's HTML is written beside it. marp-cli
 * reports through `console`; what it says is kept for the error message and otherwise not shown,
 * as Lectern reports progress itself.
 */
export function convertHtml(files: readonly string[], themeDirs: readonly string[], onConverted?: (markdownFile: string) => void): Promise<void> {
  const run = running.then(() => convert(files, themeDirs, onConverted));
  running = run.catch(() => undefined);
  return run;
}

async function convert(files: readonly string[], themeDirs: readonly string[], onConverted?: (markdownFile: string) => void): Promise<void> {
  if (files.length === 0) return;
  const { marpCli } = await import('@marp-team/marp-cli');
  const said: string[] = [];
  const saved = { warn: console.warn, error: console.error, log: console.log, info: console.info };
  const keep = (...parts: unknown[]) => {
    const message = parts.map(String).join(' ');
    said.push(message);
    const file = convertedFile(message);
    if (file) onConverted?.(file);
  };
  Object.assign(console, { warn: keep, error: keep, log: keep, info: keep });
  let code: number;
  try {
    // NOTE: the inputs come first: `--theme-set` takes every argument after it.
    code = await marpCli([...files, '--engine', MARP_ENGINE, '--no-config-file', '--theme-set', ...themeDirs]);
  } catch (cause) {
    throw new LecternError(`marp-cli failed: ${(cause as Error).message}`, undefined, { cause });
  } finally {
    Object.assign(console, saved);
  }
  const output = said.join('\n');
  if (code === 0 && !/\[\s*ERROR\s*\]/.test(output)) return;
  const lines = output.split('\n').filter((line) => /ERROR|Error|error/.test(line));
  throw new LecternError(`marp-cli failed (exit ${code}): ${(lines.join('\n') || output.trim()).slice(0, 2000)}`);
}
