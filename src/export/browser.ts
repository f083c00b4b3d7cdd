import { accessSync, constants, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { LecternError } from '../errors.ts';

/** Names Chromium and Chrome are installed under, in the order they are looked for on PATH. */
const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Where the browser is, or why there is none: the reason is shown to the user as is. */
export type BrowserLookup = { path: string } | { path?: undefined; reason: string };

/** Finds Chromium: `CHROME_PATH` when set, else the first of the usual names on PATH. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): BrowserLookup {
  if (env.CHROME_PATH) {
    return isExecutable(env.CHROME_PATH) ? { path: env.CHROME_PATH } : { reason: `CHROME_PATH=${env.CHROME_PATH} is not an executable file` };
  }
  for (const name of BROWSER_NAMES) {
    for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
      const file = join(dir, name);
      if (isExecutable(file)) return { path: file };
    }
  }
  return { reason: `no Chromium found (looked for ${BROWSER_NAMES.join(', ')} on PATH; set CHROME_PATH, or run \`npm run setup\`)` };
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * How many pages a build's Chromium prints or measures at once: one per core of the machines
 * Lectern is built for (two), so that one page lays out while the other prints.
 */
export const PAGES_AT_ONCE = 2;

/**
 * One headless Chromium shared by everything in a build that drives a browser itself (PDFs,
 * handouts, the overflow check), started on first use and closed by the build. Its profile lives in the
 * build's temporary folder, which the build removes.
 */
export class BrowserSession {
  private browser?: Promise<Browser>;
  /** Pages whose work went well, for the next work to take: a new page costs Chromium more than a used one. */
  private readonly idle: Page[] = [];
  /** Addresses pages asked for and were refused: a theme or slide that needs the network. */
  readonly blocked = new Set<string>();

  constructor(
    readonly executablePath: string,
    private readonly tmpDir: string,
  ) {}

  /** A fresh page that cannot reach the network: slides must render from local files alone. */
  async newPage(): Promise<Page> {
    const page = await (await this.start()).newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('file:') || url === 'about:blank') void request.continue();
      else {
        this.blocked.add(url);
        void request.abort('blockedbyclient');
      }
    });
    return page;
  }

  /**
   * Runs `work` for every item, on up to `PAGES_AT_ONCE` pages at once (pages earlier work left, or
   * new ones), each page taking the next item in order when it is done with one. Items write their
   * own files, so what is made does not depend on which page made it. After a failure no new item is started; once the items in
   * progress end, the failure of the earliest failing item is thrown, as one page would have.
   */
  async eachOnPages<T>(items: readonly T[], work: (page: Page, item: T) => Promise<void>, pages = PAGES_AT_ONCE): Promise<void> {
    if (items.length === 0) return;
    let next = 0;
    const failures: { index: number; error: unknown }[] = [];
    const worker = async () => {
      const page = this.idle.pop() ?? (await this.newPage());
      let failed = false;
      try {
        while (next < items.length && failures.length === 0) {
          const index = next++;
          try {
            await work(page, items[index]!);
          } catch (error) {
            failed = true;
            failures.push({ index, error });
          }
        }
      } finally {
        // A page whose work failed may be left in any state: it is not used again.
        if (failed) await page.close();
        else this.idle.push(page);
      }
    };
    const started = await Promise.allSettled(Array.from({ length: Math.min(pages, items.length) }, worker));
    if (failures.length) throw failures.sort((a, b) => a.index - b.index)[0]!.error;
    for (const result of started) if (result.status === 'rejected') throw result.reason;
  }

  /**
   * Starts Chromium now, without waiting for it, so that it starts while other work runs. A
   * failure to start is reported by the first use, as it would be without this.
   */
  warm(): void {
    this.start().catch(() => {});
  }

  async close(): Promise<void> {
    if (!this.browser) return;
    const browser = await this.browser.catch(() => undefined);
    this.browser = undefined;
    this.idle.length = 0;
    await browser?.close();
  }

  private start(): Promise<Browser> {
    this.browser ??= launch(this.executablePath, mkdtempSync(join(this.tmpDir, 'chromium-')));
    return this.browser;
  }
}

async function launch(executablePath: string, userDataDir: string): Promise<Browser> {
  // NOTE: loading puppeteer holds this thread for about 0.2 s; a build warms Chromium and then asks
  // Marp's thread for HTML, and yielding first lets that start before the load, not after it.
  await new Promise((resolve) => setImmediate(resolve));
  // NOTE: required here, so that builds and commands without a browser never load puppeteer; and
  // required, not imported: under tsx's loader its ES build loads in about 370 ms, its CommonJS
  // build in about 190 ms.
  const { launch } = createRequire(import.meta.url)('puppeteer-core') as typeof import('puppeteer-core');
  const args = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu', '--font-render-hinting=none'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  try {
    // NOTE: Lectern handles Ctrl-C and SIGTERM itself (src/interrupt.ts), ending this browser's process group.
    return await launch({ executablePath, userDataDir, headless: true, args, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  } catch (cause) {
    throw new LecternError(`could not start Chromium (${executablePath}): ${(cause as Error).message.split('\n')[0]}`, undefined, { cause });
  }
}
