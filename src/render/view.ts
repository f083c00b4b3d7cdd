import type { Deck, Slide } from '../plan/deck.ts';
import { LETTERS } from '../plan/quiz.ts';
import { escapeImageAlt, escapeInline, escapeNote, markAcronyms, type AcronymDefinition } from './escape.ts';

/** A slide as templates see it: every string already escaped for where it goes. */
export interface SlideView {
  kind: string;
  title: string;
  subtitle?: string;
  bullets: string[];
  byline: string[];
  notes?: string;
  number: number;
  question?: string;
  /** A matching question's items with their numbers: { number: 1, text: "…" }. */
  prompts: { number: number; text: string }[];
  /** An assertion–evidence slide's claim. */
  headline?: string;
  /** Quiz choices with their letters: { letter: "A", text: "…" }. */
  choices: { letter: string; text: string }[];
  table?: { header: string[]; rows: string[][] };
}

export interface DeckView {
  id: string;
  title: string;
  courseTitle: string;
  number: number;
  /** Front-matter values are YAML strings: JSON strings are valid YAML. */
  meta: { title: string; footer: string; theme: string; header: string; paginate: boolean; lang: string };
  /** The logo's file name beside the deck, for title slides. */
  logo?: string;
  /** The logo's alternative text, escaped for an image's alt in Marp markdown. */
  logoAlt: string;
  slides: SlideView[];
}

export interface ViewOptions {
  theme: string;
  footer?: string;
  /** Header text on every slide, e.g. the institution. */
  header?: string;
  paginate?: boolean;
  /** File name of a logo image copied beside the deck. */
  logo?: string;
  /** The logo's alternative text. */
  logoAlt?: string;
  /** The paper's acronyms, marked up on slides as `<abbr title>` for assistive technology. */
  acronyms?: readonly AcronymDefinition[];
  /** The deck's language, a BCP 47 tag: HTML's `lang` for assistive technology and hyphenation; English when left out. */
  lang?: string;
}

/**
 * The one place content meets markup: templates receive only escaped strings, so a template
 * cannot forget to escape, and `{{…}}` in a paper is data that Handlebars never evaluates.
 */
export function toView(deck: Deck, options: ViewOptions): DeckView {
  return {
    id: deck.id,
    title: escapeInline(deck.title),
    courseTitle: escapeInline(deck.courseTitle),
    number: deck.number,
    meta: {
      title: JSON.stringify(deck.title),
      footer: JSON.stringify(escapeInline(options.footer ?? deck.courseTitle)),
      theme: JSON.stringify(options.theme),
      header: JSON.stringify(escapeInline(options.header ?? '')),
      paginate: options.paginate ?? true,
      lang: JSON.stringify(options.lang ?? 'en'),
    },
    ...(options.logo ? { logo: encodeURI(options.logo) } : {}),
    logoAlt: escapeImageAlt(options.logoAlt ?? ''),
    slides: deck.slides.map((slide, i) => slideView(slide, i + 1, options.acronyms ?? [])),
  };
}

function slideView(slide: Slide, number: number, acronyms: readonly AcronymDefinition[]): SlideView {
  const notes = [slide.notes, slide.sourceLine].filter((part): part is string => Boolean(part));
  // Slide text marks the paper's acronyms for assistive technology; notes stay the paper's words.
  const text = (value: string) => markAcronyms(escapeInline(value), acronyms);
  return {
    kind: slide.kind,
    title: text(slide.title),
    ...(slide.subtitle ? { subtitle: text(slide.subtitle) } : {}),
    bullets: slide.bullets.map(text),
    byline: (slide.byline ?? []).map(escapeInline),
    ...(notes.length ? { notes: escapeNote(notes.join('\n\n')) } : {}),
    number,
    ...(slide.question ? { question: text(slide.question) } : {}),
    prompts: (slide.prompts ?? []).map((value, i) => ({ number: i + 1, text: text(value) })),
    ...(slide.headline ? { headline: text(slide.headline) } : {}),
    choices: (slide.choices ?? []).map((value, i) => ({ letter: LETTERS[i]!, text: text(value) })),
    ...(slide.table ? { table: { header: slide.table.header.map(text), rows: slide.table.rows.map((row) => row.map(text)) } } : {}),
  };
}
