import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_CACHE_DIR } from '../../src/plan-cache.ts';
import { findBrowser } from '../../src/export/browser.ts';
import { makeProject, ROOT, tempDir } from '../helpers.ts';

const PAPER = readFileSync(join(ROOT, 'test/fixtures/overlong/content/tiny/paper.txt'), 'utf8');
const LECTERN = join(ROOT, 'src/cli/lectern.mjs');

/** A raw GET, its path sent exactly as written (no normalising of `..` as URL parsers do). */
function rawGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Waits until the dev process has printed text matching `pattern` on stdout or stderr. */
function waitForOutput(output: { text: string }, pattern: RegExp, timeoutMs = 120_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const match = pattern.exec(output.text);
      if (match) {
        clearInterval(poll);
        resolve(match);
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(poll);
        reject(new Error(`lectern dev never printed ${pattern}; it printed:\n${output.text}`));
      }
    }, 50);
  });
}

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

describe('lectern dev in Chromium', () => {
  let dev: ChildProcess | undefined;
  let browser: Browser | undefined;
  const profile = tempDir('lectern-dev-profile-');
  afterAll(async () => {
    await browser?.close();
    if (dev && dev.exitCode === null) dev.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  });

  it('reloads on an edit, shows a broken file’s error in the page, recovers when it is fixed, refuses paths outside its folder, and stops cleanly', async () => {
    const chromium = findBrowser();
    if (chromium.path === undefined) throw new Error(`this test needs Chromium (run \`npm run setup\`): ${chromium.reason}`);
    const root = makeProject({ tiny: { paper: PAPER, course: 'title: First Title Of The Course\n' } });
    // Two audiences: an open deck's audience is built first.
    mkdirSync(join(root, 'content/audiences'));
    for (const profile of ['clinician', 'public']) copyFileSync(join(ROOT, 'content/audiences', `${profile}.yaml`), join(root, 'content/audiences', `${profile}.yaml`));
    const courseFile = join(root, 'content/tiny/course.yaml');

    const output = { text: '' };
    dev = spawn(process.execPath, [LECTERN, 'dev', '--root', root, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    dev.stdout!.on('data', (chunk) => (output.text += chunk));
    dev.stderr!.on('data', (chunk) => (output.text += chunk));
    const [, url, outDir] = await waitForOutput(output, /serving (http:\/\/127\.0\.0\.1:\d+\/) \(output: ([^)]+)\)/);
    await waitForOutput(output, /built \d+ decks/);
    const port = Number(new URL(url!).port);

    const { launch } = await import('puppeteer-core');
    browser = await launch({ executablePath: chromium.path, userDataDir: profile, headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [], timeout: 120_000 });
    const page = await browser.newPage();
    // Puppeteer's own 30 s limits are too short for a busy 2-core machine; the waits below set theirs.
    page.setDefaultTimeout(120_000);
    await page.goto(url!, { waitUntil: 'load' });
    expect(await bodyText(page)).toContain('First Title Of The Course');

    // An edit: the open page reloads by itself and shows it.
    writeFileSync(courseFile, 'title: Second Title Of The Course\n');
    await page.waitForFunction(() => document.body.innerText.includes('Second Title Of The Course'), { timeout: 120_000 });

    // Broken YAML: the error is shown over the page, and printed; the server keeps running.
    writeFileSync(courseFile, 'title: [Second Title Of The Course\n');
    await page.waitForSelector('#lectern-dev-error', { timeout: 120_000 });
    const shown = await page.$eval('#lectern-dev-error', (box) => box.textContent ?? '');
    expect(shown).toMatch(/content\/tiny\/course\.yaml:\d+:\d+: /);
    await waitForOutput(output, /error: content\/tiny\/course\.yaml:\d+:\d+: /);
    expect(await bodyText(page)).toContain('Second Title Of The Course');

    // Fixed: the page comes back, without the error.
    writeFileSync(courseFile, 'title: Third Title Of The Course\n');
    await page.waitForFunction(() => document.body.innerText.includes('Third Title Of The Course') && !document.querySelector('#lectern-dev-error'), { timeout: 120_000 });

    // With a deck open, its audience's decks are built and reloaded first, then the rest of the course.
    const manifest = JSON.parse(readFileSync(join(outDir!, 'manifest.json'), 'utf8')) as { courses: { audiences: { id: string; decks: { files: { html: string } }[] }[] }[] };
    const audiences = manifest.courses[0]!.audiences;
    expect(audiences.length).toBeGreaterThan(1);
    const deckPage = await browser.newPage();
    deckPage.setDefaultTimeout(120_000);
    await deckPage.goto(new URL(audiences[0]!.decks[1]!.files.html, url).href, { waitUntil: 'load' });
    const builtBefore = output.text.match(/built \d+ decks/g)!.length;
    writeFileSync(courseFile, 'title: Fourth Title Of The Course\nfooter: Seen first\n');
    await deckPage.waitForFunction(() => document.body.textContent!.includes('Seen first'), { timeout: 120_000 });
    await page.waitForFunction(() => document.body.innerText.includes('Fourth Title Of The Course'), { timeout: 120_000 });
    const counts = output.text.match(/built \d+ decks/g)!.slice(builtBefore).map((line) => Number(/\d+/.exec(line)![0]));
    const all = audiences.reduce((sum, audience) => sum + audience.decks.length, 0);
    expect(counts).toEqual([audiences[0]!.decks.length, all]);
    await deckPage.close();

    // The live script is added to what is served, never to the built files.
    expect(readFileSync(join(outDir!, 'index.html'), 'utf8')).not.toContain('__lectern');
    expect((await rawGet(port, '/')).body).toContain('/__lectern/live.js');

    // Only files under the output folder are served.
    symlinkSync(root, join(outDir!, 'project'));
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', '/project/content/tiny/course.yaml', '/..\\package.json']) {
      const { status, body } = await rawGet(port, path);
      expect([400, 403], path).toContain(status);
      expect(body, path).not.toMatch(/"name"|Title Of The Course|root:/);
    }
    expect((await rawGet(port, '/manifest.json')).status).toBe(200);

    await browser.close();
    browser = undefined;

    // Ctrl-C: stops with exit 0 and removes its temporary output; no browser was ever started.
    const exited = new Promise<number | null>((resolve) => dev!.once('exit', (code) => resolve(code)));
    dev.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(existsSync(outDir!)).toBe(false);
    // Only the project's caches stay, whole: no temporary file beside them.
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual([PROJECT_CACHE_DIR]);
    expect(readdirSync(join(root, PROJECT_CACHE_DIR)).sort()).toEqual(['outputs.json', 'papers.json', 'plans.json']);
  }, 600_000);
});
