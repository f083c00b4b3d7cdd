import { displayPath } from '../content/load.ts';
import { DEFAULT_FORMATS, FORMATS, type Format } from '../export/format-names.ts';
import { PAPER_SIZES, type PaperSize } from '../export/paper.ts';
import type { Command } from './commands.ts';
import { UsageError } from './main.ts';

export const buildCommand: Command = {
  help: `lectern build — build every deck of every course into dist/

Usage: lectern build [--course ID]... [--audience ID]... [--format F]... [--out DIR] [--paper SIZE] [--check] [--force]

  --course ID     build only this course (repeatable; default: every folder in content/)
  --audience ID   build only for this audience (repeatable; default: every profile in content/audiences/)
  --format F      build only these formats besides markdown (repeatable): ${FORMATS.join(', ')}
                  (default: ${DEFAULT_FORMATS.join(', ')})
  --out DIR       output folder (default: dist, or outDir in lectern.config.yaml)
  --paper SIZE    paper size of the handouts: ${Object.keys(PAPER_SIZES).join(' or ')} (default: a4)
  --check         also check every slide for overflow in the browser (as \`lectern check\`)
  --force         build into an existing folder that holds files Lectern did not make

Exits 1 when a format could not be made (e.g. no Chromium) or the check found a problem.`,
  options: {
    course: { type: 'string', multiple: true },
    audience: { type: 'string', multiple: true },
    format: { type: 'string', multiple: true },
    out: { type: 'string' },
    paper: { type: 'string' },
    check: { type: 'boolean' },
    force: { type: 'boolean' },
  },
  async run(values, positionals, terminal) {
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const requested = values.format as string[] | undefined;
    for (const format of requested ?? []) {
      if (!FORMATS.includes(format as Format)) throw new UsageError(`unknown format "${format}"; expected one of: ${FORMATS.join(', ')}`);
    }
    const paper = values.paper as string | undefined;
    if (paper !== undefined && !Object.hasOwn(PAPER_SIZES, paper)) throw new UsageError(`unknown paper size "${paper}"; expected one of: ${Object.keys(PAPER_SIZES).join(', ')}`);
    // NOTE: loaded when the command runs, so `lectern --help` starts without the pipeline.
    const { build } = await import('../build.ts');
    const { cleanUpAfterInterrupt } = await import('../interrupt.ts');
    // A stopped build takes away its staging folder, browsers and lock; the output stays as it was.
    const stop = (signal: NodeJS.Signals) => {
      cleanUpAfterInterrupt();
      terminal.error(`build stopped (${signal}); the output folder is as it was before this build`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const result = await build({
      root: values.root as string | undefined,
      outDir: values.out as string | undefined,
      courses: values.course as string[] | undefined,
      audiences: values.audience as string[] | undefined,
      formats: requested as Format[] | undefined,
      paper: paper as PaperSize | undefined,
      check: Boolean(values.check),
      force: Boolean(values.force),
    }).finally(() => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    });
    terminal.diagnostics(result.diagnostics);
    terminal.out(`built ${result.deckCount} decks (${result.outputs.length} files) in ${displayPath(process.cwd(), result.outDir) || '.'}`);
    return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
