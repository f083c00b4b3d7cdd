import { tag, type Token } from './language/index.ts';
import type { Lexicon, LexiconEntry } from './plain-lexicon.ts';

/** A lexicon ready to match: one pattern for all its terms, longest first. */
export interface CompiledLexicon {
  pattern: RegExp;
  byTerm: Map<string, LexiconEntry>;
}

const compiled = new WeakMap<Lexicon, CompiledLexicon>();

function compile(lexicon: Lexicon): CompiledLexicon {
  const known = compiled.get(lexicon);
  if (known) return known;
  const alternatives = lexicon.map((e) => e.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|') || '(?!)'})(?![\\p{L}\\p{N}-])`, 'giu');
  const byTerm = new Map(lexicon.map((e) => [e.term.toLowerCase().replace(/\s+/g, ' '), e]));
  const result = { pattern, byTerm };
  compiled.set(lexicon, result);
  return result;
}

const ARTICLE = /^(?:the|a|an)\s+/i;
/** Plain adjectives that name a rank or a kind, not a degree: "key", "main". */
const RANKS = new Set(['key', 'main', 'major', 'first', 'vital', 'basic', 'extra']);
/** Words of degree that only a gradable adjective can follow. */
const DEGREES = new Set(['more', 'most', 'less', 'least', 'very', 'so', 'too', 'as', 'how', 'quite', 'rather', 'particularly', 'especially', 'extremely', 'highly', 'increasingly', 'equally']);
const POSSESSIVES = new Set(['their', 'its', 'our', 'his', 'her', 'my', 'your']);
/** Determiners that no quantifier can stand before, even with "of": "the majority of all patients" stays. */
const WHOLES = new Set(['all', 'both', 'each', 'every', 'any', 'either', 'neither', 'no']);
/** Words in "-er" that compare nothing. */
const NOT_COMPARATIVES = new Set(['other', 'over', 'under', 'after', 'never', 'ever', 'however', 'rather', 'either', 'neither', 'together', 'proper', 'former', 'latter', 'inner', 'outer', 'upper', 'bitter', 'clever', 'eager', 'tender', 'sober']);
/** Plain words that count or measure out a whole: "several", "most", "a few". */
const QUANTIFIER = /^(?:a\s+)?(?:most|many|several|few|some|much)$/i;
/** Comparatives whose spelling does not show them: "more severe", "fewer", "better". */
const COMPARATIVES = new Set(['more', 'less', 'fewer', 'lesser', 'further', 'farther', 'better', 'worse']);

/**
 * Replaces the lexicon's terms in a slide text with their plain words, where the plain words fit:
 * a noun phrase that modifies a following noun ("mortality rate") or whose plain words bring an
 * article into a longer phrase ("primary tumour microenvironment") is left as written, and so is a
 * several-word replacement of an adjective before its noun ("statistically significant
 * difference"). An article before the term is kept and made to agree ("an efflux pump" → "a cell
 * pump"); a capital at the start of the text is kept. Pure: the same text gives the same words.
 */
export function plainWords(text: string, lexicon: Lexicon): string {
  const { pattern, byTerm } = compile(lexicon);
  const tokens = tag(text);
  const quoted = quotations(text);
  let out = '';
  let cursor = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const entry = byTerm.get(match[0].toLowerCase().replace(/\s+/g, ' '));
    if (!entry || (entry.caseSensitive ? match[0] !== entry.term : isShouted(match[0]) || isName(text, start, match[0]))) continue;
    // A quotation is someone's words: it is shown as they wrote it.
    if (quoted.some(([from, to]) => start >= from && start < to)) continue;
    const replacement = fitted(text, tokens, start, end, entry.plain);
    if (replacement === undefined) continue;
    let before = out + text.slice(cursor, start);
    before = agreeArticle(before, replacement);
    out = before + (startsText(before) && /^\p{Lu}/u.test(match[0]) ? capitalise(replacement) : replacement);
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** The plain words as they should stand in this place, or undefined when they would not fit. */
function fitted(text: string, tokens: readonly Token[], start: number, end: number, words: string): string | undefined {
  let plain = words;
  const next = tokens.find((t) => t.start >= end);
  const previous = [...tokens].reverse().find((t) => t.end <= start);
  if (plain.includes(' / ')) {
    // "showed / shown": a past tense and a past participle, chosen by what stands before the verb.
    const [past, participle] = plain.split(' / ').map((p) => p.trim()) as [string, string];
    const nextIsNounNow = next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN');
    // "the observed effect": a participle used as an adjective has no plain verb to stand for it.
    if (nextIsNounNow && previous !== undefined && /^(?:DET|ADJ|ADP)$/.test(previous.pos)) return undefined;
    // NOTE: neither a tense nor a participle can be told from the tags elsewhere ("when provided",
    // "the drugs provided to"), so only these two places are changed.
    if (afterAuxiliary(tokens, start)) plain = participle;
    else if (previous !== undefined && previous.pos === 'PRON' && /^(?:i|we|you|he|she|it|they|this|these|that|those)$/.test(previous.normal)) plain = past;
    else return undefined;
  }
  // "more crucial" cannot read "more key": a word that names a rank takes no degree before it.
  if (RANKS.has(plain) && previous !== undefined && DEGREES.has(previous.normal)) return undefined;
  // "highly" picks the adjectives it grades: "highly significant effects" has no "highly clear effects".
  if (previous?.normal === 'highly' && text.slice(previous.end, start).trim() === '') return undefined;
  // "considerably more severe" cannot read "greatly more severe": "much" or "far" grade a
  // comparative, an adverb of manner or "very" does not.
  if (/^(?:\p{L}+ly|very)$/u.test(plain) && next !== undefined && isComparative(next)) return undefined;
  // A quantifier for "the majority of" takes its "of" back before a determiner ("most of the
  // patients", "several of these"), and none can stand before "all" or "each".
  if (/\sof$/i.test(text.slice(start, end)) && QUANTIFIER.test(plain) && next !== undefined && (next.pos === 'DET' || POSSESSIVES.has(next.normal) || /^(?:them|these|those|us)$/.test(next.normal))) {
    if (WHOLES.has(next.normal)) return undefined;
    plain = `${plain} of`;
  }
  const nextIsNoun = next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN') && text.slice(end, next.start).trim() === '';
  const severalWords = /\s/.test(plain);
  // Several words cannot stand before a noun as one word does: "mortality rate" (a noun as a
  // modifier) or "statistically significant difference" (an adjective before its noun).
  if (severalWords && nextIsNoun) return undefined;
  // "seasonal phenology" → "seasonal timing", not "seasonal seasonal timing".
  const [firstPlain, ...restPlain] = plain.split(/\s+/);
  if (previous !== undefined && restPlain.length > 0 && previous.normal === firstPlain!.toLowerCase()) plain = restPlain.join(' ');
  // Several words cannot be put inside a longer noun phrase: "herb species richness" stays.
  if (/\s/.test(plain) && !ARTICLE.test(plain) && previous !== undefined && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(previous.pos) && text.slice(previous.end, start).trim() === '') return undefined;
  if (!ARTICLE.test(plain)) return plain;
  const determined = previous !== undefined && (previous.pos === 'DET' || POSSESSIVES.has(previous.normal));
  if (determined) return plain.replace(ARTICLE, '');
  // Inside a longer noun phrase ("primary tumour microenvironment") an article cannot be added.
  if (previous !== undefined && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(previous.pos)) return undefined;
  return plain;
}

/**
 * "more", "higher", "faster": a word that compares. The tagger does not always give "faster" the
 * lemma "fast", so an adjective or adverb in "-er" counts unless it is one of the few that compare
 * nothing; one taken for a comparative by mistake only keeps its adverb as written.
 */
function isComparative(token: Token): boolean {
  if (COMPARATIVES.has(token.normal)) return true;
  return (token.pos === 'ADJ' || token.pos === 'ADV') && /[^aeiou]er$/.test(token.normal) && !NOT_COMPARATIVES.has(token.normal);
}

/** Whether a form of "be" or "have" comes before the word at `start` (adverbs and "not" between): "was observed", "has been shown". */
function afterAuxiliary(tokens: readonly Token[], start: number): boolean {
  for (let i = tokens.findIndex((t) => t.start >= start) - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.pos === 'ADV' || t.pos === 'PART') continue;
    return t.pos === 'AUX' && (t.lemma === 'be' || t.lemma === 'have');
  }
  return false;
}

/** "a"/"an" before replaced words agrees with their first sound, as far as spelling shows it. */
function agreeArticle(before: string, next: string): string {
  const article = /(^|[^\p{L}])(a|an|A|An)(\s+)$/u.exec(before);
  if (!article) return before;
  const wanted = /^(?:[aeio]|u(?![nr]?[aeiou]|s[aeiou]|ni)|hour|honest)/i.test(next) && !/^(?:eu|one|once)/i.test(next) ? 'an' : 'a';
  const written = article[2]!;
  const cased = /^A/.test(written) ? capitalise(wanted) : wanted;
  return before.slice(0, article.index + article[1]!.length) + cased + article[3];
}

/** At the start of the text or of a sentence in it. */
function startsText(before: string): boolean {
  return /(?:^|[.!?]\s+)["'“‘(]?$/.test(before);
}

/**
 * A term that starts with a capital inside a sentence is part of a name or a title ("American
 * Heart Association", "Natural Language Processing"): names are not put in other words.
 */
function isName(text: string, start: number, term: string): boolean {
  return /^\p{Lu}/u.test(term) && !startsText(text.slice(0, start));
}

/**
 * Where the text quotes someone: spans between quotation marks (curly, or straight double
 * ones), to the end of the text when one is not closed. An apostrophe ("patients’") opens none.
 */
function quotations(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/“[^”]*”?|"[^"]*"?|(?<![\p{L}\p{N}])‘[^’]*’?/gu)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** A term in capitals in running text ("EFFICACY") is a heading or emphasis: left as written. */
function isShouted(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase() && /\p{Ll}/u.test(text.toLowerCase());
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
