import { resolve } from 'node:path';
import { z } from './zod.ts';
import { parseYaml, type YamlFile } from './yaml.ts';

/**
 * `content/audiences/<id>.yaml`: who a deck set is for. An audience changes the content itself
 * (depth, acronyms, glossary, quiz, references, wording, time) as well as the look.
 */
export const AudienceFile = z.strictObject({
  /** Shown on the course page: "Undergraduates (pharmacy)". */
  name: z.string().min(1),
  description: z.string().optional(),
  /** Bullets on a content slide, at most six. */
  bulletsPerSlide: z.number().int().min(1).max(6).optional(),
  /** Blocks left out of this audience's decks: block ids, or the terms of topics. */
  omit: z.array(z.string().min(1)).optional(),
  /** Whether slides carry the paper's paragraph as speaker notes. */
  notes: z.boolean().optional(),
  /** Spell acronyms out on first use in each deck's slide text: "epidermal growth factor receptor (EGFR)". */
  spellOutAcronyms: z.boolean().optional(),
  /** A glossary slide per deck listing the acronyms it uses. */
  glossary: z.boolean().optional(),
  /** Self-check questions at the end of each deck that has topics; 0 for none. */
  quizQuestions: z.number().int().min(0).max(10).optional(),
  /** The paper's reference list at the end of the last lecture. */
  references: z.boolean().optional(),
  /** How objectives and key points are worded: plain for the public, technical for specialists. */
  wording: z.enum(['plain', 'standard', 'technical']).optional(),
  /**
   * How a paragraph's slide is laid out: `assertion-evidence` puts the paragraph's central claim
   * as a full-sentence headline with its supporting points below (Garner & Alley 2013);
   * `bullets` gives a short title and the paragraph's central sentences as bullets.
   */
  slideStyle: z.enum(['assertion-evidence', 'bullets']).optional(),
  /** Words a minute the lecturer speaks, for timing. */
  speakingRate: z.number().positive().optional(),
  /** Minutes a lecture may take; a deck over it gets a warning naming what to cut. */
  timeBudget: z.number().positive().optional(),
  /** A theme in `templates/themes/` (or an override folder), by its `@theme` name. */
  theme: z.string().min(1).optional(),
  /** Shown in each slide's header. */
  institution: z.string().optional(),
  /** An image (SVG, PNG or JPEG) shown on title slides, relative to the profile. */
  logo: z.string().regex(/\.(svg|png|jpe?g)$/i, 'expected an .svg, .png or .jpg file').optional(),
  /** What the logo says to someone who cannot see it; the institution's name when left out. */
  logoAlt: z.string().optional(),
  /** Footer text; the course title when left out. */
  footer: z.string().optional(),
  /** Slide numbers. */
  paginate: z.boolean().optional(),
  /** A folder whose files replace Lectern's templates of the same name, relative to the profile. */
  templates: z.string().min(1).optional(),
});

export type AudienceFile = z.infer<typeof AudienceFile>;

/** An audience with every setting decided. */
export interface Audience {
  id: string;
  name: string;
  description: string;
  bulletsPerSlide: number;
  omit: string[];
  notes: boolean;
  spellOutAcronyms: boolean;
  glossary: boolean;
  quizQuestions: number;
  references: boolean;
  wording: 'plain' | 'standard' | 'technical';
  slideStyle: 'assertion-evidence' | 'bullets';
  speakingRate: number;
  timeBudget?: number;
  theme: string;
  institution?: string;
  /** Absolute path of the logo image. */
  logo?: string;
  /** The logo's alternative text: `logoAlt`, else the institution, else empty (a decorative image). */
  logoAlt?: string;
  footer?: string;
  paginate: boolean;
  /** Absolute path of the profile's template overrides. */
  templates?: string;
  /** The profile as written, for errors that point at its lines; none for the built-in default. */
  source?: YamlFile<AudienceFile>;
}

/** What an audience gets for every setting it does not name. */
const AUDIENCE_DEFAULTS = {
  bulletsPerSlide: 6,
  omit: [],
  notes: true,
  spellOutAcronyms: false,
  glossary: false,
  quizQuestions: 0,
  references: false,
  wording: 'standard',
  slideStyle: 'bullets',
  speakingRate: 130,
  theme: 'lectern',
  paginate: true,
} satisfies Partial<Audience>;

/** The audience a course is built for when no profiles exist: the paper as it is. */
export const DEFAULT_AUDIENCE: Audience = { id: 'default', name: 'Default', description: '', ...AUDIENCE_DEFAULTS };

/**
 * Resolves a profile: its own settings over the defaults. `baseDir` is the profile's folder, which
 * its `templates` path is relative to.
 */
function resolveAudience(id: string, source: YamlFile<AudienceFile>, baseDir: string): Audience {
  const { templates, logo, ...settings } = source.data;
  const defined = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
  return {
    ...DEFAULT_AUDIENCE,
    ...defined,
    id,
    ...(templates ? { templates: resolve(baseDir, templates) } : {}),
    ...(logo ? { logo: resolve(baseDir, logo), logoAlt: source.data.logoAlt ?? source.data.institution ?? '' } : {}),
    source,
  } as Audience;
}

export function parseAudience(id: string, text: string, file: string, baseDir: string): Audience {
  return resolveAudience(id, parseYaml(text, file, AudienceFile), baseDir);
}
