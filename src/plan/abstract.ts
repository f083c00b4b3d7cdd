import { bulletsFrom, linesOf, type BulletOptions } from './bullets.ts';

/** Labels of a structured abstract's opening parts: what was asked. */
const ASKING = /^(?:background|introduction|context|aims?|objectives?|purpose|motivation|rationale|aims\/hypothesis)\b/i;
/** Labels of its closing parts: what was found. */
const FINDING = /^(?:results?|findings|conclusions?|interpretation|significance|main outcomes?|methods and findings|results and (?:limitations|conclusions?)|conclusions\/interpretation)\b/i;

/** A paragraph that opens with a part's label: "Methods and Findings: In a randomised …". */
const LABELLED = /^([\p{Lu}][\p{L} ,&/]{2,40}):\s+([\s\S]+)$/u;

/**
 * A structured abstract's labelled parts ("Background: …", "CONCLUSIONS: …"), in order; a part may
 * run over paragraphs, those after its first unlabelled. None for an abstract in one piece.
 */
export function abstractParts(abstract: string): { label: string; text: string }[] {
  const parts: { label: string; text: string }[] = [];
  for (const paragraph of abstract.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)) {
    const match = LABELLED.exec(paragraph);
    if (match) parts.push({ label: match[1]!, text: match[2]! });
    else if (parts.length) parts.at(-1)!.text += `\n\n${paragraph}`;
    else return [];
  }
  return parts.length >= 2 ? parts : [];
}

/** Labels of the parts that conclude: the paper's answer. */
const CONCLUDING = /^(?:conclusions?|interpretation|significance|conclusions\/interpretation)\b/i;

/**
 * The overview's points from the abstract: for a structured abstract, what was asked (one point
 * from its background or aim), what it concludes, and what was found (from its results), so the
 * slide states the paper's answer; for an abstract in one piece, its most central sentences.
 */
export function abstractBullets(abstract: string, max: number, options: BulletOptions = {}): string[] {
  const parts = abstractParts(abstract);
  const found = parts.filter((part) => FINDING.test(part.label));
  if (found.length === 0) return bulletsFrom(abstract, max, options);
  const textOf = (list: typeof parts) => list.map((part) => part.text).join('\n\n');
  const asked = parts.filter((part) => ASKING.test(part.label));
  const concluded = found.filter((part) => CONCLUDING.test(part.label));
  const results = found.filter((part) => !CONCLUDING.test(part.label));
  let lines = options.lines ?? Infinity;
  let left = max;
  const take = (text: string, count: number): string[] => {
    if (count <= 0 || !text || lines <= 0) return [];
    const chosen = bulletsFrom(text, count, Number.isFinite(lines) ? { lines } : {});
    lines -= chosen.reduce((n, bullet) => n + linesOf(bullet), 0);
    left -= chosen.length;
    return chosen;
  };
  const question = take(textOf(asked), max > 2 ? 1 : 0);
  const answer = take(textOf(concluded), 1);
  const evidence = take(textOf(results), left);
  // In the order a reader meets them: the question, what was found, what it means.
  return [...question, ...evidence, ...answer];
}

/** The abstract's prose a plain-language overview draws on: what a structured abstract concludes, asked and found, without its labels. */
export function abstractProse(abstract: string): string {
  const parts = abstractParts(abstract);
  // What it concludes first: a plain overview has room for few points.
  const kept = [...parts.filter((part) => CONCLUDING.test(part.label)), ...parts.filter((part) => ASKING.test(part.label) || (FINDING.test(part.label) && !CONCLUDING.test(part.label)))];
  return kept.length ? kept.map((part) => part.text).join('\n\n') : abstract;
}
