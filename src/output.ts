import { copyFileSync, existsSync, mkdirSync, readdirSync, rmdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { LecternError } from './errors.ts';

/** Names Lectern itself keeps in an output folder while it builds. */
const WORK_FOLDER = /^\.(staging|tmp)-/;

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
  if (force || existsSync(join(outDir, 'manifest.json'))) return;
  const foreign = readdirSync(outDir).filter((name) => !WORK_FOLDER.test(name));
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

  /**
   * Moves each staged path into the output in place of what was there, and takes away `stale`
   * paths (what an earlier build made that this one no longer does). Paths are the units a build
   * owns (`<course>/<audience>`, `manifest.json`), so building one audience leaves the others'
   * files alone. What is replaced is first moved aside and put back if any move fails, so the
   * output is either the previous build's or this one's.
   */
  commit(paths: readonly string[], stale: readonly string[] = []): void {
    const aside = join(this.tmpDir, 'previous');
    const movedAside: [target: string, kept: string][] = [];
    const placed: string[] = [];
    try {
      for (const path of [...paths, ...stale]) {
        const target = join(this.outDir, path);
        if (!existsSync(target)) continue;
        const kept = join(aside, path);
        mkdirSync(dirname(kept), { recursive: true });
        renameSync(target, kept);
        movedAside.push([target, kept]);
      }
      for (const path of paths) {
        const target = join(this.outDir, path);
        mkdirSync(dirname(target), { recursive: true });
        renameSync(join(this.dir, path), target);
        placed.push(target);
      }
    } catch (error) {
      for (const target of placed) rmSync(target, { recursive: true, force: true });
      for (const [target, kept] of movedAside) renameSync(kept, target);
      throw error;
    }
    for (const path of stale) removeEmptyParents(this.outDir, dirname(path));
    this.discard();
  }

  discard(): void {
    rmSync(this.dir, { recursive: true, force: true });
    rmSync(this.tmpDir, { recursive: true, force: true });
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
