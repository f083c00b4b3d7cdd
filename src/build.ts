import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { courseIds, loadConfig, loadCourse } from './content/load.ts';
import { LecternError, wrapError, type Diagnostic } from './errors.ts';
import { checkOverflow } from './check/index.ts';
import { DEFAULT_FORMATS, DEFAULT_PAPER, formats, runExporters, withBrowser, type Format, type PaperSize, type StagedDeck } from './export/index.ts';
import { manifestDeck, type Manifest, type ManifestCourse } from './manifest.ts';
import { Staging } from './output.ts';
import { planDecks } from './plan/index.ts';
import { createRenderer, TemplateSet } from './render/index.ts';

export interface BuildOptions {
  /** The project folder holding `content/` (and optionally `lectern.config.yaml`). */
  root?: string;
  /** Output folder; the config's `outDir`, else `dist`. */
  outDir?: string;
  /** Only these courses; all of them when left out. */
  courses?: string[];
  /** Formats besides markdown; all but `png` when left out. */
  formats?: Format[];
  /** Also check every slide for overflow in the browser (`lectern check`); findings are diagnostics. */
  check?: boolean;
  /** Paper size of printed handouts: A4 unless asked otherwise. */
  paper?: PaperSize;
}

export interface BuildResult {
  outDir: string;
  manifest: Manifest;
  /** Every file written, relative to the output folder. */
  outputs: string[];
  diagnostics: Diagnostic[];
}

const AUDIENCE = 'default';
const THEME = 'lectern';

/**
 * Builds every deck of every course: ingest, plan, render to Marp markdown, export. All files are
 * written to a staging folder first and moved into place only when the whole build succeeded.
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const root = resolve(options.root ?? '.');
  const config = loadConfig(root);
  const outDir = resolve(root, options.outDir ?? config.outDir ?? 'dist');
  const ids = options.courses ?? courseIds(root, config);
  if (ids.length === 0) throw new LecternError('no courses found: expected content/<course>/paper.txt', { file: join(root, 'content') });

  const templates = new TemplateSet();
  const renderer = createRenderer(templates);
  const diagnostics: Diagnostic[] = [];
  const staged: StagedDeck[] = [];
  const rendered = new Map<StagedDeck, string>();
  const manifest: Manifest = { courses: [] };

  for (const id of ids) {
    const loaded = loadCourse(root, id);
    diagnostics.push(...loaded.diagnostics);
    const decks = planDecks(loaded.paper, loaded.course);
    const entry: ManifestCourse = { id, title: decks[0]?.courseTitle ?? id, audiences: [{ id: AUDIENCE, decks: [] }] };
    for (const deck of decks) {
      const item: StagedDeck = { course: id, audience: AUDIENCE, deck, stem: `${id}/${AUDIENCE}/${deck.id}`, courseFile: loaded.course.source };
      try {
        rendered.set(item, renderer.render(deck, { theme: THEME }));
      } catch (cause) {
        throw wrapError(`could not render ${item.stem}`, cause);
      }
      staged.push(item);
    }
    manifest.courses.push(entry);
  }

  const selected = options.formats ?? DEFAULT_FORMATS;
  const staging = new Staging(outDir);
  try {
    for (const [item, markdown] of rendered) staging.write(`${item.stem}.md`, markdown);
    const context = { stageDir: staging.dir, decks: staged, themeDirs: templates.folders.map((f) => join(f, 'themes')).filter((dir) => existsSync(dir)), tmpDir: staging.tmpDir, templates, paper: options.paper ?? DEFAULT_PAPER };
    const made = await withBrowser(staging.tmpDir, diagnostics, async (browser) => {
      const exporting = { ...context, ...browser };
      const made = await runExporters(selected, formats, exporting, diagnostics);
      if (options.check) diagnostics.push(...(await checkOverflow(exporting)));
      return made;
    });

    const outputs: string[] = [];
    for (const item of staged) {
      const files: Record<string, string> = { md: `${item.stem}.md` };
      for (const format of made) Object.assign(files, formats[format].files(item));
      outputs.push(...Object.values(files));
      const course = manifest.courses.find((c) => c.id === item.course)!;
      course.audiences.find((a) => a.id === item.audience)!.decks.push(manifestDeck(item.deck, files));
    }
    staging.write('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
    outputs.push('manifest.json');
    staging.commit();
    return { outDir, manifest, outputs, diagnostics };
  } catch (error) {
    staging.discard();
    throw error;
  }
}
