import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
   * Moves each staged path into the output, replacing what was there, then removes the staging.
   * Paths are the units a build owns (`<course>/<audience>`, `manifest.json`), so building one
   * audience leaves the others' files in place.
   */
  commit(paths: readonly string[]): void {
    for (const path of paths) {
      const target = join(this.outDir, path);
      rmSync(target, { recursive: true, force: true });
      mkdirSync(dirname(target), { recursive: true });
      renameSync(join(this.dir, path), target);
    }
    this.discard();
  }

  discard(): void {
    rmSync(this.dir, { recursive: true, force: true });
    rmSync(this.tmpDir, { recursive: true, force: true });
  }
}
