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
  quiz?: { moodle: string; qti: string };
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
