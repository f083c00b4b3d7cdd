import { finiteVerbs, firstWord, isWord, nounPhrases } from './structure.ts';
import type { Token } from './tagger.ts';

/**
 * How a statement depends on the text around it. A slide shows a sentence without the one before
 * it, so a headline or a key point that opens "This mechanism …", "However, …", "They …" or "First,
 * let us …" points at something the audience never sees.
 */

/** Words that point back to something said before: "this", "these", "such", "the latter". */
const DEMONSTRATIVES = new Set(['this', 'these', 'that', 'those', 'such']);
const BACK_PRONOUNS = new Set(['it', 'they', 'them', 'its', 'their', 'he', 'she', 'his', 'her', 'theirs']);
const BACK_WORDS = new Set(['latter', 'former', 'aforementioned', 'above', 'abovementioned', 'same']);
/** Openers that tie a sentence to the one before or after it, or place it in a sequence of steps. */
const CONNECTIVES = new Set([
  'however', 'moreover', 'furthermore', 'additionally', 'thus', 'therefore', 'hence', 'consequently', 'also', 'nevertheless',
  'nonetheless', 'still', 'instead', 'then', 'finally', 'similarly', 'conversely', 'accordingly', 'besides', 'otherwise',
  'meanwhile', 'likewise', 'first', 'firstly', 'second', 'secondly', 'third', 'thirdly', 'next', 'lastly', 'here', 'now',
  'again', 'regardless', 'rather', 'indeed', 'overall', 'so', 'yet', 'further', 'later',
]);
/** Words that open a subject by contrast with something named before: "Another mechanism …", "Both drugs …". */
const CONTRASTIVE = new Set(['another', 'other', 'both', 'either', 'neither']);

/**
 * Whether a statement leans on what came before it, and so cannot head a slide or stand as a key
 * point by itself: it opens with a conjunction or a linking adverb, with a phrase that holds a
 * demonstrative ("In this context, …"), with "let us" or "as such", or its subject — everything before
 * its first tensed verb — is or holds a pronoun or demonstrative that points back ("This mechanism
 * is …", "Its effect …", "The latter …"). An "it" that only announces a clause ("It is clear that
 * …", "It can be proven that …") points forward and does not count.
 */
export function leansBack(tokens: Token[]): boolean {
  const first = firstWord(tokens, { from: 0, to: tokens.length });
  if (first === undefined) return false;
  const opener = tokens[first]!;
  const next = tokens[first + 1];
  if (opener.pos === 'CCONJ' || CONTRASTIVE.has(opener.normal)) return true;
  // "First, let us …", "Thus the cell …"; but "First-line therapy" and "Here-and-now" are not connectives.
  const connective = next?.text === ',' || /^(?:ADV|SCONJ|CCONJ)$/.test(opener.pos) || /^(?:PRON|DET)$/.test(next?.pos ?? '');
  if (CONNECTIVES.has(opener.normal) && connective && next?.text !== '-') return true;
  if (opener.normal === 'let' && next && /^(?:us|'s)$/.test(next.normal)) return true;
  // "As such, …", "As shown above, …", "As described, …": the thing referred to is elsewhere.
  if (opener.normal === 'as' && (next?.normal === 'such' || (next?.pos === 'VERB' && next.normal.endsWith('ed')) || next?.normal === 'shown')) return true;
  // An opening phrase up to its comma: "In this context,", "For these reasons,", "Given the above,".
  const comma = tokens.findIndex((t, i) => i > first && t.text === ',');
  const opening = tokens.slice(first, comma);
  const ownText = (t: Token, k: number) => DEMONSTRATIVES.has(t.normal) && OWN_TEXT.has(opening[k + 1]?.lemma ?? '');
  if (comma > 0 && finiteVerbs(tokens, { from: first, to: comma }).length === 0 && opening.some((t, k) => pointsBack(t) && !ownText(t, k))) return true;
  const verb = finiteVerbs(tokens)[0] ?? tokens.length;
  const subject = tokens.slice(first, verb).filter(isWord);
  if (BACK_PRONOUNS.has(opener.normal) && opener.normal === 'it' && announcesClause(tokens, first)) return false;
  // "Let u be …", "Consider a table …": an instruction to the reader, not a claim.
  if (opener.pos === 'VERB' && first === verb) return true;
  // "This review focuses on …", "In this study, …": the text itself is no earlier sentence.
  const own = (k: number) => DEMONSTRATIVES.has(subject[k]!.normal) && OWN_TEXT.has(subject[k + 1]?.lemma ?? '');
  return subject.some((t, k) => pointsBack(t) && !(t.normal === 'that' && k > 0) && !own(k));
}

/** What a paper calls itself: "this review", "this study", "the present paper". */
const OWN_TEXT = new Set(['paper', 'review', 'article', 'study', 'work', 'report', 'essay', 'manuscript', 'commentary', 'chapter', 'replication', 'reproduction']);

/** Whether a token refers back: a demonstrative, a third-person pronoun, "latter", "above". */
export function pointsBack(token: Token): boolean {
  if (DEMONSTRATIVES.has(token.normal)) return token.pos === 'DET' || token.pos === 'PRON' || token.pos === 'ADJ';
  return BACK_PRONOUNS.has(token.normal) || BACK_WORDS.has(token.normal);
}

/**
 * Whether a statement mentions something only the text around it names, anywhere in it: "… models
 * these two factors", "… as described above". Weaker than leaning back on its subject; a headline
 * prefers a sentence without either.
 */
export function refersBack(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.normal === 'such' && tokens[i + 1]?.normal === 'as') return false;
    if (DEMONSTRATIVES.has(t.normal) && OWN_TEXT.has(tokens[i + 1]?.lemma ?? '')) return false;
    if (t.normal === 'that' || t.normal === 'it' || t.normal === 'its') return false;
    if (BACK_PRONOUNS.has(t.normal) && t.pos === 'PRON' && t.normal !== 'they' && t.normal !== 'them') return false;
    return pointsBack(t);
  });
}

/** "It is clear that …", "It can be shown that …", "It is fair to say …": an "it" that stands for a clause after it. */
function announcesClause(tokens: Token[], at: number): boolean {
  for (let i = at + 1; i < Math.min(tokens.length, at + 8); i++) {
    const t = tokens[i]!;
    if (t.normal === 'that' || t.normal === 'whether' || (t.normal === 'to' && tokens[i + 1]?.pos === 'VERB')) return true;
    if (!/^(?:AUX|ADV|ADJ|VERB|PART)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * Whether the words from `from` start a clause of their own: a subject (a noun phrase, perhaps
 * with prepositional phrases after it, or a personal pronoun) followed by its tensed verb, with no
 * comma or relative pronoun between. "presentation factors that tend to …" is the end of a list,
 * not a clause; "the cell therefore survives …" is one.
 */
export function opensClause(tokens: Token[], from: number): boolean {
  const first = tokens[from];
  if (!first) return false;
  let i = from;
  if (first.pos === 'PRON' && /^(?:it|they|we|i|he|she|you|this|these|those|that|one)$/.test(first.normal)) i = from + 1;
  else {
    const phrases = nounPhrases(tokens.slice(from)).map((s) => ({ from: s.from + from, to: s.to + from }));
    let at = phrases[0];
    if (!at || at.from !== from) return false;
    i = at.to;
    // "The proportion of true findings in small fields is …": prepositional phrases on the subject.
    for (;;) {
      const prep = tokens[i];
      at = phrases.find((p) => p.from === i + 1);
      if (!prep || prep.pos !== 'ADP' || !at) break;
      i = at.to;
    }
  }
  while (tokens[i] && (tokens[i]!.pos === 'ADV' || (tokens[i]!.pos === 'PART' && tokens[i]!.normal === 'not'))) i++;
  return i < tokens.length && finiteVerbs(tokens, { from, to: tokens.length }).includes(i);
}

/** Verbs of a text announcing what it will do: "I discuss …", "We will examine …", "Here we describe …". */
const SIGNPOST_VERBS = new Set(['focus', 'aim', 'seek', 'discuss', 'examine', 'describe', 'review', 'present', 'consider', 'outline', 'summarize', 'summarise', 'address', 'focus', 'turn', 'try', 'attempt', 'explore', 'begin', 'start', 'introduce', 'illustrate', 'report', 'propose', 'show']);

/**
 * Whether a statement says what the authors are about to do rather than what is the case: its
 * subject is "I" or "we" and its verb is in the future ("We will try to model …") or one of
 * announcing ("I discuss the implications …", "We describe …"), in the present tense — or
 * recounts what the text did ("We have explored …", "We highlighted …").
 */
export function isSignpost(tokens: Token[]): boolean {
  const verb = finiteVerbs(tokens)[0];
  if (verb === undefined) return false;
  const subject = tokens.slice(0, verb).filter(isWord);
  // "This review focuses on …", "The present paper describes …".
  if (subject.length <= 3 && OWN_TEXT.has(subject.at(-1)?.lemma ?? '') && SIGNPOST_VERBS.has(tokens[verb]!.lemma)) return true;
  if (!subject.some((t) => t.normal === 'i' || t.normal === 'we') || subject.length > 3) return false;
  const group = tokens.slice(verb, verb + 4);
  if (group.some((t) => /^(?:will|shall|'ll)$/.test(t.normal))) return true;
  const main = tokens[verb]!;
  if (SIGNPOST_VERBS.has(main.lemma) && !main.normal.endsWith('ed')) return true;
  // "We have explored various aspects …", "We highlighted …": a recap of the paper's own route.
  const done = group.find((t) => t.pos === 'VERB');
  return done !== undefined && RECAP_VERBS.has(done.lemma);
}

/** Verbs by which authors recount what their text did, not what they found. */
const RECAP_VERBS = new Set(['explore', 'discuss', 'examine', 'describe', 'review', 'outline', 'summarize', 'summarise', 'address', 'highlight', 'consider', 'introduce', 'illustrate', 'cover', 'overview']);

/** "… is shown in Box 1", "(see Figure 2)", "Table 3 lists …": a statement about the paper's figures, tables and boxes. */
export function pointsAtFloat(text: string): boolean {
  return /\b(?:Box|Fig(?:ure)?s?|Tables?)\.?\s*\d/.test(text);
}

/** A float or supplement: "Table 3", "Fig. 2", "S1 Code", "Supplementary Table 4". */
const FLOAT = String.raw`(?:the\s+)?(?:S\d+\s+\p{L}+|(?:Supplementary|Supporting)\s+\p{L}+(?:\s+S?\d+)?|(?:Box|Fig(?:ure)?s?|Tables?|Appendix)\.?\s*S?\d+[\p{L}]?)`;
const HANDED_TO = new RegExp(String.raw`\b(?:is|are|was|were|be)\s+(?:\p{L}+ly\s+)?(?:given|shown|presented|reported|listed|summari[sz]ed|provided|depicted|displayed|illustrated|detailed|plotted|available|described)\s+(?:in|on)\s+${FLOAT}`, 'u');
const HANDED_ON = /\b(?:is|are|was|were|be)\s+(?:\p{L}+ly\s+)?(?:given|shown|presented|reported|listed|summari[sz]ed|provided|described|detailed|discussed)\s+(?:below|above|later|elsewhere|separately)\b/u;
const HANDING = new RegExp(String.raw`^(?:[^,]{1,60},\s*)?${FLOAT}\s+(?:gives?|shows?|presents?|lists?|summari[sz]es?|provides?|depicts?|displays?|illustrates?|contains?|plots?)\b`, 'iu');

/**
 * A sentence that hands its content to a float the slide does not show, and says nothing itself:
 * "Results are given in Table 3", "JAGS model scripts are given in S1 Code", "Figure 3 shows the
 * evaluation results", "The health economic results will be reported separately". One that says
 * what the float shows ("Figure 2 shows that …") says something.
 */
export function pointsOnlyAtFloat(text: string): boolean {
  if (/\bthat\b/i.test(text)) return false;
  return HANDED_TO.test(text) || HANDED_ON.test(text) || HANDING.test(text.trim());
}
