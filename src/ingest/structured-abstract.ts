import type { Chunk } from './chunks.ts';
import { headingForm } from './headings.ts';
import { SMALL_WORDS, endsSentence, wordCount } from './text.ts';

/** "Keywords: …", "Key words …", "Index Terms—…". */
export const KEYWORDS_LINE = /^(?:author )?(?:key\s*words?|index terms)(?:\s*[:.—–-]\s*|\s+)/i;
/** "Abstract", alone or opening its paragraph. */
export const ABSTRACT_HEADING = /^abstract\b\s*[:.—–-]?\s*/i;
/** Another name for the abstract, alone under it ("Abstract" / "Summary"). */
const ABSTRACT_ALIAS = /^(?:summary|author summary)$/i;
/** How many chunks after the title a structured abstract without its heading may start: past the byline and affiliations. */
const HEADER_CHUNKS = 12;
/** The heading that opens a paper's body after a structured abstract. */
export const BODY_OPENING = /^(?:#{1,6}\s+)?(?:(?:\d{1,2}|[IVX]{1,5})\.?\s+)?introduction:?$/i;

/**
 * The words structured abstracts name their parts with ("Background", "Aims/hypothesis",
 * "Methods and Findings", "Main outcome measures", "Conclusions/interpretation"): the
 * conventional names of an abstract's parts, not of any paper's.
 */
const PART_WORDS = new Set([
  'background', 'context', 'objective', 'objectives', 'aim', 'aims', 'hypothesis', 'hypotheses', 'purpose',
  'rationale', 'importance', 'question', 'questions', 'problem', 'scope', 'approach', 'method', 'methods', 'methodology',
  'materials', 'design', 'designs', 'setting', 'settings', 'participants', 'patients', 'subjects', 'population',
  'intervention', 'interventions', 'exposure', 'exposures', 'measurements', 'measures', 'main', 'primary', 'secondary',
  'outcome', 'outcomes', 'result', 'results', 'findings', 'principal', 'key', 'conclusion', 'conclusions', 'interpretation',
  'discussion', 'implications', 'significance', 'relevance', 'limitations', 'clinical', 'practice', 'policy', 'trial',
  'registration', 'data', 'sources', 'study', 'selection', 'extraction', 'synthesis', 'eligibility', 'criteria',
  'evidence', 'acquisition', 'review', 'patient', 'summary', 'case', 'presentation', 'description', 'funding',
]);

/** The names of parts that close an abstract: no paper's body opens with them. */
const CLOSING_PART = /\b(?:conclusions?|interpretation|implications|relevance|significance|registration|funding)\b/;

/** A structured abstract's parts: the chunks from `start` up to `end` (the body's first chunk). */
export interface StructuredAbstract {
  start: number;
  end: number;
  /** How many parts it has ("Background", "Methods", …). */
  parts: number;
  /** What ended it, said as evidence: a part's name repeated, "Introduction", keywords, … */
  endedBy: 'repeated part name' | 'introduction' | 'keywords' | 'several paragraphs' | 'closing part' | 'other heading' | 'text without a part name' | 'end of text';
}

/** Whether a line is an abstract part's name ("Design, Setting, and Participants"). */
export function isPartName(text: string): boolean {
  return partName(text) !== undefined;
}

/** An abstract part's name, lowercased, when the text is one: all its words are parts' words. */
function partName(text: string): string | undefined {
  const name = text.replace(/\s*[:.]$/, '').trim();
  if (name === '' || wordCount(name) > 6 || !/^\p{Lu}/u.test(name)) return undefined;
  const words = name.normalize('NFKC').toLowerCase().split(/[\s/&,]+/).filter(Boolean);
  return words.every((word) => PART_WORDS.has(word) || SMALL_WORDS.has(word)) && words.some((word) => PART_WORDS.has(word)) ? words.join(' ') : undefined;
}

/** "Background: In dry forests …": a part's name set in the paragraph it opens, and that name. */
function runInPartName(text: string): string | undefined {
  const match = /^([^:.]{3,60})[:.]\s+\S/.exec(text);
  return match ? partName(match[1]!) : undefined;
}

/** A line set alone that reads as a heading: what ends a part's text. */
function isHeadingLine(chunk: Chunk, text: string): boolean {
  if (chunk.lines.length > 2 || endsSentence(text) || wordCount(text) > 12) return false;
  const form = headingForm(text);
  return form !== undefined && !('reject' in form);
}

/**
 * Reads the parts of a structured abstract from chunk `start` on: each a part's name alone
 * ("Background") above its text, or set at the start of it ("Background: …"). The abstract ends
 * where the body starts, on evidence: a part's name already seen (the body's "Background" after
 * the abstract's), "Introduction" or a first numbered section, a keywords line, a part whose name
 * heads several paragraphs, a heading that is no part's name, or text without a part's name.
 * Undefined when no part is found at `start`.
 */
export function readStructuredAbstract(texts: readonly string[], chunks: readonly Chunk[], start: number): StructuredAbstract | undefined {
  const seen = new Set<string>();
  let i = start;
  const end = (endedBy: StructuredAbstract['endedBy']) => (seen.size ? { start, end: i, parts: seen.size, endedBy } : undefined);
  while (i < chunks.length) {
    const text = texts[i]!;
    if (KEYWORDS_LINE.test(text)) return end('keywords');
    if (BODY_OPENING.test(text) || numberedFirst(text)) return end('introduction');
    const alone = chunks[i]!.lines.length <= 2 ? partName(text) : undefined;
    const name = alone ?? runInPartName(text);
    if (name === undefined) return end(isHeadingLine(chunks[i]!, text) ? 'other heading' : 'text without a part name');
    if (seen.has(name)) return end('repeated part name');
    let next = i + 1;
    if (alone !== undefined) {
      // NOTE: the first chunk under a part's name is its text, whatever it looks like ("ISRCTN12345678").
      let paragraphs = 0;
      let second = next;
      for (let open = false; next < chunks.length; next++) {
        const t = texts[next]!;
        if (partName(t) !== undefined || KEYWORDS_LINE.test(t) || BODY_OPENING.test(t) || (next > i + 1 && !open && isHeadingLine(chunks[next]!, t))) break;
        if (!open && ++paragraphs === 2) second = next;
        open = !endsSentence(t);
      }
      // NOTE: a part that closes an abstract ("Conclusions and Relevance") over several paragraphs
      // keeps its first: the others are the body's untitled opening, as medical journals set it.
      if (paragraphs >= 2 && CLOSING_PART.test(name)) {
        seen.add(name);
        i = second;
        return end('closing part');
      }
      if (paragraphs >= 2) return end('several paragraphs');
    } else {
      // A paragraph cut by a page break goes on in the next chunk.
      while (next < chunks.length && !endsSentence(texts[next - 1]!) && runInPartName(texts[next]!) === undefined) next++;
    }
    seen.add(name);
    i = next;
  }
  return end('end of text');
}

/**
 * A structured abstract: its heading is followed by a part's heading ("Background",
 * "Aims/hypothesis") or by a paragraph that opens with a part's name ("Background: …").
 */
export function isStructured(texts: readonly string[], abstractAt: number): boolean {
  if (texts[abstractAt]!.replace(ABSTRACT_HEADING, '') !== '') return false;
  let next = abstractAt + 1;
  if (ABSTRACT_ALIAS.test(texts[next] ?? '')) next++;
  const part = texts[next] ?? '';
  return next === abstractAt + 1 && ((wordCount(part) <= 8 && !endsSentence(part) && /^\p{Lu}/u.test(part)) || runInPartName(part) !== undefined);
}

/**
 * Where the front matter ends after a structured abstract under its heading: at the
 * "Introduction" or first numbered section that follows (an editors' summary may come between),
 * else where its parts end, else after its heading.
 */
export function structuredEnd(texts: readonly string[], chunks: readonly Chunk[], abstractAt: number): Pick<StructuredAbstract, 'end' | 'endedBy'> {
  const opening = texts.findIndex((t, i) => i > abstractAt && chunks[i]!.lines.length <= 2 && (BODY_OPENING.test(t) || numberedFirst(t)));
  if (opening >= 0) return { end: opening, endedBy: 'introduction' };
  return readStructuredAbstract(texts, chunks, abstractAt + 1) ?? { end: abstractAt + 1, endedBy: 'text without a part name' };
}

/** Why a structured abstract ends before the chunk it ends at, said to the user. */
export const ABSTRACT_ENDS: Record<StructuredAbstract['endedBy'], string> = {
  'repeated part name': "it says a part's name again",
  introduction: 'it is the introduction',
  keywords: 'it is the keywords line',
  'several paragraphs': 'several paragraphs follow it',
  'closing part': "it follows the paragraph of the abstract's closing part",
  'other heading': 'it names no part of an abstract',
  'text without a part name': "it is text under no part's name",
  'end of text': 'the text ends',
};

/** What ends a structured abstract set without its heading, said plainly enough to trust. */
const HEADLESS_END = new Set<StructuredAbstract['endedBy']>(['repeated part name', 'introduction', 'keywords']);

/**
 * A structured abstract set without its "Abstract" heading: parts that open the paper right
 * after the byline (before any paragraph), two or more of them, ended by a part's name repeated,
 * an "Introduction" or keywords. NOTE: without that evidence, "Background" / "Methods" / "Results"
 * each over a paragraph are a short paper's sections.
 */
export function headlessAbstract(texts: readonly string[], chunks: readonly Chunk[]): StructuredAbstract | undefined {
  for (let i = 1; i < Math.min(chunks.length, HEADER_CHUNKS); i++) {
    const named = (chunks[i]!.lines.length <= 2 && partName(texts[i]!) !== undefined) || runInPartName(texts[i]!) !== undefined;
    if (named) {
      const found = readStructuredAbstract(texts, chunks, i);
      return found && found.parts >= 2 && HEADLESS_END.has(found.endedBy) ? found : undefined;
    }
    if (isParagraph(texts[i]!)) return undefined;
  }
  return undefined;
}

/** A paragraph of running text: thirty words or more, ending a sentence. */
export function isParagraph(text: string): boolean {
  return wordCount(text) >= 30 && endsSentence(text);
}

/** Section 1's heading: "1. Introduction", "1 Background". */
export function numberedFirst(text: string): boolean {
  const form = headingForm(text);
  return form !== undefined && !('reject' in form) && form.style === 'numbered' && form.number!.length === 1 && form.number![0] === 1;
}
