import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CACHE_FILE, readCacheDocument, writeFileAtomically } from './build-cache.ts';
import { PROJECT_CACHE_DIR } from './plan-cache.ts';

const FOLDERS_FILE = 'outputs.json';
const FOLDERS_KIND = 'lectern-output-folders';
const FOLDERS_VERSION = 1;

/**
 * The output folders a project's builds wrote (dist/, an HTML-only build elsewhere, `lectern
 * dev`'s), in `.lectern-cache/outputs.json`. A build into one folder copies from the others a file
 * they made under the same cache key rather than making it again: the key covers everything the
 * file is made from, and its bytes are checked against the other folder's cache before use.
 */
export class OutputFolders {
  private readonly file: string;

  constructor(private readonly root: string) {
    this.file = join(root, PROJECT_CACHE_DIR, FOLDERS_FILE);
  }

  /**
   * The other folders this project built into that still hold a build cache, as absolute paths.
   * A missing, unreadable or foreign list is no list: its only use is to save work.
   */
  others(outDir: string): string[] {
    return this.read().filter((dir) => dir !== resolve(outDir) && existsSync(join(dir, CACHE_FILE)));
  }

  /**
   * Adds a folder a build has just written to the list, and drops folders that are gone. Another
   * build may write the list at the same time; the later write wins, which costs at most one
   * folder's reuse.
   */
  remember(outDir: string): void {
    const folders = [...new Set([...this.read(), resolve(outDir)])].filter((dir) => isFolder(dir)).sort();
    // Relative to the project, so that the project and its output folders can move together.
    const stored = folders.map((dir) => relative(this.root, dir) || '.');
    writeFileAtomically(this.file, `${JSON.stringify({ kind: FOLDERS_KIND, version: FOLDERS_VERSION, folders: stored }, null, 1)}\n`);
  }

  private read(): string[] {
    const { record } = readCacheDocument(this.file, join(PROJECT_CACHE_DIR, FOLDERS_FILE), FOLDERS_KIND, FOLDERS_VERSION, 'folders');
    if (!Array.isArray(record)) return [];
    return record.filter((dir): dir is string => typeof dir === 'string' && dir !== '').map((dir) => (isAbsolute(dir) ? dir : resolve(this.root, dir)));
  }
}

function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
