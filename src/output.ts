import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

  /** Replaces each top-level entry of the output with the staged one, then removes the staging. */
  commit(): void {
    for (const entry of readdirSync(this.dir)) {
      const target = join(this.outDir, entry);
      rmSync(target, { recursive: true, force: true });
      renameSync(join(this.dir, entry), target);
    }
    this.discard();
  }

  discard(): void {
    rmSync(this.dir, { recursive: true, force: true });
    rmSync(this.tmpDir, { recursive: true, force: true });
  }
}
