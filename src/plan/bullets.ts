import { splitSentences } from '../ingest/sentences.ts';
import { centrality, findingStrength, finiteVerbs, isMainClause, isSignpost, leansBack, opensClause, pointsOnlyAtFloat, tag, type Token } from './language/index.ts';
import { capitalise, condenseSentence, wordCount } from './condense.ts';
import { withoutAsides } from './plain-sentences.ts';

/** Bullets the evidence on slide design asks for: at most 6 a slide, about 12 words each on average. */
export const MAX_BULLETS = 6;
/** A sentence is shortened, by removing whole constituents, towards this many words. */
const TARGET_WORDS = 16;
/** Past this a shortened sentence is split at a clause boundary, when it has one. */
const SPLIT_WORDS = 22;
/** What a content slide holds below its title, in lines of about this many characters. */
export const SLIDE_LINES = 9;
const CHARS_PER_LINE = 62;

/**
 * Lines of text a slide's list may take for an audience: fewer bullets a slide go with larger type
 * (the public theme), so the lines follow the bullets, up to what the default theme holds.
 */
export function slideLines(bulletsPerSlide: number): number {
  return Math.min(SLIDE_LINES, 2 * bulletsPerSlide + 1);
}

export interface BulletOptions {
  /** Lines of text the bullets may take on the slide; each bullet takes at least one. */
  lines?: number;
  /** Words the bullets may take in all; by default about half of the text's (see `wordBudget`). */
  words?: number;
}

/** A slide shows at most about this share of its paragraph's words: the points, not the paragraph. */
export const SHOWN_SHARE = 0.5;
/** A short paragraph may show this many words even when that is more than half of it. */
const MIN_BUDGET = 20;
/** Bullets of about this many words read as points; longer ones are chosen less readily. */
const COMFORTABLE_WORDS = 16;
/**
 * How much more readily a statement of a finding is chosen, at full strength (see
 * `findingStrength`): a result is the point of its paragraph, the sentences on how it was got are not.
 */
const FINDING_WEIGHT = 1.5;
/** A finding is preferred while its bullets stay this short: longer, they read the paragraph aloud. */
const FINDING_WORDS = 20;

/** The words a slide may show of a text: about half of it, and never less than a short bullet or two. */
export function wordBudget(text: string): number {
  return Math.max(MIN_BUDGET, Math.round(SHOWN_SHARE * wordCount(text)));
}

/**
 * A slide's bullets from a paragraph: its most central sentences (TextRank over the paragraph),
 * each shortened by removing whole constituents or split at a clause boundary, shown in the
 * paragraph's order. A sentence that stays long after condensing, or that leans on the sentence
 * before it ("This shows …"), is chosen less readily than a short one that stands alone. The slide
 * must not read the whole paragraph aloud: at most `max` bullets, within the slide's lines and
 * about half of the paragraph's words; the most central point is always shown.
 */
export function bulletsFrom(text: string, max = MAX_BULLETS, options: BulletOptions = {}): string[] {
  const lines = options.lines ?? SLIDE_LINES;
  const budget = options.words ?? wordBudget(text);
  const sentences = splitSentences(text).map((s) => s.text);
  const pieces = sentences.map((sentence) => bulletsOfSentence(sentence));
  const score = centrality(sentences).map((c, i) => c * pointValue(pieces[i]!));
  // A sentence the paragraph says again is one point: its first telling stands for it.
  const points = sentences.map((_, i) => i).filter((i) => pieces[i]!.length > 0 && sentences.indexOf(sentences[i]!) === i);
  // "Results are given in Table 3" says nothing on a slide, unless the paragraph says nothing else.
  const saying = points.filter((i) => !pointsOnlyAtFloat(sentences[i]!));
  const ranked = (saying.length ? saying : points).sort((a, b) => score[b]! - score[a]! || a - b);
  const chosen = new Set<number>();
  let count = 0;
  let used = 0;
  let shown = 0;
  for (const i of ranked) {
    const need = pieces[i]!.reduce((n, bullet) => n + linesOf(bullet), 0);
    const size = pieces[i]!.reduce((n, bullet) => n + wordCount(bullet), 0);
    if (count + pieces[i]!.length > max) continue;
    if (chosen.size > 0 && (used + need > lines || shown + size > budget)) continue;
    chosen.add(i);
    count += pieces[i]!.length;
    used += need;
    shown += size;
  }
  return sentences.flatMap((_, i) => (chosen.has(i) ? pieces[i]! : []));
}

/**
 * How well a sentence's bullets serve as points on a slide: full value up to a comfortable length,
 * less the longer they run, and less again when the first one leans on a sentence the slide may not
 * show; a statement of a finding is worth more while it stays short enough to read as a point
 * (see `findingWeight`).
 */
export function pointValue(bullets: string[]): number {
  if (bullets.length === 0) return 0;
  const longest = Math.max(...bullets.map(wordCount));
  const length = Math.min(1, (COMFORTABLE_WORDS / longest) ** 2);
  const tokens = tag(bullets[0]!);
  const finding = longest <= FINDING_WORDS ? findingWeight(bullets.join(' ')) : 1;
  return length * (leansBack(tokens) || isSignpost(tokens) ? 0.6 : 1) * finding;
}

/** How much more a statement is worth for stating a finding: 1 for none, up to 1 + `FINDING_WEIGHT`. */
export function findingWeight(text: string): number {
  return 1 + FINDING_WEIGHT * findingStrength(tag(text));
}

/** Lines a bullet takes on a slide, about. */
export function linesOf(bullet: string): number {
  return Math.max(1, Math.ceil(bullet.length / CHARS_PER_LINE));
}

/**
 * One sentence as bullets: shortened by removing constituents (towards `target` words); when still long, split at a clause
 * boundary ("; ", ", and …", ", but …") into two statements. None for a sentence that is not a
 * statement (a heading run into the text, a formula).
 */
export function bulletsOfSentence(sentence: string, target = TARGET_WORDS): string[] {
  if (!isProse(sentence)) return [];
  const short = condenseSentence(sentence, target);
  if (short === undefined) return [];
  if (wordCount(short) <= SPLIT_WORDS) return [short];
  const halves = splitAtClause(short);
  if (!halves) return [short];
  return halves.map((half) => condenseSentence(half, target) ?? half);
}

/**
 * Whether a sentence is prose a slide can show. A footnote of web addresses, or a table's row or a
 * formula read as text ("Edges m 31M 33M 69M"), has no verb and is not mostly words: it stays in
 * the notes.
 */
export function isProse(sentence: string): boolean {
  // "[MgATP] (μmol/l)": an axis's label, all in brackets.
  if (!/[\p{L}\p{N}]/u.test(withoutAsides(sentence))) return false;
  const addresses = sentence.match(/\b(?:https?:\/\/|www\.)\S+/g) ?? [];
  if (addresses.join('').length > 0.3 * sentence.length) return false;
  const all = tag(sentence);
  const tokens = all.filter((t) => t.pos !== 'PUNCT');
  if (tokens.length === 0 || finiteVerbs(all).length > 0) return true;
  // "a → ^Aa a → ^Aa a a": a derivation or formula set as a line of the text.
  if (/[→←↔⇒⇔=^∑∏∫∈≤≥]/u.test(sentence)) return false;
  const words = tokens.filter((t) => /^\p{L}[\p{L}'’-]*$/u.test(t.text)).length;
  return addresses.length === 0 && words >= 0.6 * tokens.length;
}

/** Conjunctions after a comma that may join two main clauses. */
const JOINERS = new Set(['and', 'but', 'while', 'whereas']);

/**
 * Two main clauses joined by a semicolon, or by a comma and a conjunction, as two statements —
 * the conjunction left out. Undefined when the text has no such boundary.
 */
export function splitAtClause(text: string): [string, string] | undefined {
  const tokens = tag(text);
  let best: [string, string] | undefined;
  let bestBalance = Infinity;
  for (let i = 1; i < tokens.length - 1; i++) {
    const semicolon = tokens[i]!.text === ';';
    const joined = tokens[i]!.text === ',' && JOINERS.has(tokens[i + 1]!.normal);
    if (!semicolon && !joined) continue;
    const rightFrom = semicolon ? i + 1 : i + 2;
    const left = tokens.slice(0, i);
    const right = tokens.slice(rightFrom);
    if (right[0]?.pos === 'NUM') continue;
    if (!isMainClause(left, { from: 0, to: left.length }) || !isMainClause(right, { from: 0, to: right.length }) || !plainlyTensed(right)) continue;
    // "A, B, and C factors that …": after a comma and a conjunction the right side must be a clause
    // with its own subject and verb, and the left must not end in the middle of a list.
    if (joined && (!opensClause(right, 0) || endsInList(left))) continue;
    const head = text.slice(0, tokens[i]!.start).trim();
    const tail = text.slice(tokens[rightFrom]!.start).trim();
    const balance = Math.abs(wordCount(head) - wordCount(tail));
    if (balance < bestBalance) [best, bestBalance] = [[head, capitalise(tail)], balance];
  }
  return best;
}

/**
 * Whether text ends with an item of a list: its last comma-separated piece is short and has no
 * tensed verb ("… of various design, data, analysis").
 */
function endsInList(tokens: Token[]): boolean {
  const commas = tokens.flatMap((t, i) => (t.text === ',' ? [i] : []));
  if (commas.length === 0) return false;
  const last = { from: commas.at(-1)! + 1, to: tokens.length };
  return last.to - last.from <= 4 && finiteVerbs(tokens, last).length === 0;
}

/**
 * Whether a clause's verb is tensed beyond doubt: an auxiliary, a present-tense verb, or a past
 * form after a pronoun. "… strategy assessed by …" could be a reduced relative clause instead.
 */
function plainlyTensed(tokens: Token[]): boolean {
  const verb = finiteVerbs(tokens)[0];
  if (verb === undefined) return false;
  const t = tokens[verb]!;
  return t.pos === 'AUX' || !t.normal.endsWith('ed') || tokens[verb - 1]?.pos === 'PRON';
}

/**
 * A sentence as one statement, shortened by removing whole constituents; the sentence as written
 * (without its full stop) when it does not read as a statement.
 */
export function condense(sentence: string): string {
  return condenseSentence(sentence, TARGET_WORDS) ?? sentence.trim().replace(/[.!?]+$/, '');
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether two texts have the same words, ignoring case and punctuation. */
export function sameWords(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}
