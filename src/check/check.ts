import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BuildOptions } from '../build.ts';
import type { Diagnostic } from '../errors.ts';
import { withBrowser } from '../export/run.ts';
import { auditAccessibility, auditTargets, type AccessibilityFinding } from './accessibility.ts';
import { isOverflow, type OverflowFinding } from './index.ts';

export interface CheckResult {
  decks: number;
  slides: number;
  overflows: OverflowFinding[];
  /** axe-core's violations of WCAG 2.x A and AA on every HTML deck and the course page. */
  accessibility: AccessibilityFinding[];
  /** Pages axe-core checked: the HTML decks and the course page. */
  pages: number;
  /** Everything else the build and the check had to say: ingest's guesses, a missing browser. */
  diagnostics: Diagnostic[];
}

/**
 * `lectern check`: builds the decks' markdown and HTML and the course page into a throwaway
 * folder (the output folder is left alone), checks every slide for overflow in the browser, and
 * runs axe-core on every HTML deck and the course page.
 */
export async function check(options: Pick<BuildOptions, 'root' | 'courses' | 'audiences'> = {}): Promise<CheckResult> {
  const outDir = mkdtempSync(join(tmpdir(), 'lectern-check-'));
  try {
    const result = await build({ ...options, outDir, formats: ['html'], check: true });
    const decks = result.manifest.courses.flatMap((c) => c.audiences.flatMap((a) => a.decks));
    const diagnostics = result.diagnostics.filter((d) => !isOverflow(d));
    const targets = auditTargets(result.manifest);
    const accessibility = await withBrowser(outDir, diagnostics, async ({ browser, missing }) => {
      if (browser) return auditAccessibility(browser, outDir, targets);
      diagnostics.push({ severity: 'error', message: `accessibility check not run: ${missing ?? 'no browser'}` });
      return [];
    });
    return {
      decks: decks.length,
      slides: decks.reduce((sum, deck) => sum + deck.slides.length, 0),
      overflows: result.diagnostics.filter(isOverflow).map((d) => d.overflow),
      accessibility,
      pages: targets.length,
      diagnostics,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
