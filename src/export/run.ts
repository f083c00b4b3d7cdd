import type { Diagnostic } from '../errors.ts';
import { LecternError } from '../errors.ts';
import { BrowserSession, findBrowser } from './browser.ts';
import type { ExportContext, Exporter } from './types.ts';

/** What the build's browser is: a session to share, or the reason there is none. */
export interface BuildBrowser {
  browser?: BrowserSession;
  /** Why there is no browser, when there is none. */
  missing?: string;
}

/**
 * Runs `work` with the build's browser (found once, started on first use) and closes it afterwards,
 * whatever happens. Without a browser, `work` still runs and learns why there is none. Anything the
 * pages tried to fetch from the network is an error: builds must work offline, so it was missing.
 */
export async function withBrowser<T>(tmpDir: string, diagnostics: Diagnostic[], work: (browser: BuildBrowser) => Promise<T>): Promise<T> {
  const found = findBrowser();
  if (found.path === undefined) return work({ missing: found.reason });
  const browser = new BrowserSession(found.path, tmpDir);
  try {
    return await work({ browser });
  } finally {
    await browser.close();
    if (browser.blocked.size) {
      const urls = [...browser.blocked].sort();
      diagnostics.push({ severity: 'error', message: `slides need files from the network, which builds do not fetch (themes and slides must use local files only): ${urls.join(', ')}` });
    }
  }
}

/**
 * Runs the selected exporters in order, each over the decks `decksFor` gives it (all by default;
 * an incremental build gives only those whose files changed). One that needs a browser when there is none is skipped and
 * named in an error diagnostic (so the build fails, having written all it could). Resolves with the
 * names of the formats that were made.
 */
export async function runExporters<F extends string>(
  selected: readonly F[],
  registry: Record<F, Exporter>,
  context: ExportContext & BuildBrowser,
  diagnostics: Diagnostic[],
  decksFor: (format: F) => ExportContext['decks'] = () => context.decks,
): Promise<F[]> {
  const made: F[] = [];
  for (const format of selected) {
    const exporter = registry[format];
    const decks = decksFor(format);
    // Every deck's files came from the previous build: nothing to make, no browser needed.
    if (decks.length === 0) {
      made.push(format);
      continue;
    }
    if (exporter.needsBrowser && !context.browser) {
      diagnostics.push({ severity: 'error', message: `${format} not made: ${context.missing ?? 'no browser'}` });
      continue;
    }
    const progress = context.tracker?.step(format, decks.length);
    await exporter.run({ ...context, decks, ...(progress ? { progress } : {}) });
    progress?.finish();
    made.push(format);
  }
  return made;
}

/** The build's browser session, for exporters that drive Chromium themselves. */
export function requireBrowser(context: ExportContext, what: string): BrowserSession {
  if (!context.browser) throw new LecternError(`${what} need Chromium, and there is none`);
  return context.browser;
}

/** Reports a deck done for each markdown file marp-cli says it converted. */
export function reportConverted(context: ExportContext): (markdownFile: string) => void {
  return (file) => {
    const deck = context.decks.find((d) => file.endsWith(`${d.stem}.md`));
    if (deck) context.progress?.deck(deck.stem);
  };
}
