import type { Reference } from '../content/paper.ts';
import type { Slide } from './deck.ts';
import { superscriptCitations } from './condense.ts';
import { pagedSlides } from './paged.ts';

/** References are long: three a slide. */
const PER_SLIDE = 3;
/** A lecture closes on at most this many slides of references; a longer list is read, not presented. */
const MAX_SLIDES = 3;

/**
 * The paper's reference list, closing the last lecture. A list longer than `MAX_SLIDES` slides
 * shows the references the paper cites most (by its numbered citations, "[12]", "[3–5]", "⁵¹", or
 * by first author and year, "Huang et al., 2022"; the list's first ones when it cites none of them
 * so), in the list's order, titled "Key
 * references"; the first of those slides carries the whole list in its notes, as the paper gives it.
 */
export function referenceSlides(references: readonly Reference[], paperText = ''): Slide[] {
  const bullet = (r: Reference) => (r.n !== undefined ? `[${r.n}] ${r.text}` : r.text);
  const max = PER_SLIDE * MAX_SLIDES;
  if (references.length <= max) return pagedSlides('references', 'References', references.map((r) => ({ bullet: bullet(r), source: ['references'] })), PER_SLIDE);
  const cited = citationCounts(paperText);
  const chosen = references
    .map((r, i) => ({ r, i, count: r.n !== undefined ? (cited.get(r.n) ?? 0) : authorYearCitations(r, paperText) }))
    .sort((a, b) => b.count - a.count || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i);
  const slides = pagedSlides('references', 'Key references', chosen.map(({ r }) => ({ bullet: bullet(r), source: ['references'] })), PER_SLIDE);
  return slides.map((slide, i) => (i === 0 ? { ...slide, notes: references.map(bullet).join('\n'), sourceLine: 'Source: References' } : slide));
}

/**
 * How often the text cites a reference by its first author and year: "Huang et al., 2022",
 * "Huang et al. (2022)", "(Huang and Li 2022; …)". None when the reference gives no year.
 */
export function authorYearCitations(reference: Reference, text: string): number {
  const year = /\b(?:19|20)\d\d[a-z]?\b/.exec(reference.text)?.[0];
  const surname = firstAuthorSurname(reference.text);
  if (!year || !surname) return 0;
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.match(new RegExp(`\\b${escaped}\\b[^()\\[\\];.]{0,40}?(?:\\.[^()\\[\\];.]{0,20}?)?\\(?${year}\\b`, 'gu'))?.length ?? 0;
}

/**
 * The first author's surname as a reference list gives it: "Barry, C. L., …" (surname first),
 * "Nader Akoury, Shufan Wang, …" (given names first), "Smith J, Jones K" (initials after).
 */
function firstAuthorSurname(text: string): string | undefined {
  const first = text.split(/,| and | & |\(/)[0]!.trim();
  const words = first.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0) return undefined;
  const last = words.at(-1)!;
  // "Smith J", "Smith JA": initials after the surname.
  const name = words.length > 1 && /^\p{Lu}{1,3}\.?$/u.test(last) ? words[0]! : last;
  return /^\p{Lu}[\p{L}'’-]+$/u.test(name) ? name : undefined;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * How often the text cites each numbered reference: in brackets ("[12]", "[3–5, 9]") or as
 * superscripts after a word ("CDK5⁵¹", "cells¹²⁻¹⁴").
 */
export function citationCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (list: string) => {
    for (const part of list.split(/\s*,\s*/)) {
      const [from, to] = part.split(/\s*[–—-]\s*/).map(Number);
      if (from === undefined || !Number.isInteger(from)) continue;
      const last = to !== undefined && Number.isInteger(to) && to >= from && to - from < 50 ? to : from;
      for (let n = from; n <= last; n++) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  };
  for (const match of text.matchAll(/\[(\d+(?:\s*[,–—-]\s*\d+)*)\]/g)) add(match[1]!);
  for (const mark of superscriptCitations(text)) {
    add([...mark].map((c) => (SUPERSCRIPT_DIGITS.includes(c) ? String(SUPERSCRIPT_DIGITS.indexOf(c)) : c === '⁻' ? '-' : c)).join(''));
  }
  return counts;
}
