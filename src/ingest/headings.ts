import { isBackMatterLabel, isBackMatterTitle } from './back-matter.ts';
import { captionLabel } from './floats.ts';
import { markdownHeading, stripMarkup } from './markdown.ts';
import { isAllCaps, wordCount } from './text.ts';

/** How a heading is marked: `#`, a section number, capitals, or a short line in mixed case. */
export type HeadingStyle = 'markdown' | 'numbered' | 'allcaps' | 'titlecase';

/** What a line says about itself as a heading, before its place in the paper is weighed. */
export interface HeadingForm {
  /** The heading's words: no `#`, number or trailing colon. */
  text: string;
  style: HeadingStyle;
  /** `#` count, or the depth of the section number ("2.1" → 2). */
  level?: number;
  /** The section number's parts: "2.1" → [2, 1], "IV." → [4]. */
  number?: number[];
}

/**
 * A heading that names an appendix, or supplementary text set in the paper: kept as a section
 * marked appendix. "Supplementary Material" or "Supporting Information" points to files kept
 * elsewhere: back matter.
 */
export const APPENDIX_TITLE = /^(?:appendix|appendices|(?:supplementary|supplemental) (?:appendix|appendices|text|methods|notes?|results|analyses))\b/i;

export const REFERENCES = /^(references|references and notes|bibliography|works cited|literature cited|reference list|cited literature)$/i;
/** The sections most papers have, in any case ("Materials and methods"): always a top-level section. */
export const MAIN_SECTIONS =
  /^(introduction|(materials?|patients|subjects|participants|data) and methods|methods and (materials|data)|methods?|methodology|results?|results and discussion|discussion|general discussion|conclusions?|conclusions? and (outlook|perspectives|future work|implications)|summary and conclusions?|concluding remarks|discussion and conclusions?)$/i;
/** Section names papers share, headings in any case; a section unless set right under another heading. */
export const COMMON_SECTIONS = new RegExp(
  `${MAIN_SECTIONS.source}|^(background|data|limitations|outlook|case (report|presentation)|experimental( section| procedures)?|related work|theory|model)$`,
  'i',
);
export const FRONT_HEADINGS = /^(abstract|key\s*words?|summary|index terms)$/i;
/** "2.1 Title", "1. Title", "IV. TITLE", "1 | INTRODUCTION" (a bar between number and title). */
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,5}\.)(?:\s+\|)?\s+(.+)$/;
/** "A. Study Area": a lettered subsection under a numbered section. */
const LETTERED = /^[A-H]\.\s+(?=\p{Lu})/u;
/** Institutions an affiliation names: "1 Department of …, University of …" is not section 1. */
const INSTITUTION = /\b(?:universit|institut|department|departamento|laborator|hospital|school of|faculty|college|centre|center for|academy)/i;
/** Mathematics, not words: "T (s) = 1 − s/S", "∑". */
const MATH = /[=<>±×∑∏∫√≤≥≈∈∂∆∇⊂∩∪→←]|\$[^$\n]*\$/;
/** A colon ending a heading, with the spaces before it; tried only where a run of spaces starts. */
const TRAILING_COLON = /(?<!\s)\s*:$/;
/** Words a heading does not end with: it goes on in the next line. */
const OPEN_END = /\b(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with|via|versus|vs\.?)$/i;

/**
 * Reads a line as a heading: `# Title`, "2.1 Title", "IV. TITLE", a line in capitals, or a short
 * line in mixed case. Returns why it is not one when it is something else that can look like a
 * heading (a caption, a table row, an equation, a footnote, a sentence), undefined for prose.
 */
export function headingForm(line: string): HeadingForm | { reject: string } | undefined {
  const raw = line.trim();
  const md = markdownHeading(raw);
  if (md) return { text: plainHeading(md.text), style: 'markdown', level: md.level };
  const text = stripMarkup(raw);
  if (captionLabel(text)) return { reject: 'it starts like a caption' };
  if (/\t/.test(text)) return { reject: 'it is a table row' };
  if (/https?:\/\/|www\.|@[^\s@]+\./.test(text)) return { reject: 'it holds an address' };
  if (MATH.test(text)) return { reject: 'it reads as an equation' };
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const title = numbered[2]!.replace(TRAILING_COLON, '').trim();
    const why = titleProblem(title) ?? (INSTITUTION.test(title) && /,/.test(title) ? 'it reads as an affiliation' : undefined);
    if (why) return { reject: why };
    const number = sectionNumber(numbered[1]!);
    return { text: title, style: 'numbered', level: number.length, number };
  }
  const words = text.replace(TRAILING_COLON, '').replace(LETTERED, '').trim();
  if (isAllCaps(words)) {
    const letters = words.replace(/[^\p{L}]/gu, '').length;
    if (/\d/.test(words) && wordCount(words) === 1) return undefined;
    if (letters < 4 || letters < 0.7 * words.replace(/\s/g, '').length || !/\p{Lu}{3}/u.test(words)) return undefined;
    return wordCount(words) <= 20 && !/[.,;!]$/.test(words) ? { text: words, style: 'allcaps' } : undefined;
  }
  // NOTE: a mixed-case line ending in a colon is a term introducing the paragraph below it, and
  // "Research organism: Other" is a label and its value.
  if (text.endsWith(':') || /^[^:]{1,40}:\s*\S+(?:\s+\S+)?$/.test(text)) return undefined;
  // NOTE: one word with digits in it ("HetS118L", "CF101") is a code: a figure's or table's label.
  if (wordCount(words) === 1 && /\d/.test(words)) return undefined;
  const why = titleProblem(words);
  return why ? undefined : { text: words, style: 'titlecase' };
}

/** Why words are not a heading's title, or undefined when they can be one. */
export function titleProblem(title: string): string | undefined {
  if (!/^[\p{Lu}\p{N}'‘“"(]/u.test(title) || !/\p{Lu}|\p{Ll}/u.test(title)) return 'it does not start with a capital';
  if (wordCount(title) > 20) return 'it is too long for a heading';
  if (/[.,;]["'’”)\]]*$/.test(title) && !/\b(?:al|etc|vs)\.$/.test(title)) return 'it ends like a sentence';
  if (!/\p{L}{3}/u.test(title)) return 'it has no word';
  if (OPEN_END.test(title) || count(title, /\(/g) !== count(title, /\)/g)) return 'it ends mid-phrase';
  if (/[\p{L}\d]{2}\. \p{Lu}/u.test(title)) return 'it holds more than one sentence';
  if (/\bet al\.|\(\s*(?:19|20)\d{2}\s*\)/.test(title) && wordCount(title) > 6) return 'it reads as a citation';
  return undefined;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function sectionNumber(label: string): number[] {
  const clean = label.replace(/\.$/, '');
  if (/^[IVX]+$/.test(clean)) return [roman(clean)];
  return clean.split('.').map(Number);
}

function roman(text: string): number {
  const value: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const here = value[text[i]!]!;
    const next = value[text[i + 1] ?? ''] ?? 0;
    total += here < next ? -here : here;
  }
  return total;
}

/** A heading's words without `#`, numbering, emphasis or trailing colon: "## 6. References:" → "References". */
export function plainHeading(text: string): string {
  return stripMarkup(text.trim().replace(/^#{1,6}\s+/, ''))
    .replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)(?:\s+\|)?\s+/, '')
    .replace(TRAILING_COLON, '')
    .trim();
}

/** Sections that are not taught (see `isBackMatterTitle` and `isBackMatterLabel`); as headings they end the section before them. */
export function isBackMatter(title: string): boolean {
  const plain = plainHeading(title);
  return isBackMatterTitle(plain) || isBackMatterLabel(plain);
}

/** A name that is a heading in any case and anywhere: references, back matter, common sections. */
export function isNamedSection(text: string): boolean {
  const plain = plainHeading(text);
  return REFERENCES.test(plain) || isBackMatterTitle(plain) || COMMON_SECTIONS.test(plain) || /^abstract$/i.test(plain);
}
