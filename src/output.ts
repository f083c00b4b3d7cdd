import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { LecternError } from './errors.ts';

/** Names Lectern itself keeps in an output folder while it builds. */
const WORK_FOLDER = /^\.(staging|tmp)-/;
/** Files Lectern keeps in an output folder while a build runs. */
const WORK_FILE = /^\.lectern-(lock|commit\.json(\.new)?)$/;

/** Whether `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/**
 * Refuses an output folder a build must not write into: the project itself or a folder above it,
 * one that overlaps the lecturer's `content/` or a templates folder, a file, or an existing folder
 * with files that Lectern did not make (no Lectern manifest) unless `force`. A build replaces and
 * removes whole folders in its output, so it must be sure the output is its own.
 */
export function checkOutDir(options: { root: string; outDir: string; shownAs: string; protectedDirs: readonly string[]; force: boolean }): void {
  const { root, outDir, shownAs, force } = options;
  const where = { file: shownAs };
  if (within(root, outDir)) throw new LecternError('the output folder is the project folder or holds it; expected a folder of its own, such as dist', where);
  for (const dir of options.protectedDirs) {
    if (within(outDir, dir) || within(dir, outDir)) throw new LecternError(`the output folder overlaps ${relative(root, dir) || dir}, which holds what you wrote; expected a folder of its own, such as dist`, where);
  }
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory()) throw new LecternError('is a file; expected a folder for the output', where);
  // A manifest.json claims the folder for Lectern; the build then checks that it is one of ours.
  // A commit's journal does too: a build killed mid-commit may have moved the manifest aside.
  if (force || existsSync(join(outDir, 'manifest.json')) || existsSync(join(outDir, JOURNAL))) return;
  const foreign = readdirSync(outDir).filter((name) => !WORK_FOLDER.test(name) && !WORK_FILE.test(name));
  if (foreign.length) {
    throw new LecternError(`the output folder holds files Lectern did not make (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}) and no Lectern manifest.json; choose an empty or new folder, or pass --force to build into it`, where);
  }
}

/**
 * A build writes everything into a staging folder beside the output, and only when all of it
 * succeeded moves it into place; a failed build leaves the previous output as it was.
 */
export class Staging {
  readonly dir: string;
  readonly tmpDir: string;

  constructor(readonly outDir: string, shownAs = outDir) {
    try {
      mkdirSync(outDir, { recursive: true });
      this.dir = mkdtempSync(join(outDir, '.staging-'));
      this.tmpDir = mkdtempSync(join(outDir, '.tmp-'));
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      throw new LecternError(`cannot write to the output folder (${code ?? 'unknown error'}); expected a folder you may write to`, { file: shownAs }, { cause });
    }
  }

  write(relativePath: string, text: string): void {
    const file = join(this.dir, relativePath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }

  copy(relativePath: string, source: string): void {
    const file = join(this.dir, relativePath);
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(source, file);
  }

  /** Puts a file an earlier build left in the output into the staged output too (kept as it is). */
  keep(relativePath: string): void {
    const file = join(this.dir, relativePath);
    mkdirSync(dirname(file), { recursive: true });
    try {
      linkSync(join(this.outDir, relativePath), file);
    } catch {
      copyFileSync(join(this.outDir, relativePath), file);
    }
  }

  /**
   * Moves each staged path into the output in place of what was there, and takes away `stale`
   * paths (what an earlier build made that this one no longer does). Paths are the units a build
   * owns (`<course>/<audience>`, `manifest.json`), so building one audience leaves the others'
   * files alone. What is replaced is first moved aside. A journal written before the first move
   * lets the next build finish a commit that was killed halfway (`recoverOutput`), and a failed
   * move puts everything back: the output is either the previous build's or this one's.
   * `beforeStep` is called before each move, so tests can stop the commit at any point.
   */
  commit(paths: readonly string[], stale: readonly string[] = [], beforeStep: (step: string) => void = () => {}): void {
    const aside = join(this.tmpDir, 'previous');
    writeJournal(this.outDir, { staging: basename(this.dir), aside: relative(this.outDir, aside), paths: [...paths], stale: [...stale] });
    const movedAside: [target: string, kept: string][] = [];
    const placed: [target: string, staged: string][] = [];
    try {
      for (const path of [...paths, ...stale]) {
        const target = join(this.outDir, path);
        if (!existsSync(target)) continue;
        const kept = join(aside, path);
        mkdirSync(dirname(kept), { recursive: true });
        beforeStep(`aside ${path}`);
        renameSync(target, kept);
        movedAside.push([target, kept]);
      }
      for (const path of paths) {
        const target = join(this.outDir, path);
        mkdirSync(dirname(target), { recursive: true });
        beforeStep(`place ${path}`);
        renameSync(join(this.dir, path), target);
        placed.push([target, join(this.dir, path)]);
      }
    } catch (error) {
      // Back into staging, not deleted: killed during this, the next build can still finish the commit.
      for (const [target, staged] of placed.reverse()) renameSync(target, staged);
      for (const [target, kept] of movedAside.reverse()) renameSync(kept, target);
      rmSync(join(this.outDir, JOURNAL), { force: true });
      throw error;
    }
    beforeStep('done');
    rmSync(join(this.outDir, JOURNAL), { force: true });
    for (const path of stale) removeEmptyParents(this.outDir, dirname(path));
    this.discard();
  }

  /** Removes the staging and temporary folders, with anything of this build still running in them. */
  discard(): void {
    removeWorkFolder(this.dir);
    removeWorkFolder(this.tmpDir);
  }
}

/** The commit under way: written before its first move, removed after its last. */
const JOURNAL = '.lectern-commit.json';

interface Journal {
  /** The staging folder's name in the output folder. */
  staging: string;
  /** Where replaced paths are moved, relative to the output folder. */
  aside: string;
  paths: string[];
  stale: string[];
}

function writeJournal(outDir: string, journal: Journal): void {
  const file = join(outDir, JOURNAL);
  writeFileSync(`${file}.new`, JSON.stringify(journal));
  renameSync(`${file}.new`, file);
}

/**
 * Makes the output whole again after a build that was killed: a commit its journal shows as begun
 * is finished (every staged path moved into place, every replaced or stale one aside), then every
 * staging and temporary folder a dead build left is removed, with any Chromium still running from
 * it. Only to be called while holding the output's lock, when no other build is writing.
 */
export function recoverOutput(outDir: string): void {
  if (!existsSync(outDir)) return;
  const file = join(outDir, JOURNAL);
  if (existsSync(file)) {
    const journal = JSON.parse(readFileSync(file, 'utf8')) as Journal;
    const inside = (path: string) => within(join(outDir, path), outDir) && !path.split(/[\\/]/).includes('..');
    const names = [journal.staging, journal.aside, ...journal.paths, ...journal.stale];
    if (!names.every((name) => typeof name === 'string' && inside(name))) throw new LecternError('an unfinished commit names paths outside the output folder', { file });
    const moveAside = (path: string) => {
      const target = join(outDir, path);
      if (!existsSync(target)) return;
      const kept = join(outDir, journal.aside, path);
      rmSync(kept, { recursive: true, force: true });
      mkdirSync(dirname(kept), { recursive: true });
      renameSync(target, kept);
    };
    for (const path of journal.paths) {
      const staged = join(outDir, journal.staging, path);
      if (!existsSync(staged)) continue;
      moveAside(path);
      mkdirSync(dirname(join(outDir, path)), { recursive: true });
      renameSync(staged, join(outDir, path));
    }
    for (const path of journal.stale) moveAside(path);
    rmSync(file);
  }
  for (const name of readdirSync(outDir)) {
    if (!WORK_FOLDER.test(name)) continue;
    removeWorkFolder(join(outDir, name));
  }
}

/** How long to wait for ended processes to be gone before removing the folder they worked in. */
const EXIT_TIMEOUT_MS = 15_000;
/** How often to look again whether they are gone. */
const EXIT_POLL_MS = 50;
/** Times the removal is tried again, each after ending what still runs in the folder. */
const REMOVE_ATTEMPTS = 3;

/**
 * Removes a staging or temporary folder, first ending the processes still working in it. A
 * Chromium that is being ended may still write into its profile for a moment, so removing the
 * folder can find a subfolder filled again (ENOTEMPTY) or busy: then it is tried again after a
 * short wait, and after ending whatever runs in the folder once more.
 */
function removeWorkFolder(dir: string): void {
  for (let attempt = 1; ; attempt++) {
    stopProcessesIn(dir);
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
      return;
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (attempt < REMOVE_ATTEMPTS && (code === 'ENOTEMPTY' || code === 'EBUSY' || code === 'EPERM')) continue;
      throw new LecternError(`cannot remove the build's working folder ${basename(dir)} (${code ?? 'unknown error'}); a process may still be writing into it, end it and build again`, { file: dir }, { cause });
    }
  }
}

/**
 * Ends the processes a build started that still work in `dir`: marp-cli (its command line names
 * the staging folder) and Chromium (its profile is in the build's temporary folder). Chromium runs
 * in a process group of its own, so the group is ended, not just the process. Only processes whose
 * command line shows the folder's full path are touched, so a reused process id is never hit.
 * Returns once they and their groups are gone (or after EXIT_TIMEOUT_MS): SIGKILL is only a
 * request, and a process that is still exiting may still write into the folder.
 * Linux only (/proc); elsewhere nothing is ended.
 */
export function stopProcessesIn(dir: string): void {
  // Process ids ended so far; each may lead a process group whose members are waited for too.
  const ended = new Set<number>();
  const deadline = Date.now() + EXIT_TIMEOUT_MS;
  for (;;) {
    let running = false;
    for (const entry of processes()) {
      if (entry.commandLine.includes(dir)) {
        // Seen again while still running (or started since the last look): ended again.
        for (const target of [-entry.pid, entry.pid]) {
          try {
            process.kill(target, 'SIGKILL');
          } catch {
            // Not a group leader, or already gone.
          }
        }
        ended.add(entry.pid);
        running = true;
      } else if (ended.has(entry.pid) || ended.has(entry.group)) {
        running = true;
      }
    }
    if (!running || Date.now() > deadline) return;
    sleep(EXIT_POLL_MS);
  }
}

interface ProcessEntry {
  pid: number;
  /** Its process group. */
  group: number;
  commandLine: string;
}

/**
 * Every other process that is still running, from /proc. One that has exited but is not yet
 * reaped by its parent (a zombie) no longer holds or writes any file, so it is left out.
 */
function processes(): ProcessEntry[] {
  let names: string[];
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
  } catch {
    return [];
  }
  const entries: ProcessEntry[] = [];
  for (const name of names) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (command name) state ppid pgrp …"; the name may itself hold spaces and parentheses.
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z' || state === 'X') continue;
      entries.push({ pid: Number(name), group: Number(group), commandLine: readFileSync(`/proc/${name}/cmdline`, 'utf8') });
    } catch {
      // Gone while being read.
    }
  }
  return entries;
}

/** Waits without returning to the event loop: the cleanup after an interruption must finish before the process exits. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const LOCK = '.lectern-lock';

/**
 * One build at a time per output folder: `.lectern-lock` holds the building process's id. A
 * second build waits for the first; a lock whose process is gone (a killed build) is taken over.
 */
export class OutputLock {
  private constructor(private readonly file: string) {}

  static async acquire(outDir: string, shownAs: string, timeoutMs = 10 * 60_000): Promise<OutputLock> {
    const file = join(outDir, LOCK);
    const deadline = Date.now() + timeoutMs;
    mkdirSync(outDir, { recursive: true });
    for (;;) {
      try {
        writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
        return new OutputLock(file);
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new LecternError(`cannot write to the output folder (${(cause as NodeJS.ErrnoException).code ?? 'unknown error'}); expected a folder you may write to`, { file: shownAs }, { cause });
        }
      }
      const holder = Number(readFileSync(file, 'utf8').trim()) || undefined;
      if (holder === undefined || !alive(holder)) {
        rmSync(file, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new LecternError(`another build (process ${holder}) is still writing this output folder; wait for it to finish`, { file: shownAs });
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  release(): void {
    rmSync(this.file, { force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
/** Removes `dir` (relative to `root`) and its parents while they are empty, never `root` itself. */
function removeEmptyParents(root: string, dir: string): void {
  for (let current = dir; current !== '.' && current !== ''; current = dirname(current)) {
    const path = join(root, current);
    if (!existsSync(path) || readdirSync(path).length > 0) return;
    rmdirSync(path);
  }
}
