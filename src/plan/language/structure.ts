import type { Token } from './tagger.ts';

/** A run of tokens, `from` inclusive and `to` exclusive. */
export interface Span {
  from: number;
  to: number;
}

/** Auxiliaries and modals that carry tense: a verb group that starts with one is finite. */
const FINITE_AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'am', "'s", "'re", 'has', 'have', 'had', 'does', 'do', 'did', 'can', 'could',
  'may', 'might', 'will', 'would', 'shall', 'should', 'must', 'cannot', 'ca', 'wo',
]);

/** Words that open a subordinate clause: what follows them is not the sentence's main statement. */
export const SUBORDINATORS = new Set([
  'although', 'though', 'while', 'whilst', 'whereas', 'because', 'since', 'as', 'if', 'unless', 'when',
  'whenever', 'once', 'until', 'after', 'before', 'despite', 'given', 'whether',
]);

/** Pronouns and adverbs that open a relative clause. */
export const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where', 'that']);

/** Words tagged as determiners or prepositions that stand alone at a sentence's end. */
const CLOSING_WORDS = new Set(['this', 'that', 'these', 'those', 'above', 'below', 'before', 'after', 'since', 'out', 'up', 'down', 'off', 'over', 'back', 'together', 'apart', 'all', 'both', 'either', 'neither', 'each']);

/** Tags of words that cannot end a statement: "… and", "… of the", "… which". */
const OPEN_ENDED = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART']);

/** Whether a token is a word (not punctuation, symbol or space). */
export function isWord(token: Token): boolean {
  return token.pos !== 'PUNCT' && token.pos !== 'SPACE' && /[\p{L}\p{N}]/u.test(token.text);
}

/**
 * Whether a statement would dangle if it ended on this token: a determiner, preposition,
 * conjunction or particle, or a relative or possessive pronoun ("… their", "… which").
 */
export function endsOpen(token: Token): boolean {
  // "… achieved this", "… described above": a demonstrative or an adverb-like preposition may close a sentence.
  if (CLOSING_WORDS.has(token.normal)) return false;
  if (OPEN_ENDED.has(token.pos)) return true;
  return token.pos === 'PRON' && /^(?:which|who|whom|whose|their|its|our|his|her|my|your)$/.test(token.normal);
}

/**
 * Whether a text would dangle where it ends (see `endsOpen`), its tokens given: "… in Figure 6a"
 * does not, as a letter written onto a number is part of a label, not an article.
 */
export function endsOpenText(tokens: Token[]): boolean {
  const words = tokens.filter(isWord);
  const last = words.at(-1);
  if (last === undefined) return true;
  const before = words.at(-2);
  if (before?.pos === 'NUM' && before.end === last.start) return false;
  // "… they are inadequately", "… the results are": a verb group missing its verb or complement.
  if (last.pos === 'AUX' && words.length > 2 && !/^(?:do|does|did)$/.test(last.normal)) return true;
  // "… onto a vascularised": an article and a participle, the noun they open never comes.
  if (last.pos === 'VERB' && before !== undefined && /^(?:a|an|the)$/.test(before.normal)) return true;
  if (last.pos === 'ADV' && /ly$/.test(last.normal)) {
    const head = words.slice(0, -1).reverse().find((w) => w.pos !== 'ADV');
    if (head?.pos === 'AUX') return true;
  }
  return endsOpen(last);
}

/**
/** Words that open a clause inside a sentence, whatever the tagger calls them. */
const CLAUSE_OPENERS = new Set(['whether', 'which', 'who', 'whom', 'whose']);

/**
 * Whether keeping only the `kept` tokens of a sentence would leave a clause opened by "that",
 * "whether" or a relative without the verb it had: "Our findings indicate that an approach [which
 * combines A with B may provide C]", "an understanding of the way in which candidates[ — … — frame
 * masking]". Such a text may read as a main clause but says nothing. A "that" with no tensed verb
 * after it in the sentence itself (a demonstrative the tagger took for a conjunction) is left alone.
 */
export function emptiesComplement(tokens: Token[], kept: readonly boolean[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const opens = (t.normal === 'that' && t.pos === 'SCONJ') || CLAUSE_OPENERS.has(t.normal);
    if (!kept[i] || !opens) continue;
    if (finiteVerbs(tokens, { from: i + 1, to: tokens.length }).length === 0) continue;
    const rest = tokens.filter((_, k) => k > i && kept[k]);
    if (finiteVerbs(rest).length === 0) return true;
  }
  return false;
}

/** Whether a verb ends in -ing and so is a participle or gerund, not a tensed verb by itself. */
function isIngForm(token: Token): boolean {
  return token.normal.endsWith('ing') && token.lemma !== token.normal;
}

/**
 * Indices of the tokens that make a verb group finite (carry tense): a finite auxiliary or modal,
 * or a verb in a tensed form that no auxiliary, "to" or article precedes ("to grow", "the
 * activated cells" and "using" are not finite; "regulates", "was", "can" are).
 */
export function finiteVerbs(tokens: Token[], span: Span = { from: 0, to: tokens.length }): number[] {
  const found: number[] = [];
  // NOTE: a verb in brackets is an aside's ("(…; see methods)"), not the clause's.
  let depth = 0;
  for (let i = span.from; i < Math.min(span.to, tokens.length); i++) {
    const token = tokens[i]!;
    if (token.text === '(' || token.text === '[') depth++;
    else if ((token.text === ')' || token.text === ']') && depth > 0) depth--;
    if (depth > 0) continue;
    if (token.pos === 'AUX') {
      if (FINITE_AUXILIARIES.has(token.normal) && !partOfGroup(tokens, i, span.from)) found.push(i);
      continue;
    }
    if (token.pos !== 'VERB' || isIngForm(token) || partOfGroup(tokens, i, span.from) || inCompound(tokens, i)) continue;
    const before = previousWord(tokens, i, span.from);
    if (before && (before.pos === 'DET' || before.pos === 'ADP' || before.pos === 'ADJ')) continue;
    // "targeted therapies", "activated cells": a participle before a noun, with no subject before it.
    const next = tokens[i + 1];
    const modifier = token.normal.endsWith('ed') && next && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos);
    if (modifier && !(before && /^(?:NOUN|PROPN|PRON)$/.test(before.pos))) continue;
    found.push(i);
  }
  return found;
}

/** Whether a word is part of a hyphenated compound, "number-needed-to-treat", "drug-treated": a word, not a verb of the clause. */
function inCompound(tokens: Token[], i: number): boolean {
  const joined = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
  const hyphen = (t: Token | undefined) => t !== undefined && /^[-‐‑]$/.test(t.text);
  const before = hyphen(tokens[i - 1]) && joined(tokens[i - 2], tokens[i - 1]) && joined(tokens[i - 1], tokens[i]);
  const after = hyphen(tokens[i + 1]) && joined(tokens[i], tokens[i + 1]) && joined(tokens[i + 1], tokens[i + 2]);
  // "self-renew", "co-exist": a prefix makes a verb of its own, which can carry the clause.
  if (before && !after && VERB_PREFIXES.has(tokens[i - 2]!.normal)) return false;
  return before || after;
}

const VERB_PREFIXES = new Set(['self', 'co', 're', 'pre', 'over', 'under', 'cross', 'out', 'mis', 'de', 'un', 'up', 'down']);

/** Whether a verb belongs to a group started before it: "is expected", "can develop", "to grow". */
function partOfGroup(tokens: Token[], i: number, from: number): boolean {
  for (let j = i - 1; j >= from; j--) {
    const t = tokens[j]!;
    if (t.pos === 'ADV' || (t.pos === 'PART' && t.normal === 'not')) continue;
    return t.pos === 'AUX' || (t.pos === 'PART' && t.normal === 'to');
  }
  return false;
}

function previousWord(tokens: Token[], i: number, from: number): Token | undefined {
  for (let j = i - 1; j >= from; j--) if (tokens[j]!.pos !== 'ADV') return tokens[j];
  return undefined;
}

/**
 * Whether a span is a clause that can stand alone: it does not open with a subordinator or a
 * relative, and outside any subordinate clause (which runs from its subordinator to the next
 * comma) it has a tensed verb with a subject before it. "Because costs fell, use grew" is one;
 * "Because costs fell" and "The results of which were reported" are not.
 */
export function isMainClause(tokens: Token[], span: Span): boolean {
  const first = firstWord(tokens, span);
  if (first === undefined) return false;
  const opener = tokens[first]!;
  if (RELATIVES.has(opener.normal) && opener.pos !== 'DET') return false;
  const finite = new Set(finiteVerbs(tokens, span));
  let subordinate = false;
  let subject = false;
  // A restrictive clause on the subject takes the first tensed verb after it as its own: in "The
  // fact that a field is hot" or "Patients who had suffered a loss" no verb is left for the
  // sentence; in "Cells that divide grow" one is.
  let restrictive = false;
  for (let i = span.from; i < span.to; i++) {
    const t = tokens[i]!;
    const before = i > span.from ? tokens[i - 1] : undefined;
    if (subject && /^(?:that|who|which)$/.test(t.normal) && before !== undefined && /^(?:NOUN|PROPN)$/.test(before.pos)) {
      restrictive = true;
      continue;
    }
    if (isSubordinator(t) || (RELATIVES.has(t.normal) && t.normal !== 'that' && t.pos !== 'DET')) {
      subordinate = true;
      continue;
    }
    if (t.text === ',' || t.text === ';') {
      subordinate = false;
      restrictive = false;
      continue;
    }
    if (subordinate) continue;
    if (restrictive && finite.has(i)) {
      restrictive = false;
      continue;
    }
    if (subject && finite.has(i)) return true;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM' || t.pos === 'X') subject = true;
  }
  return false;
}

/** A word that opens a subordinate clause here: "although", "because", "as"; not "as" in "such as" or "as well". */
function isSubordinator(t: Token): boolean {
  if (t.normal === 'as' || t.normal === 'after' || t.normal === 'before' || t.normal === 'since' || t.normal === 'until' || t.normal === 'given' || t.normal === 'despite') return t.pos === 'SCONJ';
  // "To what extent X has declined, …", "How cells respond …": an indirect question is a clause inside the sentence.
  if (t.normal === 'what' || t.normal === 'how' || t.normal === 'why') return true;
  return SUBORDINATORS.has(t.normal) || t.pos === 'SCONJ' && t.normal !== 'that';
}

export function firstWord(tokens: Token[], span: Span): number | undefined {
  for (let i = span.from; i < span.to; i++) if (isWord(tokens[i]!)) return i;
  return undefined;
}

/**
 * Base noun phrases: an optional determiner, modifiers (adjectives, numbers, nouns, participles)
 * and a head noun or name — "the tumour microenvironment", "drug efflux pumps", "EGFR".
 * With `of` a phrase takes the one after it: "the role of glutamine metabolism".
 */
export function nounPhrases(tokens: Token[], { withOf = true } = {}): Span[] {
  const base: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    if (tokens[j] && (tokens[j]!.pos === 'DET' || POSSESSIVES.has(tokens[j]!.normal))) j++;
    let head = -1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      const hyphen = t.text === '-' && j > i && tokens[j + 1] !== undefined && tokens[j + 1]!.start === t.end;
      // "adequately powered trials", "highly significant effects": an adverb on the modifier after it.
      const degree = isDegreeAdverb(t) && tokens[j + 1] !== undefined && (tokens[j + 1]!.pos === 'ADJ' || isParticipleModifier(tokens, j + 1, i));
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || isGerundHead(tokens, j, i)) head = j;
      else if (!(t.pos === 'ADJ' || t.pos === 'NUM' || hyphen || degree || isParticipleModifier(tokens, j, i))) break;
      j++;
    }
    if (head >= 0) {
      base.push({ from: i, to: head + 1 });
      i = head + 1;
    } else i = Math.max(i + 1, j);
  }
  if (!withOf) return base;
  const joined: Span[] = [];
  for (let k = 0; k < base.length; k++) {
    const span = base[k]!;
    const next = base[k + 1];
    if (next && next.from === span.to + 1 && tokens[span.to]!.normal === 'of') {
      joined.push({ from: span.from, to: next.to });
      k++;
    } else joined.push(span);
  }
  return joined;
}

const POSSESSIVES = new Set(['their', 'its', 'our', 'his', 'her', 'my', 'your']);

/** Adverbs that grade the word after them ("highly", "very", "more"), not "where" or "then", which open or link clauses. */
const DEGREE_WORDS = new Set(['very', 'more', 'most', 'less', 'least', 'too', 'so', 'quite', 'rather', 'well', 'much', 'far', 'ever']);
function isDegreeAdverb(t: Token): boolean {
  return t.pos === 'ADV' && (DEGREE_WORDS.has(t.normal) || /\p{L}{2,}ly$/u.test(t.normal));
}

/**
 * An -ing word that ends a noun phrase as its noun: "next-generation sequencing has …", "protein
 * folding." — after a modifier, and followed by a verb, punctuation, a preposition or nothing, not
 * by an object ("cells expressing the receptor").
 */
function isGerundHead(tokens: Token[], j: number, phraseStart: number): boolean {
  const t = tokens[j]!;
  if (t.pos !== 'VERB' || !t.normal.endsWith('ing') || t.lemma === t.normal || j === phraseStart) return false;
  const before = tokens[j - 1]!;
  if (!/^(?:NOUN|PROPN|ADJ)$/.test(before.pos)) return false;
  const next = tokens[j + 1];
  // Not before a preposition: "investigators working in fields" is a clause on its noun, not a name.
  return !next || /^(?:AUX|PUNCT|CCONJ)$/.test(next.pos) || (next.pos === 'VERB' && !next.normal.endsWith('ing'));
}

/**
 * A past participle used as an adjective inside a noun phrase: "the activated T cells",
 * "targeted therapy". After a noun it would be the verb of a clause ("cells activated by …").
 */
function isParticipleModifier(tokens: Token[], j: number, phraseStart: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if (t.pos !== 'VERB' || !t.normal.endsWith('ed') || !next || !/^(?:NOUN|PROPN|ADJ)$/.test(next.pos)) return false;
  const before = tokens[j - 1];
  return j === phraseStart || !before || !/^(?:NOUN|PROPN|PRON)$/.test(before.pos);
}

/** The text a span covers, as written (inner spacing and punctuation kept). */
export function spanText(text: string, tokens: Token[], span: Span): string {
  if (span.to <= span.from) return '';
  return text.slice(tokens[span.from]!.start, tokens[span.to - 1]!.end);
}
