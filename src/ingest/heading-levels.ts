import type { Heading } from './heading-scan.ts';
import { COMMON_SECTIONS, MAIN_SECTIONS, REFERENCES, isBackMatter } from './headings.ts';
import { isTitleCase, wordCount } from './text.ts';

/**
 * The numbered headings that follow each other as section numbers do: the longest run in which
 * each number is the next sibling (a gap of one allowed), the first child, or the next number
 * of a level above ("1.2" → "1.3", "1.2.1", "2"). A numbered list's "1." inside section 3 is
 * not in that run.
 */
export function numberedInOrder(numbered: Heading[]): Set<Heading> {
  const best: number[] = [];
  const back: number[] = [];
  numbered.forEach((heading, i) => {
    // NOTE: a paper's numbering starts at 1 (or 0, or 2 when pdftotext set section 1's number apart);
    // "18 Viral disease" alone is a table's row.
    const number = heading.number!;
    best[i] = number[number.length - 1]! <= 1 || (number.length === 1 && number[0]! <= 2) ? 1 : -Infinity;
    back[i] = -1;
    for (let j = 0; j < i; j++) {
      if (follows(numbered[j]!.number!, heading.number!) && best[j]! + 1 > best[i]!) {
        best[i] = best[j]! + 1;
        back[i] = j;
      }
    }
  });
  const chain = new Set<Heading>();
  const longest = Math.max(0, ...best);
  let i = longest > 0 ? best.indexOf(longest) : -1;
  while (i >= 0) {
    chain.add(numbered[i]!);
    i = back[i]!;
  }
  return chain;
}

function follows(previous: number[], next: number[]): boolean {
  const same = (n: number) => previous.slice(0, n).every((part, k) => part === next[k]);
  if (next.length === previous.length + 1 && same(previous.length) && next[next.length - 1] === 1) return true;
  if (next.length > previous.length) return false;
  const d = next.length - 1;
  const step = next[d]! - previous[d]!;
  return same(d) && (step === 1 || step === 2);
}

/**
 * Gives headings without `#` or numbers a level from their case and place. Named sections
 * ("Methods", "References", "Acknowledgements") are sections. In a numbered paper, an unnumbered
 * heading belongs under the numbered one before it. Inside a conventional section other than the
 * introduction (see `conventionalSpans`), a heading is a subsection whatever its case. In a paper
 * whose headings are in capitals, a mixed-case heading is a subsection. Otherwise a heading right
 * under another is a subsection; a paper that writes some headings in Title Case and others in
 * sentence case gives the first sections and the second subsections; and in a paper with named
 * sections, one in sentence case is a subsection. Returns the headings so guessed.
 */
export function assignLevels(headings: Heading[]): Heading[] {
  const top = Math.min(1, ...headings.filter((h) => h.style === 'markdown').map((h) => h.level));
  const numberedPaper = headings.some((h) => h.style === 'numbered');
  const caps = headings.filter((h) => h.style === 'allcaps');
  const capsPaper = caps.length >= 2 && caps.some((h) => wordCount(h.text) >= 2 || COMMON_SECTIONS.test(h.text));
  const named = new Set(headings.filter((h) => COMMON_SECTIONS.test(h.text)).map((h) => h.text.toLowerCase()));
  const backAt = headings.find((h) => isBackMatter(h.text))?.at ?? Infinity;
  const unnamed = headings.filter((h) => h.style === 'titlecase' && h.at < backAt && !COMMON_SECTIONS.test(h.text) && wordCount(h.text) >= 2);
  // NOTE: a paper that writes some headings in Title Case and others in sentence case uses the case for their level.
  const twoCases = unnamed.some((h) => !isTitleCase(h.text)) && unnamed.some((h) => isTitleCase(h.text));
  const guessed: Heading[] = [];
  const within = conventionalSpans(headings, numberedPaper);
  let lastNumbered: Heading | undefined;
  let lastCaps = false;
  headings.forEach((heading, i) => {
    const previous = headings[i - 1];
    if (heading.style === 'markdown') return;
    if (heading.style === 'numbered') {
      lastNumbered = heading;
      return;
    }
    const rightUnder = previous !== undefined && previous.at === heading.at - 1 && previous.level === top;
    const isNamed = MAIN_SECTIONS.test(heading.text) || isBackMatter(heading.text) || REFERENCES.test(heading.text) || (COMMON_SECTIONS.test(heading.text) && !rightUnder && !within.has(heading));
    if (isNamed) {
      heading.level = top;
      if (heading.style === 'allcaps') lastCaps = true;
      return;
    }
    if (within.has(heading)) {
      heading.level = top + 1;
      guessed.push(heading);
      return;
    }
    if (heading.style === 'allcaps' && (capsPaper || !numberedPaper)) {
      heading.level = top;
      lastCaps = true;
      return;
    }
    let level = 1;
    if (numberedPaper) level = lastNumbered ? lastNumbered.level + 1 : 1;
    else if (capsPaper) level = lastCaps ? 2 : 1;
    else if (rightUnder) level = top + 1;
    else if (twoCases) level = isTitleCase(heading.text) ? top : top + 1;
    else if (named.size >= 2 && !isTitleCase(heading.text)) level = top + 1;
    heading.level = level;
    if (level > 1) guessed.push(heading);
  });
  return guessed;
}

/** The conventional sections that open a paper: what follows them before the methods may be the paper's own sections. */
const OPENING = /^(?:introduction|background|introduction and background|background and introduction)$/i;

/**
 * Headings that lie inside a conventional section other than the opening one ("Methods",
 * "Results", "Discussion"): after it and before the next conventional section, back matter, the
 * references or a name some papers give a section ("Limitations"). NOTE: a paper built on
 * conventional sections sets its own sections, if any, between its introduction and its methods
 * (a theory, a review of work, hypotheses); after the methods, what comes between one
 * conventional section and the next is the first one's, whatever its case. A paper needs two
 * conventional sections for this; a numbered paper says its levels itself.
 */
function conventionalSpans(headings: readonly Heading[], numberedPaper: boolean): Set<Heading> {
  const within = new Set<Heading>();
  const conventional = (h: Heading) => MAIN_SECTIONS.test(h.text) || OPENING.test(h.text);
  if (numberedPaper || headings.filter(conventional).length < 2) return within;
  let inside = false;
  headings.forEach((heading, i) => {
    const rightUnder = headings[i - 1]?.at === heading.at - 1;
    if (heading.style === 'markdown') inside = false;
    else if (conventional(heading)) inside = !OPENING.test(heading.text);
    // NOTE: a name some papers give a section ("Limitations", "Related Work") is one, unless it is set right under a heading.
    else if (isBackMatter(heading.text) || REFERENCES.test(heading.text) || (COMMON_SECTIONS.test(heading.text) && !rightUnder)) inside = false;
    else if (inside) within.add(heading);
  });
  return within;
}
