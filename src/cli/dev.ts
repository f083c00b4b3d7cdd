import { displayPath } from '../content/load.ts';
import type { Command } from './commands.ts';
import { UsageError } from './main.ts';

export const DEFAULT_DEV_PORT = 4400;

export const devCommand: Command = {
  help: `lectern dev — build the HTML, serve it, and rebuild and reload as you edit

Usage: lectern dev [--port N] [--out DIR]

  --port N    port to serve on, on 127.0.0.1 only (default: ${DEFAULT_DEV_PORT}; 0 for any free port)
  --out DIR   build into this folder (default: a temporary folder, removed when dev stops)

Watches content/ (papers, course.yaml, audiences), lectern.config.yaml, templates and themes. After
each change it rebuilds the HTML of what changed and reloads the open page; when a build fails the
error is printed here and shown in the page, and the page keeps the last good build until the file
is fixed. Ctrl-C stops it. PDF, PPTX and handouts are made by \`lectern build\`.`,
  options: {
    port: { type: 'string' },
    out: { type: 'string' },
  },
  async run(values, positionals, terminal) {
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const port = values.port === undefined ? DEFAULT_DEV_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`invalid port "${String(values.port)}"; expected a number from 0 to 65535`);
    // NOTE: loaded when the command runs, so `lectern --help` starts without the pipeline.
    const [{ build }, { startDev }] = await Promise.all([import('../build.ts'), import('../dev/index.ts')]);
    const root = (values.root as string | undefined) ?? '.';
    const dev = await startDev(
      { root, port, ...(values.out !== undefined ? { outDir: values.out as string } : {}) },
      {
        built: (result, ms) => {
          terminal.diagnostics(result.diagnostics.filter((d) => d.severity !== 'info'));
          terminal.out(`built ${result.deckCount} decks in ${(ms / 1000).toFixed(2)} s`);
        },
        failed: (message) => terminal.error(`error: ${message}`),
      },
      build,
    );
    terminal.out(`serving ${dev.url} (output: ${displayPath(process.cwd(), dev.outDir)}); Ctrl-C stops`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    terminal.out('stopping…');
    await dev.close();
    return 0;
  },
};
