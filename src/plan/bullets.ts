import { splitSentences } from '../ingest/sentences.ts';

/** Bullets the evidence on slide design asks for: at most 6 a slide, about 12 words each on average. */
export const MAX_BULLETS = 6;
/** A bullet longer than this is cut, at a comma or a word boundary. */
const TARGET_WORDS = 14;
const MIN_CLAUSE_WORDS = 6;

/** Openers that link a sentence to the one before; on a slide they are noise. */
const CONNECTIVE = /^(?:additionally|furthermore|moreover|however|thus|therefore|hence|consequently|similarly|also|finally|overall|indeed|importantly|notably|in addition|in particular|in this paper|in summary|in conclusion|on the other hand|as a result|for example|for instance|here|by contrast|in contrast|despite these challenges)\s*,?\s+/i;

/** A leading clause that sets the scene ("Despite remarkable advances in X, ..."); the point follows it. */
const LEADING_CLAUSE = /^(?:despite|although|though|while|because|since|given|through|looking towards the future|in this paper|by [a-z]+ing)\b[^,]{0,140},\s+/i;

/** An aside set off by commas inside a sentence: ", such as A, B, and C," or ", which ...,". */
const ASIDE = /,\s+(?:(?:such as|including|like)\s+[^,]+(?:,\s+[^,]+)*?,?\s+(?:and|or)\s+[^,]+|(?:which|who|guided by|also known as|on the other hand|for example|for instance|in particular|e\.g\.|i\.e\.)\b[^,]*),(?=\s)/gi;

/** A finite verb somewhere in a clause: without one, a cut would leave a fragment. */
const VERB = /\b(?:is|are|was|were|be|been|can|could|may|might|will|would|should|must|has|have|had|does|do|did|\w+(?:es|ed))\b|\b(?!\w*(?:ss|us|is|sis)\b)[a-z]{3,}s\b/;

/** Where a sentence's main clause usually ends and its elaboration begins. */
const CLAUSE_BREAK = /(?:,\s+(?:which|where|while|whereas|thereby|thus|allowing|enabling|making|leading|including|such as|as well as|ultimately|particularly|especially|both|either|with|from|in order to)\b|;\s|\s[—–]\s|:\s)/g;

/** Words a bullet should not end on when it is cut short. */
const DANGLING = /\s+(?:a|an|the|and|or|of|to|in|on|for|with|by|as|at|from|that|which|their|its|can|may|is|are|be)$/i;

/**
 * Draws a slide's bullets from a block's sentences: one bullet per sentence, each condensed to its
 * main clause, so the slide carries the point and the notes carry the paper's full words.
 */
export function bulletsFrom(text: string, max = MAX_BULLETS): string[] {
  return splitSentences(text)
    .map((sentence) => ({ sentence: sentence.text, bullet: condense(sentence.text) }))
    // A bullet that could not be made shorter than its sentence would repeat the notes verbatim.
    .filter(({ sentence, bullet }) => words(bullet) >= 3 && !sameWords(sentence, bullet))
    .map(({ bullet }) => bullet)
    .slice(0, max);
}

/**
 * Condenses a sentence into a bullet: drops linking openers, long asides in brackets and trailing
 * elaboration, then cuts at a comma or a word boundary near the target length.
 */
export function condense(sentence: string): string {
  let text = sentence.trim().replace(/[.!?]+["'’”)]*$/, '');
  text = text.replace(CONNECTIVE, '');
  const main = text.replace(LEADING_CLAUSE, '');
  if (words(main) >= MIN_CLAUSE_WORDS) text = main;
  text = text.replace(ASIDE, '');
  text = text.replace(/\s*\(([^()]*)\)/g, (whole, inside: string) => (inside.split(/\s+/).length > 3 ? '' : whole));
  text = cutAtClause(text);
  if (words(text) > TARGET_WORDS) text = cutAtComma(text) ?? cutAtWord(text);
  text = text.trim().replace(/\s*[:;,]$/, '');
  if (sameWords(text, sentence)) text = telegraphic(text);
  return capitalise(text);
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function cutAtClause(text: string): string {
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const head = text.slice(0, match.index);
    // A clause before a colon or semicolon is a statement of its own, however short.
    const minimum = /^[:;]/.test(match[0]) ? 3 : MIN_CLAUSE_WORDS;
    if (words(head) >= minimum && VERB.test(head.split(/\s+/).slice(1).join(' '))) return head;
  }
  return text;
}

/** After a comma, the rest of a list: "…, accessible, and ethically sound". A cut there leaves the list half told. */
const LIST_GOES_ON = /^\s+(?:(?:[\w-]+\s+){0,3}[\w-]+,?\s+)?(?:and|or)\s/;

function cutAtComma(text: string): string | undefined {
  let best: string | undefined;
  for (const match of text.matchAll(/,\s/g)) {
    const head = text.slice(0, match.index);
    const n = words(head);
    if (LIST_GOES_ON.test(text.slice(match.index + 1))) continue;
    if (n >= MIN_CLAUSE_WORDS && n <= TARGET_WORDS + 2 && VERB.test(head.split(/\s+/).slice(1).join(' '))) best = head;
  }
  return best;
}

function cutAtWord(text: string): string {
  let head = text.split(/\s+/).slice(0, TARGET_WORDS).join(' ');
  while (DANGLING.test(head)) head = head.replace(DANGLING, '');
  return `${head.replace(/[,;:]$/, '')}…`;
}

/**
 * Ways to shorten a sentence that has nothing else to trim, tried in order until one changes it:
 * slides drop articles, then demonstratives, then adverbs, and last the final phrase.
 */
const TELEGRAPHIC: ((text: string) => string)[] = [
  (text) => text.replace(/\b(?:the|a|an)\s+/gi, ''),
  (text) => text.replace(/\b(?:these|this|those|their|its|our)\s+/gi, ''),
  (text) => text.replace(/\s+\w{3,}ly\b/g, ''),
  (text) => text.replace(/,?\s+(?:to|for|in|of|with|by|on|from|per|at|into|over|under|through|across|about|against|between|within|without|after|before|during)\s+[^,]*$/, '…'),
  (text) => text.replace(/\s+\S+$/, '…'),
];

/** A bullet never repeats its note word for word: a sentence that is already short is made telegraphic. */
function telegraphic(text: string): string {
  for (const shorten of TELEGRAPHIC) {
    const shorter = shorten(text);
    if (!sameWords(shorter, text) && words(shorter) >= 3) return shorter;
  }
  return text;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether two texts have the same words, ignoring case and punctuation. */
export function sameWords(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

/** "these systems …" → "These systems …", but "ctDNA levels …" stays as written. */
function capitalise(text: string): string {
  return /^\p{Ll}[\p{Ll}'-]*(?:\s|$)/u.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
