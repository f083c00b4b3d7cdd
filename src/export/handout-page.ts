import Handlebars from 'handlebars';
import { LecternError } from '../errors.ts';
import type { Slide } from '../plan/deck.ts';
import type { TemplateSet } from '../render/templates.ts';
import { PAPER_SIZES, type PaperSize } from './paper.ts';
import type { RenderedSlides } from './slides.ts';
import type { StagedDeck } from './types.ts';

/** The handouts made for every deck, by file suffix, and how many slides each page holds. */
export const HANDOUT_LAYOUTS = {
  notes: { slidesPerPage: 1, label: 'Study guide: slides and notes' },
  'notes-2up': { slidesPerPage: 2, label: 'Study guide: 2 slides a page, with notes' },
  '3up': { slidesPerPage: 3, label: 'Handout: 3 slides a page, with lines for notes' },
  '6up': { slidesPerPage: 6, label: 'Handout: 6 slides a page' },
} as const;

export type HandoutLayout = keyof typeof HANDOUT_LAYOUTS;
export const HANDOUT_NAMES = Object.keys(HANDOUT_LAYOUTS) as HandoutLayout[];

/** Page margins, in millimetres: the top and bottom ones hold the header and footer. */
export const HANDOUT_MARGINS = { top: 16, bottom: 14, left: 14, right: 14 };

interface HandoutSlide {
  number: number;
  title: string;
  svg: string;
  notes: string[];
  sourceLine?: string;
}

/** What the handout templates see. Text from the paper stays text: the templates escape it. */
export interface HandoutView {
  layout: HandoutLayout;
  course: string;
  lecture: string;
  lectureLabel: string;
  handoutLabel: string;
  paper: { format: string; contentHeightMm: number };
  slideCss: string;
  pages: { slides: HandoutSlide[] }[];
  /** The self-check answers, on the study guides only: the slide handouts are for answering. */
  answerKey: { number: number; title: string; answer: string }[];
}

export interface HandoutTemplates {
  page(view: HandoutView): string;
  header(view: HandoutView): string;
  footer(view: HandoutView): string;
}

/**
 * Compiles the handout templates (`templates/handouts/`, overridable like the deck's) in their own
 * Handlebars environment, with HTML escaping on: unlike the markdown templates, these write HTML.
 */
export function compileHandoutTemplates(templates: TemplateSet): HandoutTemplates {
  const hb = Handlebars.create();
  const load = (name: string) => {
    const file = templates.read(`handouts/${name}`);
    if (!file) throw new LecternError(`no handout template: expected handouts/${name} in ${templates.folders.join(' or ')}`);
    try {
      hb.precompile(file.text, { strict: false });
      return hb.compile<HandoutView & { handoutCss?: string }>(file.text, { preventIndent: true });
    } catch (cause) {
      const line = /line (\d+)/i.exec(String(cause))?.[1];
      throw new LecternError(`invalid handout template: ${String((cause as Error).message ?? cause).split('\n')[0]}`, { file: templates.describe(file.file), ...(line ? { line: Number(line) } : {}) }, { cause });
    }
  };
  for (const layout of HANDOUT_NAMES) hb.registerPartial(layout, load(`${layout}.html.hbs`));
  const css = templates.read('handouts/handout.css')?.text ?? '';
  const page = load('page.html.hbs');
  const header = load('header.html.hbs');
  const footer = load('footer.html.hbs');
  return { page: (view) => page({ ...view, handoutCss: css }), header, footer };
}

export function handoutView(staged: StagedDeck, rendered: RenderedSlides, layout: HandoutLayout, paper: PaperSize): HandoutView {
  const { deck } = staged;
  const slides = deck.slides.map((slide, i) => handoutSlide(slide, i + 1, rendered.slides[i]!));
  const pages = layout === 'notes' ? studyGuidePages(slides) : chunks(slides, HANDOUT_LAYOUTS[layout].slidesPerPage);
  const size = PAPER_SIZES[paper];
  return {
    layout,
    course: deck.courseTitle,
    lecture: deck.title,
    lectureLabel: deck.number > 0 ? `Lecture ${deck.number}: ${deck.title}` : deck.title,
    handoutLabel: HANDOUT_LAYOUTS[layout].label,
    paper: { format: size.format, contentHeightMm: size.heightMm - HANDOUT_MARGINS.top - HANDOUT_MARGINS.bottom },
    slideCss: rendered.css,
    pages,
    answerKey:
      STUDY_GUIDES.includes(layout)
        ? deck.slides.flatMap((slide, i) => (slide.answer ? [{ number: i + 1, title: slide.title, answer: slide.answer }] : []))
        : [],
  };
}

/** The handouts that print the notes, and end with the answer key. */
const STUDY_GUIDES: HandoutLayout[] = ['notes', 'notes-2up'];

function chunks(slides: HandoutSlide[], perPage: number): { slides: HandoutSlide[] }[] {
  const pages = [];
  for (let i = 0; i < slides.length; i += perPage) pages.push({ slides: slides.slice(i, i + perPage) });
  return pages;
}

/**
 * The study guide's pages: a slide with notes on a page of its own, its notes beneath it; slides
 * without notes (title, objectives, key points) two to a page rather than a page each.
 */
function studyGuidePages(slides: HandoutSlide[]): { slides: HandoutSlide[] }[] {
  const pages: { slides: HandoutSlide[] }[] = [];
  for (const slide of slides) {
    const current = pages.at(-1)?.slides;
    const shares = current && current.length < 2 && slide.notes.length === 0 && current.every((s) => s.notes.length === 0);
    if (shares) current.push(slide);
    else pages.push({ slides: [slide] });
  }
  return pages;
}

function handoutSlide(slide: Slide, number: number, svg: string): HandoutSlide {
  // A self-check's notes are its answer: students find it in the key at the end, not beside the question.
  const text = slide.answer ? 'The answer is in the answer key at the end of this guide.' : (slide.notes ?? '');
  const notes = text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  return { number, title: slide.title, svg, notes, ...(slide.sourceLine ? { sourceLine: slide.sourceLine } : {}) };
}
