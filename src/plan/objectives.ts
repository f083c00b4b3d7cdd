import type { Audience } from '../content/audience.ts';
import { contentLemmas, tag } from './language/index.ts';

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

/** Verbs that open an objective about a claim: "Explain why most published findings are false". */
const CLAIM_VERBS = {
  plain: 'Understand why',
  standard: 'Explain why',
  technical: 'Evaluate the evidence that',
} satisfies Record<Audience['wording'], string>;

/** A lecture with fewer concepts than this gets objectives from its central claims too. */
const MIN_CONCEPTS = 3;
/** A claim stated in an objective is short: at most this many words. */
const CLAIM_WORDS = 14;

/** Something a lecture teaches, as the object of a sentence ("the extent of repeated testing", "drug efflux pumps"). */
export interface Concept {
  object: string;
  /** How central it is to the lecture. */
  weight: number;
  /** The object is a statement ("long-form summaries are rarely evaluated by humans"): explained, not described. */
  claim?: boolean;
}

/**
 * Learning objectives from what a lecture teaches: one per concept (a topic's term or the
 * distinctive noun phrase of a slide, with its article), most central first, in the lecture's own
 * order, each opened by a verb suited to the audience's wording; a lecture of few concepts also
 * gets objectives from its central claims (`claims`, most central first: statements that stand by
 * themselves), "Explain why …". At most four.
 */
export function objectivesFor(concepts: Concept[], claims: string[], wording: Audience['wording'], paperText: string): string[] {
  const chosen = distinct(concepts.map((c, i) => ({ ...c, i, lemmas: new Set(contentLemmas(tag(c.object))) })).sort((a, b) => b.weight - a.weight || a.i - b.i))
    .slice(0, MAX_OBJECTIVES)
    .sort((a, b) => a.i - b.i);
  const verbs = VERBS[wording];
  const objectives = chosen.map((c, k) => `${c.claim ? CLAIM_VERBS[wording] : verbs[k % verbs.length]} ${lowerInitial(c.object, paperText)}`);
  const wanted = Math.min(MAX_OBJECTIVES, Math.max(MIN_CONCEPTS, objectives.length)) - objectives.length;
  const stated = claims.filter((claim) => claim.split(/\s+/).length <= CLAIM_WORDS).slice(0, wanted);
  return [...objectives, ...stated.map((claim) => `${CLAIM_VERBS[wording]} ${lowerInitial(claim, paperText)}`)];
}

/**
 * Concepts that name different things, most central first: one whose words all belong to a
 * concept already kept, or take in all of its words, is the same thing again ("breast cancer",
 * "breast cancer cells").
 */
function distinct<T extends { lemmas: Set<string> }>(ranked: T[]): T[] {
  const kept: T[] = [];
  const within = (a: Set<string>, b: Set<string>) => [...a].every((l) => b.has(l));
  for (const concept of ranked) {
    if (concept.lemmas.size === 0) continue;
    if (kept.some((k) => within(concept.lemmas, k.lemmas) || within(k.lemmas, concept.lemmas))) continue;
    kept.push(concept);
  }
  return kept;
}

/**
 * A concept as the object of a sentence: a heading's capitals lowered ("Drug Efflux Pumps" → "drug
 * efflux pumps"), part by part between "and", "or" and brackets, so that "Artificial Intelligence
 * (AI) and Machine Learning" becomes "artificial intelligence (AI) and machine learning". A part
 * that holds a name stays as written ("Beck Depression Inventory"); acronyms always do ("EGFR
 * mutations"). A capitalised word is a name when the paper never writes it in lower case and
 * capitalises it inside a sentence ("… using the Beck Inventory"); a heading's "Principal
 * Findings" or "Data Sharing" are no names.
 */
export function asObject(name: string, paperText: string): string {
  const words = name.split(/\s+/);
  const parts: string[][] = [[]];
  for (const word of words) {
    if (/^(?:and|or|&)$/.test(word) || /^[([]/.test(word)) parts.push([]);
    parts.at(-1)!.push(word);
    if (/[)\]]$/.test(word)) parts.push([]);
  }
  const capitalised = (word: string) => /^\p{Lu}[\p{Ll}-]+$/u.test(word);
  const usedLower = (word: string) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(word.toLowerCase())}(?:[^\\p{L}]|$)`, 'u').test(paperText);
  // "… using the Beck Inventory": a name keeps its capital where no sentence start or heading explains it.
  // The heading itself, where a topic's text opens with it, is no evidence.
  const prose = paperText.replace(new RegExp(`(^|\\n)${escapeRegExp(name)}`, 'g'), '$1');
  const writtenAsName = (word: string) => new RegExp(`[\\p{Ll},;:]\\s+${escapeRegExp(word)}(?:[^\\p{L}]|$)`, 'u').test(prose);
  const isName = (word: string) => (capitalised(word) && !usedLower(word) && writtenAsName(word)) || /^\p{Lu}?\p{Ll}+\p{Lu}/u.test(word);
  return parts
    .filter((part) => part.length > 0)
    .map((part) => (/^[([]/.test(part[0]!) || part.some(isName) ? part : part.map((w) => (capitalised(w) ? w.toLowerCase() : w))).join(' '))
    .join(' ');
}

/**
 * A sentence's first word in lower case when it goes after other words ("True findings …" →
 * "Explain why true findings …"): unless it is an acronym or holds a digit or a capital inside, or
 * the paper never writes it in lower case (a name).
 */
export function lowerInitial(text: string, paperText: string): string {
  const first = text.split(/\s+/)[0] ?? '';
  if (!/^\p{Lu}[\p{Ll}'’-]*$/u.test(first)) return text;
  const lower = first.toLowerCase();
  if (!new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(lower)}(?:[^\\p{L}]|$)`, 'u').test(paperText)) return text;
  return lower + text.slice(first.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
