import { watch, type FSWatcher } from 'chokidar';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BuildOptions, BuildResult } from '../build.ts';
import { BuildMemory } from '../build-memory.ts';
import { formatError, LecternError } from '../errors.ts';
import { BUILTIN_TEMPLATES } from '../render/templates.ts';
import { pageAudience, rebuildScope, viewedScope, type RebuildScope } from './changes.ts';
import { startDevServer, type DevServer } from './server.ts';

export interface DevOptions {
  root: string;
  /** Where to build; a temporary folder removed on stop when left out. */
  outDir?: string;
  /** 0 takes any free port. */
  port: number;
}

/** How long to wait after a change for more, in ms: an editor's save may touch several files. */
const SETTLE_MS = 60;
/** How long the rest of a build waits for the open pages it reloaded first to load again, in ms. */
const RELOAD_WAIT_MS = 1000;

/** What `lectern dev` tells its user: each build's outcome, and why one failed. */
export interface DevLog {
  built(result: BuildResult, ms: number): void;
  failed(message: string): void;
}

export interface DevSession {
  url: string;
  outDir: string;
  /** Stops watching, finishes the build under way, closes the server and removes a temporary output. */
  close(): Promise<void>;
}

type Build = (options: BuildOptions) => Promise<BuildResult>;

/**
 * Watches a project's content, templates and themes, rebuilds the HTML of what changed, and
 * serves the output with live reload. A failed build is reported and shown in the page; the
 * previous output stays served, and the next good build replaces it.
 */
export async function startDev(options: DevOptions, log: DevLog, build: Build): Promise<DevSession> {
  const root = resolve(options.root);
  const temporary = options.outDir === undefined;
  const outDir = options.outDir === undefined ? mkdtempSync(join(tmpdir(), 'lectern-dev-')) : resolve(root, options.outDir);
  let server: DevServer;
  try {
    server = await startDevServer(outDir, options.port);
  } catch (cause) {
    if (temporary) rmSync(outDir, { recursive: true, force: true });
    const code = (cause as NodeJS.ErrnoException).code;
    throw new LecternError(code === 'EADDRINUSE' ? `port ${options.port} is in use; choose another with --port` : `could not serve on 127.0.0.1:${options.port}: ${(cause as Error).message}`, undefined, { cause });
  }

  let pending: Set<string> | 'all' | undefined = 'all';
  let running: Promise<void> | undefined;
  let closed = false;
  // Kept from build to build: a paper whose file did not change is not read again, and so on.
  const memory = new BuildMemory();

  /** One build of `scope`; resolves with the pages it reloaded (those `to` picks), or undefined when it failed. */
  const buildOnce = async (scope: RebuildScope, to?: (page: string) => boolean): Promise<string[] | undefined> => {
    const started = performance.now();
    try {
      // NOTE: HTML only: it is what the preview shows, and it takes a fraction of a second a deck.
      const result = await build({ root, outDir, formats: ['html'], memory, ...scope });
      const failed = result.diagnostics.filter((d) => d.severity === 'error');
      if (failed.length) throw new LecternError(failed.map((d) => formatError(d)).join('\n'));
      log.built(result, performance.now() - started);
      return server.tell({ kind: 'reload' }, to);
    } catch (error) {
      const message = error instanceof LecternError ? formatError(error) : String((error as Error)?.message ?? error);
      log.failed(message);
      server.tell({ kind: 'failed', message });
      return undefined;
    }
  };

  const runBuild = async (scope: RebuildScope) => {
    // The decks open in a browser first, so that the page the lecturer looks at changes soonest;
    // then, once those pages have loaded again (the rest would hold up serving them), the rest of
    // what changed, reloading the other pages.
    const viewed = viewedScope(scope, server.viewing());
    const inViewed = (page: string) => {
      const shown = pageAudience(page);
      return viewed !== undefined && shown !== undefined && viewed.courses.includes(shown.course) && viewed.audiences.includes(shown.audience);
    };
    if (viewed) {
      const reloaded = await buildOnce(viewed, inViewed);
      if (!reloaded) return;
      await server.reopened(reloaded, RELOAD_WAIT_MS);
    }
    if (await buildOnce(scope, (page) => !inViewed(page))) {
      // NOTE: after the reload is sent, so it waits for none of this; a build started meanwhile waits for it.
      await memory.prepare();
    }
  };

  /** Builds until no change is pending; one build at a time, later changes folded into the next. */
  const drain = async () => {
    while (pending && !closed) {
      const changed = pending;
      pending = undefined;
      await runBuild(changed === 'all' ? {} : rebuildScope(root, changed));
    }
  };
  const kick = () => {
    running ??= drain().finally(() => {
      running = undefined;
      if (pending && !closed) kick();
    });
    return running;
  };

  let timer: NodeJS.Timeout | undefined;
  const changed = (file: string) => {
    if (pending === undefined) pending = new Set([file]);
    else if (pending !== 'all') pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => void kick(), SETTLE_MS);
  };

  const watched = [join(root, 'content'), join(root, 'lectern.config.yaml'), join(root, 'templates'), BUILTIN_TEMPLATES].filter((path) => existsSync(path));
  const watcher: FSWatcher = watch([...new Set(watched)], { ignoreInitial: true, ignored: (path) => resolve(path).startsWith(outDir) });
  watcher.on('all', (_event, file) => changed(resolve(file)));
  // NOTE: watching before the first build, so that no save made during it is missed.
  await new Promise<void>((resolveReady) => watcher.once('ready', () => resolveReady()));
  void kick();
  return {
    url: server.url,
    outDir,
    async close() {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
      await running;
      await memory.close();
      await server.close();
      if (temporary) rmSync(outDir, { recursive: true, force: true });
    },
  };
}
