import { COMMON_SECTION, headingName, REFERENCES, type HeadingMark } from './headings.ts';

/**
 * Each heading's level: 1 for a section, 2 for a subsection, 3 for a label inside one. Numbers
 * decide where the paper numbers its headings ("2.1" is 2); otherwise the way a heading is set:
 * the first heading of the body is a section, headings set like it are sections, the next most
 * prominent style is the subsection level and anything less prominent a label. A label that
 * runs into its paragraph is a subsection in a section that has no subsection headings of its
 * own, and a label where it has.
 */
export function headingLevels(marks: HeadingMark[]): Map<HeadingMark, number> {
  const levels = new Map<HeadingMark, number>();
  // NOTE: what follows the reference list (its entries, appendices) does not decide the levels.
  const references = marks.findIndex((m) => !m.runIn && REFERENCES.test(headingName(m.text)));
  const deciding = references === -1 ? marks : marks.slice(0, references + 1);
  const standalone = deciding.filter((m) => !m.runIn);
  const numbered = standalone.filter((m) => m.number && /^\d/.test(m.number));
  // NOTE: numbers decide only when at least two top-level numbers are set alike (not a list's items).
  const firstLevel = numbered.filter((m) => depth(m.number!) === 1 && Number(m.number) <= 20);
  const useNumbers = firstLevel.some((m) => firstLevel.filter((o) => o.signature === m.signature && o.number !== m.number).length >= 1);
  const bySignature = new Map<string, number>();
  if (useNumbers) {
    for (const mark of numbered) {
      const d = depth(mark.number!);
      bySignature.set(mark.signature, Math.min(bySignature.get(mark.signature) ?? 9, d));
    }
  }
  const top = (useNumbers ? numbered.find((m) => depth(m.number!) === 1) : standalone.find((m) => COMMON_SECTION.test(headingName(m.text)))) ?? standalone[0];
  const ranked = [...new Set(standalone.map((m) => m.signature))].sort((a, b) => prominence(b, standalone) - prominence(a, standalone));
  for (const mark of marks.filter((m) => !m.runIn)) {
    if (useNumbers && mark.number && /^\d/.test(mark.number)) levels.set(mark, Math.min(depth(mark.number), 3));
    else if (bySignature.has(mark.signature)) levels.set(mark, Math.min(bySignature.get(mark.signature)!, 3));
    else levels.set(mark, styleLevel(mark, top, ranked, standalone));
  }
  let sectionHasSubheadings = false;
  const pendingRunIns: HeadingMark[] = [];
  const settle = () => {
    for (const runIn of pendingRunIns) levels.set(runIn, sectionHasSubheadings ? 3 : 2);
    pendingRunIns.length = 0;
  };
  for (const mark of marks) {
    if (mark.runIn) pendingRunIns.push(mark);
    else if (levels.get(mark) === 1) {
      settle();
      sectionHasSubheadings = false;
    } else if (levels.get(mark) === 2) sectionHasSubheadings = true;
  }
  settle();
  return levels;
}

function depth(number: string): number {
  return number.split('.').filter(Boolean).length;
}

function styleLevel(mark: HeadingMark, top: HeadingMark | undefined, ranked: string[], all: HeadingMark[]): number {
  if (!top || mark.signature === top.signature) return 1;
  const topRank = ranked.indexOf(top.signature);
  const rank = ranked.indexOf(mark.signature);
  if (rank < topRank && mark.size > top.size + 0.3) return 1;
  const below = ranked.slice(topRank + 1).filter((s) => s !== top.signature && all.some((m) => m.signature === s));
  return below[0] === mark.signature || rank < topRank ? 2 : 3;
}

/** Larger first, then capitals, then bold. */
function prominence(signature: string, marks: HeadingMark[]): number {
  const [size, weight, , caps] = signature.split('|');
  const count = marks.filter((m) => m.signature === signature).length;
  return Number(size) * 100 + (caps ? 20 : 0) + (weight?.includes('b') ? 10 : 0) + Math.min(count, 5) * 0.1;
}
