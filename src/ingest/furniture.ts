import type { Line } from './chunks.ts';

/** Why a line is not the paper's words: what a page carries around the text. */
export type FurnitureReason = 'running header' | 'page number' | 'publisher furniture' | 'margin box' | 'footnote';

/**
 * "12", "- 12 -", "Page 3", "3 of 10", "3/10". NOTE: no two runs of spaces stand side by side in
 * the pattern, so a line of spaces is not tried in every way of splitting it between them.
 */
const PAGE_NUMBER = /^\s*(?:page\s+)?(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?(?:\s*(?:of|\/)\s*\d{1,4})?\s*$/i;
/**
 * Lines that are structure, never a header: list items, table rows, markdown and numbered
 * headings ("2.1 Methods" and "3.1 Methods" look alike once digits are folded), quotes. A page
 * number before a running title ("12 Journal of …") is not a numbered heading: it has no dot.
 */
const STRUCTURE = /^\s*(?:[-*+•|#>]|\[\d+\]|\d+(?:\.\d+)+\.?\s+\p{Lu}|\d+\.\s+\p{Lu})|\t/u;
/** Stamps a PDF viewer or repository prints on every page, wherever they fall: never the author's words. */
const STAMP =
  /^(?:downloaded (?:from|on|by)\b|this content downloaded from\b|all use subject to\b|open access article\. published on\b|this (?:article|work) is licen[cs]ed under\b|view (?:article|journal) online$|view journal \| view issue$|check for updates$|\d{10}[():,;.]{3,}$|vol:?\.?\(\d{10}\)$|arxiv:\d{4}\.\d{4,5}(?:v\d+)?\s+\[[\w.-]+\])|licen[cs]ed under a creative commons\b/i;
/**
 * Lines a journal sets at the foot of a page, below the text: copyright, an ISSN line
 * ("0048-9697/© 2023 …"), correspondence, dates, where code and review are. Only furniture at a
 * page's bottom edge; elsewhere they may be text.
 */
const FOOTER =
  /^(?:©|\(c\)\s|copyright\b|correspondence\b|corresponding author\b|received:?\s.*\b(?:accepted|revised|published)\b|published online\b|\d{4}-\d{3}[\dx]\/|(?:the )?authors? (?:have |has )?declared? that\b|(?:code|data|software|open peer review) (?:is |are )?available (?:at|from)\b|open peer review\b)|✉|\be-?mail:/i;
/** A sidebar's labelled lines ("Citation: …", "Academic Editor: …", "Received: …"). */
const SIDEBAR_LABEL =
  /^(?:citation|(?:academic |handling )?editor|edited by|reviewed by|received|accepted|revised|published|copyright|data availability(?: statement)?|funding|competing interests|open access)\s*:/i;
/** A margin box's labels, each alone on its line ("Edited by" / "Nicolas P. Rougier"). */
const MARGIN_LABEL =
  /^(?:edited by|reviewed by|received|accepted|revised|published(?: online)?|doi|editor|reviewers?|handling editor|academic editor|citation|licen[cs]e|copyright|orcid|article history|available online)$/i;
/** How many non-blank lines at a page's top and bottom may be running headers or footers. */
const EDGE = 6;
/** How many lines above a page's furniture may be footnotes. */
const FOOT = 8;
/** A footnote's first line: its mark (a number or a symbol), then the note. */
const FOOTNOTE = /^(\d{1,2}(?=\s)|[*†‡§¶])\s*(\S.*)$/u;
/** The reference list's heading: below it, numbered lines are references, not footnotes. */
const REFERENCE_LIST = /^(?:\d{1,2}\.?\s+)?(?:references|bibliography|literature cited|works cited|reference list)$/i;
/** A footnote that is only an address, wherever a column ends: "1 https://github.com/…". */
const ADDRESS_NOTE = /^\d{1,2}\s+(?:https?:\/\/|www\.)\S+$/;

/**
 * Finds the lines that are page furniture, not the paper's words. With page breaks (pdftotext
 * writes a form feed between pages) a running header or footer is a line at a page's top or
 * bottom edge that recurs on other pages' edges, with digits folded ("Vol 4 | 12" matches
 * "Vol 4 | 13"); a page number is a lone number at an edge; below the text at a page's foot,
 * copyright, correspondence and similar lines are furniture too. Without page breaks, a header
 * is a line repeated beside blank lines. Stamps ("Downloaded from …", licence banners) are
 * furniture anywhere, and so is a margin box of labelled metadata ("Edited by", "Received", "DOI").
 */
export function findFurniture(lines: readonly Line[]): Map<number, FurnitureReason> {
  const found = new Map<number, FurnitureReason>();
  lines.forEach((line, i) => {
    if (STAMP.test(line.text.trim())) found.set(i, 'publisher furniture');
    else if (ADDRESS_NOTE.test(line.text.trim())) found.set(i, 'footnote');
  });
  const pages = splitPages(lines);
  if (pages.length > 1) pagedFurniture(lines, pages, found);
  else unpagedFurniture(lines, found);
  for (const i of marginBoxes(lines)) if (!found.has(i)) found.set(i, 'margin box');
  return found;
}

/** Each page's non-blank line indexes; a form feed starts a new page. */
function splitPages(lines: readonly Line[]): number[][] {
  const pages: number[][] = [[]];
  lines.forEach((line, i) => {
    if (line.text.includes('\f') && pages[pages.length - 1]!.length > 0) pages.push([]);
    if (line.text.trim() !== '') pages[pages.length - 1]!.push(i);
  });
  return pages.filter((page) => page.length > 0);
}

function pagedFurniture(lines: readonly Line[], pages: number[][], found: Map<number, FurnitureReason>): void {
  const edges = pages.map((page) => [...page.slice(0, EDGE), ...page.slice(-EDGE)]);
  const seen = new Map<string, Set<number>>();
  edges.forEach((edge, p) => {
    for (const i of edge) {
      const text = lines[i]!.text.trim();
      if (text.length < 5 || !/\p{L}/u.test(text) || PAGE_NUMBER.test(text) || STRUCTURE.test(text)) continue;
      // NOTE: one short word repeated near the edges is a figure's label ("rouge-1_f1") unless it is
      // a page's first or last line ("Article"); a DOI is a header wherever it stands there.
      if (!/\s/.test(text) && text.length < 16 && i !== pages[p]![0] && i !== pages[p]![pages[p]!.length - 1]) continue;
      const key = shape(text);
      seen.set(key, (seen.get(key) ?? new Set()).add(p));
    }
  });
  const headers = new Set([...seen].filter(([key, on]) => on.size >= 3 || (on.size >= 2 && /[#|·]/.test(key))).map(([key]) => key));
  edges.forEach((edge, p) => {
    for (const i of new Set(edge)) {
      const text = lines[i]!.text.trim();
      // NOTE: the first page carries the title, which a running header may repeat: there, only
      // header lines from the page's top edge down, one after another, are headers.
      const k = pages[0]!.indexOf(i);
      const onFirstPage = p === 0 && k > 0 && !found.has(pages[0]![k - 1]!) && !pages[0]!.slice(-EDGE).includes(i);
      if (headers.has(shape(text)) && !onFirstPage) found.set(i, 'running header');
      else if (PAGE_NUMBER.test(text)) found.set(i, 'page number');
    }
  });
  // pdftotext may set a page's header or footer between its columns: a line repeated at the
  // edges of three pages or more is a header wherever it stands after the first page.
  const strong = new Set([...seen].filter(([, on]) => on.size >= 3).map(([key]) => key));
  // A folio line ("1414 | Chem. Sci., 2022, 13, 1408–1418") repeated on three pages is furniture anywhere.
  const folios = new Map<string, Set<number>>();
  pages.forEach((page, p) => {
    for (const i of page) {
      const key = shape(lines[i]!.text);
      if (/#/.test(key) && /[|·]/.test(key) && !STRUCTURE.test(lines[i]!.text)) folios.set(key, (folios.get(key) ?? new Set()).add(p));
    }
  });
  const folio = new Set([...folios].filter(([, on]) => on.size >= 3).map(([key]) => key));
  pages.flat().forEach((i, k) => {
    const key = shape(lines[i]!.text);
    if (!found.has(i) && (folio.has(key) || (k >= pages[0]!.length && strong.has(key)))) found.set(i, 'running header');
  });
  // Below the text at a page's foot: copyright, correspondence and the like, up to the text.
  for (const page of pages) {
    for (let k = page.length - 1; k >= 0; k--) {
      const i = page[k]!;
      if (found.has(i)) continue;
      if (!FOOTER.test(lines[i]!.text.trim())) break;
      found.set(i, 'publisher furniture');
    }
  }
  const references = lines.findIndex((line) => REFERENCE_LIST.test(line.text.trim()));
  for (const page of pages) footnotes(lines, references === -1 ? page : page.filter((i) => i < references), found);
}

/**
 * Footnotes at a page's foot: from a line that starts with a mark the page's text carries
 * ("repository1" / "1 https://github.com/…") down to the page's furniture. A numbered heading
 * is not a footnote, so the note must be an address or run to a sentence's length.
 */
function footnotes(lines: readonly Line[], page: number[], found: Map<number, FurnitureReason>): void {
  const content = page.filter((i) => !found.has(i));
  const foot = content.slice(-FOOT);
  const start = foot.findIndex((i) => {
    const match = FOOTNOTE.exec(lines[i]!.text.trim());
    if (!match) return false;
    const body = content.slice(0, content.indexOf(i)).map((k) => lines[k]!.text).join(' ');
    const [, mark, note] = match;
    // NOTE: the mark is cited as a superscript after a word ("repository1 ."), not inside a code ("A3AR", "CO2").
    const cited = new RegExp(`[\\p{Ll})\\]]${escape(mark!)}(?=[\\s.,;:)]|$)`, 'u').test(body);
    const words = note!.split(/\s+/).length;
    return cited && (/^(?:https?:\/\/|www\.)/.test(note!) || words >= 8 || (words >= 4 && /[.)]$/.test(note!)));
  });
  if (start === -1) return;
  for (const i of foot.slice(start)) found.set(i, 'footnote');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function unpagedFurniture(lines: readonly Line[], found: Map<number, FurnitureReason>): void {
  const counts = new Map<string, number>();
  lines.forEach((line, i) => {
    const text = line.text.trim();
    if (text.length < 8 || STRUCTURE.test(text) || !besideBlank(lines, i)) return;
    counts.set(shape(text), (counts.get(shape(text)) ?? 0) + 1);
  });
  const headers = new Set([...counts].filter(([key, count]) => count >= 3 || (count >= 2 && /[#|·]/.test(key))).map(([key]) => key));
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i]!.text.trim() === '' || headers.has(shape(lines[i]!.text));
  // NOTE: a running header may repeat the title: its first showing near the top, under the first
  // line and without a page number, is the title.
  const top = lines.flatMap((line, i) => (line.text.trim() === '' ? [] : [i])).slice(1, 5);
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const key = shape(line.text);
    const first = !seen.has(key);
    seen.add(key);
    if (line.text.trim() !== '' && headers.has(key) && !(first && top.includes(i) && !key.includes('#'))) found.set(i, 'running header');
    else if (PAGE_NUMBER.test(line.text) && blank(i - 1) && blank(i + 1)) found.set(i, 'page number');
  });
}

/** Runs of short lines holding two or more metadata labels alone on their lines: a margin box. */
function marginBoxes(lines: readonly Line[]): number[] {
  const boxes: number[] = [];
  let run: number[] = [];
  const flush = () => {
    const texts = run.map((i) => lines[i]!.text.trim());
    const labels = texts.filter((text) => MARGIN_LABEL.test(text)).length;
    const labelled = texts.filter((text) => SIDEBAR_LABEL.test(text)).length;
    const short = texts.every((text) => text.length <= 60);
    const first = texts.findIndex((text) => SIDEBAR_LABEL.test(text));
    // NOTE: a title set right above "Received: …" lines is not the sidebar's: the box starts at its first label.
    if (short && labels >= 2 && labels * 3 >= run.length) boxes.push(...run);
    else if (labelled >= 2 && labelled * 3 >= run.length - first) boxes.push(...run.slice(first));
    run = [];
  };
  lines.forEach((line, i) => {
    if (line.text.trim() === '') flush();
    else run.push(i);
  });
  flush();
  return boxes;
}

function besideBlank(lines: readonly Line[], i: number): boolean {
  const blank = (j: number) => j < 0 || j >= lines.length || lines[j]!.text.trim() === '';
  return blank(i - 1) || blank(i + 1);
}

function shape(text: string): string {
  return text.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
}
