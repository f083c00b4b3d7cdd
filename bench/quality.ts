// `npm run bench:quality [-- --only SLUG] [-- --text]` (--text: the corpus's .txt files only): what a lecturer gets with no
// edits. For the bundled paper and every paper of ../shared/corpus (its .txt, and its .pdf or .xml
// when Lectern can read it), runs `lectern new` and `lectern build --format html` in a temporary
// project holding the three bundled audiences, reads the built Marp markdown and prints, per paper
// and in total: bullets cut short or ending on a function word, generic titles ("(1)", "(cont.)"),
// generic objectives ("main points of", "and N more"), key points that are only topic names, the
// Flesch–Kincaid grade of each audience's bullets, and the share of public bullets that are word
// for word an undergraduate bullet. Targets: public grade ≤ 9 and at least 2 below undergraduate,
// at most 40% of public bullets identical to undergraduate ones.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from '../src/build.ts';
import { createCourse } from '../src/content/scaffold.ts';
import { fleschKincaid, type TextCounts } from '../src/plan/plain-grade.ts';
import { corpusPapers } from './ingest-score.ts';
import { measureDeck, readSlides, type DeckMeasure } from './quality-measure.ts';

const ROOT = join(import.meta.dirname, '..');
const AUDIENCES = ['undergraduate', 'clinician', 'public'] as const;
type AudienceId = (typeof AUDIENCES)[number];

const { values } = parseArgs({ options: { only: { type: 'string', multiple: true }, text: { type: 'boolean' } } });

interface Run {
  slug: string;
  format: 'text' | 'pdf' | 'jats';
  file: string;
}

const runs: Run[] = [{ slug: 'bundled:drug-resistance', format: 'text', file: join(ROOT, 'content/drug-resistance/paper.txt') }];
for (const paper of corpusPapers()) {
  runs.push({ slug: paper.slug, format: 'text', file: paper.text });
  if (!values.text) runs.push({ slug: paper.slug, format: paper.kind, file: paper.source });
}

/** What one build of one paper gave, per audience. */
interface Row {
  run: Run;
  error?: string;
  audiences?: Record<AudienceId, DeckMeasure[]>;
  /** Public bullets, and how many of them are an undergraduate bullet of the same deck word for word. */
  identical?: { same: number; of: number };
}


async function measureRun(run: Run): Promise<Row> {
  const root = mkdtempSync(join(tmpdir(), 'lectern-quality-'));
  try {
    cpSync(join(ROOT, 'content/audiences'), join(root, 'content/audiences'), { recursive: true });
    await createCourse({ root, paper: run.file, id: 'paper' });
    const result = await build({ root, formats: ['html'] });
    const course = result.manifest.courses[0]!;
    const audiences = {} as Record<AudienceId, DeckMeasure[]>;
    const slidesOf = {} as Record<AudienceId, Map<string, string[]>>;
    for (const id of AUDIENCES) {
      const decks = course.audiences.find((a) => a.id === id)?.decks ?? [];
      const read = decks.map((deck) => ({ id: deck.id, slides: readSlides(readFileSync(join(result.outDir, deck.files.md!), 'utf8')) }));
      audiences[id] = read.map((deck) => measureDeck(deck.slides));
      slidesOf[id] = new Map(read.map((deck, i) => [deck.id, audiences[id][i]!.bullets]));
    }
    let same = 0;
    let of = 0;
    for (const [deck, bullets] of slidesOf.public) {
      const undergraduate = new Set(slidesOf.undergraduate.get(deck) ?? []);
      of += bullets.length;
      same += bullets.filter((b) => undergraduate.has(b)).length;
    }
    return { run, audiences, identical: { same, of } };
  } catch (error) {
    return { run, error: (error as Error).message.split('\n')[0] };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Sums of every measure over decks. */
function total(decks: readonly DeckMeasure[]) {
  const sum = (key: Exclude<keyof DeckMeasure, 'bullets' | 'counts'>) => decks.reduce((n, d) => n + d[key], 0);
  const counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
  for (const d of decks) for (const k of ['sentences', 'words', 'syllables'] as const) counts[k] += d.counts[k];
  return {
    bullets: decks.reduce((n, d) => n + d.bullets.length, 0),
    cutShort: sum('cutShort'),
    titles: sum('titles'),
    genericTitles: sum('genericTitles'),
    objectives: sum('objectives'),
    genericObjectives: sum('genericObjectives'),
    keyPoints: sum('keyPoints'),
    topicNameKeyPoints: sum('topicNameKeyPoints'),
    slides: sum('slides'),
    grade: fleschKincaid(counts),
    wordsPerBullet: counts.words / Math.max(1, decks.reduce((n, d) => n + d.bullets.length, 0)),
  };
}

const pct = (part: number, whole: number) => (whole === 0 ? '   –' : `${((100 * part) / whole).toFixed(0)}%`.padStart(4));
const num = (x: number, digits = 1) => (Number.isNaN(x) ? '–' : x.toFixed(digits)).padStart(5);

const HEADER = `${'paper'.padEnd(40)} ${'format'.padEnd(6)} ${'cut'.padStart(4)} ${'gTtl'.padStart(4)} ${'gObj'.padStart(4)} ${'kpTp'.padStart(4)} ${'FK-u'.padStart(5)} ${'FK-c'.padStart(5)} ${'FK-p'.padStart(5)} ${'same'.padStart(4)} ${'sl-u'.padStart(5)} ${'sl-p'.padStart(5)} ${'w/b-u'.padStart(5)} ${'w/b-p'.padStart(5)}`;

function printRow(row: Row): void {
  const head = `${row.run.slug.padEnd(40)} ${row.run.format.padEnd(6)}`;
  if (!row.audiences) return console.log(`${head} not built: ${row.error}`);
  const all = total(AUDIENCES.flatMap((id) => row.audiences![id]));
  const [u, c, p] = AUDIENCES.map((id) => total(row.audiences![id]));
  console.log(
    `${head} ${pct(all.cutShort, all.bullets)} ${pct(all.genericTitles, all.titles)} ${pct(all.genericObjectives, all.objectives)} ${pct(all.topicNameKeyPoints, all.keyPoints)} ${num(u!.grade)} ${num(c!.grade)} ${num(p!.grade)} ${pct(row.identical!.same, row.identical!.of)} ${num(u!.slides, 0)} ${num(p!.slides, 0)} ${num(u!.wordsPerBullet)} ${num(p!.wordsPerBullet)}`,
  );
}

// Each row is printed as soon as its paper is built.
console.log(HEADER);
const rows: Row[] = [];
for (const run of runs) {
  if (values.only && !values.only.some((slug) => run.slug.includes(slug))) continue;
  const row = await measureRun(run);
  rows.push(row);
  printRow(row);
}
console.log('');
console.log('cut: bullets cut short or ending on a function word · gTtl: generic titles · gObj: generic objectives · kpTp: key points that are topic names');
console.log('FK-u/c/p: Flesch–Kincaid grade of undergraduate, clinician, public bullets · same: public bullets identical to undergraduate · sl: slides · w/b: words a bullet');
const built = rows.filter((row) => row.audiences);
for (const format of ['text', 'pdf', 'jats', 'all'] as const) {
  const of = built.filter((row) => format === 'all' || row.run.format === format);
  if (of.length === 0) continue;
  const per = (id: AudienceId) => total(of.flatMap((row) => row.audiences![id]));
  const [u, c, p] = AUDIENCES.map(per);
  const all = total(of.flatMap((row) => AUDIENCES.flatMap((id) => row.audiences![id])));
  const same = of.reduce((n, row) => n + row.identical!.same, 0);
  const publicBullets = of.reduce((n, row) => n + row.identical!.of, 0);
  const met = p!.grade <= 9 && u!.grade - p!.grade >= 2 && same <= 0.4 * publicBullets;
  console.log(
    `${format.padEnd(4)} ${String(of.length).padStart(2)} builds: cut ${pct(all.cutShort, all.bullets).trim()}, generic titles ${pct(all.genericTitles, all.titles).trim()}, generic objectives ${pct(all.genericObjectives, all.objectives).trim()}, key points that are topic names ${pct(all.topicNameKeyPoints, all.keyPoints).trim()}; ` +
      `grade undergraduate ${num(u!.grade).trim()}, clinician ${num(c!.grade).trim()}, public ${num(p!.grade).trim()}; public identical to undergraduate ${pct(same, publicBullets).trim()}; slides ${u!.slides}/${c!.slides}/${p!.slides} — public target ${met ? 'met' : 'missed'}`,
  );
}
const failed = rows.filter((row) => !row.audiences);
if (failed.length) console.log(`not built: ${failed.map((row) => `${row.run.slug} (${row.run.format})`).join(', ')}`);
