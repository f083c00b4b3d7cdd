import { existsSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { Audience } from './content/audience.ts';
import { brandedFor } from './content/course.ts';
import { courseIds, displayPath, loadAudiences, loadConfig, loadCourse, type LoadedCourse } from './content/load.ts';
import { LecternError, wrapError, type Diagnostic } from './errors.ts';
import { DEFAULT_FORMATS, DEFAULT_PAPER, formats, runExporters, withBrowser, type Format, type PaperSize, type StagedDeck } from './export/index.ts';
import { courseQuizFiles } from './export/files.ts';
import { MANIFEST_FILE, manifestDeck, mergeManifest, readManifest, type Manifest, type ManifestCourse } from './manifest.ts';
import { CACHE_FILE } from './build-cache.ts';
import { planReuse } from './incremental.ts';
import { OutputFolders } from './output-folders.ts';
import { keepEarlierFiles } from './keep.ts';
import { whenInterrupted } from './interrupt.ts';
import { checkOutDir, OutputLock, recoverOutput, Staging } from './output.ts';
import { planDecks } from './plan/index.ts';
import { PlanCache } from './plan-cache.ts';
import { PaperCache } from './paper-cache.ts';
import { readPaper } from './ingest/read.ts';
import { BuildMemory } from './build-memory.ts';
import { ProgressTracker, type ProgressReporter } from './progress.ts';
import { budgetWarning } from './plan/timing.ts';
import { createStagedDeckRenderer } from './export/slides.ts';
import { TemplateSet, type DeckRenderer } from './render/index.ts';
import { BUILTIN_TEMPLATES } from './render/templates.ts';
import type { AcronymDefinition } from './render/escape.ts';
import { renderSite } from './render/site.ts';
import { checkTheme, themeNames } from './render/themes.ts';

export interface BuildOptions {
  /** The project folder holding `content/` (and optionally `lectern.config.yaml`). */
  root?: string;
  /** Output folder; the config's `outDir`, else `dist`. */
  outDir?: string;
  /** Only these courses; all of them when left out. */
  courses?: string[];
  /** Only these audiences; the course's, the config's, or all profiles when left out. */
  audiences?: string[];
  /** Formats besides markdown; all but `png` when left out. */
  formats?: Format[];
  /** Also check every slide for overflow in the browser (`lectern check`); findings are diagnostics. */
  check?: boolean;
  /** Paper size of printed handouts: A4 unless asked otherwise. */
  paper?: PaperSize;
  /** Build into an existing folder that holds files Lectern did not make. */
  force?: boolean;
  /** Make every file again, even those the previous build made from the same input. */
  rebuildAll?: boolean;
  /** Where to report each step as it goes (the CLI shows it); quiet when left out. */
  progress?: ProgressReporter;
  /** What earlier builds of this process (`lectern dev`) kept for the next; none when left out. */
  memory?: BuildMemory;
  /** Called before each move of the commit into the output folder; tests stop a build there. */
  beforeCommitStep?: (step: string) => void;
}

export interface BuildResult {
  outDir: string;
  /** Everything in the output folder now: this build's decks and those earlier builds left. */
  manifest: Manifest;
  /** How many decks this build made. */
  deckCount: number;
  /** Every file written, relative to the output folder. */
  outputs: string[];
  /** How many of those were kept from the previous build, their input unchanged. */
  reused: number;
  /** How many lectures were taken from earlier builds' plans, and how many were planned again. */
  lectures: { reused: number; planned: number };
  diagnostics: Diagnostic[];
}

/**
 * The language of a course whose course.yaml, paper and config do not say. Never the machine's
 * locale: the same input builds the same decks anywhere.
 */
const DEFAULT_LANG = 'en';

/** Where an earlier Lectern kept planned decks, inside the output folder; a build removes it. */
const FORMER_PLANS_FILE = '.lectern-plans.json';

/** A deck planned and rendered to Marp markdown, with what it was built from. */
interface RenderedDeck extends StagedDeck {
  markdown: string;
  speakingRate: number;
}

/**
 * Builds every deck of every course for every audience: ingest, plan, render to Marp markdown,
 * export. All files are written to a staging folder first and moved into place only when the
 * whole build succeeded.
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const memory = options.memory ?? new BuildMemory();
  try {
    return await buildWith(memory, options);
  } finally {
    // A memory of its own ends with the build; one given by `lectern dev` is kept for the next.
    if (!options.memory) await memory.close();
  }
}

async function buildWith(memory: BuildMemory, options: BuildOptions): Promise<BuildResult> {
  const root = resolve(options.root ?? '.');
  const config = loadConfig(root);
  const outDir = resolve(root, options.outDir ?? config.outDir ?? 'dist');
  const shownOut = displayPath(root, outDir);
  checkOutDir({ root, outDir, shownAs: shownOut, protectedDirs: [join(root, 'content'), join(root, 'templates'), BUILTIN_TEMPLATES], force: Boolean(options.force) });
  // Checked before any work: an earlier build's manifest says what this one may replace or remove.
  readManifest(outDir, join(shownOut, MANIFEST_FILE));
  const ids = options.courses ?? courseIds(root, config);
  if (ids.length === 0) throw new LecternError('no courses found: expected content/<course>/paper.pdf, .xml, .md or .txt', { file: 'content' });

  const tracker = new ProgressTracker(options.progress);
  // A lecture planned again will be made into files: Marp's thread loads while this one plans it.
  const makesFormats = (options.formats ?? DEFAULT_FORMATS).length > 0;
  const plans = new PlanCache(root, { force: Boolean(options.rebuildAll), onPlanning: () => {
      if (makesFormats) memory.marp.start();
    },
  });
  const papers = new PaperCache(root, { force: Boolean(options.rebuildAll) });
  const diagnostics: Diagnostic[] = [];
  const manifest: Manifest = { courses: [] };
  const decks: RenderedDeck[] = [];
  /** Every audience profile some deck is built for. */
  const built = new Set<Audience>();
  /** Files copied beside the decks (logos), by their path in the output. */
  const assets = new Map<string, string>();
  memory.startBuild();
  /** The template sets this build renders with, by key. */
  const renderers = new Map<string, TemplateSet>();

  for (const id of ids) {
    const loaded = await loadCourse(root, id, (bytes, read) => memory.readPaper(bytes, read, (b, r) => papers.read(b, r, readPaper)));
    diagnostics.push(...loaded.diagnostics);
    const profiles = loadAudiences(root, audienceIds(loaded.course.edits.audiences ?? config.audiences, options.audiences));
    const audiences = profiles.map((profile) => brandedFor(profile, loaded.course, join(root, 'content', id)));
    const lang = loaded.course.edits.lang ?? loaded.paper.language ?? config.lang ?? DEFAULT_LANG;
    const course: ManifestCourse = { id, title: loaded.course.edits.title ?? loaded.paper.title, lang, audiences: [] };
    manifest.courses.push(course);
    const planning = tracker.step('plan', audiences.length);
    for (const audience of audiences) {
      built.add(audience);
      course.audiences.push({ id: audience.id, name: audience.name, ...(audience.description ? { description: audience.description } : {}), decks: [] });
      const { key: templatesKey, compiled } = memory.templates(templateOverrides(root, loaded, audience));
      const { renderer, templates } = compiled;
      renderers.set(templatesKey, templates);
      const logo = audience.logo ? `logo${extname(audience.logo).toLowerCase()}` : undefined;
      if (audience.logo) assets.set(`${id}/${audience.id}/${logo}`, readAsset(audience.logo, root));
      for (const deck of planDecks(loaded.paper, loaded.course, audience, plans)) {
        const warning = budgetWarning(deck, audience, `content/audiences/${audience.id}.yaml`);
        if (warning) diagnostics.push(warning);
        const stem = `${id}/${audience.id}/${deck.id}`;
        const markdown = memory.rendered(templatesKey, [deck, audience, stem, logo, lang, loaded.paper.acronyms], () => render(renderer, deck, audience, stem, logo, lang, loaded.paper.acronyms));
        const look = { theme: audience.theme, footer: audience.footer ?? deck.courseTitle, paginate: audience.paginate, ...(audience.institution ? { header: audience.institution } : {}), ...(logo ? { logo: `${id}/${audience.id}/${logo}`, logoAlt: audience.logoAlt ?? '' } : {}) };
        decks.push({ course: id, audience: audience.id, deck, stem, lang, courseFile: loaded.course.source, templates, look, markdown, speakingRate: audience.speakingRate });
      }
      planning.deck(`${id}/${audience.id}`);
    }
  }

  try {
    plans.save();
  } catch (cause) {
    // Only a later build is slower for it: it plans again what this one planned.
    diagnostics.push({ severity: 'info', message: `plan cache not saved: ${(cause as Error).message}` });
  }
  try {
    papers.save();
  } catch (cause) {
    // Only a later build is slower for it: it reads the paper again.
    diagnostics.push({ severity: 'info', message: `paper cache not saved: ${(cause as Error).message}` });
  }

  const selected = options.formats ?? DEFAULT_FORMATS;
  // NOTE: marp-cli takes one theme set for every deck: override folders first, Lectern's own last.
  const folders = [...new Set([...renderers.values()].flatMap((templates) => templates.folders))];
  const themeDirs = [...folders.filter((f) => f !== BUILTIN_TEMPLATES), BUILTIN_TEMPLATES].map((f) => join(f, 'themes')).filter((dir) => existsSync(dir));
  const themes = themeNames(themeDirs);
  for (const audience of built) checkTheme(audience, themes);
  // One build writes an output folder at a time; it first finishes or clears what a killed one left.
  const lock = await OutputLock.acquire(outDir, shownOut);
  let staging: Staging | undefined;
  const forget = whenInterrupted(() => {
    try {
      // Ends what this build still runs in its folders (marp-cli, Chromium) before removing them.
      staging?.discard();
    } finally {
      lock.release();
    }
  });
  try {
    recoverOutput(outDir);
    // Read again under the lock: another build may have changed it since the check above.
    const current = readManifest(outDir, join(shownOut, MANIFEST_FILE));
    staging = new Staging(outDir, shownOut);
    for (const deck of decks) staging.write(`${deck.stem}.md`, deck.markdown);
    for (const [path, source] of assets) staging.copy(path, source);
    const paper = options.paper ?? DEFAULT_PAPER;
    const staged = staging;
    const outputFolders = new OutputFolders(root);
    const reuse = planReuse({ outDir, stageDir: staged.dir, keep: (path) => staged.keep(path), copy: (path, source) => staged.copy(path, source), siblings: outputFolders.others(outDir), decks, selected, registry: formats, themeDirs, assets, options: { paper }, force: Boolean(options.rebuildAll) });
    if (plans.ignored) diagnostics.push({ severity: 'info', message: `plan cache ignored, every deck is planned again: ${plans.ignored}` });
    if (reuse.ignored) diagnostics.push({ severity: 'info', message: `build cache ignored, everything is rebuilt: ${reuse.ignored}` });
    const context = { stageDir: staging.dir, decks, themeDirs, slides: createStagedDeckRenderer(staging.dir, memory.marp), tmpDir: staging.tmpDir, paper, tracker, marp: memory.marp };
    const made = await withBrowser(staging.tmpDir, diagnostics, async (browser) => {
      const exporting = { ...context, ...browser };
      // Chromium starts while Marp's thread makes the HTML: the formats that need it come later.
      if (selected.some((format) => formats[format].needsBrowser && reuse.decksFor(format).length > 0)) browser.browser?.warm();
      const made = await runExporters(selected, formats, exporting, diagnostics, reuse.decksFor);
      if (options.check) {
        const { checkOverflow } = await import('./check/index.ts');
        const checking = tracker.step('check', decks.length);
        diagnostics.push(...(await checkOverflow({ ...exporting, progress: checking })));
        checking.finish();
      }
      return made;
    });

    const outputs: string[] = [];
    let keptCount = 0;
    const keptEarlier: string[] = [];
    for (const deck of decks) {
      const files: Record<string, string> = { md: `${deck.stem}.md` };
      for (const format of made) Object.assign(files, formats[format].files(deck));
      outputs.push(...Object.values(files));
      const stale = keepEarlierFiles({ previous: current, deck, files, made, selected, formats, staging });
      keptCount += Object.keys(stale).length;
      for (const key of Object.keys(stale)) keptEarlier.push(files[key]!);
      const audiences = manifest.courses.find((c) => c.id === deck.course)!.audiences;
      const audience = audiences.find((a) => a.id === deck.audience)!;
      audience.decks.push({ ...manifestDeck(deck.deck, files, deck.speakingRate), ...(Object.keys(stale).length ? { stale } : {}) });
      if (files['quiz-moodle'] && !audience.quiz) {
        audience.quiz = courseQuizFiles(deck.course, deck.audience);
        outputs.push(audience.quiz.moodle, audience.quiz.qti);
      }
    }
    // The whole course's quiz, like each lecture's, stays from an earlier build that made it when this one did not.
    if (!made.includes('quiz')) {
      for (const course of manifest.courses) {
        for (const audience of course.audiences) {
          const earlier = current?.courses.find((c) => c.id === course.id)?.audiences.find((a) => a.id === audience.id)?.quiz;
          if (!earlier || !audience.decks.some((d) => d.files['quiz-moodle'])) continue;
          if (![earlier.moodle, earlier.qti].every((path) => path.startsWith(`${course.id}/${audience.id}/`) && existsSync(join(outDir, path)))) continue;
          staging.keep(earlier.moodle);
          staging.keep(earlier.qti);
          audience.quiz = { moodle: earlier.moodle, qti: earlier.qti, stale: 'quiz was not rebuilt by the last build; these files are from an earlier one' };
          keptCount += 2;
        }
      }
    }
    if (keptCount) diagnostics.push({ severity: 'info', message: `kept ${keptCount} files from an earlier build in formats this build did not make; manifest.json marks them stale` });
    // A narrowed build (--course, --audience) keeps what earlier builds made for the rest; a full
    // build replaces it all, and takes away courses and audiences that are no longer built.
    const narrowed = Boolean(options.courses || options.audiences);
    const merged = narrowed ? mergeManifest(current, manifest) : manifest;
    staging.write('manifest.json', `${JSON.stringify(merged, null, 2)}\n`);
    staging.write('index.html', renderSite(merged, new TemplateSet()));
    outputs.push(...assets.keys(), 'manifest.json', 'index.html');
    const built = audiencePaths(manifest);
    staging.write(CACHE_FILE, reuse.finish(made, built, keptEarlier));
    const stale = narrowed || !current ? [] : audiencePaths(current).filter((path) => !built.includes(path));
    // Planned decks are kept beside the output now (PlanCache); an earlier Lectern kept them inside it.
    staging.commit([...built, 'manifest.json', 'index.html', CACHE_FILE], [...stale, FORMER_PLANS_FILE], options.beforeCommitStep);
    try {
      outputFolders.remember(outDir);
    } catch (cause) {
      // Only a build into another folder is slower for it: it makes what it could have copied.
      diagnostics.push({ severity: 'info', message: `output folder not remembered: ${(cause as Error).message}` });
    }
    return { outDir, manifest: merged, deckCount: decks.length, outputs, reused: reuse.reused, lectures: { ...plans.lectures }, diagnostics };
  } catch (error) {
    try {
      staging?.discard();
    } catch {
      // The build's own error is the one to report; the next build clears what is left.
    }
    throw error;
  } finally {
    forget();
    lock.release();
  }
}

/** A logo's path, checked before the build writes anything. */
function readAsset(file: string, root: string): string {
  if (!existsSync(file)) throw new LecternError('logo not found', { file: relative(root, file) });
  return file;
}

/** The `<course>/<audience>` folders a manifest lists. */
function audiencePaths(manifest: Manifest): string[] {
  return manifest.courses.flatMap((c) => c.audiences.map((a) => `${c.id}/${a.id}`));
}

/**
 * The audiences to build a course for: the ones it (or the config) lists, all profiles when
 * neither does, narrowed to those asked for on the command line.
 */
function audienceIds(listed: string[] | undefined, asked: string[] | undefined): string[] | undefined {
  if (!asked) return listed;
  return listed ? listed.filter((id) => asked.includes(id)) : asked;
}

/** Template folders that override Lectern's: the course's first, then the audience's. */
function templateOverrides(root: string, loaded: LoadedCourse, audience: Audience): string[] {
  const course = loaded.course.edits.templates;
  return [...(course ? [resolve(root, 'content', loaded.id, course)] : []), ...(audience.templates ? [audience.templates] : [])];
}

function render(renderer: DeckRenderer, deck: RenderedDeck['deck'], audience: Audience, stem: string, logo: string | undefined, lang: string, acronyms: readonly AcronymDefinition[]): string {
  try {
    return renderer.render(deck, {
      lang,
      acronyms,
      ...(logo ? { logo, logoAlt: audience.logoAlt ?? '' } : {}),
      theme: audience.theme,
      ...(audience.footer ? { footer: audience.footer } : {}),
      ...(audience.institution ? { header: audience.institution } : {}),
      paginate: audience.paginate,
    });
  } catch (cause) {
    throw wrapError(`could not render ${stem}`, cause);
  }
}
