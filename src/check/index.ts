import { basename, dirname, join } from 'node:path';
import { formatLocation, type Diagnostic, type SourceLocation } from '../errors.ts';
import { SLIDE_BOX } from '../export/slides.ts';
import type { BuildBrowser } from '../export/run.ts';
import type { ExportContext, StagedDeck } from '../export/types.ts';
import { editsBehind } from './locate.ts';
import { measureSlides } from './measure.ts';

/** A slide whose content does not fit the 16:9 slide box, and where that content comes from. */
export interface OverflowFinding {
  course: string;
  audience: string;
  /** The deck's id, e.g. "02-mechanisms". */
  deck: string;
  /** 1-based slide number in the deck. */
  slide: number;
  title: string;
  kind: string;
  /** Ids of the paper's blocks the slide is drawn from. */
  source: string[];
  /** Lines of `course.yaml` whose edits put text on the slide. */
  edits: SourceLocation[];
  /** Pixels past the bottom and past the right edge of the 1280×720 slide. */
  below: number;
  right: number;
}

/** An overflow as a build diagnostic, keeping the finding for tools (`lectern check --json`). */
export interface OverflowDiagnostic extends Diagnostic {
  overflow: OverflowFinding;
}

export function isOverflow(diagnostic: Diagnostic): diagnostic is OverflowDiagnostic {
  return 'overflow' in diagnostic;
}

/**
 * Renders every staged deck in the build's browser and reports each slide whose content reaches
 * past the slide box. Without a browser, says so in one error: a check that cannot look has not passed.
 */
export async function checkOverflow(context: ExportContext & BuildBrowser): Promise<Diagnostic[]> {
  if (!context.browser) return [{ severity: 'error', message: `overflow check not run: ${context.missing ?? 'no browser'}` }];
  // Each deck's findings in its own slot: they are reported in deck order, whichever page finished first.
  const found = new Map<StagedDeck, Diagnostic[]>();
  await context.browser.eachOnPages(context.decks, async (page, staged) => {
    const diagnostics: Diagnostic[] = [];
    for (const extent of await measureSlides(page, await context.slides(staged), dirname(join(context.stageDir, staged.stem)), basename(staged.stem))) {
      if (extent.below === 0 && extent.right === 0) continue;
      const finding = findingFor(staged, extent.slide, extent.below, extent.right);
      const diagnostic: OverflowDiagnostic = { severity: 'error', message: describe(finding, staged), overflow: finding, ...(finding.edits[0] ? { location: finding.edits[0] } : {}) };
      diagnostics.push(diagnostic);
    }
    found.set(staged, diagnostics);
    context.progress?.deck(staged.stem);
  });
  return context.decks.flatMap((staged) => found.get(staged) ?? []);
}

function findingFor(staged: StagedDeck, number: number, below: number, right: number): OverflowFinding {
  const slide = staged.deck.slides[number - 1]!;
  return {
    course: staged.course,
    audience: staged.audience,
    deck: staged.deck.id,
    slide: number,
    title: slide.title,
    kind: slide.kind,
    source: slide.source,
    edits: editsBehind(staged.courseFile, staged.deck, slide),
    below,
    right,
  };
}

function describe(finding: OverflowFinding, staged: StagedDeck): string {
  const how = [finding.below && `${finding.below}px below`, finding.right && `${finding.right}px right of`].filter(Boolean).join(' and ');
  const from = finding.source.length ? `; content from ${finding.source.length > 3 ? `${finding.source.slice(0, 3).join(', ')}, …` : finding.source.join(', ')}` : '';
  // NOTE: the first edit is the diagnostic's location, printed before the message; others follow it.
  const edited = finding.edits.length > 1 ? `; also edited at ${finding.edits.slice(1).map(formatLocation).join(', ')}` : '';
  return `${staged.stem} slide ${finding.slide} "${finding.title}" overflows: content reaches ${how} the ${SLIDE_BOX.width}×${SLIDE_BOX.height} slide${from}${edited}`;
}
