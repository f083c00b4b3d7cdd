import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Audience } from '../../src/content/audience.ts';
import type { Course, CourseFile } from '../../src/content/course.ts';
import { loadAudiences, loadCourse } from '../../src/content/load.ts';
import type { Paper } from '../../src/content/paper.ts';
import { planDecks, type Deck } from '../../src/plan/index.ts';
import { PlanCache, PROJECT_CACHE_DIR } from '../../src/plan-cache.ts';
import { ROOT, tempDir } from '../helpers.ts';

let paper: Paper;
let course: Course;
let audiences: Audience[];

beforeAll(async () => {
  ({ paper, course } = await loadCourse(ROOT, 'drug-resistance'));
  // Standard and plain wording: plain words and edited bullets matter only to the second.
  audiences = loadAudiences(ROOT, ['undergraduate', 'public']);
}, 60_000);

const edited = (change: (edits: CourseFile) => CourseFile): Course => ({ ...course, edits: change(structuredClone(course.edits)) });

/** Plans every audience's decks with a cache the given course was planned into before, and without one. */
function planTwice(root: string, before: Course, after: Course) {
  const earlier = new PlanCache(root);
  for (const audience of audiences) planDecks(paper, before, audience, earlier);
  earlier.save();
  const cache = new PlanCache(root);
  const cached = audiences.map((audience) => planDecks(paper, after, audience, cache));
  const fresh = audiences.map((audience) => planDecks(paper, after, audience));
  return { cached, fresh, cache };
}

const json = (decks: Deck[][]) => JSON.stringify(decks);

describe('planning with a memory of earlier plans', () => {
  const edits: [string, (edits: CourseFile) => CourseFile][] = [
    ['a slide title', (e) => ({ ...e, blocks: { ...e.blocks, 'introduction/p1': { title: 'Why resistance matters to every patient' } } })],
    ['an objective', (e) => ({ ...e, lectures: { ...e.lectures, mechanisms: { ...e.lectures?.mechanisms, objectives: ['Name three ways a tumour cell survives a drug'] } } })],
    ['a skipped block', (e) => ({ ...e, blocks: { ...e.blocks, 'strategies/targeted-therapies': { ...e.blocks?.['strategies/targeted-therapies'], skip: true } } })],
    ['a plain-words entry', (e) => ({ ...e, plainWords: { ...e.plainWords, heterogeneity: 'great variety' } })],
  ];

  for (const [what, change] of edits) {
    it(`gives the very decks planning from scratch gives, after an edit of ${what}`, () => {
      const after = edited(change);
      const { cached, fresh, cache } = planTwice(tempDir(), course, after);
      expect(json(cached)).toBe(json(fresh));
      // The edit shows, so the earlier plans were not simply handed back.
      expect(json(fresh)).not.toBe(json(audiences.map((audience) => planDecks(paper, course, audience))));
      expect(cache.lectures.planned).toBeGreaterThan(0);
    }, 120_000);
  }

  it('plans again only the lecture whose edit changed and those whose title lookups it changed', () => {
    const lectures = paper.sections.length * audiences.length;
    const after = edited(edits[0]![1]);
    const { cached, fresh, cache } = planTwice(tempDir(), course, after);
    expect(json(cached)).toBe(json(fresh));
    expect(cache.lectures.planned + cache.lectures.reused).toBe(lectures);
    // The first lecture of each audience is planned again; lectures that never looked up its old or new titles are not.
    expect(cache.lectures.planned).toBeGreaterThanOrEqual(audiences.length);
    expect(cache.lectures.reused).toBeGreaterThan(lectures / 2);

    // Unchanged: nothing is planned.
    const again = planTwice(tempDir(), after, after);
    expect(again.cache.lectures).toEqual({ reused: lectures, planned: 0 });
    expect(json(again.cached)).toBe(json(again.fresh));
  }, 120_000);

  it('reuses a lecture while the title counts it looked up are the same, whatever else changed', () => {
    const root = tempDir();
    const deck = { id: '01-x', number: 1, title: 'X', courseTitle: 'C', slides: [], audience: 'a' } satisfies Deck;
    let plans = 0;
    // Looks up "a" only, as a lecture's title planning looks up the titles it weighs.
    const plan = (titleUse: { get(key: string): number | undefined }) => (plans++, titleUse.get('a'), { deck, titleKeys: [] });
    const first = new PlanCache(root);
    first.lecture('c/a/01-x', ['inputs'], new Map([['a', 1]]), plan);
    first.save();
    const reuse = (titleUse: Map<string, number>, inputs = 'inputs') => {
      const before = plans;
      // Told before each planning, so that a build can start what the planned lecture will need.
      let told = -1;
      new PlanCache(root, { onPlanning: () => (told = plans) }).lecture('c/a/01-x', [inputs], titleUse, plan);
      expect(told).toBe(plans === before ? -1 : before);
      return plans === before;
    };
    expect(plans).toBe(1);
    expect(reuse(new Map([['a', 1], ['b', 5]]))).toBe(true);
    expect(reuse(new Map([['a', 2]]))).toBe(false);
    expect(reuse(new Map())).toBe(false);
    expect(reuse(new Map([['a', 1]]), 'other inputs')).toBe(false);
  });

  it('keeps one entry per deck slot, keeps other audiences, and ignores a damaged file', () => {
    const root = tempDir();
    const file = join(root, PROJECT_CACHE_DIR, 'plans.json');
    const [undergraduate, public_] = audiences;
    const first = new PlanCache(root);
    planDecks(paper, course, undergraduate, first);
    planDecks(paper, course, public_, first);
    first.save();
    const slots = () => Object.keys(JSON.parse(readFileSync(file, 'utf8')).slots).sort();
    const all = slots();
    expect(all).toHaveLength(2 * (paper.sections.length + 1));

    // A later build of one audience replaces its slots, keeps the other's, and leaves no temporary file.
    const second = new PlanCache(root);
    planDecks(paper, edited(edits[0]![1]), undergraduate!, second);
    second.save();
    expect(slots()).toEqual(all);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('Why resistance matters to every patient');

    writeFileSync(file, readFileSync(file, 'utf8').replace('Why resistance matters to every patient', 'Forged title'));
    const damaged = new PlanCache(root);
    expect(damaged.ignored).toMatch(/plans\.json has a damaged entry/);
    expect(json([planDecks(paper, edited(edits[0]![1]), undergraduate!, damaged)])).not.toContain('Forged title');
    expect(damaged.lectures.reused).toBe(0);
  }, 120_000);
});

describe('a build whose plans are all remembered', () => {
  it('does not load the language model: the titles of remembered lectures come with them', () => {
    const root = tempDir();
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    // Each build in its own process, as the CLI runs it: the second one reuses every plan.
    const script = join(root, 'build-twice.mjs');
    writeFileSync(script, [
      `const { build } = await import(${JSON.stringify(join(ROOT, 'src/build.ts'))});`,
      `const result = await build({ root: ${JSON.stringify(root)}, formats: [] });`,
      "const { createRequire } = await import('node:module');",
      'const loaded = Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes("wink-eng-lite-web-model"));',
      'console.log(JSON.stringify({ planned: result.lectures.planned, loaded }));',
    ].join('\n'));
    const run = () => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!);
    expect(run()).toMatchObject({ loaded: true });
    expect(run()).toEqual({ planned: 0, loaded: false });
  }, 240_000);
});
