import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';

/** Universal Dependencies part-of-speech tags, as wink-nlp's English model gives them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** One word or punctuation mark of a text, with its tag and where it stands in that text. */
export interface Token {
  /** As written. */
  text: string;
  /** Lowercased. */
  normal: string;
  lemma: string;
  pos: Pos;
  /** Character offsets into the text that was tagged: `text.slice(start, end) === token.text`. */
  start: number;
  end: number;
}

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | undefined;

/**
 * NOTE: the model takes ~0.3 s to load, so it is loaded on first use, once per process: building
 * a course that never asks for language work (or `lectern check --no-browser`) does not pay for it.
 */
function engine(): Wink {
  if (!wink) {
    // NOTE: required here, not imported at the top: importing the model alone takes most of its
    // load time, and `lectern --help` or an HTML-only check should not pay it.
    const require = createRequire(import.meta.url);
    const create = require('wink-nlp') as typeof winkNLP;
    wink = create(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
  }
  return wink;
}

/** Texts already tagged: a deck asks about the same sentences many times (bullets, titles, ranking). */
const cache = new Map<string, Token[]>();
const CACHE_LIMIT = 20_000;

/**
 * Tokens of a text with their part of speech and lemma. The text is tagged as one piece (sentence
 * boundaries do not change the tags of its words); offsets point back into `text`.
 */
export function tag(text: string): Token[] {
  const known = cache.get(text);
  if (known) return known;
  const nlp = engine();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  // NOTE: wink-nlp's types do not list lemma among the token properties `out` accepts, though it does.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.pos) as string[];
  const out: Token[] = [];
  let cursor = 0;
  words.forEach((word, i) => {
    // NOTE: wink-nlp's tokens are the text's own characters, but its record of the spaces between
    // them is not exact for every kind of white space, so each token is found in the text instead.
    const at = text.indexOf(word, cursor);
    const start = at >= 0 ? at : cursor;
    const end = at >= 0 ? at + word.length : Math.min(text.length, cursor + word.length);
    cursor = end;
    out.push({ text: word, normal: word.toLowerCase(), lemma: (lemmas[i] ?? word).toLowerCase(), pos: (tags[i] ?? 'X') as Pos, start, end });
  });
  const merged = withAbbreviations(withNumberedNames(out, text), text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, merged);
  return merged;
}

/** Abbreviations whose full stop ends no sentence when a lower-case word follows: "Manduca spp. larvae", "cf. the", "vs. controls". */
const ABBREVIATIONS = new Set(['spp', 'sp', 'subsp', 'var', 'cf', 'vs', 'approx', 'ca', 'resp', 'ssp', 'cv']);

/**
 * An abbreviation and its full stop as one token when the sentence goes on after it. wink-nlp
 * reads the stop of "Manduca spp. mortality" as a sentence's end, and tags the words after it as
 * if a sentence started there.
 */
function withAbbreviations(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [word, point, next] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
    const abbreviated = point?.text === '.' && word.end === point.start && ABBREVIATIONS.has(word.normal) && next !== undefined && /^[\p{Ll}\d(]/u.test(next.text);
    if (abbreviated) {
      const whole = text.slice(word.start, point.end);
      out.push({ ...word, text: whole, normal: whole.toLowerCase(), end: point.end });
      i += 1;
    } else out.push(word);
  }
  return out;
}

/**
 * A residue or site named with a decimal number ("His3.37", "Ser5.42": Ballesteros–Weinstein
 * numbering) as one token. wink-nlp splits it at the point, into a word, a full stop and a number,
 * which reads as a sentence's end inside a name, and an edit that removes a phrase would cut the
 * name in two.
 */
function withNumberedNames(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [name, point, number] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
    const joined = point && number && point.text === '.' && name.end === point.start && point.end === number.start;
    if (joined && /\p{L}\d+$/u.test(name.text) && /^\d+\p{L}?$/u.test(number.text)) {
      const whole = text.slice(name.start, number.end);
      out.push({ ...name, text: whole, normal: whole.toLowerCase(), lemma: whole.toLowerCase(), end: number.end });
      i += 2;
    } else out.push(name);
  }
  return out;
}
