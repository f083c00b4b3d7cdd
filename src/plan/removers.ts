import { finiteVerbs, isMainClause, isWord, nounPhrases, opensClause, RELATIVES, SUBORDINATORS, type Token } from './language/index.ts';

/**
 * The pieces a sentence can lose and still say its point, one finder each: a citation, an aside in
 * brackets or between dashes, a linking opener, examples, a relative clause, a scene-setting opener,
 * a reporting frame ("X have shown that …"), a trailing subordinate clause or circumstance. Each
 * finder only proposes token ranges; condense.ts keeps a removal only when what is left still reads
 * as a statement.
 */

/** A sentence as tokens, and which of them are still kept. */
export interface Draft {
  sentence: string;
  tokens: Token[];
  keep: boolean[];
}

/** A way to find a piece to remove: the indices of its tokens, or none. */
export type Remover = (draft: Draft) => number[][];

const OPENERS = new Set(['(', '[']);
const CLOSERS: Record<string, string> = { '(': ')', '[': ']' };
const EXAMPLE_OPENERS = [['such', 'as'], ['including'], ['e.g.'], ['e.g'], ['for', 'example'], ['for', 'instance'], ['i.e.'], ['namely']];
const LINKING = new Set(['however', 'too', 'instead', 'therefore', 'again', 'moreover', 'furthermore', 'additionally', 'thus', 'therefore', 'hence', 'consequently', 'also', 'importantly', 'notably', 'finally', 'overall', 'indeed', 'similarly', 'conversely', 'nevertheless', 'nonetheless', 'accordingly', 'interestingly', 'specifically', 'here', 'then', 'still', 'yet', 'first', 'second', 'third', 'firstly', 'secondly', 'lastly']);

export function kept(draft: Draft): number[] {
  return draft.tokens.flatMap((_, i) => (draft.keep[i] ? [i] : []));
}

/** Brackets holding a citation, a number or more than three words: "[9–11]", "(see Fig. 2)", "(n = 40)". */
export const brackets: Remover = ({ tokens }) => {
  const found: number[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!OPENERS.has(tokens[i]!.text)) continue;
    const close = CLOSERS[tokens[i]!.text]!;
    let depth = 0;
    let j = i;
    for (; j < tokens.length; j++) {
      if (tokens[j]!.text === tokens[i]!.text) depth++;
      else if (tokens[j]!.text === close && --depth === 0) break;
    }
    if (j >= tokens.length) continue;
    const inside = tokens.slice(i + 1, j);
    const words = inside.filter(isWord);
    // "a major (up to 81.6% [79.7–83.4%]) decline": a share set inside the noun phrase it sizes is
    // the finding itself; only an interval within it goes.
    if (tokens[i]!.text === '(' && sizesPhrase(tokens, i, j)) {
      found.push(...brackets({ sentence: '', tokens: inside, keep: inside.map(() => true) }).map((piece) => piece.map((k) => k + i + 1)));
      i = j;
      continue;
    }
    const short = words.length <= 3 && !inside.some((t) => t.pos === 'NUM' || /\d/.test(t.text) || t.normal === 'e.g.' || t.normal === 'i.e.');
    if (!short || tokens[i]!.text === '[') found.push(range(i, j + 1));
    i = j;
  }
  return found;
};

/**
 * Whether the bracket from `open` to `close` gives a share inside a noun phrase: an adjective or
 * determiner before it, the phrase's noun or adjective after it, and a percentage at its head.
 */
function sizesPhrase(tokens: Token[], open: number, close: number): boolean {
  const before = tokens[open - 1];
  const after = tokens[close + 1];
  if (!before || !after || !/^(?:ADJ|DET)$/.test(before.pos) || !/^(?:NOUN|ADJ)$/.test(after.pos)) return false;
  const head = tokens.slice(open + 1, close).findIndex((t) => t.text === '[' || t.text === '(');
  const share = tokens.slice(open + 1, head < 0 ? close : open + 1 + head);
  return share.some((t) => t.text === '%' || /%$/.test(t.text)) && share.filter(isWord).length <= 3;
}

/** An aside between dashes, or from a dash to the end: "— in most cases —". */
export const dashes: Remover = ({ sentence, tokens, keep }) => {
  // A dash with space on both sides sets off an aside; "[9–11]" and "2010–2015" are ranges.
  const isDash = (t: Token) => /^[—–]$|^--$/.test(t.text) && /\s/.test(sentence[t.start - 1] ?? '') && /\s/.test(sentence[t.end] ?? '');
  const at = tokens.flatMap((t, i) => (keep[i] && isDash(t) ? [i] : []));
  if (at.length === 0) return [];
  const end = at[1] ?? lastBeforeStop(tokens);
  return [range(at[0]!, at[1] !== undefined ? end + 1 : end)];
};

/** Phrases that link a sentence to the one before it, set off by a comma: "In addition, …", "As such, …". */
const LINKING_PHRASES = [['as', 'such'], ['in', 'addition'], ['in', 'contrast'], ['by', 'contrast'], ['on', 'the', 'other', 'hand'], ['in', 'particular'], ['of', 'course'], ['in', 'fact'], ['in', 'summary'], ['in', 'conclusion'], ['taken', 'together'], ['to', 'this', 'end'], ['in', 'this', 'regard'], ['in', 'other', 'words'], ['that', 'is'], ['for', 'example'], ['for', 'instance'], ['as', 'a', 'result'], ['at', 'the', 'same', 'time'], ['in', 'turn'], ['for', 'example'], ['for', 'instance'], ['in', 'general'], ['of', 'course'], ['that', 'said'], ['having', 'said', 'that'], ['in', 'short'], ['in', 'brief']];

/** An adverb or linking phrase that opens the sentence: "However,", "Clearly,", "Thus", "First,", "In addition,". */
export const linking: Remover = (draft) => {
  const { tokens } = draft;
  const order = kept(draft);
  const first = order[0];
  if (first === undefined) return [];
  const t = tokens[first]!;
  const phrase = LINKING_PHRASES.find((words) => words.every((w, k) => tokens[first + k]?.normal === w) && tokens[first + words.length]?.text === ',');
  if (phrase) return [range(first, first + phrase.length + 1)];
  // "As shown above, …", "As described in Methods, …": where something else was said.
  if (t.normal === 'as' && tokens[first + 1]?.pos === 'VERB' && /(?:ed|shown|seen)$/.test(tokens[first + 1]!.normal)) {
    const comma = order.find((k) => k > first && tokens[k]!.text === ',');
    const head = comma === undefined ? [] : tokens.slice(first, comma);
    if (comma !== undefined && comma - first <= 6 && finiteVerbs(tokens, { from: first + 2, to: comma }).length === 0 && !attributes(head)) return [range(first, comma + 1)];
  }
  // Any adverb set off by a comma ("Clearly, …"), and a linking word however it is tagged ("First, …");
  // without a comma only a linking adverb ("Thus cells …").
  if ((t.pos === 'ADV' || LINKING.has(t.normal)) && tokens[first + 1]?.text === ',') {
    // "Interestingly, though, we …": a second linking word set off after the first goes with it.
    const next = tokens[first + 2];
    if (next && (next.normal === 'though' || LINKING.has(next.normal)) && tokens[first + 3]?.text === ',') return [range(first, first + 4)];
    return [[first, first + 1]];
  }
  if (t.pos === 'ADV' && LINKING.has(t.normal)) return [[first]];
  // "But should masking …", "And the cells …": a conjunction that joins the sentence to the one before.
  if (t.pos === 'CCONJ' && /^(?:but|and|or|yet|so|nor)$/.test(t.normal) && order.length > 4) return [[first]];
  return [];
};

/** Nouns a lead-in names its point by without saying it: "The results were interesting:". */
const LEAD_IN_NOUNS = new Set(['result', 'finding', 'answer', 'reason', 'outcome', 'picture', 'conclusion', 'explanation', 'point', 'message', 'lesson', 'implication', 'observation', 'question', 'problem', 'idea', 'situation', 'story', 'pattern']);

/**
 * A lead-in before a colon that only announces what follows it: "The results were interesting:
 * mice harboring the mutation lived longer" → "Mice harboring the mutation lived longer". Its
 * subject is a word like "results" or a pronoun, with an adjective or nothing after its verb; what
 * follows the colon is the statement.
 */
export const leadIn: Remover = (draft) => {
  const { tokens } = draft;
  const order = kept(draft);
  const colonAt = order.find((i) => tokens[i]!.text === ':');
  if (colonAt === undefined) return [];
  const before = order.filter((i) => i < colonAt).map((i) => tokens[i]!);
  const words = before.filter(isWord);
  if (words.length < 2 || words.length > 6) return [];
  const verb = finiteVerbs(before)[0];
  if (verb === undefined) return [];
  const subject = before.slice(0, verb).filter(isWord);
  const naming = subject.length > 0 && subject.every((t) => t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'ADJ' || LEAD_IN_NOUNS.has(t.lemma));
  const after = before.slice(verb + 1).filter(isWord);
  if (!naming || !after.every((t) => t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART')) return [];
  const rest = order.filter((i) => i > colonAt).map((i) => tokens[i]!);
  if (!isMainClause(rest, { from: 0, to: rest.length })) return [];
  return [range(order[0]!, colonAt + 1)];
};

/**
 * A linking word or phrase set off by commas inside the sentence: "Pragmatic trials, however, tell
 * us less", "The cells, in turn, die". Both commas go with it.
 */
export const interjections: Remover = (draft) => {
  const { tokens } = draft;
  const order = kept(draft);
  const found: number[][] = [];
  for (let k = 1; k < order.length; k++) {
    if (tokens[order[k]!]!.text !== ',') continue;
    const close = order.findIndex((i, m) => m > k && tokens[i]!.text === ',');
    if (close < 0 || close - k - 1 > 3 || close - k - 1 < 1) continue;
    const inside = order.slice(k + 1, close).map((i) => tokens[i]!);
    const phrase = LINKING_PHRASES.some((words) => words.length === inside.length && words.every((w, m) => inside[m]!.normal === w));
    const adverb = inside.length === 1 && inside[0]!.pos === 'ADV' && LINKING.has(inside[0]!.normal);
    if (phrase || adverb) found.push([...order.slice(k, close), order[close]!]);
  }
  return found;
};

/** Examples after "such as", "including", "e.g.": a list of noun phrases, and the comma before it. */
export const examples: Remover = ({ tokens, keep }) => {
  const found: number[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const opener = keep[i] ? EXAMPLE_OPENERS.find((words) => words.every((w, k) => tokens[i + k]?.normal === w)) : undefined;
    if (!opener) continue;
    let j = i + opener.length;
    if (tokens[j]?.text === ',') j++;
    const start = j;
    while (j < tokens.length) {
      if (!keep[j]) {
        j++;
        continue;
      }
      // "P-glycoprotein (P-gp)": an example's own brackets belong to it.
      if (tokens[j]!.text === '(') {
        const close = tokens.findIndex((t, k) => k > j && t.text === ')');
        if (close < 0) break;
        j = close + 1;
        continue;
      }
      if (!inList(tokens, j)) break;
      j++;
    }
    while (j > start && /^[,;]$|^(?:and|or)$/.test(tokens[j - 1]!.normal)) j--;
    if (j === start) continue;
    const commaBefore = tokens[i - 1]?.text === ',';
    while (j < tokens.length && !keep[j]) j++;
    const next = tokens[j];
    // The sentence goes on after the examples at a punctuation mark or at its verb ("… such as A and B
    // remain costly"); "such as randomized controlled trials" goes on inside the example instead.
    const resumes = !next || /^[.;:!?]$/.test(next.text) || next.text === ',' || finiteVerbs(tokens, { from: j, to: j + 1 }).length > 0;
    if (!resumes) continue;
    const from = commaBefore ? i - 1 : i;
    // A comma that closed the examples goes with them when one opened them.
    const to = commaBefore && next?.text === ',' ? j + 1 : j;
    found.push(range(from, to));
    i = j;
  }
  return found;
};

function inList(tokens: Token[], j: number): boolean {
  const token = tokens[j]!;
  const next = tokens[j + 1];
  if (/^(?:DET|ADJ|NOUN|PROPN|NUM|CCONJ|SYM|X)$/.test(token.pos)) return true;
  if (token.text === ',' || token.text === '-' || token.text === '/' || token.normal === "'s") return true;
  // "meta-analyses": whatever the tagger calls the second half of a hyphenated word.
  if (tokens[j - 1]?.text === '-' && tokens[j - 1]!.end === token.start) return true;
  // "randomized controlled trials": a participle that modifies the noun after it.
  if (token.pos === 'VERB' && token.normal.endsWith('ed') && next && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos)) return true;
  // "resistance to cisplatin", "trials in cardiology": a prepositional phrase inside one example.
  return token.pos === 'ADP' && /^(?:of|to|in|on|for|with)$/.test(token.normal) && next !== undefined && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(next.pos);
}

/**
 * A clause that adds to what came before it, set off by a comma: ", which …", ", who …", a trailing
 * ", leading to …". It ends where the main clause's verb resumes after a comma, or at the end.
 */
export const relatives: Remover = ({ tokens, keep }) => {
  const found: number[][] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]!.text !== ',') continue;
    const t = tokens[i]!;
    const relative = RELATIVES.has(t.normal) && t.normal !== 'that';
    const participle = t.pos === 'VERB' && t.normal.endsWith('ing') && t.lemma !== t.normal;
    // ", referred to as X, suggests …": a past participle set off by commas inside the sentence.
    const past = t.pos === 'VERB' && t.normal.endsWith('ed');
    const thereby = /^(?:thereby|thus|ultimately)$/.test(t.normal) && tokens[i + 1]?.pos === 'VERB';
    if (!relative && !participle && !thereby && !past) continue;
    const stop = lastBeforeStop(tokens);
    let end = stop;
    for (let j = i + 1; j < stop; j++) {
      const resumes = tokens[j]!.text === ',' && (tokens[j + 1]?.pos === 'AUX' || finiteVerbs(tokens, { from: j + 1, to: j + 2 }).length > 0);
      if (resumes) {
        end = j + 1;
        break;
      }
    }
    // A trailing participle ("…, leading to X") is removed only when it runs to the end; a clause
    // that runs to the end over another comma may hold the rest of a list (", and B, which …").
    if (participle && end !== stop) continue;
    if (past && end === stop) continue;
    if (end === stop && tokens.slice(i, stop).some((t, k) => t.text === ',' && keep[i + k])) continue;
    found.push(range(i - 1, end));
    i = end;
  }
  return found;
};

/**
 * A second predicate for the same subject, to the end: "Partial deletion of Kir6.2 causes increased
 * excitability and leads to insulin secretion" → "… causes increased excitability". The first
 * predicate is a statement on its own; the second stays in the notes.
 */
export const secondPredicate: Remover = (draft) => {
  const { tokens } = draft;
  const order = topLevel(draft);
  const stop = lastBeforeStop(tokens);
  const finite = new Set(finiteVerbs(tokens));
  const first = order.find((i) => finite.has(i));
  if (first === undefined) return [];
  for (const k of order) {
    if (k <= first || k >= stop || tokens[k]!.pos !== 'CCONJ' || !/^(?:and|but|or)$/.test(tokens[k]!.normal)) continue;
    let v = order[order.indexOf(k) + 1];
    while (v !== undefined && tokens[v]!.pos === 'ADV') v = order[order.indexOf(v) + 1];
    if (v === undefined || !(finite.has(v) || (tokens[v]!.pos === 'AUX' && finite.has(v)))) continue;
    // "… cells that grow and divide": a relative clause's own verbs are not the sentence's predicate.
    if (order.some((i) => i > first && i < k && (RELATIVES.has(tokens[i]!.normal) || tokens[i]!.pos === 'SCONJ'))) return [];
    const comma = tokens[order[order.indexOf(k) - 1]!]!.text === ',' ? order[order.indexOf(k) - 1]! : k;
    // "aim to overcome A, improve B, and enhance C": the last of a list of verbs, whose earlier
    // items would be left hanging on a comma without it.
    // "not only undermines A but also poses B", "either … or": a correlative's first half promises the second.
    if (order.some((i, n) => i < k && ((tokens[i]!.normal === 'not' && tokens[order[n + 1] ?? -1]?.normal === 'only') || /^(?:either|neither)$/.test(tokens[i]!.normal)))) return [];
    const listed = (i: number) => tokens[i]!.text === ',' && /^(?:VERB|AUX)$/.test(tokens[order[order.indexOf(i) + 1] ?? -1]?.pos ?? '');
    if (order.some((i) => i < comma && listed(i))) return [];
    return [range(comma, stop)];
  }
  return [];
};

/**
 * What follows a colon after a complete statement: "SQuALITY is highly abstractive: on average just
 * 16% of bigrams …" → "SQuALITY is highly abstractive". The statement is the claim; the rest spells it out.
 */
export const colon: Remover = (draft) => {
  const { tokens } = draft;
  const order = topLevel(draft);
  const stop = lastBeforeStop(tokens);
  const at = order.find((i) => i < stop - 1 && tokens[i]!.text === ':');
  if (at === undefined) return [];
  const before = order.filter((i) => i < at).map((i) => tokens[i]!);
  if (before.filter(isWord).length < 4 || !isMainClause(before, { from: 0, to: before.length })) return [];
  // "… into 3 clusters, namely: A, B and C": the word that announces the list goes with it.
  const previous = order.filter((i) => i < at);
  let from = at;
  if (ANNOUNCING.has(tokens[previous.at(-1) ?? -1]?.normal ?? '')) {
    from = previous.at(-1)!;
    if (tokens[previous.at(-2) ?? -1]?.text === ',') from = previous.at(-2)!;
  }
  return [range(from, stop)];
};

/** Words that announce a list after a colon: "namely:", "including:", "as follows:". */
const ANNOUNCING = new Set(['namely', 'including', 'follows', 'following', 'viz', 'i.e.', 'e.g.']);

/**
 * A clause opened by "which" with no comma before it, running to the end: "… ABC transporters which
 * actively pump drugs out of the cells". Many writers set off an added clause so; "that" and "who"
 * without a comma more often say which ones are meant, and stay.
 */
export const addedWhich: Remover = (draft) => {
  const { tokens } = draft;
  const order = topLevel(draft);
  const stop = lastBeforeStop(tokens);
  const previous = (i: number) => tokens[order[order.indexOf(i) - 1] ?? -1];
  const at = order.find((i) => i > order[0]! && i < stop && tokens[i]!.normal === 'which' && previous(i)?.text !== ',' && previous(i)?.pos !== 'ADP');
  if (at === undefined || order.some((i) => i > at && i < stop && tokens[i]!.text === ',')) return [];
  if (finiteVerbs(tokens, { from: at + 1, to: stop }).length === 0) return [];
  return [range(at, stop)];
};

/**
 * What sets the scene before the main clause, up to its comma: a subordinate clause ("As sequencing
 * becomes cheaper, …"), a prepositional phrase ("In this study, …") or a participle ("Using X, …").
 */
export const opening: Remover = (draft) => {
  const { tokens } = draft;
  const order = kept(draft);
  const first = order[0];
  if (first === undefined) return [];
  const opener = tokens[first]!;
  if (statesCondition(opener)) return [];
  const subordinate = SUBORDINATORS.has(opener.normal) || opener.pos === 'SCONJ';
  // "To link X to Y, we …": a purpose; "Other factors being equal, …": an absolute phrase.
  const purpose = opener.normal === 'to';
  const absolute = (i: number) => order.some((k) => k < i && /^(?:being|having)$/.test(tokens[k]!.normal));
  // "Compared with placebo, …": what a finding is measured against is part of it, and stays.
  if (COMPARING.has(opener.normal)) return [];
  const participle = opener.pos === 'VERB' && /(?:ing|ed)$/.test(opener.normal);
  const phrase = opener.pos === 'ADP' || opener.pos === 'ADV' || purpose || participle;
  // "… coated with poly-l-lysine (Corning, UK) and …": a comma in brackets ends no opener.
  const commas = topLevel(draft).filter((k) => tokens[k]!.text === ',');
  const firstComma = commas[0];
  if (!subordinate && !phrase && !(firstComma !== undefined && absolute(firstComma))) return [];
  for (const i of commas) {
    const head = order.filter((k) => k < i);
    const headTokens = head.map((k) => tokens[k]!);
    // "As shown by Huang et al., 2022, …": without who found it, the finding reads as the paper's own.
    if (attributes(headTokens)) return [];
    // "In the acupuncture arm, 266 patients …": a phrase that says what the sentence holds for stays.
    if (opener.pos === 'ADP' && !purpose && !setsTheScene(headTokens)) return [];
    // A subordinate clause needs its own verb before its comma ends it: "Although A, B and C are costly,".
    if (subordinate && finiteVerbs(headTokens).length === 0) continue;
    // "Obtaining X may be useful for Y where A, B, and C may operate": a phrase that has a tensed
    // verb before its comma is the sentence's own subject and verb, not a scene-setting opener. A
    // participle that opens it ("Based on this result, …") is the phrase's own verb, not the sentence's.
    if (!subordinate && finiteVerbs(headTokens).some((k) => k > 0 || !participle)) return [];
    const rest = order.filter((k) => k > i).map((k) => tokens[k]!);
    // The main clause starts with its subject; "Ensuring A, providing B, and C are important" is a
    // list of gerunds that is itself the subject, and "…, regardless of Y, is crucial" has none.
    if (!rest[0] || !/^(?:DET|PRON|NOUN|PROPN|ADJ|NUM)$/.test(rest[0].pos)) continue;
    // "Continued research, investment, and collaboration are vital", "By harnessing A, B, and C, we
    // …": a comma inside a list is not the opener's end; the list's ", and" still lies ahead.
    if (listGoesOn(rest)) continue;
    if (isMainClause(rest, { from: 0, to: rest.length })) return [[...head, i]];
  }
  // "In both datasets we find …", "In 2010 the trial enrolled …": a prepositional phrase with no
  // comma after it, when a subject and its verb follow it at once.
  if (opener.pos === 'ADP' && opener.normal !== 'of') {
    const rest = order.slice(1).map((k) => tokens[k]!);
    const phrase = nounPhrases(rest)[0];
    const taken = phrase && order.slice(0, phrase.to + 1);
    if (phrase && phrase.from === 0 && opensClause(rest, phrase.to) && setsTheScene(taken!.map((k) => tokens[k]!))) return [taken!];
  }
  return [];
};

/** Openers that say what a finding is measured against: "Compared with placebo, …", "Relative to 1989, …". */
const COMPARING = new Set(['compared', 'relative', 'versus', 'vs']);
/** Openers that state a condition: "If …", "Unless …", "When …", "Once …", "Until …". */
const CONDITIONS = new Set(['if', 'unless', 'when', 'whenever', 'once', 'until']);
/** Verbs that, with "by", say whose finding a statement reports: "as shown by", "as reported by". */
const FINDING = /^(?:shown|reported|described|demonstrated|noted|suggested|found|proposed|observed|argued)$/;

/**
 * Whether a sentence's opener, up to its comma, is one the statement is not true without: a
 * condition ("If the tumour recurs"), who found it ("As shown by Huang et al., 2022") or a phrase
 * that says what it holds for ("In the acupuncture arm"), not one that only sets the scene.
 */
export function openerHolds(head: Token[]): boolean {
  const words = head.filter(isWord);
  const opener = words[0];
  if (!opener) return false;
  if (statesCondition(opener)) return true;
  return attributes(head) || (opener.pos === 'ADP' && opener.normal !== 'to' && !SUBORDINATORS.has(opener.normal) && !setsTheScene(head));
}

/**
 * "If the tumour recurs, …", "When given together, …", and by inversion "Should masking become
 * necessary again, …": the main clause is not true without its condition.
 */
function statesCondition(opener: Token): boolean {
  return CONDITIONS.has(opener.normal) || (opener.pos === 'AUX' && /^(?:should|had|were)$/.test(opener.normal));
}

/** An opener that says who found or said what follows: "As shown by Huang et al., 2022", "According to the WHO". */
function attributes(head: Token[]): boolean {
  // A year counts after a name ("As Smith (2019) noted"), not as a time ("In 2019").
  const cited = (i: number) => /^(?:19|20)\d\d[a-z]?$/.test(head[i]!.text) && head.slice(1, i).some((t) => /^\p{Lu}\p{Ll}/u.test(t.text));
  return head.some((t, i) => t.normal === 'al' || t.normal === 'al.' || t.normal === 'according' || cited(i) || (FINDING.test(t.normal) && head[i + 1]?.normal === 'by'));
}

/** Words that make a prepositional opener about the paper itself, or about when: "In this study", "In recent years". */
/** Words of a time: a phrase with one sets the scene by itself ("Over the past decade"). */
const TIME_WORDS = new Set(['year', 'years', 'decade', 'decades', 'century', 'today', 'date', 'time', 'times', 'period', 'era', 'moment', 'meantime']);
const SCENE_WORDS = new Set([
  'study', 'paper', 'review', 'work', 'article', 'analysis', 'section', 'report', 'chapter', 'research', 'context', 'regard', 'respect', 'case', 'way', 'view', 'end', 'trial', 'experiment', 'survey',
  'past', 'recent', 'present', ...TIME_WORDS,
]);
/** Prepositional openers that link to what came before: "In addition", "In contrast to X", "For example". */
const CONNECTIVES = [
  ['in', 'addition'], ['in', 'contrast'], ['by', 'contrast'], ['in', 'particular'], ['in', 'summary'], ['in', 'conclusion'], ['in', 'general'], ['in', 'practice'],
  ['in', 'fact'], ['in', 'turn'], ['in', 'short'], ['in', 'brief'], ['in', 'principle'], ['in', 'theory'], ['as', 'a', 'result'], ['for', 'example'], ['for', 'instance'],
  ['in', 'other', 'words'], ['on', 'the', 'other', 'hand'], ['of', 'note'], ['at', 'first'], ['at', 'last'], ['above', 'all'], ['besides'], ['apart', 'from'], ['despite'], ['regardless', 'of'],
];

/**
 * A prepositional opener that only sets the scene, and can go: one about the paper or its time
 * ("In this study", "In recent years", "Over the past decade"), a connective ("In addition to X",
 * "For example") or a means ("By harnessing X"). Any other ("In the acupuncture arm", "In that
 * study", "Among smokers", "Compared with placebo") says what the sentence holds for, and stays.
 */
function setsTheScene(head: Token[]): boolean {
  const words = head.filter(isWord).map((t) => t.normal);
  if (CONNECTIVES.some((phrase) => phrase.every((word, i) => words[i] === word))) return true;
  // "By harnessing X", "After adding the drug": a means or a step, as a gerund after the preposition.
  if (head[1]?.pos === 'VERB' && /ing$/.test(head[1].normal)) return true;
  // "In that study" is another's study: a scene word counts only after "this", "our", "the present", or with a time.
  // "In 2019": a year is a time.
  if (words.some((w) => /^(?:1[89]|20)\d\d$/.test(w))) return true;
  const own = words.some((w) => /^(?:this|these|our|present|current|recent|past)$/.test(w));
  return words.some((w) => SCENE_WORDS.has(w)) && (own || words.some((w) => TIME_WORDS.has(w)));
}

/**
 * A phrase after the last comma that adds a circumstance and has no verb of its own:
 * "…, typically for a p-value below 0.05", "…, in most cases". A list's last item ("…, and C") is not one.
 */
export const trailing: Remover = (draft) => {
  const { tokens } = draft;
  const order = topLevel(draft);
  const stop = lastBeforeStop(tokens);
  const comma = order.filter((i) => i < stop && tokens[i]!.text === ',').at(-1);
  if (comma === undefined) return [];
  const opener = tokens[order[order.indexOf(comma) + 1] ?? -1];
  if (!opener) return [];
  // "…, representative of the region": an adjective with its complement; a lone adjective may end a list.
  // "… based on public, online data files": adjectives listed before one noun are not a phrase after a statement.
  const adjective = opener.pos === 'ADJ' && order.filter((i) => i > comma && i < stop).length >= 3 && tokens[comma - 1]?.pos !== 'ADJ';
  // "…, an effect above and beyond the effect of gender": a noun phrase restating what came before it.
  const apposition = opener.pos === 'DET' && /^(?:a|an)$/.test(opener.normal) && order.filter((i) => i > comma && i < stop).length >= 4;
  if (!(opener.pos === 'ADV' || opener.pos === 'ADP' || adjective || apposition)) return [];
  // "…, than in small studies": the other side of a comparison is part of the claim.
  const alsoAs = opener.normal === 'as' && tokens[order[order.indexOf(comma) + 2] ?? -1]?.normal === 'well';
  if (opener.normal === 'than' || (opener.normal === 'as' && !alsoAs)) return [];
  if (finiteVerbs(tokens, { from: comma + 1, to: stop }).length > 0) return [];
  return [range(comma, stop)];
};

/**
 * A subordinate clause after the main one, set off by a comma and running to the end: "…, because
 * X", "…, although Y", "…, so that Z". The main clause is the claim; the reason or concession is in
 * the notes. Conditions ("if", "unless") are part of the claim and stay.
 */
export const subordinate: Remover = (draft) => {
  const { tokens } = draft;
  const order = topLevel(draft);
  const stop = lastBeforeStop(tokens);
  for (const k of order.filter((i) => i > order[0]! && i < stop)) {
    const comma = tokens[k]!.text === ',';
    let at = comma ? k + 1 : k;
    if (/^(?:even|especially|particularly|mainly|partly|probably|perhaps)$/.test(tokens[at]?.normal ?? '')) at++;
    const word = tokens[at];
    if (!word) continue;
    // "… so as to make X", "… in order to reach Y": a purpose, up to the end.
    const purpose = (word.normal === 'so' && tokens[at + 1]?.normal === 'as' && tokens[at + 2]?.normal === 'to') || (word.normal === 'in' && tokens[at + 1]?.normal === 'order' && tokens[at + 2]?.normal === 'to');
    if (purpose && tokens[at + 3]?.pos === 'VERB') return [range(k, stop)];
    // A concession needs no comma ("… even though X"); a reason or result does ("…, because X").
    const subordinator = comma ? TRAILING_SUBORDINATORS.has(word.normal) : CONCESSIVE.has(word.normal);
    if (!subordinator) continue;
    if (word.normal === 'so' && tokens[at + 1]?.normal !== 'that') continue;
    if (word.normal === 'as' && word.pos !== 'SCONJ') continue;
    // The clause needs its own tensed verb: ", although rarely" is not one.
    if (finiteVerbs(tokens, { from: at + 1, to: stop }).length === 0) continue;
    return [range(k, stop)];
  }
  return [];
};

/** Subordinators after a comma that open a reason, concession or result; "while" and "whereas" join two claims instead. */
const TRAILING_SUBORDINATORS = new Set(['because', 'although', 'though', 'since', 'as', 'so', 'given', 'despite']);
const CONCESSIVE = new Set(['although', 'though']);

/**
 * A reporting frame around the claim: "Several authors have pointed out that S", "We found that S",
 * "It has been shown that S", "What is less appreciated is that S" → "S". Only for verbs that report a claim as established; "suggest",
 * "argue", "believe" hedge it, and the hedge is part of what the sentence says.
 */
export const reporting: Remover = (draft) => {
  const { tokens } = draft;
  const order = kept(draft);
  const that = order.find((i) => tokens[i]!.normal === 'that' && i > order[0]!);
  if (that === undefined) return [];
  const frame = order.filter((i) => i < that).map((i) => tokens[i]!);
  const verbs = frame.filter((t) => t.pos === 'VERB');
  // "What is less well appreciated is that S", "The problem is that S": a frame that announces S.
  const announces = frame.at(-1)?.pos === 'AUX' && frame.at(-1)!.lemma === 'be' && frame[0]!.normal !== 'it';
  if (!announces && (verbs.length !== 1 || !REPORTING.has(verbs[0]!.lemma))) return [];
  // "We did not find that …", "The point is not that …": the negation is the point.
  if (frame.some((t) => /^(?:not|n't|no|never|nor|neither)$/.test(t.normal))) return [];
  // The frame is a subject and its verb, no more: "Several methodologists have pointed out", "It is known".
  if (frame.length > 8 || frame.some((t) => t.text === ',' || t.pos === 'SCONJ' || (t.pos === 'ADP' && t.normal !== 'out'))) return [];
  const rest = order.filter((i) => i > that).map((i) => tokens[i]!);
  if (rest.filter(isWord).length < 5 || !isMainClause(rest, { from: 0, to: rest.length })) return [];
  return [order.filter((i) => i <= that)];
};

const REPORTING = new Set(['point', 'show', 'estimate', 'demonstrate', 'find', 'note', 'observe', 'report', 'reveal', 'establish', 'prove', 'confirm', 'know', 'recognize', 'recognise', 'emphasize', 'emphasise', 'stress', 'highlight', 'document', 'acknowledge', 'conclude', 'state', 'remark']);

/**
 * A prepositional phrase at the end of the sentence that adds a circumstance to a noun phrase
 * before it: "… claiming findings solely on the basis of a single study", "… in Germany". One that
 * completes a verb ("depend on insects", "is seen across the range of designs") is not one: the
 * word before the phrase must be a noun, a name, a number or a closing bracket.
 */
export const adjunct: Remover = (draft) => {
  const { tokens } = draft;
  const order = topLevel(draft);
  const stop = lastBeforeStop(tokens);
  const words = order.filter((i) => i < stop);
  const finite = new Set(finiteVerbs(tokens));
  // The phrase: a preposition, then noun phrases joined by "of", "and", "," and further prepositions.
  for (let k = words.length - 2; k > 0; k--) {
    const t = tokens[words[k]!]!;
    const means = t.pos === 'VERB' && MEANS.has(t.normal);
    // "… a single study assessed by significance", "an estimated parameter": a verb that is not
    // tensed belongs to the phrase; a tensed one ends it.
    // "… quantiles in biomass showed any trend": a verb with its object after it is tensed all the same.
    const object = /^(?:DET|NOUN|PROPN|ADJ|NUM|PRON)$/.test(tokens[words[k + 1] ?? -1]?.pos ?? '');
    const tensed = finite.has(words[k]!) && !(t.normal.endsWith('ed') && !object && /^(?:NOUN|PROPN|DET|ADJ|PUNCT)$/.test(tokens[words[k - 1]!]!.pos));
    if (tensed || t.text === ';' || (RELATIVES.has(t.normal) && t.pos !== 'DET') || t.pos === 'SCONJ') return [];
    // "… more likely in large fields than in small ones": a comparison needs both of its sides.
    if (t.normal === 'than' || t.normal === 'as') return [];
    if (!means && (t.pos !== 'ADP' || !ADJUNCT_PREPOSITIONS.has(t.normal))) continue;
    let b = k - 1;
    while (b > 0 && tokens[words[b]!]!.pos === 'ADV') b--;
    const before = tokens[words[b]!]!;
    if (!(/^(?:NOUN|PROPN|NUM)$/.test(before.pos) || before.text === ')')) continue;
    // "depends a lot on X": "a lot" is a degree, not a noun the phrase could describe.
    if (/^(?:lot|bit|deal|little)$/.test(before.lemma)) continue;
    // "… operating in areas with low odds": a bare noun needs what follows it to say which ones.
    let m = b;
    while (m > 0 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[words[m - 1]!]!.pos)) m--;
    if (b - m < 1 && before.text !== ')') continue;
    const phrase = words.slice(b + 1);
    if (!nounPhrases(phrase.map((i) => tokens[i]!)).length) continue;
    // "… is a key driver in the progression of disease": what a predicate noun is (a driver, a
    // cause, a part) is told by its phrase; "… is a key driver" says nothing.
    const copula = finiteVerbs(words.slice(0, b + 1).map((i) => tokens[i]!)).at(-1);
    if (copula !== undefined && /^(?:be|remain|become)$/.test(tokens[words[copula]!]!.lemma) && words.slice(copula + 1, b + 1).every((i) => /^(?:DET|ADJ|NOUN|PROPN|ADV)$/.test(tokens[i]!.pos))) return [];
    // "balance patient safety with timely access": the verb's second complement, not a circumstance.
    const governing = words.slice(0, k).map((i) => tokens[i]!).reverse().find((w) => w.pos === 'VERB');
    if (governing && SECOND_COMPLEMENTS[governing.lemma]?.includes(t.normal)) return [];
    if (completesNoun(words.slice(0, k + 1).map((i) => tokens[i]!), words.slice(k).map((i) => tokens[i]!))) return [];
    // "… more likely in large fields than in fields with small studies": a comparison keeps both of its sides.
    const clause = words.slice(0, b + 1).map((i) => tokens[i]!);
    const verb = finiteVerbs(clause).at(-1) ?? 0;
    if (clause.slice(verb).some((w, k, all) => w.normal === 'than' && all[k + 1]?.pos !== 'NUM')) return [];
    // "… more likely true in fields with large effects": a comparison whose other side is not said
    // rests on its qualifiers; without them it claims nothing ("more likely true in fields"). "One
    // or more sessions" compares nothing.
    if (clause.slice(verb).some((w, k, all) => COMPARATIVES.has(w.normal) && all[k + 1] !== undefined && /^(?:ADJ|ADV)$/.test(all[k + 1]!.pos))) return [];
    // "… depend on A, the number of B on the same question, and C": a phrase with a comma in it,
    // after a list has begun, would take the list's later items with it.
    if (phrase.some((i) => tokens[i]!.text === ',') && clause.slice(verb).some((w) => w.text === ',')) return [];
    return [range(words[b + 1]!, stop)];
  }
  return [];
};

const MEANS = new Set(['using', 'via', 'through', 'by']);
/** Words that make the adjective or adverb after them a comparison: "more likely", "less often". */
const COMPARATIVES = new Set(['more', 'less']);

/**
 * Nouns that name a relation between things, with the prepositions that say what it relates: "a
 * difference in size", "the relationship between A and B", "a distance from the pore". Without its
 * phrase such a noun says nothing ("there was no difference among genotypes").
 */
const RELATIONAL_NOUNS: Record<string, string[]> = {
  difference: ['in', 'between', 'among', 'amongst', 'from'],
  discrepancy: ['in', 'between'],
  disparity: ['in', 'between'],
  imbalance: ['in', 'between'],
  variation: ['in', 'between', 'among'],
  similarity: ['in', 'between', 'to', 'with'],
  relationship: ['between', 'with', 'to'],
  relation: ['between', 'with', 'to'],
  association: ['between', 'with'],
  correlation: ['between', 'with'],
  link: ['between', 'with', 'to'],
  interaction: ['between', 'with'],
  distance: ['from', 'between', 'to'],
  gap: ['between', 'in'],
  ratio: ['between'],
  increase: ['in'],
  decrease: ['in'],
  decline: ['in'],
  reduction: ['in'],
  rise: ['in'],
  drop: ['in'],
  change: ['in'],
  shift: ['in', 'from', 'towards', 'toward'],
  transition: ['from', 'between', 'into'],
  effect: ['on'],
  impact: ['on'],
  influence: ['on'],
  role: ['in'],
  need: ['for'],
  reliance: ['on'],
  dependence: ['on'],
  emphasis: ['on'],
  contrast: ['between', 'with'],
  comparison: ['between', 'with'],
};

/**
 * Whether a prepositional phrase opened by the last of `clause` completes what comes before it
 * rather than adding a circumstance: a relational noun of the clause's last verb phrase that takes
 * this preposition ("no difference among genotypes | in the number of bugs"), the other end of a
 * range ("decrease from 380k | for pokec to 60k"), or the point a span of time is counted from
 * ("transferred 15 days | after sowing"). `clause` ends with the preposition; `removed` is the phrase.
 */
function completesNoun(clause: readonly Token[], removed: readonly Token[]): boolean {
  const preposition = clause.at(-1)!;
  const verb = finiteVerbs([...clause]).at(-1) ?? -1;
  const phrase = clause.slice(verb + 1, -1);
  // "an over-reliance on": a prefixed noun relates as its last part does.
  const relates = (w: Token) => RELATIONAL_NOUNS[w.lemma.split(/[-‐]/).at(-1)!]?.includes(preposition.normal) === true;
  if (phrase.some((w) => relates(w) && /^(?:NOUN|PROPN)$/.test(w.pos))) return true;
  if (phrase.some((w) => w.normal === 'from') && removed.some((w) => w.normal === 'to')) return true;
  const noun = clause.at(-2);
  const count = clause.at(-3);
  return /^(?:after|before)$/.test(preposition.normal) && noun?.pos === 'NOUN' && count?.pos === 'NUM';
}
/** Verbs whose meaning needs a second complement after their object, with the prepositions that open it. */
const SECOND_COMPLEMENTS: Record<string, string[]> = {
  balance: ['with', 'against'],
  compare: ['with', 'to', 'against'],
  combine: ['with'],
  replace: ['with', 'by'],
  associate: ['with'],
  link: ['to', 'with'],
  distinguish: ['from'],
  separate: ['from'],
  protect: ['from', 'against'],
  convert: ['into', 'to'],
  translate: ['into'],
  transform: ['into'],
  attribute: ['to'],
  ascribe: ['to'],
  relate: ['to'],
  match: ['with', 'to'],
  pair: ['with'],
  exchange: ['for'],
  prevent: ['from'],
  assign: ['to', 'in', 'into'],
  compensate: ['for'],
  account: ['for'],
  substitute: ['for'],
  pave: ['for'],
  classify: ['into', 'as'],
  divide: ['into'],
  split: ['into'],
  sort: ['into'],
  play: ['in'],
  function: ['as'],
  act: ['as'],
  serve: ['as'],
};
const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'across', 'among', 'amongst', 'during', 'through', 'throughout', 'within', 'around', 'under', 'over', 'between', 'after', 'before', 'via', 'from', 'into', 'towards', 'toward', 'without', 'per']);

/** Kept tokens outside any brackets. */
function topLevel(draft: Draft): number[] {
  let depth = 0;
  return kept(draft).filter((i) => {
    const t = draft.tokens[i]!.text;
    if (t === '(' || t === '[') depth++;
    else if ((t === ')' || t === ']') && depth > 0) return depth--, false;
    return depth === 0;
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** The index of the sentence's closing punctuation, or its length when it has none. */
export function lastBeforeStop(tokens: Token[]): number {
  let end = tokens.length;
  while (end > 0 && /^[.!?"'’”]$/.test(tokens[end - 1]!.text)) end--;
  return end;
}

/** A symbol named after a comma at the sentence's end, as a formula's letter: "may increase bias, u." */
export const symbolNames: Remover = ({ tokens }) => {
  const end = lastBeforeStop(tokens);
  const last = tokens[end - 1];
  // The tokenizer may keep the full stop on a lone letter ("u.") as on an initial.
  if (end < 3 || tokens[end - 2]!.text !== ',' || !last || !/^\p{L}\.?$/u.test(last.text)) return [];
  return [[end - 2, end - 1]];
};

/**
 * Whether words after an opener's supposed comma start in the middle of a list: a comma comes
 * before their first tensed verb ("investment, and collaboration are …", "reproducible and
 * standardized protocols for evaluation, we develop …"), so the main clause does not start there.
 */
function listGoesOn(tokens: Token[]): boolean {
  const verb = finiteVerbs(tokens)[0] ?? tokens.length;
  return tokens.slice(0, verb).some((t) => t.text === ',');
}
