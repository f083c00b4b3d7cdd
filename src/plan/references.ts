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
 * shows the references the paper cites most (by its numbered citations, "[12]", "[3–5]", "⁵¹";
 * the list's first ones when it cites none by number), in the list's order, titled "Key
 * references"; the first of those slides carries the whole list in its notes, as the paper gives it.
 */
export function referenceSlides(references: readonly Reference[], paperText = ''): Slide[] {
  const bullet = (r: Reference) => (r.n !== undefined ? `[${r.n}] ${r.text}` : r.text);
  const max = PER_SLIDE * MAX_SLIDES;
  if (references.length <= max) return pagedSlides('references', 'References', references.map((r) => ({ bullet: bullet(r), source: ['references'] })), PER_SLIDE);
  const cited = citationCounts(paperText);
  const chosen = references
    .map((r, i) => ({ r, i, count: r.n !== undefined ? (cited.get(r.n) ?? 0) : 0 }))
    .sort((a, b) => b.count - a.count || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i);
  const slides = pagedSlides('references', 'Key references', chosen.map(({ r }) => ({ bullet: bullet(r), source: ['references'] })), PER_SLIDE);
  return slides.map((slide, i) => (i === 0 ? { ...slide, notes: references.map(bullet).join('\n'), sourceLine: 'Source: References' } : slide));
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
