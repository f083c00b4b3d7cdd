import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cacheKey, lecternFingerprint, readCacheDocument, sha256, writeFileAtomically } from './build-cache.ts';
import type { ReadOptions, ReadResult } from './ingest/read.ts';
import { PROJECT_CACHE_DIR } from './plan-cache.ts';

const PAPERS_FILE = 'papers.json';
const PAPERS_KIND = 'lectern-paper-cache';
const PAPERS_VERSION = 1;

interface StoredPaper {
  /** The paper file's bytes, where it is, and Lectern itself, hashed. */
  key: string;
  /** The hash of `result` as JSON: a truncated or edited entry is not trusted. */
  sha256: string;
  result: ReadResult;
}

/**
 * Papers earlier builds read, one entry per paper file, in `.lectern-cache/papers.json` under the
 * project. Reading a PDF takes a second or more, every build, while the file is unchanged; what
 * it gives is a pure function of the file's bytes and of Lectern's own source, which are the key.
 * An entry whose key or stored hash does not match is read again; an unreadable, foreign or
 * damaged cache is ignored.
 */
export class PaperCache {
  private readonly file: string;
  private readonly previous: Map<string, StoredPaper>;
  private readonly next = new Map<string, StoredPaper>();
  /** Whether this build read a paper afresh: otherwise the file already holds all it would write. */
  private changed = false;

  constructor(
    private readonly root: string,
    { force = false }: { force?: boolean } = {},
  ) {
    this.file = join(root, PROJECT_CACHE_DIR, PAPERS_FILE);
    this.previous = force ? new Map() : readPapers(this.file);
  }

  /** What `read` gives for these bytes: from an earlier build when it read the very same file. */
  async read(bytes: Uint8Array, options: ReadOptions, read: (bytes: Uint8Array, options: ReadOptions) => Promise<ReadResult>): Promise<ReadResult> {
    const key = cacheKey([lecternFingerprint(), options.file, sha256(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))]);
    const earlier = this.previous.get(options.file);
    if (earlier?.key === key) {
      this.next.set(options.file, earlier);
      return earlier.result;
    }
    const result = await read(bytes, options);
    this.next.set(options.file, { key, sha256: sha256(JSON.stringify(result)), result });
    this.changed = true;
    return result;
  }

  /**
   * Writes the cache: the papers this build read, and those of other courses as the file holds
   * them now, while their files are there. Written whole under a temporary name, then renamed.
   * A build that took every paper from the cache writes nothing.
   */
  save(): void {
    if (!this.changed) return;
    const entries = new Map([...readPapers(this.file)].filter(([file]) => existsSync(join(this.root, file))));
    for (const [file, entry] of this.next) entries.set(file, entry);
    const papers = Object.fromEntries([...entries.keys()].sort().map((file) => [file, entries.get(file)!]));
    writeFileAtomically(this.file, `${JSON.stringify({ kind: PAPERS_KIND, version: PAPERS_VERSION, papers })}\n`);
  }
}

function readPapers(file: string): Map<string, StoredPaper> {
  const { record } = readCacheDocument(file, `${PROJECT_CACHE_DIR}/${PAPERS_FILE}`, PAPERS_KIND, PAPERS_VERSION, 'papers');
  const papers = new Map<string, StoredPaper>();
  for (const [path, entry] of Object.entries((record ?? {}) as Record<string, StoredPaper>)) {
    const whole = typeof entry?.key === 'string' && typeof entry.sha256 === 'string' && entry.result !== null && typeof entry.result === 'object' && sha256(JSON.stringify(entry.result)) === entry.sha256;
    if (whole) papers.set(path, entry);
  }
  return papers;
}
