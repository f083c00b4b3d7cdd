import type { Block } from '../content/paper.ts';
import { splitSentences } from '../ingest/sentences.ts';
import { explanationOf } from './blocks.ts';
import { bulletsOfSentence, linesOf, MAX_BULLETS, SLIDE_LINES } from './bullets.ts';
import { centrality } from './language/index.ts';

/**
 * Key points for the closing slide, at most `max`: the section's most central statements, ranked
 * by TextRank over all the sentences of its paragraphs and topics (not its lists and tables, which
 * are their own summaries), each shortened by removing whole constituents and shown in the
 * section's order, within what the slide holds.
 */
export function takeawaysFor(blocks: Block[], max = MAX_BULLETS, lines = SLIDE_LINES): string[] {
  const sentences = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'topic').flatMap((b) => splitSentences(explanationOf(b)).map((s) => s.text));
  const score = centrality(sentences);
  const order = sentences.map((_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);
  const chosen: { i: number; point: string }[] = [];
  let used = 0;
  for (const i of order) {
    if (chosen.length >= max) break;
    const point = bulletsOfSentence(sentences[i]!)[0];
    if (!point || chosen.some((c) => c.point === point)) continue;
    if (chosen.length > 0 && used + linesOf(point) > lines) continue;
    chosen.push({ i, point });
    used += linesOf(point);
  }
  return chosen.sort((a, b) => a.i - b.i).map((c) => c.point);
}
