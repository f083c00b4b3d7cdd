import type { Block } from '../content/paper.ts';
import { splitSentences } from '../ingest/sentences.ts';
import { explanationOf } from './blocks.ts';
import { bulletsOfSentence, linesOf, MAX_BULLETS, pointValue, SLIDE_LINES } from './bullets.ts';
import { condenseSentence, wordCount } from './condense.ts';
import { centrality, isMainClause, isSignpost, leansBack, pointsOnlyAtFloat, refersBack, tag } from './language/index.ts';

/** A key point is a short statement: at most this many words. */
const POINT_WORDS = 20;
/** Words a key point is condensed towards: a little shorter than a bullet, as it stands without its paragraph. */
const POINT_TARGET = 12;
/** Words a claim is condensed towards for an objective. */
const CLAIM_TARGET = 8;
/** Points drawn from one block: the key points sum up a section, not one of its paragraphs. */
const PER_BLOCK = 2;
/** A section of fewer paragraphs than this has nothing to sum up that its one slide does not show. */
export const MIN_BLOCKS_FOR_SUMMARY = 2;

/** A statement of a section that can stand by itself, where it comes from and how central it is. */
export interface Statement {
  text: string;
  /** The statement condensed further, for saying in a phrase ("Explain why …"); absent when it does not condense to a short claim. */
  claim?: string;
  block: number;
  sentence: number;
  score: number;
}

/**
 * A section's statements that can stand by themselves, most central first: the sentences of its
 * paragraphs and topics (not its lists and tables, which are their own summaries), ranked by
 * TextRank over all of them, each condensed by removing whole constituents, kept when the result
 * is a short main clause that does not lean on the sentence before it ("This should not be
 * surprising", "First, let us …") or announce what the authors will do; a statement of a finding
 * ranks higher (see `pointValue`), one that mentions what only its paragraph names ("this
 * challenge") lower.
 */
export function centralStatements(blocks: Block[]): Statement[] {
  const sentences = blocks.flatMap((b, block) => (b.kind === 'paragraph' || b.kind === 'topic' ? splitSentences(explanationOf(b)).map((s) => ({ text: s.text, block })) : []));
  const score = centrality(sentences.map((s) => s.text));
  const out: Statement[] = [];
  sentences.forEach(({ text, block }, sentence) => {
    if (/\?["'’”)]*\s*$/.test(text) || pointsOnlyAtFloat(text)) return;
    const point = bulletsOfSentence(text, POINT_TARGET)[0];
    if (!point || wordCount(point) > POINT_WORDS || wordCount(point) < 4) return;
    const tokens = tag(point);
    if (!isMainClause(tokens, { from: 0, to: tokens.length }) || leansBack(tokens) || isSignpost(tokens)) return;
    const claim = condenseSentence(text, CLAIM_TARGET);
    const claimTokens = claim ? tag(claim) : [];
    const usable = claim && isMainClause(claimTokens, { from: 0, to: claimTokens.length }) && !leansBack(claimTokens) && !isSignpost(claimTokens) && !/^(?:it|there|we|i|you)$/i.test(claim.split(/\s+/)[0]!);
    // "There is hope for overcoming this challenge": a point that names something only its paragraph names ranks lower.
    out.push({ text: point, ...(usable ? { claim } : {}), block, sentence, score: score[sentence]! * pointValue([point]) * (refersBack(tokens) ? 0.5 : 1) });
  });
  return out.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
}

/**
 * Key points for the closing slide: the section's most central statements that stand by
 * themselves (see `centralStatements`), at most `max` and two from any one paragraph, shown in the
 * section's order within what the slide holds — and not the very bullets of one of its slides
 * (`shown`, each slide's points joined by newlines). None for a section of one paragraph: its
 * slide already carries its points.
 */
export function takeawaysFor(blocks: Block[], max = MAX_BULLETS, lines = SLIDE_LINES, shown: readonly string[] = []): string[] {
  const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'topic');
  if (prose.length < MIN_BLOCKS_FOR_SUMMARY) return [];
  const chosen: Statement[] = [];
  const fromBlock = new Map<number, number>();
  let used = 0;
  for (const statement of centralStatements(blocks)) {
    if (chosen.length >= max) break;
    if ((fromBlock.get(statement.block) ?? 0) >= PER_BLOCK || chosen.some((c) => c.text === statement.text)) continue;
    if (chosen.length > 0 && used + linesOf(statement.text) > lines) continue;
    chosen.push(statement);
    fromBlock.set(statement.block, (fromBlock.get(statement.block) ?? 0) + 1);
    used += linesOf(statement.text);
  }
  const points = chosen.sort((a, b) => a.sentence - b.sentence).map((c) => c.text);
  // Points that are exactly one slide's bullets say nothing new: one fewer, when that leaves some.
  return shown.includes(points.join('\n')) && points.length > 1 ? points.slice(0, -1) : points;
}
