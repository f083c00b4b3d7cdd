import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Lectern's own templates: the last folder every lookup falls back to. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** A template's text and the file it came from, for errors that name the file and line. */
export interface TemplateFile {
  name: string;
  file: string;
  text: string;
}

/**
 * The templates a build uses: each name resolved in the override folders first (a course's, then
 * an audience's), then in Lectern's own. A file in an override folder replaces ours file by file.
 */
export class TemplateSet {
  readonly folders: string[];

  constructor(overrides: readonly string[] = []) {
    this.folders = [...overrides, BUILTIN_TEMPLATES];
  }

  /** The file for a template name such as "deck.md.hbs" or "partials/topic.md.hbs". */
  resolve(name: string): string | undefined {
    return this.folders.map((folder) => join(folder, name)).find((file) => existsSync(file));
  }

  read(name: string): TemplateFile | undefined {
    const file = this.resolve(name);
    return file ? { name, file, text: readFileSync(file, 'utf8') } : undefined;
  }

  /** Every file name in a subfolder across all folders, overrides included. */
  list(subfolder: string, suffix: string): string[] {
    const names = new Set<string>();
    for (const folder of this.folders) {
      const dir = join(folder, subfolder);
      if (!existsSync(dir)) continue;
      for (const entry of readdirSync(dir)) if (entry.endsWith(suffix)) names.add(`${subfolder}/${entry}`);
    }
    return [...names].sort();
  }

  /** A template's path as a user reads it: relative to the current folder when inside it. */
  describe(file: string): string {
    const path = relative(process.cwd(), file);
    return path && !path.startsWith('..') && !isAbsolute(path) ? path : file;
  }
}
