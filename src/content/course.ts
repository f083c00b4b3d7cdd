import { resolve } from 'node:path';
import { z } from './zod.ts';
import type { Audience } from './audience.ts';
import { LecternError } from '../errors.ts';
import { LANGUAGE_TAG, type Paper } from './paper.ts';
import { parseYaml, type YamlFile } from './yaml.ts';

const Text = z.string().min(1);

/** A lecturer's edits to one lecture (one section of the paper), keyed by section id. */
export const LectureEdit = z.strictObject({
  /** The lecture's title, when the section's heading is not what it should be called. */
  title: Text.optional(),
  /** What students will be able to do after the lecture. */
  objectives: z.array(Text).optional(),
  /** The closing slide's points, replacing the ones drawn from the section. */
  keyPoints: z.array(Text).max(6).optional(),
});

/** A lecturer's edits to one block, keyed by block id. */
export const BlockEdit = z.strictObject({
  /** The slide's title (for a paragraph that has no term, or to rename a topic's slide). */
  title: Text.optional(),
  /** Bullets to show instead of the ones drawn from the block's sentences. */
  bullets: z.array(Text).max(6).optional(),
  /** Leave the block out of the decks. */
  skip: z.boolean().optional(),
});

/**
 * Plain words for a paper's terms, shown on the slides of audiences with `wording: plain`: each
 * key a term as the paper writes it, each value the everyday words that fit its place in a
 * sentence, or `false` to keep a term Lectern's own lexicon would replace. Also the shape of that
 * lexicon (`src/plan/lexicon/plain.yaml`).
 */
export const PlainWords = z.record(z.string(), z.union([Text, z.literal(false)]));
export type PlainWords = z.infer<typeof PlainWords>;

/** A BCP 47 language tag, as HTML's `lang` takes it: "en", "de", "pt-BR". */
export const LanguageTag = z.string().regex(LANGUAGE_TAG, 'expected a language tag such as en, de or pt-BR');

/** `content/<course>/course.yaml`: the lecturer's plan and edits, keyed by stable ids. */
export const CourseFile = z.strictObject({
  /** The course's title, as the authors meant it. */
  title: Text.optional(),
  subtitle: Text.optional(),
  /** Sections to teach, in order; all of them when left out. */
  order: z.array(Text).optional(),
  /** Audiences this course is built for; the config's (or all profiles) when left out. */
  audiences: z.array(Text).optional(),
  /** The language the decks are in, as a BCP 47 tag: the paper's when it says, else the config's, else English. */
  lang: LanguageTag.optional(),
  /** A folder, relative to the course, whose files replace Lectern's templates of the same name. */
  templates: Text.optional(),
  lectures: z.record(z.string(), LectureEdit).optional(),
  blocks: z.record(z.string(), BlockEdit).optional(),
  /** This course's additions to the plain-language lexicon. */
  plainWords: PlainWords.optional(),
  /** Shown in each slide's header, for every audience: the institution that teaches the course. */
  institution: Text.optional(),
  /** Footer text on every slide, for every audience; the course title when neither course nor audience names one. */
  footer: Text.optional(),
  /** An image (SVG, PNG or JPEG) shown on title slides, relative to the course folder. */
  logo: z.string().regex(/\.(svg|png|jpe?g)$/i, 'expected an .svg, .png or .jpg file').optional(),
  /** The logo's alternative text; the institution when left out, and none makes it a decorative image. */
  logoAlt: z.string().optional(),
});

export type LectureEdit = z.infer<typeof LectureEdit>;
export type BlockEdit = z.infer<typeof BlockEdit>;
export type CourseFile = z.infer<typeof CourseFile>;

/** A course's edits, checked against its paper: every id it names exists. */
export interface Course {
  id: string;
  edits: CourseFile;
  /** Where each edit is written, for errors and check findings. */
  source: YamlFile<CourseFile>;
}

export function parseCourse(id: string, text: string, file: string, paper: Paper): Course {
  const source = parseYaml(text, file, CourseFile);
  const edits = source.data;
  const sectionIds = new Set(paper.sections.map((s) => s.id));
  const blockIds = new Set(paper.sections.flatMap((s) => s.blocks.map((b) => b.id)));

  const unknown = (kind: string, key: string, known: Set<string>, path: PropertyKey[]) =>
    new LecternError(`${kind} "${key}" names no ${kind} of the paper; expected one of: ${nearest(key, known)}`, source.locate(path, true));

  for (const key of Object.keys(edits.lectures ?? {})) {
    if (!sectionIds.has(key)) throw unknown('section', key, sectionIds, ['lectures', key]);
  }
  for (const key of Object.keys(edits.blocks ?? {})) {
    if (!blockIds.has(key)) throw unknown('block', key, blockIds, ['blocks', key]);
  }
  checkPlainWords(source, ['plainWords']);
  (edits.order ?? []).forEach((key, i) => {
    if (!sectionIds.has(key)) throw new LecternError(`order: section "${key}" names no section of the paper; expected one of: ${[...sectionIds].join(', ')}`, source.locate(['order', i]));
  });
  return { id, edits, source };
}

/**
 * What a schema cannot say about a plain-words map: every term has a letter, and no two terms are
 * the same but for case (the later one would silently win).
 */
export function checkPlainWords(source: YamlFile<unknown>, path: readonly PropertyKey[]): void {
  let map: unknown = source.data;
  for (const step of path) map = map && typeof map === 'object' ? (map as Record<PropertyKey, unknown>)[step] : undefined;
  const seen = new Map<string, string>();
  for (const term of Object.keys((map ?? {}) as PlainWords)) {
    const where = source.locate([...path, term], true);
    if (!/\p{L}/u.test(term)) throw new LecternError(`plain words: "${term}" is not a term; expected words such as "tumour microenvironment"`, where);
    const key = term.trim().toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new LecternError(`plain words: "${term}" is written twice (also as "${earlier}"); keep one`, where);
    seen.set(key, term);
  }
}

/** The known ids closest to a mistyped one: same prefix first, so the list stays short. */
function nearest(key: string, known: Set<string>): string {
  const prefix = key.split('/')[0]!;
  const close = [...known].filter((id) => id.startsWith(prefix));
  const shown = (close.length ? close : [...known]).slice(0, 12);
  return shown.join(', ') + (known.size > shown.length && !close.length ? ', …' : '');
}

/**
 * An audience as one course is taught to it: the course's branding (institution, footer, logo)
 * over the profile's, so a profile shared by several courses carries none of one course's names.
 */
export function brandedFor(audience: Audience, course: Course, courseDir: string): Audience {
  const { institution, footer, logo, logoAlt } = course.edits;
  return {
    ...audience,
    ...(institution ? { institution } : {}),
    ...(footer ? { footer } : {}),
    ...(logo ? { logo: resolve(courseDir, logo), logoAlt: logoAlt ?? institution ?? '' } : logoAlt !== undefined ? { logoAlt } : {}),
  };
}
