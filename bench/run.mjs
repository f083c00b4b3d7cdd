#!/usr/bin/env node
// `npm run bench [-- --runs N]`: the edit loop of the bundled course, as ratios measured in one run
// on one machine (so a slower or faster machine does not move them), each time in a fresh process:
//   cold full build ÷ marp-cli making the PDF and PPTX of the very same decks;
//   HTML-only build into a new folder ÷ marp-cli making their HTML (and, for comparison, the same
//   build with --force, which plans and renders every deck rather than taking them from the project's caches);
//   rebuild with nothing changed ÷ cold; rebuild after one slide title is set in course.yaml ÷ cold;
//   and under `lectern dev`, the time from saving course.yaml to the reloaded page in Chromium.
// The course is copied to a temporary folder first: the bench edits its course.yaml.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' } } });
const runs = Number(values.runs);
const once = join(repo, 'bench', 'once.mjs');
/** The block whose slide title the bench sets: the first paragraph of the first lecture. */
const BLOCK = 'introduction/p1';

/** course.yaml with the block's slide title set, whether or not it has a `blocks:` map or a title for it already. */
function withBlockTitle(text, title) {
  const document = parseDocument(text);
  if (document.errors.length) throw new Error(`course.yaml is not valid YAML: ${document.errors[0].message}`);
  document.setIn(['blocks', BLOCK, 'title'], title);
  return document.toString();
}

function measure(...args) {
  const result = spawnSync(process.execPath, [once, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args[0]} run failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

/** Seconds from saving course.yaml under `lectern dev` to the page showing the edit, in Chromium. */
async function editToReload(root, courseFile) {
  const { launch } = await import('puppeteer-core');
  const dev = spawn(process.execPath, [join(repo, 'src/cli/lectern.mjs'), 'dev', '--root', root, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  dev.stdout.on('data', (d) => (output += d));
  dev.stderr.on('data', (d) => (output += d));
  const waitFor = (pattern) =>
    new Promise((resolve, reject) => {
      const poll = setInterval(() => {
        const match = pattern.exec(output);
        if (match) resolve((clearInterval(poll), match));
        if (dev.exitCode !== null) reject((clearInterval(poll), new Error(`lectern dev stopped:\n${output}`)));
      }, 20);
    });
  const profile = mkdtempSync(join(tmpdir(), 'lectern-bench-profile-'));
  let browser;
  try {
    const [, url] = await waitFor(/serving (http:\S+)/);
    await waitFor(/built \d+ decks/);
    browser = await launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', userDataDir: profile, headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
    const page = await browser.newPage();
    await page.goto(new URL('drug-resistance/undergraduate/01-introduction.html', url).href, { waitUntil: 'load' });
    const edited = 'Why resistance matters to every patient';
    const text = withBlockTitle(readFileSync(courseFile, 'utf8'), edited);
    const started = performance.now();
    writeFileSync(courseFile, text);
    await page.waitForFunction((title) => document.body.textContent.includes(title), { timeout: 300_000, polling: 20 }, edited);
    return (performance.now() - started) / 1000;
  } finally {
    await browser?.close();
    dev.kill('SIGINT');
    await new Promise((resolve) => (dev.exitCode !== null ? resolve() : dev.once('exit', resolve)));
    rmSync(profile, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const samples = { cold: [], marpPrint: [], html: [], htmlForced: [], marpHtml: [], noop: [], edit: [], reload: [] };
for (let i = 0; i < runs; i++) {
  const work = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
  try {
    const root = join(work, 'project');
    cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
    const courseFile = join(root, 'content/drug-resistance/course.yaml');
    const full = join(work, 'full');
    const html = join(work, 'html');
    samples.cold.push(measure('lectern', root, full).ms);
    samples.marpPrint.push(measure('marp', repo, full, join(work, 'marp-print'), 'pdf', 'pptx').ms);
    samples.html.push(measure('lectern', root, html, 'html').ms);
    samples.htmlForced.push(measure('lectern-force', root, join(work, 'html-forced'), 'html').ms);
    samples.marpHtml.push(measure('marp', repo, html, join(work, 'marp-html'), 'html').ms);
    samples.noop.push(measure('lectern', root, full).ms);
    const text = readFileSync(courseFile, 'utf8');
    writeFileSync(courseFile, withBlockTitle(text, 'Why resistance matters today'));
    samples.edit.push(measure('lectern', root, full).ms);
    writeFileSync(courseFile, text);
    samples.reload.push(await editToReload(root, courseFile));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const m = Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
const verdict = (ratio, target) => `${ratio.toFixed(3)}  (target ≤ ${target}: ${ratio <= target ? 'met' : 'missed'})`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(`bundled course, ${runs} run${runs === 1 ? '' : 's'}${runs > 1 ? ' (medians)' : ''}`);
console.log(`cold full build          ${s(m.cold)}   marp-cli PDF+PPTX ${s(m.marpPrint)}`);
console.log(`HTML-only build          ${s(m.html)}   marp-cli HTML ${s(m.marpHtml)}   (with --force: ${s(m.htmlForced)})`);
console.log(`no-op rebuild            ${s(m.noop)}`);
console.log(`one-title-edit rebuild   ${s(m.edit)}`);
console.log(`cold full ÷ marp-cli PDF+PPTX:  ${(m.cold / m.marpPrint).toFixed(3)}  (Lectern also makes HTML and four handouts a deck)`);
console.log(`HTML-only ÷ marp-cli HTML:      ${verdict(m.html / m.marpHtml, 0.5)}`);
console.log(`  the same, with --force:       ${(m.htmlForced / m.marpHtml).toFixed(3)}  (every deck planned and rendered again)`);
console.log(`no-op rebuild ÷ cold:           ${verdict(m.noop / m.cold, 0.05)}`);
console.log(`one-title edit ÷ cold:          ${verdict(m.edit / m.cold, 0.1)}`);
console.log(`edit → reload under lectern dev: ${m.reload.toFixed(2)} s  (target ≤ 1 s: ${m.reload <= 1 ? 'met' : 'missed'})`);
