#!/usr/bin/env node
// `npm run bench [-- --runs N] [-- --format pdf]`: Lectern's build of the bundled course against
// marp-cli converting the very same decks, each in a fresh process, median of N runs. Prints the
// ratios; targets are ratios, so a slower or faster machine does not move them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, format: { type: 'string', multiple: true } } });
const runs = Number(values.runs);
const formats = values.format ?? ['html'];
const once = join(root, 'bench', 'once.mjs');

function measure(tool, outDir) {
  const result = spawnSync(process.execPath, [once, tool, root, outDir, ...formats], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} run failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const samples = { lectern: [], marp: [] };
for (let i = 0; i < runs; i++) {
  const outDir = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
  try {
    // Lectern builds the decks; marp-cli then converts the same markdown Lectern wrote.
    samples.lectern.push(measure('lectern', outDir));
    samples.marp.push(measure('marp', outDir));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const row = (name, list) => ({ name, ms: median(list.map((s) => s.ms)), mib: median(list.map((s) => s.maxRssMiB)) });
const lectern = row('lectern build', samples.lectern);
const marp = row('marp-cli alone', samples.marp);
console.log(`formats: ${formats.join(', ')}; ${runs} runs each, medians`);
for (const r of [lectern, marp]) console.log(`${r.name.padEnd(16)} ${r.ms.toFixed(0).padStart(7)} ms  ${r.mib.toFixed(0).padStart(5)} MiB peak`);
const verdict = (ratio, target) => `${ratio.toFixed(2)}  (target ≤ ${target}: ${ratio <= target ? 'met' : 'missed'})`;
// NOTE: Lectern's time includes starting marp-cli in a process of its own, and its peak memory is
// the Lectern process's alone (marp-cli's child is measured on the marp-cli row).
console.log(`time ratio   lectern / marp-cli: ${verdict(lectern.ms / marp.ms, 1.5)}`);
console.log(`memory ratio lectern / marp-cli: ${verdict(lectern.mib / marp.mib, 1.5)}`);
