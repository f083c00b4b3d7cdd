import { describe, expect, it } from 'vitest';
import { centrality, endsOpen, finiteVerbs, isMainClause, isSignpost, mostCentral, nounPhrases, pointsOnlyAtFloat, spanText, tag } from '../../src/plan/language/index.ts';

const whole = (text: string) => ({ from: 0, to: tag(text).length });

describe('language layer', () => {
  it('tags words with universal parts of speech and offsets into the text', () => {
    const text = 'The enzyme  regulates glutamine metabolism.';
    const tokens = tag(text);
    expect(tokens.map((t) => t.pos)).toEqual(['DET', 'NOUN', 'VERB', 'NOUN', 'NOUN', 'PUNCT']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[2]!.lemma).toBe('regulate');
  });

  it('keeps a residue named with a decimal number ("His3.37", "H953.37Q") one word, not a sentence end', () => {
    const text = 'Key mutations, including His3.37 and H953.37Q, impact receptor activation.';
    const tokens = tag(text);
    expect(tokens.map((t) => t.text)).toContain('His3.37');
    expect(tokens.map((t) => t.text)).toContain('H953.37Q');
    expect(tokens.filter((t) => t.text === '.')).toHaveLength(1);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps an abbreviation’s full stop with it when the sentence goes on ("Manduca spp. mortality")', () => {
    const text = 'Manduca spp. mortality rose, unlike that of Geocoris spp. The plants grew.';
    const tokens = tag(text);
    expect(tokens.filter((t) => t.text === 'spp.')).toHaveLength(1);
    expect(tokens.filter((t) => t.text === '.')).toHaveLength(2);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('finds tensed verbs, not infinitives, participles or gerunds', () => {
    const text = 'Using new assays, the team is expected to grow cultures of activated cells that produce toxins.';
    const tokens = tag(text);
    expect(finiteVerbs(tokens).map((i) => tokens[i]!.text)).toEqual(['is', 'produce']);
  });

  it('tells a main clause from a subordinate one and from a fragment', () => {
    for (const [text, main] of [
      ['Tumour cells develop resistance quickly.', true],
      ['As sequencing becomes more affordable and accessible.', false],
      ['Protecting patient privacy and ensuring data security.', false],
      ['Which requires careful governance.', false],
      ['The number-needed-to-treat for one extra treatment success.', false],
      ['The number-needed-to-treat was 7 for acupuncture.', true],
      ['Stem cells self-renew throughout life.', true],
    ] as const) expect(isMainClause(tag(text), whole(text)), text).toBe(main);
  });

  it('tells what the authors say they do or did from what they found', () => {
    for (const [text, signpost] of [
      ['We will examine three mechanisms of resistance.', true],
      ['We have explored several routes to drug resistance.', true],
      ['We highlighted the promise of gene editing.', true],
      ['We found that efflux pumps lower the dose inside the cell.', false],
      ['We can improve the effectiveness of cancer treatments.', false],
    ] as const) expect(isSignpost(tag(text)), text).toBe(signpost);
  });

  it('chunks noun phrases with their determiners and an of-phrase', () => {
    const text = 'The role of glutamine metabolism in activated T cells is unclear.';
    const tokens = tag(text);
    expect(nounPhrases(tokens).map((s) => spanText(text, tokens, s))).toEqual(['The role of glutamine metabolism', 'activated T cells']);
  });

  it('knows which words leave a statement open', () => {
    const open = tag('the of and because to').map(endsOpen);
    expect(open).toEqual([true, true, true, true, true]);
    expect(tag('cells grow').map(endsOpen)).toEqual([false, false]);
  });

  it('ranks a sentence that shares words with the others above an aside', () => {
    const sentences = [
      'Drug resistance limits the success of cancer therapy.',
      'Tumour cells acquire drug resistance through efflux pumps.',
      'The weather was pleasant that spring.',
      'Efflux pumps remove the drug from tumour cells and so cause resistance to therapy.',
    ];
    const score = centrality(sentences);
    expect(score[2]).toBeLessThan(Math.min(score[0]!, score[1]!, score[3]!));
    expect(mostCentral(sentences, 2)).not.toContain(2);
  });

  it('tells a sentence that only hands its content to a float from one that says what it shows', () => {
    for (const pointer of ['Results are given in Table 3.', 'JAGS model scripts are given in S1 Code.', 'Figure 3 show the evaluation results.', 'Supplementary Table 4 lists all primers.', 'The design is shown in Fig. 1a.', 'The health economic results will be reported separately.', 'For the primary outcome, Table 3 gives results for between-group differences in PHQ-9 depression.']) {
      expect(pointsOnlyAtFloat(pointer), pointer).toBe(true);
    }
    for (const statement of ['Figure 2 shows that resistant cells divide more slowly.', 'Patients in the acupuncture arm had lower scores (Table 2).', 'The sequences are available in GenBank.']) {
      expect(pointsOnlyAtFloat(statement), statement).toBe(false);
    }
  });
});
