import { formatError, type Diagnostic } from '../errors.ts';
import { cliProgressFor, type CliProgress } from './progress.ts';

/** Where the CLI prints: the real streams by default, something else in tests. */
export class Terminal {
  constructor(
    private readonly stdout: NodeJS.WritableStream = process.stdout,
    private readonly stderr: NodeJS.WritableStream = process.stderr,
  ) {}

  out(text: string): void {
    this.stdout.write(`${text}\n`);
  }

  error(text: string): void {
    this.stderr.write(`${text}\n`);
  }

  /** Progress of a long command, on the error stream so that its output stays clean for tools. */
  progress(): CliProgress {
    return cliProgressFor(this.stderr);
  }

  /** Findings that did not stop the command, one a line: `warning: file:line:col: message`. */
  diagnostics(diagnostics: readonly Diagnostic[]): void {
    for (const diagnostic of diagnostics) this.error(`${diagnostic.severity}: ${formatError(diagnostic)}`);
  }
}
