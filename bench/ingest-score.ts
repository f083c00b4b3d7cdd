// Scores what Lectern reads in a paper against the corpus's truth.json: sections F1, title,
// authors recall, references found against true, and the body samples found in its blocks.
// Shared by `npm run bench:ingest` and the corpus test, so both measure the same thing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paper } from '../src/content/paper.ts';

export const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

export interface Truth {
  title: string;
  authors: string[];
  sections: string[];
  back_sections?: string[];
  n_references: number;
  body_sample: string[];
  intro_untitled?: boolean;
}

export interface CorpusPaper {
  slug: string;
  /** `pdf` or `jats`: the folder it is in. */
  kind: 'pdf' | 'jats';
  /** The published file (PDF or XML) and its plain-text version. */
  source: string;
  text: string;
  truth: Truth;
}

export function corpusPapers(corpus = CORPUS): CorpusPaper[] {
  if (!existsSync(corpus)) throw new Error(`the corpus is not at ${corpus}`);
  return (['pdf', 'jats'] as const).flatMap((kind) =>
    readdirSync(join(corpus, kind))
      .filter((name) => name.endsWith('.truth.json'))
      .sort()
      .map((name) => {
        const slug = name.slice(0, -'.truth.json'.length);
        const base = join(corpus, kind, slug);
        return { slug, kind, source: `${base}.${kind === 'pdf' ? 'pdf' : 'xml'}`, text: `${base}.txt`, truth: JSON.parse(readFileSync(join(corpus, kind, name), 'utf8')) as Truth };
      }),
  );
}

export interface Score {
  sectionsF1: number;
  title: number;
  authors: number;
  references: number;
  body: number;
  /** Mean of the five. */
  mean: number;
  /** Body samples found nowhere, not even among what ingest says it dropped. */
  lost: string[];
  /** Body samples ingest left out but listed as dropped. */
  droppedSamples: string[];
  /** Sections read that the truth does not have, and truth sections not read. */
  extraSections: string[];
  missedSections: string[];
}

export function scorePaper(paper: Paper, truth: Truth): Score {
  // Appendices are kept as sections marked so; the truth lists them with the back matter.
  let predicted = paper.sections.filter((s) => !s.appendix).map((s) => s.title);
  // An untitled opening becomes "Introduction" in Lectern; the truth does not list it.
  if (truth.intro_untitled && predicted[0] && /^introduction$/i.test(predicted[0]) && !truth.sections.some((t) => /introduction/i.test(t))) predicted = predicted.slice(1);
  const matched = matchTitles(predicted, truth.sections);
  const precision = predicted.length ? matched.pairs / predicted.length : truth.sections.length ? 0 : 1;
  const recall = truth.sections.length ? matched.pairs / truth.sections.length : 1;
  const sectionsF1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;

  const title = similarity(letters(paper.title), letters(truth.title)) >= 0.9 ? 1 : 0;
  const names = paper.authors.map((a) => nameTokens(a.name));
  const authors = truth.authors.length ? truth.authors.filter((a) => names.some((n) => sameAuthor(nameTokens(a), n))).length / truth.authors.length : 1;
  const n = paper.references.length;
  const t = truth.n_references;
  const references = t === 0 ? (n === 0 ? 1 : 0) : Math.min(n, t) / Math.max(n, t);

  const body = bodyLetters(paper.sections.flatMap((s) => s.blocks.map((b) => b.text)).join(' '));
  const dropped = bodyLetters(paper.dropped.map((d) => d.text).join(' '));
  const missing = truth.body_sample.filter((sample) => !body.includes(bodyLetters(sample)));
  const droppedSamples = missing.filter((sample) => dropped.includes(bodyLetters(sample)));
  const found = truth.body_sample.length ? 1 - missing.length / truth.body_sample.length : 1;
  const scores = [sectionsF1, title, authors, references, found];
  return {
    sectionsF1,
    title,
    authors,
    references,
    body: found,
    mean: scores.reduce((a, b) => a + b, 0) / scores.length,
    lost: missing.filter((sample) => !droppedSamples.includes(sample)),
    droppedSamples,
    extraSections: matched.extra,
    missedSections: matched.missed,
  };
}

/** Pairs predicted and true titles in order, by similar letters (numbering and case aside). */
function matchTitles(predicted: string[], truth: string[]): { pairs: number; extra: string[]; missed: string[] } {
  const used = new Set<number>();
  const extra: string[] = [];
  for (const title of predicted) {
    const i = truth.findIndex((t, j) => !used.has(j) && similarity(headingLetters(title), headingLetters(t)) >= 0.85);
    if (i === -1) extra.push(title);
    else used.add(i);
  }
  return { pairs: used.size, extra, missed: truth.filter((_, j) => !used.has(j)) };
}

function headingLetters(text: string): string {
  return letters(text.replace(/^\s*(?:[\dIVXivx]+|[A-Z])(?:\.\d+)*\.?\s+/, ''));
}

function letters(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Body text compared by its letters only, ligature pairs taken out: the corpus's PDF samples are
 * pdftotext's output, quirks and all (ligatures lost or kept, superscript citations glued to
 * words, U+2010 hyphens), so a reader that repairs them is compared on what both keep. Pairs are
 * taken out word by word: "F117, led" keeps its "fl", which no ligature printed.
 */
export function bodyLetters(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}]+/gu, '').replace(/ff|fi|fl/g, ''))
    .join('');
}

function nameTokens(name: string): string[] {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^a-z]+/).filter(Boolean);
}

function sameAuthor(truth: string[], read: string[]): boolean {
  const surname = truth[truth.length - 1];
  return Boolean(surname && read.includes(surname) && read[0]?.[0] === truth[0]?.[0]);
}

/** 1 − edit distance ÷ the longer length. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return 1 - previous[b.length]! / longer;
}
