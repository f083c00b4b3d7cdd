import { dirname, join } from 'node:path';
import { rmSync } from 'node:fs';
import { BuildCache, cacheKey, folderFingerprint, holds, lecternFingerprint, sha256, type CacheEntry } from './build-cache.ts';
import type { Exporter, StagedDeck } from './export/types.ts';
import { sourceDateEpoch } from './export/source-date.ts';

export interface ReuseInput<F extends string> {
  outDir: string;
  stageDir: string;
  /** Puts a file of the previous output, unchanged, into the staging folder. */
  keep(path: string): void;
  /** Puts a copy of a file from elsewhere (another output folder) into the staging folder. */
  copy(path: string, source: string): void;
  /** The project's other output folders, whose files made under the same key may be copied. */
  siblings: readonly string[];
  decks: readonly (StagedDeck & { markdown: string })[];
  selected: readonly F[];
  registry: Record<F, Exporter>;
  /** Theme folders every deck's HTML and PPTX are converted with (marp-cli takes one set). */
  themeDirs: readonly string[];
  /** Files copied beside the decks (logos), by output path, with their source. */
  assets: ReadonlyMap<string, string>;
  /** Options that change what an exporter makes, e.g. the handouts' paper size. */
  options: Record<string, unknown>;
  /** Rebuild everything, trusting nothing from before. */
  force: boolean;
}

/** Which decks each format must make this build; the rest are already in the staging folder. */
export interface Reuse<F extends string> {
  decksFor(format: F): StagedDeck[];
  /** Files copied from the previous output rather than made. */
  reused: number;
  /** Why the previous build's cache was not used, when it was there but could not be trusted. */
  ignored?: string;
  /**
   * The cache to write with this build, once the exporters have run. `keptEarlier`: files of
   * formats this build did not make, kept as an earlier build left them; their entries stay true.
   */
  finish(made: readonly F[], builtFolders: readonly string[], keptEarlier?: readonly string[]): string;
}

/**
 * Incremental builds. Every output file gets a key: a hash of what it is made from — the deck's
 * markdown and plan (the paper, course.yaml and audience profile as they shaped it), the templates
 * and themes, its logo, the options, the date pinned into PDFs, and Lectern itself. A file whose
 * key and bytes match what the previous build recorded is copied into the staging folder instead
 * of being made again; the build then commits as usual, so the output stays complete. A file this
 * folder lacks is copied from another output folder of the project that made it under the same key.
 */
export function planReuse<F extends string>(input: ReuseInput<F>): Reuse<F> {
  const cache = new BuildCache(input.outDir, { force: input.force });
  const folders = new Map<string, string>();
  const fingerprint = (folder: string) => {
    if (!folders.has(folder)) folders.set(folder, folderFingerprint(folder));
    return folders.get(folder)!;
  };
  const shared = [lecternFingerprint(), JSON.stringify(input.options), String(sourceDateEpoch()), ...input.themeDirs.map(fingerprint)];
  const keys = new Map<StagedDeck, string>();
  const deckKey = (deck: StagedDeck & { markdown: string }) => {
    if (!keys.has(deck)) {
      const folder = `${dirname(deck.stem)}/`;
      const assets = [...input.assets].filter(([path]) => path.startsWith(folder)).sort(([a], [b]) => a.localeCompare(b));
      keys.set(deck, cacheKey([...shared, deck.markdown, JSON.stringify(deck.deck), ...deck.templates.folders.map(fingerprint), ...assets.map(([path, source]) => `${path}\0${fingerprint(source)}`)]));
    }
    return keys.get(deck)!;
  };
  const keyFor = (deck: StagedDeck & { markdown: string }, format: F) => sha256(`${format}\0${deckKey(deck)}`);

  /** Files copied from another output folder, with the entry they were made under there. */
  const adopted = new Map<string, CacheEntry>();
  const siblings = input.force ? [] : input.siblings.map((dir) => ({ dir, cache: undefined as BuildCache | undefined }));
  // The copy is what is checked: a file edited by hand there, removed, or replaced by a build since, is made again.
  const copied = (dir: string, file: string, entry: CacheEntry) => {
    try {
      input.copy(file, join(dir, file));
    } catch {
      return false;
    }
    return holds(join(input.stageDir, file), entry);
  };
  const copyFromSibling = (files: readonly string[], key: string): boolean => {
    for (const sibling of siblings) {
      sibling.cache ??= new BuildCache(sibling.dir);
      const entries = sibling.cache.recorded(files, key);
      if (!entries) continue;
      if ([...entries].every(([file, entry]) => copied(sibling.dir, file, entry))) {
        for (const [file, entry] of entries) adopted.set(file, entry);
        return true;
      }
      for (const file of files) rmSync(join(input.stageDir, file), { force: true });
    }
    return false;
  };

  /** The decks of each course and audience, in build order: what a course-wide file is drawn from. */
  const audiences = new Map<string, (StagedDeck & { markdown: string })[]>();
  for (const deck of input.decks) {
    const audience = `${deck.course}/${deck.audience}`;
    audiences.set(audience, [...(audiences.get(audience) ?? []), deck]);
  }
  /** A course-wide file's key: its format and the keys of every deck of its audience. */
  const courseKeyFor = (decks: readonly (StagedDeck & { markdown: string })[], format: F) => sha256(`${format}\0${decks.map((deck) => keyFor(deck, format)).join('\0')}`);

  const toMake = new Map<F, StagedDeck[]>();
  let reused = 0;
  for (const format of input.selected) {
    const exporter = input.registry[format];
    if (exporter.courseFiles) {
      // An audience's course-wide files are drawn from all its decks: they are kept, or made, together.
      const make: StagedDeck[] = [];
      for (const decks of audiences.values()) {
        const courseFiles = exporter.courseFiles(decks);
        const unchanged = decks.every((deck) => {
          const files = Object.values(exporter.files(deck));
          return files.length === 0 || cache.entriesFor(files, keyFor(deck, format));
        });
        if (!unchanged || (courseFiles.length > 0 && !cache.entriesFor(courseFiles, courseKeyFor(decks, format)))) {
          make.push(...decks);
          continue;
        }
        const files = [...decks.flatMap((deck) => Object.values(exporter.files(deck))), ...courseFiles];
        for (const file of files) input.keep(file);
        reused += files.length;
      }
      toMake.set(format, make);
      continue;
    }
    const make: StagedDeck[] = [];
    for (const deck of input.decks) {
      const files = Object.values(exporter.files(deck));
      const key = keyFor(deck, format);
      if (cache.entriesFor(files, key)) for (const file of files) input.keep(file);
      else if (!copyFromSibling(files, key)) {
        make.push(deck);
        continue;
      }
      reused += files.length;
    }
    toMake.set(format, make);
  }

  return {
    decksFor: (format) => toMake.get(format) ?? [],
    reused,
    ...(cache.ignored ? { ignored: cache.ignored } : {}),
    finish(made, builtFolders, keptEarlier = []) {
      for (const file of keptEarlier) cache.keep(file);
      for (const format of made) {
        const exporter = input.registry[format];
        const making = new Set(toMake.get(format));
        for (const deck of input.decks) {
          for (const file of Object.values(exporter.files(deck))) {
            if (making.has(deck)) cache.record(file, keyFor(deck, format), join(input.stageDir, file));
            else cache.keep(file, adopted.get(file));
          }
        }
        for (const decks of exporter.courseFiles ? audiences.values() : []) {
          for (const file of exporter.courseFiles!(decks)) {
            if (making.has(decks[0]!)) cache.record(file, courseKeyFor(decks, format), join(input.stageDir, file));
            else cache.keep(file);
          }
        }
      }
      return cache.serialize(builtFolders);
    },
  };
}
