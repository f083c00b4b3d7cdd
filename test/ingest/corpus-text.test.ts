import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusPapers, scorePaper } from '../../bench/ingest-score.ts';
import type { Paper } from '../../src/content/paper.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { readPaper } from '../../src/ingest/read.ts';
import { backMatterSamples } from './back-matter-samples.ts';

// The plain text lecturers paste: pdftotext output of the corpus PDFs and the text of its JATS
// papers, read by the text reader and scored against each paper's truth.json.
const papers = existsSync(CORPUS) ? corpusPapers() : [];

async function read(file: string): Promise<Paper> {
  return (await readPaper(readFileSync(file), { file })).paper;
}

/** Letters only, as the bench compares text: case, spaces and punctuation aside. */
function letters(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}]+/gu, '');
}

/** Everything the paper says it read or left out, as one run of letters and as a set of words. */
function accounted(paper: Paper): { run: string; words: Set<string> } {
  const pieces = [
    paper.title,
    ...paper.authors.map((author) => `${author.name} ${author.role ?? ''}`),
    ...paper.affiliations,
    paper.abstract,
    ...paper.keywords,
    ...paper.sections.flatMap((section) => [section.title, ...section.blocks.flatMap((block) => [block.term ?? '', block.text])]),
    ...paper.references.map((reference) => reference.text),
    ...paper.dropped.map((dropped) => dropped.text),
  ].join(' ');
  return { run: letters(pieces), words: new Set(pieces.toLowerCase().match(/\p{L}{3,}/gu) ?? []) };
}

/** Hard-wraps long lines at `width` columns, as a paste from a PDF or an e-mail does; table rows stay whole. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width || line.includes('\t')) return line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current].join('\n');
    })
    .join('\n');
}

/** A footer, page number and running header every `every` lines. */
function paginate(text: string, every: number): string {
  const out: string[] = [];
  let page = 1;
  text.split('\n').forEach((line, i) => {
    out.push(line);
    if ((i + 1) % every === 0) out.push('', `Journal of Tests 12 (2024) ${page}`, '', `${page++}`, '', '\fSmith et al.', '');
  });
  return out.join('\n');
}

describe.skipIf(papers.length === 0)('the text reader on the corpus texts', () => {
  it('has the corpus', () => expect(papers.length).toBeGreaterThanOrEqual(19));

  for (const corpus of papers) {
    it(`${corpus.slug}: title, authors, sections and references as the truth has them, every body sample in a block`, async () => {
      const paper = await read(corpus.text);
      const score = scorePaper(paper, corpus.truth);
      expect(score.title, `title read as "${paper.title}"`).toBe(1);
      expect(score.authors).toBeGreaterThanOrEqual(0.8);
      expect(score.references).toBeGreaterThanOrEqual(0.7);
      // Sections: a paper whose subsections look like its sections may read some as sections, never most.
      expect(score.sectionsF1, `extra: ${score.extraSections.join(' | ')}; missed: ${score.missedSections.join(' | ')}`).toBeGreaterThanOrEqual(0.4);
      expect(score.lost, 'body samples lost').toEqual([]);
      const back = backMatterSamples(paper, score.droppedSamples);
      expect(score.droppedSamples.filter((sample) => !back.includes(sample)), 'body samples listed as dropped').toEqual([]);
      // What is left out is listed with its place, but nobody's e-mail address is copied.
      expect(JSON.stringify(paper.dropped)).not.toMatch(/[\w.+-]+@[\w-]+\.\w/);
    });
  }

  it('reads the corpus at the text target: mean of the five scores at least 0.9, sections F1 at least 0.9 on average', async () => {
    const scores = await Promise.all(papers.map(async (corpus) => scorePaper(await read(corpus.text), corpus.truth)));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(scores.map((s) => s.mean))).toBeGreaterThanOrEqual(0.9);
    expect(mean(scores.map((s) => s.sectionsF1))).toBeGreaterThanOrEqual(0.9);
  });

  // The same text as other tools give it: a PDF viewer's copy has no form feeds between pages;
  // clean text may come hard-wrapped, with a journal's running header and page numbers.
  for (const corpus of papers) {
    it(`${corpus.slug}: reads the same without form feeds, or wrapped with page furniture`, () => {
      const text = readFileSync(corpus.text, 'utf8');
      const variant = corpus.kind === 'pdf' ? text.replace(/\f/g, '') : paginate(wrap(text, 90), 55);
      const paper = ingestPaper(variant).paper;
      const score = scorePaper(paper, corpus.truth);
      expect(score.title).toBe(1);
      const back = backMatterSamples(paper, score.droppedSamples);
      expect(score.lost.concat(score.droppedSamples.filter((sample) => !back.includes(sample)))).toEqual([]);
      expect(score.mean).toBeGreaterThanOrEqual(0.8);
    });
  }

  for (const corpus of papers) {
    it(`${corpus.slug}: nothing is lost: every line of the text is read or listed as dropped`, async () => {
      const text = readFileSync(corpus.text, 'utf8');
      const { run, words } = accounted(await read(corpus.text));
      const lost = text.split('\n').filter((line) => {
        // Contact addresses are left out of the dropped text on purpose; markers ("1 ", "a ", "ID") are not words.
        const plain = line.replace(/\S+@\S+/g, ' ').replace(/\bID\b/g, ' ');
        if (letters(plain).length < 12 || run.includes(letters(plain))) return false;
        const own = plain.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
        return own.filter((word) => words.has(word)).length < 0.8 * own.length;
      });
      expect(lost).toEqual([]);
    });
  }
});
