import type { CourseFile } from '../content/course.ts';
import type { YamlFile } from '../content/yaml.ts';
import type { Deck } from '../plan/deck.ts';
import type { TemplateSet } from '../render/templates.ts';
import type { ProgressTracker, StepProgress } from '../progress.ts';
import type { BrowserSession } from './browser.ts';
import type { MarpThread } from './marp-thread.ts';
import type { PaperSize } from './paper.ts';
import type { RenderedSlides } from './slides.ts';

/** A deck rendered to Marp markdown in the staging folder, ready for the exporters. */
export interface StagedDeck {
  course: string;
  audience: string;
  deck: Deck;
  /** Path of the deck's files relative to the output folder, without extension: "drug-resistance/undergraduate/02-mechanisms". */
  stem: string;
  /** The deck's language, a BCP 47 tag. */
  lang: string;
  /** The course's `course.yaml` with positions, so a finding about a slide can name the edit behind it. */
  courseFile: YamlFile<CourseFile>;
  /** The deck's templates: its course's and audience's overrides first, then Lectern's. */
  templates: TemplateSet;
  /** How its audience's slides look, for formats drawn without Marp (the editable PPTX). */
  look: AudienceLook;
}

/** An audience's look, as its profile gives it. */
export interface AudienceLook {
  /** The Marp theme, by its `@theme` name. */
  theme: string;
  /** Text at the top of every slide: the institution. */
  header?: string;
  /** Text at the bottom of every slide: the profile's footer, else the course title. */
  footer: string;
  paginate: boolean;
  /** The logo copied beside the deck, relative to the output folder. */
  logo?: string;
  /** The logo's alternative text, from the profile; empty for a decorative image. */
  logoAlt?: string;
}

export interface ExportContext {
  /** The staging folder: becomes the output folder when the whole build succeeds. */
  stageDir: string;
  decks: StagedDeck[];
  /** Folders holding theme CSS for marp-cli, overrides first. */
  themeDirs: string[];
  /** A staged deck's slides, rendered once per build with its own themes, for the exporters that print them. */
  slides: (deck: StagedDeck) => Promise<RenderedSlides>;
  /** A temporary folder the build removes at the end, for browser profiles. */
  tmpDir: string;
  /** Page size of printed handouts. */
  paper: PaperSize;
  /**
   * The build's shared Chromium, started on first use; absent when there is none (formats that
   * need it are skipped). marp-cli's runs use its `executablePath`.
   */
  browser?: BrowserSession;
  /** Marp's thread: converts decks to HTML; `slides` renders with it too. */
  marp: MarpThread;
  /** Where the build reports its steps; each format is a step. */
  tracker?: ProgressTracker;
  /** The running format's step: exporters call `deck()` as each deck is made. */
  progress?: StepProgress;
}

/** One output format. Exporters run once over all decks, so one browser serves a whole format. */
export interface Exporter {
  /** Whether it needs Chromium: formats that do are skipped, and named, when there is none. */
  needsBrowser: boolean;
  /**
   * Files it writes drawn from all of one audience's decks at once (a course-wide quiz), given
   * them: an incremental build then keeps or makes an audience's decks of this format together.
   */
  courseFiles?(decks: readonly StagedDeck[]): string[];
  /** Files it writes for a deck, relative to the output folder, by manifest key. */
  files(deck: StagedDeck): Record<string, string>;
  run(context: ExportContext): Promise<void>;
}
