// What `npm run bench:quality` measures in a built deck: read from the Marp markdown a lecturer
// gets (parsed with marp-core's own markdown parser), not from Lectern's internal plan.
import { Marp } from '@marp-team/marp-core';
import { endsOpen, isWord, tag } from '../src/plan/language/index.ts';
import { countText, type TextCounts } from '../src/plan/plain-grade.ts';

/** One slide as the markdown shows it. */
export interface BuiltSlide {
  /** The slide's class: its kind ("content", "topic", "assertion", "quiz", …). */
  kind: string;
  /** The first heading: a slide's title, or an assertion–evidence slide's headline. */
  title: string;
  /** Paragraphs: an assertion–evidence slide's short title above its headline, a quiz's question. */
  paragraphs: string[];
  bullets: string[];
}

/** Slides that teach the paper's content: their bullets are what readability is measured on. */
const FRAMING = new Set(['title', 'objectives', 'takeaways', 'lectures', 'keywords', 'glossary', 'quiz', 'references', 'table']);

const marp = new Marp({ emoji: { shortcode: false, unicode: false }, math: false, script: false });

interface MdToken {
  type: string;
  content: string;
  children: MdToken[] | null;
  meta?: { marpitDirectives?: { class?: string } };
}

/** The slides of a Marp markdown file: class, first heading and bullet-list items (as plain text). */
export function readSlides(markdown: string): BuiltSlide[] {
  const tokens = (marp.markdown as unknown as { parse(src: string, env: object): MdToken[] }).parse(markdown, {});
  const slides: BuiltSlide[] = [];
  let current: BuiltSlide | undefined;
  let inBulletList = 0;
  let inHeading = false;
  let inList = 0;
  for (const token of tokens) {
    if (token.type === 'marpit_slide_open') {
      current = { kind: (token.meta?.marpitDirectives?.class ?? '').split(/\s+/)[0] ?? '', title: '', paragraphs: [], bullets: [] };
      slides.push(current);
    } else if (token.type === 'bullet_list_open') inBulletList++;
    else if (token.type === 'bullet_list_close') inBulletList--;
    else if (token.type === 'ordered_list_open') inList++;
    else if (token.type === 'ordered_list_close') inList--;
    else if (token.type === 'heading_open') inHeading = true;
    else if (token.type === 'heading_close') inHeading = false;
    else if (token.type === 'inline' && current) {
      const text = plain(token);
      if (inHeading && !current.title) current.title = text;
      else if (inBulletList > 0) current.bullets.push(text);
      else if (inList === 0 && !inHeading && token.type === 'inline') current.paragraphs.push(text);
    }
  }
  return slides;
}

/**
 * The words a slide shows: inline HTML is markup, not text. An acronym's `<abbr title="…">` holds
 * its long form for assistive technology; read as text, it would count as words on every slide.
 */
function plain(token: MdToken): string {
  return (token.children ?? [])
    .map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : c.type === 'html_inline' ? '' : c.content))
    .join('')
    .trim();
}

/** What the slides that teach say: bullets, and an assertion–evidence slide's headline before them. */
export function contentBullets(slides: readonly BuiltSlide[]): string[] {
  return slides.filter((s) => !FRAMING.has(s.kind)).flatMap((s) => (s.kind === 'assertion' ? [s.title, ...s.bullets] : s.bullets));
}

/** A slide's short title: an assertion–evidence slide's is the paragraph above its headline. */
function shortTitle(slide: BuiltSlide): string {
  return slide.kind === 'assertion' ? (slide.paragraphs[0] ?? '') : slide.title;
}

/**
 * A bullet cut short (ending in "…"; an ellipsis inside a quotation is the paper's own elision) or
 * ending on a word that leaves it open ("… of the", "… and").
 */
export function isCutShort(bullet: string): boolean {
  if (/(?:…|\.\.\.)["'”’)\]]*\s*$/.test(bullet)) return true;
  const words = tag(bullet).filter(isWord);
  const last = words[words.length - 1];
  return last !== undefined && endsOpen(last);
}

/** A title that names no point: "Results (3)", "Methods (cont.)". */
export function isGenericTitle(title: string): boolean {
  return /\((?:\d+|cont\.?|continued)\)\s*$/i.test(title);
}

/** An objective that says nothing of its own: "Summarise the main points of …", "A, B and 4 more". */
export function isGenericObjective(text: string): boolean {
  return /\bmain points of\b|\band \d+ more\b/i.test(text);
}

/** A key point that is only a topic's name (or names joined by "·"), not a statement. */
export function isTopicName(point: string, topics: ReadonlySet<string>): boolean {
  const parts = point.split(/\s+·\s+/).map((p) => p.trim().toLowerCase());
  return parts.every((p) => topics.has(p));
}

/** Measures of one deck's slides. */
export interface DeckMeasure {
  bullets: string[];
  cutShort: number;
  titles: number;
  genericTitles: number;
  objectives: number;
  genericObjectives: number;
  keyPoints: number;
  topicNameKeyPoints: number;
  counts: TextCounts;
  slides: number;
}

export function measureDeck(slides: readonly BuiltSlide[]): DeckMeasure {
  const bullets = contentBullets(slides);
  const taught = slides.filter((s) => !FRAMING.has(s.kind) || s.kind === 'table');
  const topics = new Set(slides.filter((s) => s.kind === 'topic').map((s) => s.title.toLowerCase()));
  const objectives = slides.filter((s) => s.kind === 'objectives').flatMap((s) => s.bullets);
  const keyPoints = slides.filter((s) => s.kind === 'takeaways').flatMap((s) => s.bullets);
  return {
    bullets,
    cutShort: bullets.filter(isCutShort).length,
    titles: taught.length,
    genericTitles: taught.filter((s) => isGenericTitle(shortTitle(s)) || isGenericTitle(s.title)).length,
    objectives: objectives.length,
    genericObjectives: objectives.filter(isGenericObjective).length,
    keyPoints: keyPoints.length,
    topicNameKeyPoints: keyPoints.filter((p) => isTopicName(p, topics)).length,
    counts: countText(bullets),
    slides: slides.length,
  };
}
