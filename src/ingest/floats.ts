import { chunkOf, chunkText, type Chunk } from './chunks.ts';
import { endsSentence } from './text.ts';

/**
 * What a chunk of the body is: prose (paragraphs, lists, headings), a figure's or table's
 * caption, a table's rows, the words of a figure (axis labels, panel letters) or a table set as
 * loose columns, or text extraction could not read (an equation in pieces).
 */
export type ChunkRole = 'prose' | 'caption' | 'table' | 'figure text' | 'table text' | 'unreadable';

/**
 * "Figure 2.", "Fig. 3 The …", "Table 1  Source …", "Box 1. Glossary", "Figure S1:": a label, its
 * number, then a stop or a capital. "Figure 2 shows …" is a sentence, not a caption.
 */
const CAPTION =
  /^((?:(?:Supplementary|Extended Data|Suppl\.)\s+)?(?:Figure|Fig\.?|Table|Box|Scheme|Chart|Plate|Algorithm|Listing|Video)\s*(?:S?\d{1,3}[A-Za-z]?|[IVX]{1,4}))(?=\s*[.:|—–]|\s+[\p{Lu}(\[]|\s*$)/u;
/** "2.1", "1.", "IV.": a section number alone on its line. */
const SECTION_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,5}\.)$/;
/** Mathematics in pieces: operators and symbols pdftotext sets on lines of their own. */
const MATH = /[=<>±×∑∏∫√≤≥≈∈∂∆∇⊂∩∪∞]/;
/** Words a caption does not follow: "… as shown in" / "Figure 2. …" is a sentence going on. */
const LEADS_TO_LABEL = /\b(?:in|see|of|and|or|to|from|with|by|as|cf\.?|\()$/i;

/** A caption's label as printed ("Fig. 3", "Table 1"), or undefined when the text is not a caption. */
export function captionLabel(text: string): string | undefined {
  return CAPTION.exec(text.trim())?.[1];
}

/**
 * Splits a chunk where a caption starts inside it: pdftotext may set a caption directly under
 * the text beside it. The caption runs to the end of the chunk.
 */
export function splitAtCaptions(chunk: Chunk): Chunk[] {
  const at = chunk.lines.findIndex((line, i) => i > 0 && captionLabel(line.text) !== undefined && !LEADS_TO_LABEL.test(chunk.lines[i - 1]!.text.trim()));
  if (at <= 0) return [chunk];
  return [chunkOf(chunk.lines.slice(0, at)), chunkOf(chunk.lines.slice(at))];
}

/**
 * A caption cut by a column or page break goes on in the next chunk when that starts in
 * lowercase ("… dose-response curves of mutants induced" / "by CF101 (upper panels) …"): the
 * two are one caption, not a caption and a paragraph.
 */
export function joinCaptionBreaks(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (const chunk of chunks) {
    const previous = out[out.length - 1];
    const text = chunkText(chunk);
    if (previous && captionLabel(chunkText(previous)) && !endsSentence(chunkText(previous)) && /^\p{Ll}/u.test(text) && !captionLabel(text)) {
      out[out.length - 1] = chunkOf([...previous.lines, ...chunk.lines]);
    } else out.push(chunk);
  }
  return out;
}

/**
 * The role of each chunk. A chunk is prose when its lines read as sentences (several lowercase
 * words a line), or when it is one line of words that may be a heading or a term; a chunk of
 * TAB-separated rows is a table. Anything else is what a figure or a table leaves when its
 * text is extracted: mostly numbers (a table's columns), mathematics, or short labels. A lone
 * line of words between such chunks is a label too.
 */
export function chunkRoles(chunks: readonly Chunk[]): ChunkRole[] {
  const roles = chunks.map(roleOf);
  const loose = (i: number) => roles[i] !== undefined && roles[i] !== 'prose' && roles[i] !== 'caption';
  return roles.map((role, i) => {
    if (role !== 'prose' || !isLabelLike(chunks[i]!)) return role;
    return loose(i - 1) && loose(i + 1) ? 'figure text' : role;
  });
}

function roleOf(chunk: Chunk): ChunkRole {
  const text = chunkText(chunk);
  if (captionLabel(text)) return 'caption';
  const lines = chunk.lines.map((line) => line.text.trim());
  if (lines.filter((line) => line.includes('\t')).length * 2 >= lines.length) return 'table';
  // Markdown and lists are read by their own rules; a section number and its title is a heading.
  if (lines.some((line) => /^(?:[#|>]|[-*+•]\s)/.test(line))) return 'prose';
  if (lines.length >= 2 && lines.length <= 3 && SECTION_NUMBER.test(lines[0]!) && lines.slice(1).every((line) => /^\p{L}/u.test(line))) return 'prose';
  // A panel's label ("(a) Adjacency list") or a code alone ("SNAP1") is a figure's or table's.
  if (lines.length === 1 && (/^\([a-z]\)\s/.test(text) && wordsOf(text).length <= 6)) return 'figure text';
  if (lines.length === 1 && wordsOf(text).length === 1 && /\d/.test(text)) return 'table text';
  const proseLines = lines.filter(isProseLine).length;
  if (proseLines * 2 >= lines.length) return 'prose';
  if (lines.length === 1 && /^[\p{Lu}\p{N}"“(#]/u.test(text) && !MATH.test(text) && (wordsOf(text).filter((w) => /\p{L}{2}/u.test(w)).length >= 2 || /\p{L}{4}/u.test(text))) return 'prose';
  const tokens = wordsOf(text);
  const numbers = tokens.filter((token) => /^[-+−(]?[\d.,%]+[)%]?$/.test(token)).length;
  // NOTE: an equation on a line of its own ("PPV = (1 − β)R/(R − βR + α)") is read with the text around it.
  if (lines.length === 1 && /=/.test(text) && /\p{L}/u.test(text) && text.length <= 120) return 'prose';
  if (MATH.test(text)) return 'unreadable';
  return numbers * 2 >= tokens.length ? 'table text' : 'figure text';
}

/** A line of a sentence: three or more lowercase words, or two and a full stop. */
function isProseLine(line: string): boolean {
  const lower = wordsOf(line).filter((word) => /^[(\["“‘]?\p{Ll}{2,}/u.test(word)).length;
  return lower >= 3 || (lower >= 2 && endsSentence(line));
}

/** One short line that does not end a sentence: a heading, a term, or a figure's label. */
function isLabelLike(chunk: Chunk): boolean {
  const text = chunkText(chunk);
  return chunk.lines.length === 1 && !endsSentence(text) && wordsOf(text).length <= 6;
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
