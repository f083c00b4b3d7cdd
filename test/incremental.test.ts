import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type BuildOptions } from '../src/build.ts';
import { CACHE_FILE } from '../src/build-cache.ts';
import { PROJECT_CACHE_DIR } from '../src/plan-cache.ts';
import type { ProgressEvent } from '../src/progress.ts';
import { makeProject, ROOT, tempDir } from './helpers.ts';

const PAPER = readFileSync(join(ROOT, 'test/fixtures/overlong/content/tiny/paper.txt'), 'utf8');
const course = (title: string) => `blocks:\n  methods/p2:\n    title: ${title}\n`;

/** Every file in a folder with its bytes, hidden ones too, by path. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'latin1')]));
}

/** Builds HTML and returns the decks the build made HTML for (from its progress), and its result. */
async function buildHtml(root: string, outDir: string, extra: Partial<BuildOptions> = {}) {
  const events: ProgressEvent[] = [];
  const result = await build({ root, outDir, formats: ['html'], progress: { report: (e) => events.push(e) }, ...extra });
  const made = events.filter((e) => e.step === 'html' && e.deck).map((e) => e.deck!).sort();
  return { result, made };
}

describe('incremental builds', () => {
  it('remake only the outputs whose input changed, keep the rest, and keep the manifest and course page whole', async () => {
    const root = makeProject({ tiny: { paper: PAPER, course: course('First slide title') } });
    const outDir = tempDir();
    const cold = await buildHtml(root, outDir);
    const decks = cold.result.manifest.courses[0]!.audiences.flatMap((a) => a.decks.map((d) => `tiny/${a.id}/${d.id}`)).sort();
    expect(cold.made).toEqual(decks);
    expect(cold.result.reused).toBe(0);
    const first = snapshot(outDir);
    expect(first.has(CACHE_FILE)).toBe(true);

    // Nothing changed: nothing is made again, and every byte is as it was.
    const noop = await buildHtml(root, outDir);
    expect(noop.made).toEqual([]);
    expect(noop.result.reused).toBe(decks.length);
    expect(snapshot(outDir)).toEqual(first);

    // One slide title edited: only the deck showing it is made again.
    writeFileSync(join(root, 'content/tiny/course.yaml'), course('Second slide title'));
    const edited = await buildHtml(root, outDir);
    expect(edited.made).toEqual(decks.filter((d) => d.endsWith('/01-methods')));
    expect(edited.made.length).toBeGreaterThan(0);
    const after = snapshot(outDir);
    for (const deck of decks) expect(after.get(`${deck}.html`), deck).toBeDefined();
    expect([...after.keys()].filter((f) => f.endsWith('.html')).sort()).toEqual([...first.keys()].filter((f) => f.endsWith('.html')).sort());
    for (const deck of edited.made) expect(after.get(`${deck}.html`)).toContain('Second slide title');
    for (const deck of decks.filter((d) => !edited.made.includes(d))) expect(after.get(`${deck}.html`)).toBe(first.get(`${deck}.html`));
    const manifest = JSON.parse(after.get('manifest.json')!);
    expect(manifest.courses[0].audiences.flatMap((a: { id: string; decks: { id: string }[] }) => a.decks.map((d) => `tiny/${a.id}/${d.id}`)).sort()).toEqual(decks);
    for (const deck of decks) expect(after.get('index.html')).toContain(`${deck.replace(/^tiny\//, 'tiny/')}.html`);

    // --force makes everything again, to the same bytes.
    const forced = await buildHtml(root, outDir, { rebuildAll: true });
    expect(forced.made).toEqual(decks);
    expect(snapshot(outDir)).toEqual(after);
  }, 180_000);

  it('keeps or makes an audience’s quizzes together with the course-wide quiz drawn from them', async () => {
    const root = makeProject({ tiny: { paper: PAPER, course: course('First slide title') } });
    // Two audiences that ask for self-check questions.
    mkdirSync(join(root, 'content/audiences'));
    for (const profile of ['clinician', 'public']) copyFileSync(join(ROOT, 'content/audiences', `${profile}.yaml`), join(root, 'content/audiences', `${profile}.yaml`));
    const outDir = tempDir();
    const quizBuild = async () => {
      const steps: string[] = [];
      const result = await build({ root, outDir, formats: ['quiz'], progress: { report: (e) => steps.push(e.step) } });
      return { result, ran: steps.includes('quiz') };
    };
    const cold = await quizBuild();
    expect(cold.ran).toBe(true);
    const quiz = cold.result.manifest.courses[0]!.audiences[0]!.quiz!;
    expect(quiz.moodle).toMatch(/all-lectures\.moodle\.xml$/);
    const first = snapshot(outDir);

    // Nothing changed: no quiz is made again, the course-wide one included, and every byte is as it was.
    const noop = await quizBuild();
    expect(noop.ran).toBe(false);
    expect(snapshot(outDir)).toEqual(first);

    // The course-wide file changed by hand: the audience's quizzes are made again, to the same bytes.
    writeFileSync(join(outDir, quiz.moodle), 'edited');
    expect((await quizBuild()).ran).toBe(true);
    expect(snapshot(outDir)).toEqual(first);

    // A deck edited: its audience's quizzes, course-wide one included, are made again.
    writeFileSync(join(root, 'content/tiny/course.yaml'), course('Second slide title'));
    expect((await quizBuild()).ran).toBe(true);
    expect((await quizBuild()).ran).toBe(false);
  }, 120_000);

  it('copies into a new output folder what another folder of the project made from the same input, and checks it first', async () => {
    const root = makeProject({ tiny: { paper: PAPER, course: course('A title') } });
    const first = tempDir();
    const cold = await buildHtml(root, first);
    const decks = cold.made;
    expect(decks.length).toBeGreaterThan(0);
    const html = (dir: string) => new Map([...snapshot(dir)].filter(([path]) => path.endsWith('.html') && path !== 'index.html'));

    // A second folder makes nothing: every deck's HTML is copied, byte for byte, and not linked.
    const second = tempDir();
    const copied = await buildHtml(root, second);
    expect(copied.made).toEqual([]);
    expect(copied.result.reused).toBe(decks.length);
    expect(html(second)).toEqual(html(first));
    expect(snapshot(second).get(CACHE_FILE)).toBe(snapshot(first).get(CACHE_FILE));
    const folders = JSON.parse(readFileSync(join(root, PROJECT_CACHE_DIR, 'outputs.json'), 'utf8')).folders as string[];
    expect(folders.map((dir) => resolve(root, dir)).sort()).toEqual([first, second].sort());

    // A file changed by hand in the folders it could come from is made again, not copied.
    const tampered = `${decks[0]}.html`;
    const original = readFileSync(join(first, tampered), 'utf8');
    writeFileSync(join(first, tampered), 'edited by hand');
    writeFileSync(join(second, tampered), 'edited by hand');
    const third = tempDir();
    const checked = await buildHtml(root, third);
    expect(checked.made).toEqual([decks[0]]);
    expect(readFileSync(join(third, tampered), 'utf8')).toBe(original);

    // An edit makes the edited deck in the new folder; --force copies nothing.
    writeFileSync(join(root, 'content/tiny/course.yaml'), course('Another title'));
    const edited = await buildHtml(root, tempDir());
    expect(edited.made).toEqual(decks.filter((d) => d.endsWith('/01-methods')));
    const forced = await buildHtml(root, tempDir(), { rebuildAll: true });
    expect(forced.made).toEqual(decks);
  }, 180_000);

  it('ignores a corrupt cache, and remakes a file changed by hand', async () => {
    const root = makeProject({ tiny: { paper: PAPER, course: course('A title') } });
    const outDir = tempDir();
    const { result } = await buildHtml(root, outDir);
    const decks = result.manifest.courses[0]!.audiences.flatMap((a) => a.decks.map((d) => `tiny/${a.id}/${d.id}`)).sort();
    const built = snapshot(outDir);

    writeFileSync(join(outDir, CACHE_FILE), '{"kind": "lectern-build-cache", "version": 1, "files": {"x": {"key": 3}}');
    const corrupt = await buildHtml(root, outDir);
    expect(corrupt.made).toEqual(decks);
    expect(corrupt.result.diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/^build cache ignored, everything is rebuilt: \.lectern-cache\.json is not valid JSON/));
    expect(snapshot(outDir)).toEqual(built);

    writeFileSync(join(outDir, CACHE_FILE), JSON.stringify({ kind: 'lectern-build-cache', version: 1, files: { [`${decks[0]}.html`]: { key: 'k' } } }));
    expect((await buildHtml(root, outDir)).result.diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/malformed entry/));

    const tampered = `${decks[0]}.html`;
    writeFileSync(join(outDir, tampered), 'edited by hand');
    const repaired = await buildHtml(root, outDir);
    expect(repaired.made).toEqual([decks[0]]);
    expect(snapshot(outDir)).toEqual(built);
  }, 180_000);

  it('plans a deck again only when what it is planned from changed, in any output folder, and ignores a damaged plan cache', async () => {
    const root = makeProject({ tiny: { paper: PAPER, course: course('A title') } });
    const outDir = tempDir();
    const plansFile = join(root, PROJECT_CACHE_DIR, 'plans.json');
    const markdown = (dir = outDir) => new Map([...snapshot(dir)].filter(([path]) => path.endsWith('.md')));
    const cold = await build({ root, outDir, formats: [] });
    const lectures = cold.lectures.planned;
    expect(cold.lectures).toEqual({ reused: 0, planned: cold.deckCount - cold.manifest.courses[0]!.audiences.length });
    const planned = markdown();
    expect(planned.size).toBeGreaterThan(0);
    // The plans are the project's, kept beside the output: the output folder holds none.
    expect(existsSync(plansFile)).toBe(true);
    expect(readdirSync(outDir).filter((name) => name.startsWith('.'))).toEqual([CACHE_FILE]);

    // Nothing changed: every lecture comes from the cache, to the same bytes.
    const noop = await build({ root, outDir, formats: [] });
    expect(noop.lectures).toEqual({ reused: lectures, planned: 0 });
    expect(markdown()).toEqual(planned);

    // A fresh output folder plans nothing either, and gets the same decks.
    const elsewhere = tempDir();
    const fresh = await build({ root, outDir: elsewhere, formats: [] });
    expect(fresh.lectures).toEqual({ reused: lectures, planned: 0 });
    expect(markdown(elsewhere)).toEqual(planned);

    // course.yaml edited: the edited lecture is planned again, and the edit shows.
    writeFileSync(join(root, 'content/tiny/course.yaml'), course('Another title'));
    const edited = await build({ root, outDir, formats: [] });
    expect(edited.lectures.planned).toBeGreaterThan(0);
    expect([...markdown().values()].join('\n')).toContain('Another title');

    // A damaged entry (here, a slide title changed by hand) is not trusted: planned again, and said so.
    const cached = readFileSync(plansFile, 'utf8');
    expect(cached).toContain('Another title');
    writeFileSync(plansFile, cached.replaceAll('Another title', 'Forged title'));
    const damaged = await build({ root, outDir, formats: [] });
    expect(damaged.lectures).toEqual({ reused: 0, planned: lectures });
    expect(damaged.diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/^plan cache ignored, every deck is planned again: \.lectern-cache\/plans\.json has a damaged entry/));
    expect([...markdown().values()].join('\n')).not.toContain('Forged title');

    writeFileSync(plansFile, '{"kind": "lectern-plan-cache", "vers');
    const corrupt = await build({ root, outDir, formats: [] });
    expect(corrupt.lectures.reused).toBe(0);
    expect(corrupt.diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/not valid JSON/));

    // --force plans everything again, to the same bytes.
    const before = markdown();
    const forced = await build({ root, outDir, formats: [], rebuildAll: true });
    expect(forced.lectures).toEqual({ reused: 0, planned: lectures });
    expect(markdown()).toEqual(before);
  }, 180_000);

  it('removes the planned decks an earlier Lectern kept inside the output folder', async () => {
    const root = makeProject({ tiny: { paper: PAPER, course: course('A title') } });
    const outDir = tempDir();
    await build({ root, outDir, formats: [] });
    writeFileSync(join(outDir, '.lectern-plans.json'), '{"kind": "lectern-plan-cache", "version": 1, "plans": {}}');
    await build({ root, outDir, formats: [] });
    expect(existsSync(join(outDir, '.lectern-plans.json'))).toBe(false);
  }, 180_000);

  it('leaves the previous output and its cache whole when a build fails', async () => {
    const root = makeProject({ tiny: { paper: PAPER, course: course('A title') } });
    const outDir = tempDir();
    await buildHtml(root, outDir);
    const before = snapshot(outDir);
    writeFileSync(join(root, 'content/tiny/course.yaml'), 'blocks:\n  methods/p2: [unclosed\n');
    await expect(buildHtml(root, outDir)).rejects.toThrow(/invalid YAML/);
    expect(snapshot(outDir)).toEqual(before);
  }, 180_000);
});
