import { copyFileSync, existsSync, mkdirSync, readdirSync, rmdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A build writes everything into a staging folder beside the output, and only when all of it
 * succeeded moves it into place; a failed build leaves the previous output as it was.
 */
export class Staging {
  readonly dir: string;
  readonly tmpDir: string;

  constructor(readonly outDir: string) {
    mkdirSync(outDir, { recursive: true });
    this.dir = mkdtempSync(join(outDir, '.staging-'));
    this.tmpDir = mkdtempSync(join(outDir, '.tmp-'));
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
