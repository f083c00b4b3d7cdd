// The thread Lectern runs Marp in: marp-cli's API converts decks to HTML (the bespoke template and
// its presenter view), and marp-core renders decks' slides for Chromium to print. Plain
// JavaScript, as it runs outside the loader Lectern's TypeScript runs through. It loads marp-cli
// and marp-core, converting a one-slide deck, as soon as it starts: a build starts it before
// planning, so that the second or so this takes is spent beside the planning, not after it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const { engine, themeDir } = workerData;

// NOTE: marp-cli reports through `console`; what it says goes to Lectern's thread, which reports progress itself.
let report = () => {};
const say = (...parts) => report(parts.map(String).join(' '));
Object.assign(console, { warn: say, error: say, log: say, info: say });

async function convert(args) {
  const { marpCli } = await import('@marp-team/marp-cli');
  return marpCli([...args, '--engine', engine, '--no-config-file']);
}

/** Marp engines by the theme folders they hold, each theme added once. */
const engines = new Map();
function engineFor(themeFolders) {
  const key = JSON.stringify(themeFolders);
  if (!engines.has(key)) {
    engines.set(
      key,
      import(pathToFileURL(engine).href).then(({ default: createEngine }) => {
        // NOTE: not printable: Marp's print CSS makes every page a 1280×720 slide with no margins,
        // which would take over a handout's own page size; the deck PDF sets its own page.
        const marp = createEngine({ printable: false });
        // NOTE: a theme added later replaces one of the same name: Lectern's folder comes first.
        for (const dir of themeFolders) {
          for (const file of readdirSync(dir).filter((name) => name.endsWith('.css')).sort()) marp.themeSet.add(readFileSync(join(dir, file), 'utf8'));
        }
        return marp;
      }),
    );
  }
  return engines.get(key);
}

async function render({ themeFolders, markdown }) {
  const { html, css } = (await engineFor(themeFolders)).render(markdown, { htmlAsArray: true });
  return { css, slides: html };
}

const warm = (async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-warm-'));
  try {
    writeFileSync(join(dir, 'warm.md'), '# Lectern\n');
    await convert([join(dir, 'warm.md'), '--theme-set', themeDir]);
  } catch {
    // A real conversion reports what is wrong.
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

// Conversions one at a time: marp-cli's logger is shared, and what it says belongs to one conversion.
let conversions = warm;
parentPort.on('message', (message) => {
  const { id } = message;
  const fail = (error) => parentPort.postMessage({ id, error: String(error?.message ?? error) });
  if (message.kind === 'render') {
    render(message).then((rendered) => parentPort.postMessage({ id, rendered }), fail);
    return;
  }
  conversions = conversions.then(async () => {
    report = (said) => parentPort.postMessage({ id, said });
    try {
      parentPort.postMessage({ id, code: await convert(message.args) });
    } catch (error) {
      fail(error);
    } finally {
      report = () => {};
    }
  });
});
