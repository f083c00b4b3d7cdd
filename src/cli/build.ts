import { relative } from 'node:path';
import { build } from '../build.ts';
import { formatError } from '../errors.ts';
import { FORMATS, type Format } from '../export/index.ts';
import type { Command } from './commands.ts';
import { UsageError } from './main.ts';

export const buildCommand: Command = {
  help: `lectern build — build every deck of every course into dist/

Usage: lectern build [--course ID]... [--audience ID]... [--format F]... [--out DIR]

  --course ID     build only this course (repeatable; default: every folder in content/)
  --audience ID   build only for this audience (repeatable; default: every profile in content/audiences/)
  --format F      build only these formats besides markdown (repeatable): ${FORMATS.join(', ')}
  --out DIR       output folder (default: dist, or outDir in lectern.config.yaml)`,
  options: {
    course: { type: 'string', multiple: true },
    audience: { type: 'string', multiple: true },
    format: { type: 'string', multiple: true },
    out: { type: 'string' },
  },
  async run(values, positionals, terminal) {
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const requested = (values.format as string[] | undefined) ?? undefined;
    for (const format of requested ?? []) {
      if (!FORMATS.includes(format as Format)) throw new UsageError(`unknown format "${format}"; expected one of: ${FORMATS.join(', ')}`);
    }
    const result = await build({
      root: values.root as string | undefined,
      outDir: values.out as string | undefined,
      courses: values.course as string[] | undefined,
      audiences: values.audience as string[] | undefined,
      formats: requested as Format[] | undefined,
    });
    for (const diagnostic of result.diagnostics) terminal.error(`${diagnostic.severity}: ${formatError(diagnostic)}`);
    terminal.out(`built ${result.deckCount} decks (${result.outputs.length} files) in ${relative(process.cwd(), result.outDir) || '.'}`);
    return 0;
  },
};
