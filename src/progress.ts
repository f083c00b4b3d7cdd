/**
 * What a build is doing, as it does it: the step (`markdown`, a format such as `pdf`, `check`),
 * the deck it finished last, how many of the step's decks are done, and the time since the build
 * started. The build only emits these; the CLI decides how to show them.
 */
export interface ProgressEvent {
  step: string;
  /** The deck just finished, as its path without extension: "drug-resistance/public/02-mechanisms". */
  deck?: string;
  done: number;
  total: number;
  elapsedMs: number;
}

export interface ProgressReporter {
  report(event: ProgressEvent): void;
}

/** Reports nothing: a build called as a library is quiet unless asked. */
export const quietProgress: ProgressReporter = { report() {} };

/** Counts a step's decks and stamps each event with the time since `startedAt`. */
export class ProgressTracker {
  private readonly startedAt = performance.now();

  constructor(private readonly reporter: ProgressReporter = quietProgress) {}

  /** Starts a step over `total` decks and returns what to call as each deck is done. */
  step(step: string, total: number): StepProgress {
    let done = 0;
    const emit = (deck?: string) => this.reporter.report({ step, ...(deck ? { deck } : {}), done, total, elapsedMs: performance.now() - this.startedAt });
    emit();
    return {
      deck: (deck) => {
        done = Math.min(done + 1, total);
        emit(deck);
      },
      finish: () => {
        if (done === total) return;
        done = total;
        emit();
      },
    };
  }
}

export interface StepProgress {
  /** One more deck of the step is done. */
  deck(deck: string): void;
  /** The whole step is done (for steps that make all decks at once). */
  finish(): void;
}
