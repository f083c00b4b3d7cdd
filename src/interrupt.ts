/**
 * What to undo when Lectern is stopped by Ctrl-C or SIGTERM: each running build registers how to
 * take away its staging folders, browsers and lock, and the CLI runs them before it exits.
 */
const cleanups = new Set<() => void>();

/** Registers a cleanup for an interruption; returns how to take it back when the work is done. */
export function whenInterrupted(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Runs every registered cleanup, the latest first; one that fails does not stop the others. */
export function cleanUpAfterInterrupt(): void {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch {
      // Best effort: the next build clears what is left.
    }
  }
  cleanups.clear();
}
