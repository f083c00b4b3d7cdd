import { describe, expect, it } from 'vitest';
import { ingestPaper } from '../../src/ingest/index.ts';
import { fold, readBundledPaper } from '../helpers.ts';

const text = readBundledPaper();
const { paper, diagnostics } = ingestPaper(text, { file: 'paper.txt' });
const blocks = paper.sections.flatMap((s) => s.blocks);

describe('ingest of the bundled paper', () => {
  it('finds the seven sections with their block and topic counts', () => {
    expect(paper.sections.map((s) => s.title)).toEqual([
      'Introduction',
      'Mechanisms of Drug Resistance',
      'Strategies to Overcome Drug Resistance',
      'Personalized Medicine and Biomarkers',
      'Emerging Technologies and Future Perspectives',
      'Challenges and Ethical Considerations',
      'Conclusion',
    ]);
    expect(paper.sections.map((s) => s.blocks.length)).toEqual([9, 10, 9, 7, 9, 10, 4]);
    expect(paper.sections.map((s) => s.blocks.filter((b) => b.kind === 'topic').length)).toEqual([0, 7, 7, 6, 7, 8, 0]);
  });

  it('reads the front matter, leaving out the e-mail line', () => {
    expect(paper.title).toBe('Drug Resistance in Cancer Treatment Novel Strategies and Future Perspectives');
    expect(paper.authors).toEqual([
      { name: 'Dr. K. R. Joshi', role: 'Assistant Professor' },
      { name: 'Harshu Bhandari', role: 'Student' },
    ]);
    expect(paper.affiliations).toEqual(['Department of Pharmacy', 'Smt. Fulehra Smarak College of Pharmacy']);
    expect(paper.keywords).toEqual(['Drug resistance', 'Cancer treatment', 'Biomarkers', 'Rational design', 'Heterogeneity']);
    expect(paper.abstract).toMatch(/^Drug resistance remains a significant challenge.*successful outcomes\.$/);
    expect(JSON.stringify(paper)).not.toContain('@gmail.com');
  });

  it('finds exactly the 13 acronyms the paper defines', () => {
    expect(paper.acronyms.map((a) => a.short)).toEqual(['EGFR', 'NSCLC', 'ABC', 'P-gp', 'MDR', 'PD-1', 'CTLA-4', 'CAR', 'ctDNA', 'HER2', 'AI', 'CTCs', 'NGS']);
    expect(paper.acronyms.find((a) => a.short === 'CAR')?.long).toBe('chimeric antigen receptor');
    expect(paper.acronyms.find((a) => a.short === 'PD-1')?.long).toBe('programmed cell death protein 1');
  });

  it('reads nine references, joining the one broken across a page', () => {
    expect(paper.references.map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(paper.references[4]!.text).toContain('targeted therapy in colorectal cancer. Cancer Discov. 2016');
    expect(paper.references.every((r) => !r.text.includes('*') && !/^\s|\s$/.test(r.text))).toBe(true);
  });

  it('rejoins paragraphs split mid-sentence at page breaks, including one split twice', () => {
    const intro = paper.sections[0]!.blocks[0]!;
    expect(intro.text).toContain('The emergence of drug-resistant cancer cells');
    expect(intro.text).toContain('overcome this phenomenon are of paramount importance');
    const companion = blocks.find((b) => b.term === 'Companion Diagnostics')!;
    expect(companion.text).toContain('eligible for HER2-targeted therapies such as trastuzumab.');
    // Inside the blocks' source ranges lie 30 blank-line breaks: 22 page breaks mid-sentence,
    // 3 terms split over two lines and 5 lone terms ending in a colon. All are joined by one space.
    const breaks = blocks.flatMap((b) => {
      const parts = text.slice(b.source.start, b.source.end).split('\n\n');
      return parts.slice(0, -1).map((part) => part.trimEnd());
    });
    expect(breaks).toHaveLength(30);
    expect(breaks.filter((part) => !/[.!?:]$/.test(part))).toHaveLength(25);
    expect(breaks.filter((part) => part.endsWith(':'))).toHaveLength(5);
    expect(blocks.every((b) => !b.text.includes('\n') && !b.text.includes('  '))).toBe(true);
  });

  it('joins terms split over two paragraphs and lone terms with their explanation', () => {
    const terms = blocks.flatMap((b) => (b.term ? [b.term] : []));
    expect(terms).toContain('Combination Therapies and Rational Design');
    expect(terms).toContain('Regulatory and Reimbursement Challenges');
    expect(terms).toContain('Ethical Considerations in Clinical Trials');
    expect(terms).toContain('Limited Availability of Biomarkers');
    expect(terms).toContain('Data Privacy and Security');
    const trials = blocks.find((b) => b.term === 'Ethical Considerations in Clinical Trials')!;
    expect(trials.text).toMatch(/risks are critical\. Ethical guidelines/);
  });

  it('keeps the truncated last sentence of Future Directions in its own section, and says so', () => {
    const future = blocks.find((b) => b.term === 'Future Directions')!;
    expect(future.id).toBe('personalized/future-directions');
    expect(future.text.endsWith('in analyzing complex biomarker data')).toBe(true);
    expect(diagnostics.some((d) => d.location?.line === 129)).toBe(true);
  });

  it('gives every block stable ids and a source range covering its words', () => {
    expect(blocks.map((b) => b.id)).toContain('mechanisms/drug-efflux-pumps');
    expect(blocks.map((b) => b.id)).toContain('introduction/p3');
    expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
    for (const block of blocks) expect(fold(text.slice(block.source.start, block.source.end))).toBe(block.text);
  });

  it('covers every body paragraph of the paper exactly once', () => {
    const body = fold(text.slice(text.indexOf('INTRODUCTION') + 'INTRODUCTION'.length, text.indexOf('REFERENCES')));
    const headings = /\b(MECHANISMS OF DRUG RESISTANCE:|STRATEGIES TO OVERCOME DRUG RESISTANCE:|PERSONALIZED MEDICINE AND BIOMARKERS|EMERGING TECHNOLOGIES AND FUTURE PERSPECTIVES|CHALLENGES AND ETHICAL CONSIDERATIONS:|CONCLUSION)\s?/g;
    expect(blocks.map((b) => b.text).join(' ')).toBe(body.replace(headings, '').trim());
  });
});
