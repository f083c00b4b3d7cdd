import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BuildOptions } from '../build.ts';
import type { Diagnostic } from '../errors.ts';
import { isOverflow, type OverflowFinding } from './index.ts';

export interface CheckResult {
  decks: number;
  slides: number;
  overflows: OverflowFinding[];
  /** Everything else the build and the check had to say: ingest's guesses, a missing browser. */
  diagnostics: Diagnostic[];
}

/**
 * `lectern check`: builds the decks' markdown into a throwaway folder (the output folder is left
 * alone) and checks every slide in the browser.
 */
export async function check(options: Pick<BuildOptions, 'root' | 'courses' | 'audiences'> = {}): Promise<CheckResult> {
  const outDir = mkdtempSync(join(tmpdir(), 'lectern-check-'));
  try {
    const result = await build({ ...options, outDir, formats: [], check: true });
    const decks = result.manifest.courses.flatMap((c) => c.audiences.flatMap((a) => a.decks));
    return {
      decks: decks.length,
      slides: decks.reduce((sum, deck) => sum + deck.slides.length, 0),
      overflows: result.diagnostics.filter(isOverflow).map((d) => d.overflow),
      diagnostics: result.diagnostics.filter((d) => !isOverflow(d)),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
