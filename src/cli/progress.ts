import cliProgress from 'cli-progress';
import type { ProgressEvent, ProgressReporter } from '../progress.ts';

export interface CliProgress extends ProgressReporter {
  /** Ends the display, leaving the terminal ready for what follows. */
  close(): void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One plain line per deck made: for CI logs and pipes, where a redrawn bar would be noise. */
export function plainProgress(stream: NodeJS.WritableStream): CliProgress {
  return {
    report(event) {
      if (event.done === 0 && event.total > 0) return;
      stream.write(`${event.step} ${event.done}/${event.total}${event.deck ? ` ${event.deck}` : ''} (${seconds(event.elapsedMs)})\n`);
    },
    close() {},
  };
}

/** A bar on the terminal per step, redrawn in place, naming the deck just made and the time so far. */
export function barProgress(stream: NodeJS.WritableStream): CliProgress {
  const bar = new cliProgress.SingleBar(
    { stream, format: '{step} [{bar}] {value}/{total} {elapsed} {deck}', barsize: 24, hideCursor: true, clearOnComplete: false, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  let step: string | undefined;
  const payload = (event: ProgressEvent) => ({ step: event.step.padEnd(8), deck: event.deck ?? '', elapsed: seconds(event.elapsedMs) });
  return {
    report(event) {
      if (event.step !== step) {
        if (step !== undefined) bar.stop();
        step = event.step;
        bar.start(event.total, event.done, payload(event));
      } else bar.update(event.done, payload(event));
    },
    close() {
      if (step !== undefined) bar.stop();
      step = undefined;
    },
  };
}

/**
 * Progress for a command: a bar on an interactive terminal, plain lines otherwise (a pipe, a file,
 * or CI, which sets `CI`).
 */
export function cliProgressFor(stream: NodeJS.WritableStream & { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): CliProgress {
  return stream.isTTY && !env.CI ? barProgress(stream) : plainProgress(stream);
}
