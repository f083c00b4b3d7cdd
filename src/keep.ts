import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Exporter, Format, StagedDeck } from './export/index.ts';
import type { Manifest } from './manifest.ts';
import type { Staging } from './output.ts';

/**
 * Files an earlier build made for a deck in formats this build did not make — not asked for
 * (`--format html`) or not possible (no Chromium) — are kept: put in the staged output beside the
 * new files and listed in the deck's files. Returns each kept file's key with why it may be out
 * of date, for the manifest's `stale`.
 */
export function keepEarlierFiles(options: {
  previous: Manifest | undefined;
  deck: StagedDeck;
  files: Record<string, string>;
  made: readonly Format[];
  selected: readonly Format[];
  formats: Record<Format, Exporter>;
  staging: Staging;
}): Record<string, string> {
  const { previous, deck, files, staging } = options;
  const earlier = previous?.courses.find((c) => c.id === deck.course)?.audiences.find((a) => a.id === deck.audience)?.decks.find((d) => d.id === deck.deck.id);
  const stale: Record<string, string> = {};
  if (!earlier) return stale;
  const folder = `${deck.course}/${deck.audience}/`;
  for (const format of Object.keys(options.formats) as Format[]) {
    if (options.made.includes(format)) continue;
    const reason = options.selected.includes(format) ? `${format} could not be made by the last build; this file is from an earlier one` : `${format} was not rebuilt by the last build; this file is from an earlier one`;
    for (const key of Object.keys(options.formats[format].files(deck))) {
      const path = earlier.files[key];
      // Only files inside the deck's own audience folder: that folder is what a commit replaces.
      if (!path || !path.startsWith(folder) || files[key] || !existsSync(join(staging.outDir, path))) continue;
      staging.keep(path);
      files[key] = path;
      stale[key] = reason;
    }
  }
  return stale;
}
