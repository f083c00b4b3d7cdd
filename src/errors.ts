/** Where something in a user's file is: 1-based line and column. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  /** In a PDF: the 1-based page. */
  page?: number;
  /** In an XML file: the element's path, e.g. `/article/body/sec[2]/p[3]`. */
  path?: string;
}

/**
 * An error a user can act on: what went wrong, where (file and line), and what was expected.
 * The CLI prints `file:line:col: message` and, only with `--debug`, the stack and causes.
 */
export class LecternError extends Error {
  override readonly name = 'LecternError';
  constructor(
    message: string,
    readonly location?: SourceLocation,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A finding that does not stop the build: a guess ingest made, a deck over its time budget. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  message: string;
  location?: SourceLocation;
}

export function formatLocation(location: SourceLocation | undefined): string {
  if (!location) return '';
  let text = location.file;
  if (location.line !== undefined) text += `:${location.line}`;
  if (location.line !== undefined && location.column !== undefined) text += `:${location.column}`;
  if (location.page !== undefined) text += ` (page ${location.page})`;
  if (location.path !== undefined) text += ` (${location.path})`;
  return text;
}

export function formatError(error: LecternError | Diagnostic): string {
  const where = formatLocation(error.location);
  return where ? `${where}: ${error.message}` : error.message;
}

/** Wraps an error at a stage boundary, keeping the original as `cause`. */
export function wrapError(message: string, cause: unknown, location?: SourceLocation): LecternError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  const inner = cause instanceof LecternError ? cause.location : undefined;
  return new LecternError(`${message}: ${detail}`, inner ?? location, { cause });
}

/** 1-based line and column of a character offset in a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
