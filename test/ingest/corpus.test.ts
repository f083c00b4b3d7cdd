import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPapers, scorePaper, type Score } from '../../bench/ingest-score.ts';
import { readPaper } from '../../src/ingest/read.ts';
import { ROOT } from '../helpers.ts';
import { backMatterSamples } from './back-matter-samples.ts';

/**
 * The whole corpus in every format a lecturer may have it in: the published PDF or JATS file and
 * its plain text. Per format, the mean of sections F1, title, authors, references and body found
 * meets its target, and no body sample is missing from the blocks, in any paper or format.
 */
const TARGETS = { pdf: 0.95, jats: 0.98, text: 0.9 } as const;
type Format = keyof typeof TARGETS;

const papers = corpusPapers();
const reads = papers.flatMap((paper) => [
  { format: (paper.kind === 'pdf' ? 'pdf' : 'jats') as Format, file: paper.source, paper },
  { format: 'text' as Format, file: paper.text, paper },
]);

describe('the corpus, read in every format', { timeout: 120_000 }, () => {
  const scores = new Map<string, Score>();
  const scoreOf = async (format: Format, file: string, truth: (typeof papers)[number]['truth']) => {
    const key = `${format}:${file}`;
    if (!scores.has(key)) {
      const { paper } = await readPaper(readFileSync(file), { file: relative(ROOT, file) });
      const score = scorePaper(paper, truth);
      const back = backMatterSamples(paper, score.droppedSamples);
      scores.set(key, { ...score, droppedSamples: score.droppedSamples.filter((sample) => !back.includes(sample)) });
    }
    return scores.get(key)!;
  };

  it.each(reads.map((r) => [`${r.paper.slug} (${r.format})`, r] as const))('%s: every body sample is in a block', async (_name, { format, file, paper }) => {
    const score = await scoreOf(format, file, paper.truth);
    expect({ lost: score.lost, dropped: score.droppedSamples }).toEqual({ lost: [], dropped: [] });
  });

  it.each(Object.entries(TARGETS) as [Format, number][])('%s: the mean score meets its target (%s)', async (format, target) => {
    const of = reads.filter((r) => r.format === format);
    let total = 0;
    for (const { file, paper } of of) total += (await scoreOf(format, file, paper.truth)).mean;
    expect(total / of.length).toBeGreaterThanOrEqual(target);
  });
});
