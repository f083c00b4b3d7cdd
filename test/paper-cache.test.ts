import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPaper, type ReadOptions, type ReadResult } from '../src/ingest/read.ts';
import { PaperCache } from '../src/paper-cache.ts';
import { PROJECT_CACHE_DIR } from '../src/plan-cache.ts';
import { ROOT, tempDir } from './helpers.ts';

const CORPUS_PDF = join(ROOT, '../shared/corpus/pdf/rescience2021-graph-ordering.pdf');
const OPTIONS: ReadOptions = { file: 'content/graph/paper.pdf' };

/** Lectern's reader, counting how often it is asked. */
function countingReader() {
  const reader = Object.assign((bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> => (reader.calls++, readPaper(bytes, options)), { calls: 0 });
  return reader;
}

describe('PaperCache', () => {
  const bytes = new Uint8Array(readFileSync(CORPUS_PDF));

  it('gives a later build the paper an earlier one read, without reading the file again', async () => {
    const root = tempDir();
    const reader = countingReader();
    const first = new PaperCache(root);
    const read = await first.read(bytes, OPTIONS, reader);
    first.save();
    const file = join(root, PROJECT_CACHE_DIR, 'papers.json');
    const written = statSync(file).mtimeMs;
    const later = new PaperCache(root);
    const again = await later.read(bytes, OPTIONS, reader);
    expect(reader.calls).toBe(1);
    // Nothing was read afresh: the file is not written again.
    later.save();
    expect(statSync(file).mtimeMs).toBe(written);
    // What the cache gives is what reading gives: the same paper, diagnostics and text.
    expect(JSON.stringify(again)).toBe(JSON.stringify(read));
    expect(again.paper.sections.length).toBeGreaterThan(3);
  }, 60_000);

  it('reads the file again when its bytes changed, when the entry was damaged, or with --force', async () => {
    const root = tempDir();
    const reader = countingReader();
    const cache = new PaperCache(root);
    await cache.read(bytes, OPTIONS, reader);
    cache.save();

    const changed = new Uint8Array([...bytes, 0x0a]);
    await new PaperCache(root).read(changed, OPTIONS, reader);
    expect(reader.calls).toBe(2);

    await new PaperCache(root, { force: true }).read(bytes, OPTIONS, reader);
    expect(reader.calls).toBe(3);

    const file = join(root, PROJECT_CACHE_DIR, 'papers.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"sections":[', '"sections":[{"id":"planted","title":"Planted","blocks":[]},'));
    const damaged = await new PaperCache(root).read(bytes, OPTIONS, reader);
    expect(reader.calls).toBe(4);
    expect(damaged.paper.sections.some((s) => s.id === 'planted')).toBe(false);

    writeFileSync(file, 'not json');
    await new PaperCache(root).read(bytes, OPTIONS, reader);
    expect(reader.calls).toBe(5);
  }, 120_000);
});
