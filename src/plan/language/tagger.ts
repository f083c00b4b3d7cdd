import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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
  wink ??= winkNLP(model, ['sbd', 'pos']);
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
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}
