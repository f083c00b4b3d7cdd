import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../bench/ingest-score.ts';
import type { Paper } from '../../src/content/paper.ts';
import { readJats } from '../../src/ingest/jats/index.ts';
import { readPdf } from '../../src/ingest/pdf/index.ts';
import { splitSentences } from '../../src/ingest/sentences.ts';

interface HardCase {
  case: string;
  text: string;
  sentences: string[];
}

const cases = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sentences', 'hard-cases.json'), 'utf8')) as HardCase[];

describe('splitSentences on hard cases', () => {
  for (const hard of cases) {
    it(hard.case, () => {
      const sentences = splitSentences(hard.text);
      expect(sentences.map((sentence) => sentence.text)).toEqual(hard.sentences);
      // Offsets point back into the text, for provenance.
      for (const sentence of sentences) expect(hard.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    });
  }
});

describe('splitSentences at stops that follow a unit, a figure label or a footnote mark', () => {
  const split = (text: string) => splitSentences(text).map((sentence) => sentence.text);

  it.each([
    ['a temperature in degrees', 'Oocytes were kept at 18°C. Currents were recorded a day later.', ['Oocytes were kept at 18°C.', 'Currents were recorded a day later.']],
    ['a spaced temperature', 'Cells were lysed for 3 h at 4 °C. The supernatant was kept.', ['Cells were lysed for 3 h at 4 °C.', 'The supernatant was kept.']],
    ['a panel label', 'Growth slowed in the cold (Fig. 2A). Recovery took a week.', ['Growth slowed in the cold (Fig. 2A).', 'Recovery took a week.']],
    ['"Fig." ending a sentence before a capitalised word', 'The values are depicted in S4 Fig. Finally, we reran the model.', ['The values are depicted in S4 Fig.', 'Finally, we reran the model.']],
    ['a unit abbreviation ending a sentence', 'Cells were spun for 30 min. Pellets were frozen.', ['Cells were spun for 30 min.', 'Pellets were frozen.']],
    ['a superscript note mark after the stop', 'Recall varies with the thresholds.⁷ Figure 3 shows the rest.', ['Recall varies with the thresholds.⁷', 'Figure 3 shows the rest.']],
    ['several note marks', 'It held twice.⁷,⁸ Then it failed.¹²⁻¹⁴ Nobody knew why.', ['It held twice.⁷,⁸', 'Then it failed.¹²⁻¹⁴', 'Nobody knew why.']],
    ['a symbol note mark', 'The trial stopped early.† Enrolment had stalled.', ['The trial stopped early.†', 'Enrolment had stalled.']],
  ])('splits after %s', (_, text, sentences) => expect(split(text)).toEqual(sentences));

  it.each([
    ['"Fig." before a number', 'Fig. 2 shows the fit. It is close.', ['Fig. 2 shows the fit.', 'It is close.']],
    ['"Fig." before a supplementary label', 'As Fig. S4 shows, growth slowed. It recovered.', ['As Fig. S4 shows, growth slowed.', 'It recovered.']],
    ['"Eq." before a label in capitals', 'Using Eq. A1 we fit the rate. It converged.', ['Using Eq. A1 we fit the rate.', 'It converged.']],
    ['"No." before a number', 'Plot No. 12 was flooded. It was left out.', ['Plot No. 12 was flooded.', 'It was left out.']],
    ['initials before a surname', 'The method of K. R. Joshi was used. It worked.', ['The method of K. R. Joshi was used.', 'It worked.']],
  ])('does not split after %s', (_, text, sentences) => expect(split(text)).toEqual(sentences));
});

describe('splitSentences on real corpus papers', () => {
  const sentencesWith = (paper: Paper, words: string) => {
    const block = paper.sections.flatMap((section) => section.blocks).find((b) => b.text.includes(words));
    expect(block, words).toBeDefined();
    return splitSentences(block!.text).map((sentence) => sentence.text);
  };

  it('ends sentences at a footnote mark (JATS) and at "S4 Fig." before "Finally"', async () => {
    const ccr = (await readJats(readFileSync(`${CORPUS}/jats/ccr2025-face-masks-campaign-ads.xml`), { file: 'ccr.xml' })).paper;
    expect(sentencesWith(ccr, 'confidence thresholds')).toContainEqual(expect.stringMatching(/confidence thresholds\.\p{No}$/u));
    const plos = (await readJats(readFileSync(`${CORPUS}/jats/plosone2017-insect-biomass-decline.xml`), { file: 'plos.xml' })).paper;
    const split = sentencesWith(plos, 'depicted in S4 Fig.');
    expect(split).toContainEqual(expect.stringMatching(/depicted in S4 Fig\.$/));
    expect(split).toContainEqual(expect.stringMatching(/^Finally, we reran/));
  });

  it('ends a sentence at a temperature (PDF)', async () => {
    const file = `${CORPUS}/pdf/diabetologia2024-kcnj11-sulfonylurea.pdf`;
    const paper = (await readPdf(readFileSync(file), { file })).paper;
    const split = sentencesWith(paper, 'at 18°C. Currents');
    expect(split).toContainEqual(expect.stringMatching(/at 18°C\.$/));
    expect(split).toContainEqual(expect.stringMatching(/^Currents were recorded/));
  }, 60_000);
});
