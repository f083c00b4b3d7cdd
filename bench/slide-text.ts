// `npm run bench:slides [-- --only SLUG] [-- --verbose]`: reads the slides Lectern plans for every
// corpus paper's plain text, unedited (no course.yaml), for each bundled audience, and counts what
// a lecturer would have to fix before presenting: bullets cut short or ending on a function word,
// bullets that are not the words of one sentence in order (dropped articles, glued fragments),
// generic titles, generic objectives and key points that only name topics. Targets: 0 of each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCourse } from '../src/content/course.ts';
import { loadAudiences } from '../src/content/load.ts';
import type { Paper } from '../src/content/paper.ts';
import { readPaper } from '../src/ingest/read.ts';
import { planDecks, type Deck } from '../src/plan/index.ts';
import { endsOpen, isWord, sentences, tag } from '../src/plan/language/index.ts';
import { corpusPapers } from './ingest-score.ts';

export interface SlideTextCounts {
  bullets: number;
  orderChecked: number;
  cutShort: number;
  notInOrder: number;
  titles: number;
  genericTitles: number;
  duplicateTitles: number;
  objectives: number;
  genericObjectives: number;
  keyPoints: number;
  topicKeyPoints: number;
}

const PROSE_KINDS = new Set(['content', 'topic', 'abstract', 'assertion']);
const GENERIC_TITLE = /\(\s*(?:\d+(?:\s+of\s+\d+)?|cont\.?|continued)\s*\)\s*$/i;
const GENERIC_OBJECTIVE = /main points of|\band \d+ more\b|rest of the paper|these ideas shape|say when each applies|…/i;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether a bullet is drawn from one sentence of its source by removing whole pieces: its words
 * appear there in order, and no gap it leaves is a lone article or determiner ("is period of
 * interest" from "is a period of interest").
 */
function inOrderIn(bullet: string, source: string): boolean {
  const wanted = tag(bullet).filter(isWord).map((t) => words(t.text).join(''));
  return sentences(source).some(({ text }) => {
    const have = tag(text).filter(isWord);
    let k = 0;
    let gap: string[] = [];
    for (const token of have) {
      const w = words(token.text).join('');
      if (k < wanted.length && w === wanted[k]) {
        if (k > 0 && gap.length > 0 && gap.every((pos) => pos === 'DET')) return false;
        k++;
        gap = [];
      } else gap.push(token.pos);
    }
    return k === wanted.length;
  });
}

function cutShort(bullet: string): boolean {
  if (/…|\.\.\.$/.test(bullet)) return true;
  const last = tag(bullet).filter(isWord).at(-1);
  return last !== undefined && endsOpen(last);
}

/**
 * `ordered`: whether to check that bullets keep their sentence's words in order; not for an
 * audience that has acronyms spelled out, which adds words on purpose.
 */
export function countSlideText(decks: Deck[], paper: Paper, ordered: boolean, show?: (what: string, text: string) => void): SlideTextCounts {
  const c: SlideTextCounts = { bullets: 0, orderChecked: 0, cutShort: 0, notInOrder: 0, titles: 0, genericTitles: 0, duplicateTitles: 0, objectives: 0, genericObjectives: 0, keyPoints: 0, topicKeyPoints: 0 };
  const terms = new Set(paper.sections.flatMap((s) => s.blocks.flatMap((b) => (b.term ? [b.term.toLowerCase()] : []))));
  for (const deck of decks) {
    const section = paper.sections.find((s) => s.id === deck.sectionId);
    const seen = new Set<string>();
    for (const slide of deck.slides) {
      if (PROSE_KINDS.has(slide.kind) || slide.kind === 'table') {
        c.titles++;
        const generic = GENERIC_TITLE.test(slide.title) || (section !== undefined && slide.title === section.title);
        if (generic) (c.genericTitles++, show?.('generic title', slide.title));
        if (seen.has(slide.title)) (c.duplicateTitles++, show?.('duplicate title', slide.title));
        seen.add(slide.title);
      }
      if (PROSE_KINDS.has(slide.kind) && slide.notes) {
        for (const bullet of [...slide.bullets, ...(slide.headline ? [slide.headline] : [])]) {
          c.bullets++;
          if (cutShort(bullet)) (c.cutShort++, show?.('cut short', bullet));
          if (!ordered) continue;
          c.orderChecked++;
          if (!inOrderIn(bullet, slide.notes)) (c.notInOrder++, show?.('not in order', bullet));
        }
      }
      if (slide.kind === 'objectives') {
        c.objectives += slide.bullets.length;
        const generic = slide.bullets.filter((o) => GENERIC_OBJECTIVE.test(o)).length + Math.max(0, slide.bullets.length - 4);
        c.genericObjectives += generic;
        if (generic) show?.('generic objectives', slide.bullets.join(' | '));
      }
      if (slide.kind === 'takeaways') {
        for (const point of slide.bullets) {
          c.keyPoints++;
          if (terms.has(point.toLowerCase()) || point.includes(' · ')) (c.topicKeyPoints++, show?.('topic key point', point));
          else if (cutShort(point)) (c.cutShort++, show?.('cut short key point', point));
        }
      }
    }
  }
  return c;
}

function add(a: SlideTextCounts, b: SlideTextCounts): SlideTextCounts {
  return Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof SlideTextCounts] + b[k as keyof SlideTextCounts]])) as unknown as SlideTextCounts;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
  const root = join(import.meta.dirname, '..');
  const audiences = loadAudiences(root);
  let total: SlideTextCounts | undefined;
  const started = performance.now();
  for (const corpusPaper of corpusPapers().filter((p) => !values.only || p.slug === values.only)) {
    const { paper } = await readPaper(readFileSync(corpusPaper.text), { file: corpusPaper.text });
    const course = parseCourse(corpusPaper.slug, '', 'course.yaml', paper);
    for (const audience of audiences) {
      const decks = planDecks(paper, course, audience);
      const counts = countSlideText(decks, paper, !audience.spellOutAcronyms, values.verbose ? (what, text) => console.log(`  ${corpusPaper.slug} [${audience.id}] ${what}: ${text}`) : undefined);
      total = total ? add(total, counts) : counts;
    }
  }
  if (!total) throw new Error('no corpus paper matched');
  const t = total;
  console.log(`bullets ${t.bullets}: cut short or ending on a function word ${t.cutShort}, not one sentence's words in order or dropping an article ${t.notInOrder} of ${t.orderChecked} checked`);
  console.log(`titles ${t.titles}: generic ${t.genericTitles}, repeated within a deck ${t.duplicateTitles}`);
  console.log(`objectives ${t.objectives}: generic or over four ${t.genericObjectives}`);
  console.log(`key points ${t.keyPoints}: topic names ${t.topicKeyPoints}`);
  console.log(`(${audiences.map((a) => a.id).join(', ')}; ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

if (import.meta.main ?? process.argv[1]?.endsWith('slide-text.ts')) await main();
