import type { Audience } from '../content/audience.ts';

/** At most this many objectives a lecture: more is a list nobody reads. */
export const MAX_OBJECTIVES = 4;

/**
 * Verbs that open an objective, by wording, in the order the objectives take them: everyday verbs
 * for the public, Bloom's middle levels for students, the evaluative end for specialists.
 */
const VERBS = {
  plain: ['Understand', 'Know what is meant by', 'Recognise', 'Talk about'],
  standard: ['Describe', 'Explain', 'Outline', 'Discuss'],
  technical: ['Evaluate', 'Critically appraise', 'Interpret the evidence on', 'Apply what is known about'],
} satisfies Record<Audience['wording'], string[]>;

/**
 * Learning objectives from what a lecture teaches: one per concept (a topic's term or a slide's
 * key noun phrase), at most four, most central first in the lecture's own order, each opened by
 * a verb suited to the audience's wording. `concepts` come with a weight (how central the slide
 * is to its section); `paperText` decides whether a capitalised heading word is a name.
 */
export function objectivesFor(concepts: { name: string; weight: number }[], wording: Audience['wording'], paperText: string): string[] {
  const seen = new Set<string>();
  const unique = concepts.filter((c) => !seen.has(c.name.toLowerCase()) && seen.add(c.name.toLowerCase()));
  const chosen = unique
    .map((c, i) => ({ ...c, i }))
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .slice(0, MAX_OBJECTIVES)
    .sort((a, b) => a.i - b.i);
  const verbs = VERBS[wording];
  return chosen.map((c, k) => `${verbs[k % verbs.length]} ${asObject(c.name, paperText)}`);
}

/**
 * A concept as the object of a sentence: a heading's capitals lowered when the paper writes every
 * one of those words in lower case too ("Drug Efflux Pumps" → "drug efflux pumps"); otherwise the
 * words are a name or hold an acronym and stay as written ("Beck Depression Inventory", "EGFR").
 */
export function asObject(name: string, paperText: string): string {
  const words = name.split(/\s+/);
  const capitalised = words.filter((w) => /^\p{Lu}[\p{Ll}-]+$/u.test(w));
  if (capitalised.length === 0 || words.some((w) => /\p{Lu}/u.test(w) && !/^\p{Lu}[\p{Ll}-]+$/u.test(w))) return name;
  const usedLower = (word: string) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(word.toLowerCase())}(?:[^\\p{L}]|$)`, 'u').test(paperText);
  if (!capitalised.every(usedLower)) return name;
  return words.map((w) => (/^\p{Lu}[\p{Ll}-]+$/u.test(w) ? w.toLowerCase() : w)).join(' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
