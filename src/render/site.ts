import Handlebars from 'handlebars';
import { LecternError } from '../errors.ts';
import type { Manifest } from '../manifest.ts';
import { helpers } from './helpers/index.ts';
import type { TemplateSet } from './templates.ts';

/** How the course page names each kind of file, in the order it lists them; others follow by key. */
const FILE_LABELS: Record<string, string> = {
  html: 'Slides (HTML)',
  pdf: 'PDF',
  pptx: 'PowerPoint',
  'pptx-images': 'PowerPoint (slide pictures)',
  'handout-notes': 'Study guide',
  'handout-notes-2up': 'Study guide, 2 a page',
  'handout-3up': '3-up handout',
  'handout-6up': '6-up handout',
  'quiz-moodle': 'Quiz (Moodle XML)',
  'quiz-qti': 'Quiz (Canvas QTI)',
  md: 'Markdown',
};
const ORDER = Object.keys(FILE_LABELS);

/** The links a deck shows: one per file, slide images (one file a slide) left to the manifest. */
function linksFor(files: Record<string, string>): { label: string; href: string }[] {
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  return Object.entries(files)
    .filter(([key]) => !key.startsWith('png-'))
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([key, href]) => ({ label: FILE_LABELS[key] ?? key, href }));
}

/**
 * The course page, `dist/index.html`: every course, audience and deck with links to its files,
 * slide count and minutes. Plain HTML with relative links, so it works from `file://`. Unlike
 * slides this is HTML, so Handlebars' own HTML escaping is on.
 */
export function renderSite(manifest: Manifest, templates: TemplateSet): string {
  const file = templates.read('site/index.html.hbs');
  if (!file) throw new LecternError(`no course page template: expected site/index.html.hbs in ${templates.folders.join(' or ')}`);
  const hb = Handlebars.create();
  hb.registerHelper(helpers);
  // NOTE: a manifest from before courses had a language reads as English, as those builds were.
  const langOf = (course: { lang?: string }) => course.lang ?? 'en';
  const view = {
    lang: manifest.courses[0] ? langOf(manifest.courses[0]) : 'en',
    courses: manifest.courses.map((course) => ({
      ...course,
      lang: langOf(course),
      audiences: course.audiences.map((audience) => ({
        ...audience,
        minutes: Math.round(audience.decks.reduce((sum, deck) => sum + deck.minutes, 0)),
        decks: audience.decks.map((deck) => ({
          ...deck,
          slideCount: deck.slides.length,
          roundedMinutes: Math.round(deck.minutes),
          links: linksFor(deck.files),
        })),
      })),
    })),
  };
  try {
    return hb.compile(file.text, { strict: false })(view);
  } catch (cause) {
    throw new LecternError(`could not render the course page: ${(cause as Error).message.split('\n')[0]}`, { file: templates.describe(file.file) }, { cause });
  }
}
