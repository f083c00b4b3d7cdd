import { isBackMatterLabel } from '../back-matter.ts';
import type { FontStyle } from './fonts.ts';
import type { Block, BodyStyle } from './layout.ts';
import { lineText } from './lines.ts';
import { joinLines } from './text.ts';

/** A heading the layout shows: a block of its own, or a label that starts a paragraph. */
export interface HeadingMark {
  block: Block;
  text: string;
  /** "2.1" when the heading is numbered. */
  number?: string;
  /** The label runs into its paragraph ("Cell culture. The cells were…"). */
  runIn: boolean;
  /** For a run-in label: the line the paragraph starts on, and where in that line's text. */
  labelLine?: number;
  labelEnd?: number;
  /** How the heading is set: size, weight, family, capitals; headings set alike are one level. */
  signature: string;
  size: number;
}

export const REFERENCES = /^(?:references?(?: and notes)?|bibliography|literature cited|works cited|reference list|cited literature)$/i;
/** Sections a lecture leaves out: they are about the paper, not its subject. */
export const BACK_MATTER =
  /^(?:acknowledg(?:e)?ments?|funding(?: information| sources?)?|financial support|conflicts? of interests?|(?:declaration of )?competing interests?|disclosures?|author(?:s['’]?)? contributions?(?: statement)?|contribution statement|authors['’]? relationships and activities|data (?:and code )?availability(?: statement)?|code availability|availability of data and materials|supplementary (?:material|information|data)s?|supporting information|electronic supplementary material|additional information|author information|ethics declarations?|ethical considerations|limitations|appendix(?:es)?|appendices|abbreviations|open access|publisher['’]?s note|declarations|notes?|peer review(?: information)?|credit authorship contribution statement)$/i;
/** Links, addresses, citations and licences are never headings, however they are set. */
const NOT_A_HEADING = /https?:\/\/|www\.|doi[:.]|@|©|\(\d{4}\)\s*\d+[:(]|;\s*\S|\bet al\b|(?:,[^,]*){3}|\b(?:19|20)\d{2}\b.*\d+[–-]\d+|\d+[–-]\d+.*\b(?:19|20)\d{2}\b|\b\p{Lu}\.\s*(?:,|&|and\b)|,\s*\p{Lu}\.\s/iu;
/** Section names papers share: the first of them in a paper is set as its sections are. */
export const COMMON_SECTION = /^(?:introduction|background|materials? and methods|methods?|methodology|results?|results and discussion|discussion|conclusions?|concluding remarks|related work|experiments?|evaluation|summary and conclusions?)$/i;
const NUMBER = /^((?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,4})\.?|[A-Z](?:\.\d{1,2}){0,2}\.?(?=\s+\p{Lu}))\s+(?=\S)/u;

/**
 * Headings as the layout sets them apart from the running text (the body font and size): a
 * short block, not a sentence, larger than the body or in a bold or other family; or a bold
 * label at a paragraph's start, before running text in the body font.
 */
export function findHeadingMarks(blocks: Block[], body: BodyStyle, fonts: Map<string, FontStyle>): HeadingMark[] {
  const bodyFont = fonts.get(body.font);
  const marks: HeadingMark[] = [];
  for (const block of blocks) {
    const mark = runInHeading(block, body, fonts, bodyFont) ?? standaloneHeading(block, body, fonts, bodyFont);
    if (mark) marks.push(mark);
  }
  return marks;
}

function standaloneHeading(block: Block, body: BodyStyle, fonts: Map<string, FontStyle>, bodyFont: FontStyle | undefined): HeadingMark | undefined {
  if (block.lines.length > 3) return undefined;
  const text = block.lines.map((l) => lineText(l).text).join(' ').replace(/\s+/g, ' ').trim();
  if (text.length > 160 || text.length < 2 || !/\p{L}{2}/u.test(text)) return undefined;
  const font = fonts.get(block.font);
  const bigger = block.size >= body.size + 0.8;
  const bold = Boolean(font?.bold && !bodyFont?.bold);
  const otherFamily = Boolean(font && bodyFont && font.family !== bodyFont.family && !font.italic && !font.math && !font.monospace && block.size >= body.size - 0.6);
  const caps = /\p{Lu}{3}/u.test(text) && !/\p{Ll}/u.test(text);
  if (!(bigger || (bold && block.size >= body.size - 1) || otherFamily || (caps && block.size >= body.size - 0.6 && font?.bold))) return undefined;
  if (/[,;]$/.test(text) || (/[.]$/.test(text) && !NUMBER.test(text) && text.split(' ').length > 8)) return undefined;
  if (NOT_A_HEADING.test(text) || /[-–]$|\bURL\b/.test(text) || /^\S*[/_.]\S*[/_.]\S*$/.test(text)) return undefined;
  const number = NUMBER.exec(text);
  const words = number ? text.slice(number[0].length) : text;
  if (!/^[\p{L}"“‘'(\[]/u.test(words)) return undefined;
  return { block, text: words.replace(/[.:]$/, '').trim(), number: number?.[1]?.replace(/\.$/, ''), runIn: false, signature: signature(block.size, font, caps), size: block.size };
}

/**
 * A bold label of a few words, then the paragraph in the body font: on the first line, or on a
 * later one when the label wraps ("The S118L mutation does not affect K_ATP channel ATP sen-" /
 * "sitivity We examined…"). Raised and lowered pieces inside the label do not end it.
 */
function runInHeading(block: Block, body: BodyStyle, fonts: Map<string, FontStyle>, bodyFont: FontStyle | undefined): HeadingMark | undefined {
  if (bodyFont?.bold) return undefined;
  const firstParts = lineText(block.lines[0]!).parts;
  const labelFont = fonts.get(firstParts[0]?.font ?? '');
  if (!labelFont?.bold) return undefined;
  const size = firstParts[0]!.size;
  // NOTE: back matter is often set in smaller print than the body, its labels too ("Funding" at
  // 8.5 pt under 10 pt text); a label of another size than the body's must name back matter.
  const bodySized = Math.abs(size - body.size) <= 1.2;
  if (!bodySized && (size > body.size || size < 0.7 * body.size)) return undefined;
  const pieces: string[] = [];
  for (let i = 0; i < Math.min(block.lines.length, 3); i++) {
    const { text, parts } = lineText(block.lines[i]!);
    let end = 0;
    let ended = false;
    for (const part of parts) {
      if (part.size < 0.85 * size) {
        if (end === part.start) end = part.end;
        continue;
      }
      if (!fonts.get(part.font)?.bold) {
        ended = true;
        break;
      }
      end = part.end;
    }
    pieces.push(text.slice(0, end));
    if (!ended) continue;
    const label = joinLines(pieces, NO_WORDS).trim();
    if (!label || label.length > 160 || !/\p{L}{2}/u.test(label) || !text.slice(end).trim()) return undefined;
    const number = NUMBER.exec(label);
    const words = (number ? label.slice(number[0].length) : label).replace(/\s*[.:—–-]+$/, '').trim();
    if (!words || !/^\p{L}/u.test(words) || (!bodySized && !isBackMatterLabel(words))) return undefined;
    return { block, text: words, number: number?.[1]?.replace(/\.$/, ''), runIn: true, labelLine: i, labelEnd: end, signature: `runin|${signature(size, labelFont, false)}`, size };
  }
  return undefined;
}

/** Whether a block opens with a run-in label of back matter in bold ("Data availability The datasets …"). */
export function opensWithBackMatterLabel(block: Block, body: BodyStyle, fonts: Map<string, FontStyle>): boolean {
  const mark = runInHeading(block, body, fonts, fonts.get(body.font));
  return mark !== undefined && isBackMatterLabel(mark.text);
}

const NO_WORDS: ReadonlySet<string> = new Set();

function signature(size: number, font: FontStyle | undefined, caps: boolean): string {
  return `${Math.round(size * 2) / 2}|${font?.bold ? 'b' : ''}${font?.italic ? 'i' : ''}|${font?.family ?? ''}-${font?.weight ?? ''}|${caps ? 'C' : ''}`;
}

/** The heading's words without its number and trailing colon: what names a section. */
export function headingName(text: string): string {
  return text.replace(NUMBER, '').replace(/[.:]$/, '').trim();
}
