import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The build cache, inside the output folder: hidden, and never served or linked. */
export const CACHE_FILE = '.lectern-cache.json';
const CACHE_KIND = 'lectern-build-cache';
const CACHE_VERSION = 1;

/** What the cache remembers of one output file: the key it was made under, and its bytes' hash. */
export interface CacheEntry {
  key: string;
  sha256: string;
}

interface CacheDocument {
  kind: typeof CACHE_KIND;
  version: typeof CACHE_VERSION;
  /** By output path relative to the output folder ("c/a/01-methods.pdf"). */
  files: Record<string, CacheEntry>;
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** One key from many parts; each part is length-prefixed so that no two lists of parts collide. */
export function cacheKey(parts: readonly (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(`${Buffer.byteLength(part)}:`);
    hash.update(part);
  }
  return hash.digest('hex');
}

/** Every file under a folder, as `path\0hash` lines in a stable order: one hash for the folder. */
export function folderFingerprint(folder: string): string {
  if (!existsSync(folder)) return 'absent';
  const lines: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else if (entry.isFile()) lines.push(`${prefix}${entry.name}\0${sha256(readFileSync(path))}`);
    }
  };
  if (statSync(folder).isDirectory()) walk(folder, '');
  else lines.push(sha256(readFileSync(folder)));
  return sha256(lines.join('\n'));
}

let lecternFingerprintMemo: string | undefined;

/**
 * Lectern itself as a cache key part: its version and its source, so that a new Lectern (or an
 * edited one) never reuses what an older one made.
 */
export function lecternFingerprint(): string {
  if (lecternFingerprintMemo) return lecternFingerprintMemo;
  const packageJson = fileURLToPath(new URL('../package.json', import.meta.url));
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
  lecternFingerprintMemo = cacheKey([version, folderFingerprint(fileURLToPath(new URL('.', import.meta.url)))]);
  return lecternFingerprintMemo;
}

/**
 * The cache an earlier build left, checked before it is trusted: an unreadable, malformed or
 * foreign file is ignored (everything is rebuilt), and each entry is reused only while the file it
 * describes is still there with the same bytes.
 */
export class BuildCache {
  private readonly previous: Map<string, CacheEntry>;
  private readonly next = new Map<string, CacheEntry>();
  /** Why the previous cache was not used, when there was one. */
  readonly ignored?: string;

  constructor(
    private readonly outDir: string,
    { force = false }: { force?: boolean } = {},
  ) {
    const read = force ? { files: new Map<string, CacheEntry>() } : readCache(join(outDir, CACHE_FILE));
    this.previous = read.files;
    if ('problem' in read && read.problem) this.ignored = read.problem;
  }

  /**
   * The entries of `files` (relative to the output folder) when every one was made under `key` and
   * is still as it was made; else none. Reading the files to check them is what lets a hand-edited
   * or truncated output be rebuilt.
   */
  entriesFor(files: readonly string[], key: string): Map<string, CacheEntry> | undefined {
    const entries = this.recorded(files, key);
    return entries && [...entries].every(([file, entry]) => holds(join(this.outDir, file), entry)) ? entries : undefined;
  }

  /** The entries of `files` when every one was recorded under `key`, their bytes not checked; else none. */
  recorded(files: readonly string[], key: string): Map<string, CacheEntry> | undefined {
    if (files.length === 0) return undefined;
    const entries = new Map<string, CacheEntry>();
    for (const file of files) {
      const entry = this.previous.get(file);
      if (!entry || entry.key !== key) return undefined;
      entries.set(file, entry);
    }
    return entries;
  }

  /** Remembers a file this build keeps from the previous one, or took from another folder under `entry`. */
  keep(file: string, entry = this.previous.get(file)): void {
    if (entry) this.next.set(file, entry);
  }

  /** Remembers a file this build made under `key`, hashing its bytes where they were written. */
  record(file: string, key: string, writtenAt: string): void {
    this.next.set(file, { key, sha256: sha256(readFileSync(writtenAt)) });
  }

  /**
   * The cache to write: this build's files, and the previous entries of files outside the folders
   * it built (a narrowed build keeps the other audiences' files, so their entries stay true).
   */
  serialize(builtFolders: readonly string[]): string {
    const files: Record<string, CacheEntry> = {};
    const inBuilt = (file: string) => builtFolders.some((folder) => file.startsWith(`${folder}/`));
    for (const [file, entry] of this.previous) if (!inBuilt(file)) files[file] = entry;
    for (const [file, entry] of this.next) files[file] = entry;
    const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
    const document: CacheDocument = { kind: CACHE_KIND, version: CACHE_VERSION, files: sorted };
    return `${JSON.stringify(document, null, 1)}\n`;
  }
}

/** Whether a file is there with the bytes an entry recorded. */
export function holds(path: string, entry: CacheEntry): boolean {
  try {
    return statSync(path).isFile() && sha256(readFileSync(path)) === entry.sha256;
  } catch {
    return false;
  }
}

function readCache(file: string): { files: Map<string, CacheEntry>; problem?: string } {
  const none = new Map<string, CacheEntry>();
  const { record, problem } = readCacheDocument(file, CACHE_FILE, CACHE_KIND, CACHE_VERSION, 'files');
  if (!record) return { files: none, ...(problem ? { problem } : {}) };
  const files = new Map<string, CacheEntry>();
  for (const [path, entry] of Object.entries(record as Record<string, CacheEntry>)) {
    const valid = typeof entry?.key === 'string' && typeof entry?.sha256 === 'string' && !path.split('/').includes('..') && !posix.isAbsolute(path);
    if (!valid) return { files: none, problem: `${CACHE_FILE} has a malformed entry for ${JSON.stringify(path)}` };
    files.set(path, entry);
  }
  return { files };
}

/**
 * The `field` record of a cache file Lectern wrote (`kind` and `version` match), or why the file
 * is not to be trusted; neither when there is no file. Shared by the build cache and the plan cache.
 */
export function readCacheDocument(file: string, shownAs: string, kind: string, version: number, field: string): { record?: Record<string, unknown>; problem?: string } {
  if (!existsSync(file)) return {};
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { problem: `${shownAs} is not valid JSON` };
  }
  const d = document as Record<string, unknown> | null;
  const record = d && typeof d === 'object' ? d[field] : undefined;
  if (!d || typeof d !== 'object' || d.kind !== kind || d.version !== version || typeof record !== 'object' || record === null) {
    return { problem: `${shownAs} is not a cache this Lectern wrote` };
  }
  return { record: record as Record<string, unknown> };
}

let atomicWrites = 0;

/**
 * Writes a cache file whole under a temporary name and then renames it, so that a reader (another
 * build) never sees half of it.
 */
export function writeFileAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}-${++atomicWrites}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
