import type { Deck } from '../plan/deck.ts';

/** A deck rendered to Marp markdown in the staging folder, ready for the exporters. */
export interface StagedDeck {
  course: string;
  audience: string;
  deck: Deck;
  /** Path of the deck's files relative to the output folder, without extension: "drug-resistance/default/02-mechanisms". */
  stem: string;
}

export interface ExportContext {
  /** The staging folder: becomes the output folder when the whole build succeeds. */
  stageDir: string;
  decks: StagedDeck[];
  /** Folders holding theme CSS, overrides first. */
  themeDirs: string[];
  /** A temporary folder the build removes at the end, for browser profiles. */
  tmpDir: string;
  browserPath?: string;
}

/** One output format. Exporters run once over all decks, so one browser serves a whole format. */
export interface Exporter {
  /** Whether it needs Chromium: formats that do are skipped, and named, when there is none. */
  needsBrowser: boolean;
  /** Files it writes for a deck, relative to the output folder, by manifest key. */
  files(deck: StagedDeck): Record<string, string>;
  run(context: ExportContext): Promise<void>;
}
