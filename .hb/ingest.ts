// `npm run bench:ingest [-- --only SLUG] [-- --verbose] [-- --corpus DIR]`: reads every paper of ../shared/corpus (or DIR, laid out alike) in
// each of its formats (the PDF or JATS file, and its plain text) and prints per paper and per
// format: sections F1, title, authors recall, references found against true, body samples found,
// body samples lost, and the time the read took. Targets per format: PDF ≥ 0.95, JATS ≥ 0.98,
// text ≥ 0.90 (mean of the five scores), and no body sample lost.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readPaper } from '/work/wt/jats/src/ingest/read.ts';
import { corpusPapers, scorePaper, type Score } from '/work/main/bench/ingest-score.ts';

const { values } = parseArgs({ options: { only: { type: 'string', multiple: true }, verbose: { type: 'boolean' }, corpus: { type: 'string' } } });
const TARGETS = { pdf: 0.95, jats: 0.98, text: 0.9 } as const;
type Format = keyof typeof TARGETS;

const rows: { slug: string; format: Format; score?: Score; ms: number; error?: string }[] = [];
for (const paper of corpusPapers(values.corpus)) {
  if (values.only && !values.only.some((slug) => paper.slug.includes(slug))) continue;
  for (const [format, file] of [[paper.kind === 'pdf' ? 'pdf' : 'jats', paper.source], ['text', paper.text]] as const) {
    const started = performance.now();
    try {
      const { paper: read } = await readPaper(readFileSync(file), { file: relative(process.cwd(), file) });
      rows.push({ slug: paper.slug, format, score: scorePaper(read, paper.truth), ms: performance.now() - started });
    } catch (error) {
      rows.push({ slug: paper.slug, format, ms: performance.now() - started, error: (error as Error).message });
    }
  }
}

const cell = (x: number) => x.toFixed(2).padStart(6);
console.log(`${'paper'.padEnd(40)} ${'format'.padEnd(6)} ${'sectF1'.padStart(6)} ${'title'.padStart(6)} ${'auth'.padStart(6)} ${'refs'.padStart(6)} ${'body'.padStart(6)} ${'mean'.padStart(6)} ${'lost'.padStart(5)} ${'ms'.padStart(7)}`);
for (const row of rows) {
  const head = `${row.slug.padEnd(40)} ${row.format.padEnd(6)}`;
  if (!row.score) {
    console.log(`${head} error: ${row.error}`);
    continue;
  }
  const s = row.score;
  console.log(`${head} ${cell(s.sectionsF1)} ${cell(s.title)} ${cell(s.authors)} ${cell(s.references)} ${cell(s.body)} ${cell(s.mean)} ${String(s.lost.length).padStart(5)} ${row.ms.toFixed(0).padStart(7)}`);
  if (values.verbose) {
    if (s.extraSections.length) console.log(`    sections read that are not in the truth: ${s.extraSections.join(' | ')}`);
    if (s.missedSections.length) console.log(`    sections missed: ${s.missedSections.join(' | ')}`);
    for (const sample of s.droppedSamples) console.log(`    body sample listed as dropped: "${sample}"`);
    for (const sample of s.lost) console.log(`    body sample lost: "${sample}"`);
  }
}
console.log('');
for (const format of Object.keys(TARGETS) as Format[]) {
  const of = rows.filter((row) => row.format === format);
  if (of.length === 0) continue;
  const mean = of.reduce((n, row) => n + (row.score?.mean ?? 0), 0) / of.length;
  const lost = of.reduce((n, row) => n + (row.score ? row.score.lost.length + row.score.droppedSamples.length : 20), 0);
  const slowest = Math.max(...of.map((row) => row.ms));
  const met = mean >= TARGETS[format] && lost === 0;
  console.log(`${format.padEnd(5)} ${of.length} papers: mean ${mean.toFixed(3)} (target ≥ ${TARGETS[format]}), body samples not in blocks ${lost}, slowest read ${slowest.toFixed(0)} ms — ${met ? 'met' : 'missed'}`);
}
