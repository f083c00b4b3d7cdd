import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build.ts';
import { barProgress, cliProgressFor } from '../src/cli/progress.ts';
import type { ProgressEvent } from '../src/progress.ts';
import { makeProject, ROOT, tempDir } from './helpers.ts';

const PAPER = readFileSync(join(ROOT, 'test/fixtures/overlong/content/tiny/paper.txt'), 'utf8');

function collected(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk) => (text += chunk));
  return () => text;
}

describe('build progress', () => {
  it('reports planning per audience and each format per deck, counting up to the total with the time so far', async () => {
    const root = makeProject({ tiny: { paper: PAPER } });
    const events: ProgressEvent[] = [];
    const result = await build({ root, outDir: tempDir(), formats: ['html'], progress: { report: (event) => events.push(event) } });
    const decks = result.manifest.courses.flatMap((c) => c.audiences.flatMap((a) => a.decks.map((d) => `tiny/${a.id}/${d.id}`)));
    expect(decks.length).toBeGreaterThanOrEqual(2);

    const plan = events.filter((e) => e.step === 'plan');
    const audiences = result.manifest.courses[0]!.audiences.map((a) => `tiny/${a.id}`);
    expect(plan.filter((e) => e.deck).map((e) => e.deck)).toEqual(audiences);

    const html = events.filter((e) => e.step === 'html');
    expect(html[0]).toMatchObject({ done: 0, total: decks.length });
    expect(html.filter((e) => e.deck).map((e) => e.deck).sort()).toEqual([...decks].sort());
    expect(html.at(-1)).toMatchObject({ done: decks.length, total: decks.length });
    expect(html.map((e) => e.done)).toEqual([...html.map((e) => e.done)].sort((a, b) => a - b));
    const times = events.map((e) => e.elapsedMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  }, 120_000);

  it('prints one plain line per deck when the output is not a terminal, or in CI', () => {
    const stream = new PassThrough();
    const text = collected(stream);
    const progress = cliProgressFor(stream, {});
    progress.report({ step: 'pdf', done: 0, total: 2, elapsedMs: 10 });
    progress.report({ step: 'pdf', deck: 'c/a/01-methods', done: 1, total: 2, elapsedMs: 1250 });
    progress.close();
    expect(text()).toBe('pdf 1/2 c/a/01-methods (1.3 s)\n');

    const ci = Object.assign(new PassThrough(), { isTTY: true });
    const ciText = collected(ci);
    cliProgressFor(ci, { CI: 'true' }).report({ step: 'html', deck: 'c/a/00-overview', done: 1, total: 1, elapsedMs: 500 });
    expect(ciText()).toBe('html 1/1 c/a/00-overview (0.5 s)\n');
  });

  it('draws a bar naming the step, the count, the time and the deck on a terminal', () => {
    const tty = Object.assign(new PassThrough(), { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    const text = collected(tty);
    const progress = barProgress(tty);
    progress.report({ step: 'pptx', done: 0, total: 4, elapsedMs: 0 });
    progress.report({ step: 'pptx', deck: 'c/a/02-results', done: 3, total: 4, elapsedMs: 4200 });
    progress.close();
    const shown = text().replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    expect(shown).toMatch(/pptx\s+\[[^\]]*\] 3\/4 4\.2 s c\/a\/02-results/);
  });
});
