import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from './content/zod.ts';
import { isSafeId } from './content/ids.ts';
import { LecternError } from './errors.ts';
import type { Deck, SlideKind } from './plan/deck.ts';
import { wordsIn } from './plan/deck.ts';
import { deckMinutes, roundMinutes, slideMinutes } from './plan/timing.ts';

/** `dist/manifest.json`: everything a build made, for tools. Paths are relative to `dist/`. */
export interface Manifest {
  courses: ManifestCourse[];
}

export interface ManifestCourse {
  id: string;
  title: string;
  /** The language the course's decks are in (BCP 47). */
  lang: string;
  audiences: ManifestAudience[];
}

export interface ManifestAudience {
  id: string;
  name: string;
  description?: string;
  /** The whole course's quiz for this audience, one file per learning platform, when it has one. */
  quiz?: { moodle: string; qti: string; /** Why the files are from an earlier build, when they are. */ stale?: string };
  decks: ManifestDeck[];
}

export interface ManifestDeck {
  id: string;
  number: number;
  title: string;
  section?: string;
  /** Estimated speaking time: the notes' words at the audience's speaking rate. */
  minutes: number;
  files: Record<string, string>;
  /** Files kept from an earlier build (a format this build did not make), by key, with why. */
  stale?: Record<string, string>;
  slides: ManifestSlide[];
}

export interface ManifestSlide {
  kind: SlideKind;
  title: string;
  /** An assertion–evidence slide's headline: the claim it shows as its heading. */
  headline?: string;
  notesWords: number;
  minutes: number;
  source: string[];
}

export function manifestDeck(deck: Deck, files: Record<string, string>, speakingRate: number): ManifestDeck {
  return {
    id: deck.id,
    number: deck.number,
    title: deck.title,
    ...(deck.sectionId ? { section: deck.sectionId } : {}),
    minutes: roundMinutes(deckMinutes(deck, speakingRate)),
    files,
    slides: deck.slides.map((slide) => ({
      kind: slide.kind,
      title: slide.title,
      ...(slide.headline ? { headline: slide.headline } : {}),
      notesWords: wordsIn(slide.notes),
      minutes: roundMinutes(slideMinutes(slide, speakingRate)),
      source: slide.source,
    })),
  };
}

/**
 * The manifest after a build that made only some courses or audiences: what it built replaces
 * the same course and audience in the previous manifest, and the rest is kept.
 */
export function mergeManifest(previous: Manifest | undefined, built: Manifest): Manifest {
  if (!previous) return built;
  const courses = previous.courses.map((course) => {
    const update = built.courses.find((c) => c.id === course.id);
    if (!update) return course;
    const kept = course.audiences.filter((a) => !update.audiences.some((u) => u.id === a.id));
    return { ...update, audiences: [...kept, ...update.audiences].sort((a, b) => a.id.localeCompare(b.id)) };
  });
  const added = built.courses.filter((c) => !previous.courses.some((p) => p.id === c.id));
  return { courses: [...courses, ...added] };
}

/** A path a manifest may list: inside the output folder, never above it. */
const OutputPath = z.string().refine((path) => path !== '' && !isAbsolute(path) && !path.split(/[\\/]/).includes('..') && !path.includes('\0'), 'expected a path inside the output folder');
const Id = z.string().refine(isSafeId, 'expected an id Lectern makes: letters, digits, "-", "_" or "."');

/**
 * What a previous build's manifest must look like before anything in it is trusted: the build
 * deletes and keeps folders by the ids it lists. Unknown keys are allowed, so a manifest written
 * by a newer Lectern is still read.
 */
const PreviousManifest = z.object({
  courses: z.array(
    z.object({
      id: Id,
      title: z.string(),
      audiences: z.array(
        z.object({
          id: Id,
          name: z.string(),
          description: z.string().optional(),
          decks: z.array(z.object({ id: z.string(), files: z.record(z.string(), OutputPath) }).loose()),
          quiz: z.object({ moodle: OutputPath, qti: OutputPath, stale: z.string().optional() }).optional(),
        }).loose(),
      ),
    }).loose(),
  ),
}).loose();

export const MANIFEST_FILE = 'manifest.json';

/**
 * The manifest an earlier build left in `outDir`, checked; undefined when there is none. One that
 * is not Lectern's (another tool's manifest.json, a hand edit that names folders outside) is an
 * error naming it: the build neither deletes by it nor overwrites it.
 */
export function readManifest(outDir: string, shownAs: string): Manifest | undefined {
  let text: string;
  try {
    text = readFileSync(join(outDir, MANIFEST_FILE), 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new LecternError(`cannot read (${(cause as NodeJS.ErrnoException).code ?? 'unknown error'})`, { file: shownAs }, { cause });
  }
  const notOurs = 'is not a manifest Lectern wrote, so the output folder may not be Lectern\'s; choose another --out, or remove the file if the folder is Lectern\'s';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new LecternError(`${notOurs} (not JSON: ${(cause as Error).message})`, { file: shownAs }, { cause });
  }
  const result = PreviousManifest.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new LecternError(`${notOurs} (${issue.path.map(String).join('.') || 'top level'}: ${issue.message})`, { file: shownAs });
  }
  // Only ids and paths are acted on; the rest of an earlier deck's entry is kept as it was written.
  return result.data as unknown as Manifest;
}
