// `npm run bench:slides [-- --only SLUG] [-- --verbose] [-- --from source]`: reads the slides Lectern
// plans for every corpus paper, unedited (no course.yaml), for each bundled audience, and counts what
// a lecturer would have to fix before presenting: bullets cut short or ending on a function word,
// bullets that are not the words of one sentence in order (dropped articles, glued fragments),
// bullets that read the paragraph aloud (long bullets, most of the paragraph's words on the slide),
// headlines and key points that lean on a sentence the slide does not show, titles that say
// nothing (generic, one common noun, the same in three decks), objectives that drop an article,
// key points that copy a slide. Targets: 0 of each count; the share of words shown at most ~0.5.
// `--from source` reads a JATS paper's XML instead of its plain text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCourse } from '../src/content/course.ts';
import { loadAudiences } from '../src/content/load.ts';
import type { Paper } from '../src/content/paper.ts';
import { readPaper } from '../src/ingest/read.ts';
import { planDecks, type Deck } from '../src/plan/index.ts';
import { contentLemmas, endsOpenText, isWord, leansBack, nounPhrases, sentences, tag } from '../src/plan/language/index.ts';
import { corpusPapers } from './ingest-score.ts';

export interface SlideTextCounts {
  bullets: number;
  orderChecked: number;
  cutShort: number;
  notInOrder: number;
  /** Bullets (evidence included) of more than LONG_BULLET words. */
  longBullets: number;
  /** Words of all bullets, for their mean. */
  bulletWords: number;
  /** Paragraph slides of at least SHARE_MIN_WORDS words of notes, and those showing more than half of them. */
  sharedSlides: number;
  overHalfShown: number;
  /** Sum of the share of each such slide's notes words shown on it, for the mean. */
  shownShare: number;
  headlines: number;
  anaphoricHeadlines: number;
  /** Headlines longer than two lines of the heading at the theme's size, by an estimate of its characters. */
  longHeadlines: number;
  /** Paragraph slides of an assertion–evidence audience, and those that fell back to a bulleted slide though they had points to show. */
  assertionBlocks: number;
  bulletFallbacks: number;
  titles: number;
  genericTitles: number;
  duplicateTitles: number;
  /** Titles that are one common noun, or "Overview". */
  bareTitles: number;
  /** Titles (by their words' lemmas) that head slides in three or more decks of one paper. */
  titlesInThreeDecks: number;
  /** Titles, not a topic's term, whose every content word is among the paper's ten most used ("Research findings" in a paper on research findings). */
  undistinctiveTitles: number;
  objectives: number;
  genericObjectives: number;
  /** Objectives whose object is a singular noun with an of-phrase and no article: "Describe extent of X". */
  objectivesWithoutArticle: number;
  keyPoints: number;
  topicKeyPoints: number;
  anaphoricKeyPoints: number;
  keyPointSlides: number;
  /** Key-point slides whose points are exactly one content slide's bullets. */
  copiedKeyPoints: number;
}

const PROSE_KINDS = new Set(['content', 'topic', 'abstract', 'assertion']);
const GENERIC_TITLE = /\(\s*(?:\d+(?:\s+of\s+\d+)?|cont\.?|continued)\s*\)\s*$/i;
const GENERIC_OBJECTIVE = /main points of|\band \d+ more\b|rest of the paper|these ideas shape|say when each applies|…/i;
const LONG_BULLET = 20;
const SHARE_MIN_WORDS = 40;
/** Characters of a headline beyond which it took three lines in Chromium with the bundled themes (1136 px at 1.2 em). */
const HEADLINE_CHARS: Record<string, number> = { 'lectern-public': 80, 'lectern-undergraduate': 94, 'lectern-clinician': 99, lectern: 94 };

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Whether a bullet is drawn from one sentence of its source by removing whole pieces: its words
 * appear there in order, and no gap it leaves is a lone article or determiner ("is period of
 * interest" from "is a period of interest").
 */
function inOrderIn(bullet: string, source: string): boolean {
  // Compared word by word as a reader sees words ("Powell’s", "53.54kg"), whatever the tagger makes of them.
  const wanted = words(bullet);
  return sentences(source).some(({ text }) => {
    let k = 0;
    let gap: string[] = [];
    for (const w of words(text)) {
      if (k < wanted.length && w === wanted[k]) {
        if (k > 0 && gap.length > 0 && gap.every((g) => DETERMINERS.has(g))) return false;
        k++;
        gap = [];
      } else gap.push(w);
    }
    return k === wanted.length;
  });
}

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'that', 'those', 'its', 'their', 'our', 'his', 'her', 'some', 'any', 'each', 'every']);

/** A bullet that stops short: it ends in "…" (an ellipsis inside a quotation is the paper's own elision) or on a word that leaves it open. */
function cutShort(bullet: string): boolean {
  if (/(?:…|\.\.\.)["'”’)\]]*\s*$/.test(bullet)) return true;
  return tag(bullet).some(isWord) && endsOpenText(tag(bullet));
}

/** A title of one common noun ("Cells", "Data"), or the fallback "Overview". */
function bare(title: string): boolean {
  const tokens = tag(title).filter(isWord);
  return title === 'Overview' || (tokens.length === 1 && tokens[0]!.pos === 'NOUN' && !/\p{Lu}{2,}|\d/u.test(tokens[0]!.text));
}

/**
 * Whether an objective's object needs an article it lacks: its first noun phrase opens the object,
 * has no determiner, and is a singular common noun followed by an of-phrase ("extent of repeated
 * testing", "vast majority of claims"), which English writes with "the".
 */
function lacksArticle(objective: string): boolean {
  const tokens = tag(objective);
  const phrases = nounPhrases(tokens, { withOf: false });
  const first = phrases.find((p) => p.from > 0);
  if (!first) return false;
  const before = tokens.slice(1, first.from);
  // "Describe how …", "Explain why …": a clause, not a noun phrase.
  if (before.some((t) => isWord(t) && t.pos !== 'ADP' && t.pos !== 'VERB' && t.pos !== 'PART' && t.pos !== 'ADV' && t.pos !== 'PRON')) return false;
  const phrase = tokens.slice(first.from, first.to);
  const head = phrase.at(-1)!;
  const determined = /^(?:DET|NUM|PRON)$/.test(phrase[0]!.pos);
  return !determined && head.pos === 'NOUN' && head.normal === head.lemma && tokens[first.to]?.normal === 'of';
}

function titleKey(title: string): string {
  return tag(title).filter(isWord).map((t) => t.lemma).join(' ');
}

/**
 * `ordered`: whether to check that bullets keep their sentence's words in order; not for an
 * audience that has acronyms spelled out, which adds words on purpose.
 */
export function countSlideText(decks: Deck[], paper: Paper, ordered: boolean, headlineChars: number, show?: (what: string, text: string) => void): SlideTextCounts {
  const c: SlideTextCounts = {
    bullets: 0, orderChecked: 0, cutShort: 0, notInOrder: 0, longBullets: 0, bulletWords: 0, sharedSlides: 0, overHalfShown: 0, shownShare: 0,
    headlines: 0, anaphoricHeadlines: 0, longHeadlines: 0, assertionBlocks: 0, bulletFallbacks: 0,
    titles: 0, genericTitles: 0, duplicateTitles: 0, bareTitles: 0, titlesInThreeDecks: 0, undistinctiveTitles: 0,
    objectives: 0, genericObjectives: 0, objectivesWithoutArticle: 0,
    keyPoints: 0, topicKeyPoints: 0, anaphoricKeyPoints: 0, keyPointSlides: 0, copiedKeyPoints: 0,
  };
  const terms = new Set(paper.sections.flatMap((s) => s.blocks.flatMap((b) => (b.term ? [b.term.toLowerCase()] : []))));
  const decksOfTitle = new Map<string, Set<string>>();
  const uses = new Map<string, number>();
  for (const block of paper.sections.flatMap((s) => s.blocks)) for (const { text } of sentences(block.text)) for (const lemma of contentLemmas(tag(text))) if (/\p{L}/u.test(lemma)) uses.set(lemma, (uses.get(lemma) ?? 0) + 1);
  const mostUsed = new Set([...uses.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10).map(([lemma]) => lemma));
  const assertionAudience = decks.some((d) => d.slides.some((s) => s.kind === 'assertion'));
  for (const deck of decks) {
    const section = paper.sections.find((s) => s.id === deck.sectionId);
    const seen = new Set<string>();
    const slideBullets = deck.slides.filter((s) => s.notes && s.kind !== 'abstract').flatMap((s) => [s.bullets.join('\n'), [s.headline ?? '', ...s.bullets].join('\n')]);
    for (const slide of deck.slides) {
      if (PROSE_KINDS.has(slide.kind) || slide.kind === 'table') {
        c.titles++;
        const generic = GENERIC_TITLE.test(slide.title) || (section !== undefined && slide.title === section.title);
        if (generic) (c.genericTitles++, show?.('generic title', slide.title));
        if (seen.has(slide.title)) (c.duplicateTitles++, show?.('duplicate title', slide.title));
        if (slide.kind !== 'table' && bare(slide.title)) (c.bareTitles++, show?.('bare title', slide.title));
        const lemmas = contentLemmas(tag(slide.title)).filter((l) => /\p{L}/u.test(l));
        const undistinctive = slide.kind !== 'table' && slide.kind !== 'abstract' && !terms.has(slide.title.toLowerCase()) && lemmas.length > 0 && lemmas.every((l) => mostUsed.has(l));
        if (undistinctive) (c.undistinctiveTitles++, show?.('undistinctive title', slide.title));
        seen.add(slide.title);
        if (slide.kind !== 'abstract' && slide.kind !== 'table') {
          const key = titleKey(slide.title);
          decksOfTitle.set(key, (decksOfTitle.get(key) ?? new Set()).add(deck.id));
        }
      }
      if (PROSE_KINDS.has(slide.kind) && slide.notes) {
        for (const bullet of [...slide.bullets, ...(slide.headline ? [slide.headline] : [])]) {
          c.bullets++;
          c.bulletWords += wordCount(bullet);
          if (wordCount(bullet) > LONG_BULLET) (c.longBullets++, show?.('long bullet', bullet));
          if (cutShort(bullet)) (c.cutShort++, show?.('cut short', bullet));
          if (!ordered) continue;
          c.orderChecked++;
          if (!inOrderIn(bullet, slide.notes)) (c.notInOrder++, show?.('not in order', bullet));
        }
        const noteWords = wordCount(slide.notes);
        if (slide.kind !== 'abstract' && noteWords >= SHARE_MIN_WORDS) {
          const shown = wordCount([slide.headline ?? '', ...slide.bullets].join(' ')) / noteWords;
          c.sharedSlides++;
          c.shownShare += Math.min(1, shown);
          if (shown > 0.5) (c.overHalfShown++, show?.(`shows ${Math.round(shown * 100)}% of its paragraph`, slide.title));
        }
        if (assertionAudience && slide.kind !== 'abstract') {
          c.assertionBlocks++;
          if (slide.kind !== 'assertion' && slide.bullets.length > 0) (c.bulletFallbacks++, show?.('bullet fallback', slide.title));
        }
      }
      if (slide.headline) {
        c.headlines++;
        if (leansBack(tag(slide.headline))) (c.anaphoricHeadlines++, show?.('anaphoric headline', slide.headline));
        if (slide.headline.length > headlineChars) (c.longHeadlines++, show?.('headline over two lines', slide.headline));
      }
      if (slide.kind === 'objectives') {
        c.objectives += slide.bullets.length;
        const generic = slide.bullets.filter((o) => GENERIC_OBJECTIVE.test(o)).length + Math.max(0, slide.bullets.length - 4);
        c.genericObjectives += generic;
        if (generic) show?.('generic objectives', slide.bullets.join(' | '));
        for (const objective of slide.bullets) if (lacksArticle(objective)) (c.objectivesWithoutArticle++, show?.('objective without article', objective));
      }
      if (slide.kind === 'takeaways') {
        c.keyPointSlides++;
        if (slideBullets.includes(slide.bullets.join('\n'))) (c.copiedKeyPoints++, show?.('key points copy a slide', deck.id));
        for (const point of slide.bullets) {
          c.keyPoints++;
          if (terms.has(point.toLowerCase()) || point.includes(' · ')) (c.topicKeyPoints++, show?.('topic key point', point));
          else if (cutShort(point)) (c.cutShort++, show?.('cut short key point', point));
          if (leansBack(tag(point))) (c.anaphoricKeyPoints++, show?.('anaphoric key point', point));
        }
      }
    }
  }
  for (const [key, ids] of decksOfTitle) if (ids.size >= 3) (c.titlesInThreeDecks++, show?.(`title in ${ids.size} decks`, key));
  return c;
}

function add(a: SlideTextCounts, b: SlideTextCounts): SlideTextCounts {
  return Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof SlideTextCounts] + b[k as keyof SlideTextCounts]])) as unknown as SlideTextCounts;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, verbose: { type: 'boolean', default: false }, from: { type: 'string', default: 'text' } } });
  const root = join(import.meta.dirname, '..');
  const audiences = loadAudiences(root);
  let total: SlideTextCounts | undefined;
  const started = performance.now();
  for (const corpusPaper of corpusPapers().filter((p) => !values.only || p.slug === values.only)) {
    const file = values.from === 'source' && corpusPaper.kind === 'jats' ? corpusPaper.source : corpusPaper.text;
    const { paper } = await readPaper(readFileSync(file), { file });
    const course = parseCourse(corpusPaper.slug, '', 'course.yaml', paper);
    for (const audience of audiences) {
      const decks = planDecks(paper, course, audience);
      const show = values.verbose ? (what: string, text: string) => console.log(`  ${corpusPaper.slug} [${audience.id}] ${what}: ${text}`) : undefined;
      const counts = countSlideText(decks, paper, !audience.spellOutAcronyms, HEADLINE_CHARS[audience.theme ?? 'lectern'] ?? HEADLINE_CHARS.lectern!, show);
      total = total ? add(total, counts) : counts;
    }
  }
  if (!total) throw new Error('no corpus paper matched');
  const t = total;
  const pct = (n: number, of: number) => `${of ? ((100 * n) / of).toFixed(1) : '0.0'}%`;
  console.log(`bullets ${t.bullets}: cut short or ending on a function word ${t.cutShort}, not one sentence's words in order or dropping an article ${t.notInOrder} of ${t.orderChecked} checked`);
  console.log(`  mean ${(t.bulletWords / Math.max(1, t.bullets)).toFixed(1)} words; over ${LONG_BULLET} words ${t.longBullets} (${pct(t.longBullets, t.bullets)})`);
  console.log(`  paragraph slides (notes ≥ ${SHARE_MIN_WORDS} words) ${t.sharedSlides}: mean share of the paragraph's words shown ${(t.shownShare / Math.max(1, t.sharedSlides)).toFixed(2)}, over half shown ${t.overHalfShown} (${pct(t.overHalfShown, t.sharedSlides)})`);
  console.log(`headlines ${t.headlines}: leaning on an earlier sentence ${t.anaphoricHeadlines}, over two lines ${t.longHeadlines}; assertion-evidence paragraph slides ${t.assertionBlocks}, bulleted fallbacks ${t.bulletFallbacks} (${pct(t.bulletFallbacks, t.assertionBlocks)})`);
  console.log(`titles ${t.titles}: generic ${t.genericTitles}, repeated within a deck ${t.duplicateTitles}, one common noun or "Overview" ${t.bareTitles}, the same in ≥ 3 decks of a paper ${t.titlesInThreeDecks}, only the paper's ten most used words ${t.undistinctiveTitles}`);
  console.log(`objectives ${t.objectives}: generic or over four ${t.genericObjectives}, missing an article ${t.objectivesWithoutArticle}`);
  console.log(`key points ${t.keyPoints} on ${t.keyPointSlides} slides: topic names ${t.topicKeyPoints}, leaning on an earlier sentence ${t.anaphoricKeyPoints}, slides copying a content slide ${t.copiedKeyPoints}`);
  console.log(`(${audiences.map((a) => a.id).join(', ')}; ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

if (import.meta.main ?? process.argv[1]?.endsWith('slide-text.ts')) await main();
