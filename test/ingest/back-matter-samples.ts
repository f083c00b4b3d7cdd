import { bodyLetters as letters } from '../../bench/ingest-score.ts';
import type { Paper } from '../../src/content/paper.ts';
import { backMatterLabel } from '../../src/ingest/back-matter.ts';

/**
 * Body samples that a paper's truth drew from back matter set inside its body: the truth's
 * samples are picked by machine from the body's text, and a statement led by a back-matter label
 * there ("Financial disclosures: I certify …" after a paper's conclusions) is back matter, which
 * Lectern rightly leaves out. Only a sample inside such a statement, dropped as back matter, is one.
 */
export function backMatterSamples(paper: Paper, samples: readonly string[]): string[] {
  const statements = paper.dropped.filter((item) => item.reason === 'back matter' && backMatterLabel(item.text) !== undefined).map((item) => letters(item.text));
  return samples.filter((sample) => statements.some((statement) => statement.includes(letters(sample))));
}
