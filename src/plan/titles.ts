import { splitSentences } from '../ingest/sentences.ts';
import { centrality, contentLemmas, finiteVerbs, nounPhrases, pointsBack, spanText, tag, type Token } from './language/index.ts';
import { FLAT_VOCABULARY, type Vocabulary } from './vocabulary.ts';

/** Heads that name the paper's own apparatus, not what a slide is about. */
const GENERIC_HEADS = new Set(['study', 'paper', 'article', 'review', 'work', 'section', 'result', 'finding', 'conclusion', 'discussion', 'summary', 'introduction', 'background', 'overview', 'author', 'table', 'figure', 'fig', 'figs', 'eq', 'eqs', 'ref', 'refs', 'example', 'case', 'way', 'number', 'part', 'kind', 'type', 'use', 'aspect', 'issue', 'fact', 'question', 'problem', 'point', 'thing', 'step', 'approach', 'method', 'factor', 'effect', 'feature', 'role', 'reason', 'idea', 'concept', 'term', 'area', 'field', 'topic', 'data', 'analysis', 'process', 'level', 'change', 'difference', 'time', 'year', 'value']);
const MAX_TITLE_WORDS = 7;
/** Words that count or praise what follows, not name it: "several interesting corollaries" is about corollaries. */
const VAGUE = new Set(['various', 'several', 'many', 'multiple', 'numerous', 'other', 'different', 'certain', 'some', 'additional', 'interesting', 'important', 'such', 'further', 'novel', 'new', 'recent', 'diverse']);

/** A noun phrase that could name a slide. */
export interface Phrase {
  /** As a title: sentence case, no article. */
  text: string;
  /** As the object of a sentence, with the article English needs: "the extent of repeated testing". */
  object: string;
  score: number;
}

/** What a title is weighed against besides its own paragraph. */
export interface TitleContext {
  /** The paper's vocabulary: a phrase of words the whole paper uses tells no slide apart. */
  vocabulary?: Vocabulary;
  /** Titles (by `titleKeys`) already heading slides in other decks, with how many decks: past two, a title names nothing. */
  elsewhere?: TitleCounts;
}

/**
 * How many decks head slides with a title, by its key: looked up one key at a time, never
 * listed, so that what a deck's planning asked of it can be recorded and asked again.
 */
export type TitleCounts = Pick<ReadonlyMap<string, number>, 'get'>;

/** Nouns that name an amount or a part of something: the title is what comes after their "of". */
const QUANTITIES = new Set(['majority', 'minority', 'number', 'proportion', 'amount', 'range', 'extent', 'level', 'set', 'lot', 'variety', 'part', 'rest', 'percentage', 'fraction', 'share', 'degree', 'total', 'series', 'group', 'kind', 'type', 'sort', 'form']);
/** Weight of a phrase whose every word is among the paper's most used. */
const COMMON_WEIGHT = 0.3;
/** Decks of the same paper a title may head slides in. */
const DECKS_PER_TITLE = 2;

/**
 * What a paragraph is about, as a slide title: its most distinctive noun phrase — the one whose
 * words this paragraph uses most and the rest of the paper least (term frequency times inverse
 * document frequency over the paper's blocks), in its central sentences, a sentence's subject
 * first among equals — in sentence case, without its article. Titles already `taken` in the deck
 * (lowercased) are passed over, and so are titles two other decks have, so each slide is told
 * apart by what it says.
 */
export function titleFromText(text: string, taken: ReadonlySet<string>, context: TitleContext = {}): string | undefined {
  const ranked = rankPhrases(text, context);
  const usedElsewhere = (title: string) => titleKeys(title).some((key) => (context.elsewhere?.get(key) ?? 0) >= DECKS_PER_TITLE);
  const free = ranked.filter((c) => !titleKeys(c.text).some((key) => taken.has(key)));
  const best = free.find((c) => !usedElsewhere(c.text)) ?? free[0];
  if (best) return best.text;
  // Every phrase names another slide already: the two that matter most here, together.
  const [first, second] = ranked;
  const pair = first && second ? `${first.text} and ${lowerFirst(second.text)}` : undefined;
  return pair && !taken.has(pair.toLowerCase()) ? pair : undefined;
}

/** The noun phrase a title was drawn from, as the object of a sentence ("the extent of repeated testing"). */
export function objectOf(text: string, title: string, context: TitleContext = {}): string | undefined {
  return rankPhrases(text, context).find((c) => c.text === title)?.object;
}

/** A text's noun phrases that could name it, most distinctive first (see `titleFromText`). */
export function rankPhrases(text: string, context: TitleContext = {}): Phrase[] {
  const vocabulary = context.vocabulary ?? FLAT_VOCABULARY;
  const sentences = splitSentences(text).map((s) => s.text);
  if (sentences.length === 0) return [];
  const score = centrality(sentences);
  const frequency = new Map<string, number>();
  for (const sentence of sentences) for (const lemma of contentLemmas(tag(sentence))) frequency.set(lemma, (frequency.get(lemma) ?? 0) + 1);
  const candidates = new Map<string, Phrase>();
  sentences.forEach((sentence, i) => {
    const tokens = tag(sentence);
    const verb = finiteVerbs(tokens)[0] ?? tokens.length;
    const asides = quotedOrCited(tokens);
    for (const span of nounPhrases(tokens)) {
      if (verbTakenForNoun(tokens, span)) continue;
      if (asides.some(([open, close]) => span.from > open && span.to <= close)) continue;
      if (partOfPreposition(tokens, span) || partOfCompound(sentence, tokens, span)) continue;
      const phrase = tokens.slice(span.from, span.to);
      const words = titleWords(phrase);
      if (!words) continue;
      const title = asTitle(sentence, words);
      if (!title) continue;
      const lemmas = contentLemmas(words).filter((l) => /\p{L}/u.test(l));
      if (lemmas.length === 0) continue;
      const telling = (l: string) => (frequency.get(l) ?? 0) * (vocabulary.idf(l) + 0.1);
      const weight = lemmas.reduce((sum, l) => sum + telling(l), 0) / Math.sqrt(lemmas.length);
      const subject = span.to <= verb ? 1.25 : 1;
      // One common word ("Model", "Year") says little; a name or an acronym may stand alone.
      const single = lemmas.length < 2 && !words.some((t) => t.pos === 'PROPN' || /\p{Lu}{2,}/u.test(t.text));
      const common = lemmas.every((l) => vocabulary.common(l)) ? COMMON_WEIGHT : 1;
      // "Predictive value of its findings": a phrase that points back names what another sentence says.
      if (words.some(pointsBack)) continue;
      const value = weight * subject * common * score[i]! * (single ? 0.5 : lemmas.length >= 2 ? 1.5 : 1);
      const key = title.toLowerCase();
      const known = candidates.get(key);
      candidates.set(key, { text: title, object: known?.object ?? asObjectPhrase(sentence, tokens, span.from, phrase, words, vocabulary), score: (known?.score ?? 0) + value });
    }
  });
  return [...candidates.values()].sort((a, b) => b.score - a.score || a.text.localeCompare(b.text));
}

/**
 * A noun phrase as the object of a sentence, with the article it needs: the text's own "the", "a"
 * or "an"; "the" for a demonstrative or possessive ("this mechanism" → "the mechanism") and for a
 * singular noun that has an of-phrase or that the paper also writes in the plural, but no article
 * ("extent of testing" → "the extent of testing", "null field" → "the null field"); none for
 * plurals, names and words used without one ("research findings", "bias").
 */
function asObjectPhrase(sentence: string, tokens: Token[], from: number, phrase: Token[], words: Token[], vocabulary: Vocabulary): string {
  const written = spanText(sentence, words, { from: 0, to: words.length });
  // Only a sentence's first word owes its capital to where it stands: "Small sample size …".
  const initial = words[0] === tokens[from] && from === 0 && words[0]!.pos !== 'PROPN' && /^\p{Lu}\p{Ll}/u.test(written);
  const body = initial ? written.charAt(0).toLowerCase() + written.slice(1) : written;
  const determiner = phrase[0]!.pos === 'DET' || phrase[0]!.pos === 'PRON' ? phrase[0]! : undefined;
  if (determiner && words[0] === phrase[1]) {
    if (/^(?:the|a|an)$/.test(determiner.normal)) return `${determiner.normal} ${body}`;
    if (/^(?:this|that|these|those|its|their|our|his|her|such)$/.test(determiner.normal)) return `the ${body}`;
  }
  return needsArticle(words, vocabulary) ? `the ${body}` : body;
}

/**
 * Whether a noun phrase with no determiner needs one as the object of a sentence: its head is a
 * singular common noun with an of-phrase after it, or one the paper also writes in the plural.
 */
function needsArticle(words: Token[], vocabulary: Vocabulary): boolean {
  const of = words.findIndex((t) => t.normal === 'of');
  const head = words[of > 0 ? of - 1 : words.length - 1];
  if (!head || head.pos !== 'NOUN' || head.normal !== head.lemma || /[^sui]s$/.test(head.normal)) return false;
  return of > 0 || vocabulary.countable(head.lemma);
}

/** A concept named without an article ("quantification of PI transcripts", a heading) with the one it needs; none for two things joined by "and". */
export function withArticle(object: string, vocabulary: Vocabulary = FLAT_VOCABULARY): string {
  const tokens = tag(object);
  if (!tokens[0] || /^(?:DET|PRON|NUM)$/.test(tokens[0].pos)) return object;
  const phrase = nounPhrases(tokens)[0];
  if (!phrase || phrase.from !== 0) return object;
  // "Collaboration and data sharing", "cost and accessibility": a heading that pairs two things names them without an article.
  if (tokens[phrase.to]?.pos === 'CCONJ') return object;
  return needsArticle(tokens.slice(0, phrase.to), vocabulary) ? `the ${object}` : object;
}

/** Nouns that, between a preposition and "of" or "to", make one preposition: "in spite of", "by means of", "with respect to". */
const PREPOSITION_NOUNS = new Set(['spite', 'terms', 'behalf', 'means', 'light', 'view', 'respect', 'regard', 'addition', 'order', 'front', 'case', 'lieu', 'favour', 'favor', 'place', 'relation', 'accordance', 'contrast', 'comparison', 'response', 'search', 'pursuit', 'absence', 'presence']);

/** Whether a noun phrase is the noun of a preposition made of words: "in spite of high levels" names no "spite". */
function partOfPreposition(tokens: Token[], span: { from: number; to: number }): boolean {
  const first = tokens[span.from]!;
  return tokens[span.from - 1]?.pos === 'ADP' && PREPOSITION_NOUNS.has(first.normal) && /^(?:of|to|with)$/.test(tokens[span.from + 1]?.normal ?? '');
}

/**
 * Whether a noun phrase starts or ends inside a hyphenated word ("in-depth understanding": "depth
 * understanding" is half of it), or takes in a lone lower-case letter, a variable of an equation
 * ("candidate j").
 */
function partOfCompound(sentence: string, tokens: Token[], span: { from: number; to: number }): boolean {
  const first = tokens[span.from]!;
  if (first.start > 0 && sentence[first.start - 1] === '-') return true;
  // "dominantly inherited loss" of "… loss-of-function mutations": the compound runs on past the phrase.
  if (sentence[tokens[span.to - 1]!.end] === '-') return true;
  return tokens.slice(span.from, span.to).some((t) => /^\p{Ll}$/u.test(t.text));
}

/**
 * Someone else's words, and what a slide is not about, as [open, close] token indexes: quotations
 * ("an emasculation of individual liberty", quoted) and brackets — a citation ("(M. C. Schneider &
 * Bos, 2016)", "[12]"), a pointer ("(Supplementary Table S1)"), a statistic, a supplier
 * ("(ThermoFisher Scientific)"), an acronym after its long form: an aside names no slide.
 */
function quotedOrCited(tokens: Token[]): [number, number][] {
  const found: [number, number][] = [];
  const brackets: number[] = [];
  let quote: number | undefined;
  tokens.forEach((t, i) => {
    if (t.text === '(' || t.text === '[') brackets.push(i);
    else if ((t.text === ')' || t.text === ']') && brackets.length) {
      found.push([brackets.pop()!, i]);
    } else if (t.text === '“') quote = i;
    else if (t.text === '”' && quote !== undefined) {
      found.push([quote, i]);
      quote = undefined;
    }
  });
  return found;
}

/**
 * The words of a noun phrase that can name a slide: without a leading determiner, pronoun or
 * number, and after the "of" of a quantity ("the vast majority of published claims" → "published
 * claims"). Undefined for a quantity ("3 months") or a phrase too long to be a title.
 */
function titleWords(phrase: Token[]): Token[] | undefined {
  // "3 months", "two groups": a quantity is not what a slide is about; "Clark et al": a citation is not either.
  if (phrase.some((t) => t.pos === 'NUM' || /^(?:et|al\.?)$/.test(t.normal))) return undefined;
  // "Supplementary Table S1", "Figure 2b": a float's label names no subject.
  if (phrase.some((t, i) => /^(?:tables?|fig(?:ure)?s?|box|scheme)$/.test(t.normal) && /^\p{L}?\d+\p{L}?$/u.test(phrase[i + 1]?.text ?? ''))) return undefined;
  const of = phrase.findIndex((t) => t.normal === 'of');
  if (of > 0 && QUANTITIES.has(phrase[of - 1]!.lemma)) phrase = phrase.slice(of + 1);
  let from = 0;
  while (from < phrase.length && (phrase[from]!.pos === 'DET' || phrase[from]!.pos === 'PRON' || phrase[from]!.pos === 'NUM' || VAGUE.has(phrase[from]!.normal))) from++;
  const words = phrase.slice(from);
  const head = words.at(-1);
  if (!head || words.length > MAX_TITLE_WORDS) return undefined;
  // "irPI vs": a comparison with one side is half a name.
  if (/^(?:vs\.?|versus|v\.)$/.test(head.normal)) return undefined;
  // "Validated using", "trial starting": a phrase that ends on a verb form names an action half-told.
  if (head.pos === 'VERB' && words.length > 1 && !/^(?:NOUN|PROPN|ADJ)$/.test(words.at(-2)!.pos)) return undefined;
  // "Validated using specific antibodies": two verb forms in a row are a clause, not a name.
  if (words.some((t, i) => i > 0 && isVerbForm(t) && isVerbForm(words[i - 1]!))) return undefined;
  // "Study", "practical example", "major problem": a generic head with nothing but adjectives says nothing.
  if (GENERIC_HEADS.has(head.lemma) && words.every((t) => t === head || t.pos === 'ADJ')) return undefined;
  return words;
}

/**
 * Whether a noun phrase holds a verb the tagger read as a noun or a participle: "Emerging
 * technologies offer tremendous potential" (a noun right before an adjective and its noun is a
 * verb taking its object), "we have explored various aspects" (a participle after an auxiliary
 * is a verb group). Such a phrase is half a clause, not a name for a slide.
 */
function verbTakenForNoun(tokens: Token[], span: { from: number; to: number }): boolean {
  const first = tokens[span.from]!;
  if (first.pos === 'VERB' && tokens[span.from - 1]?.pos === 'AUX') return true;
  // "Habitat effects explored tree richness": a past form right after its subject is its verb.
  if (first.pos === 'VERB' && first.normal.endsWith('ed') && /^(?:NOUN|PROPN|PRON)$/.test(tokens[span.from - 1]?.pos ?? '') && span.to - span.from > 1) return true;
  for (let i = span.from; i < Math.min(span.to, tokens.length - 2); i++) {
    if (tokens[i]!.pos === 'NOUN' && tokens[i + 1]!.pos === 'ADJ' && /^(?:NOUN|ADJ)$/.test(tokens[i + 2]!.pos) && tokens[i]!.end < tokens[i + 1]!.start) return true;
  }
  // "Citizens view wearing a mask": a head noun right before a gerund or an article takes it as its object, so is a verb.
  const head = tokens[span.to - 1];
  const after = tokens[span.to];
  if (span.to - span.from > 1 && head?.pos === 'NOUN' && after && ((after.pos === 'VERB' && after.normal.endsWith('ing')) || (after.pos === 'DET' && /^(?:a|an)$/.test(after.normal)))) return true;
  return false;
}

/** Words that rank a generic name without naming anything: "Principal findings", "Main results". */
const GENERIC_MODIFIERS = new Set(['principal', 'main', 'key', 'major', 'general', 'overall', 'primary', 'secondary', 'final', 'further', 'other']);

/** Whether a name is one of the paper's own apparatus and nothing more: "Finding", "Results", "Methods". */
export function isGenericName(name: string): boolean {
  // Tagged in lower case: a heading's capitals make every word a name to the tagger.
  const words = tag(name.toLowerCase()).filter((t) => /\p{L}/u.test(t.text));
  const generic = (t: Token) => GENERIC_HEADS.has(t.lemma) || GENERIC_HEADS.has(t.normal.replace(/s$/, ''));
  return words.some(generic) && words.every((t) => generic(t) || GENERIC_MODIFIERS.has(t.normal) || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'CCONJ');
}

function isVerbForm(t: Token): boolean {
  return t.pos === 'VERB' || /\p{L}{3,}(?:ing|ed)$/u.test(t.normal) && t.pos !== 'ADJ' && t.pos !== 'PROPN';
}

/**
 * The keys a title is known by in a deck: as written, lowercased, and by its words' lemmas, so
 * "Model" and "Models" count as one title.
 */
export function titleKeys(title: string): string[] {
  const lemmas = tag(title).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).map((t) => t.lemma).join(' ');
  return [title.toLowerCase(), `~${lemmas}`];
}

/** "Tumour cells" → "tumour cells" after "and"; "EGFR" and "Brazil"-like names keep their capital when the tagger calls them names. */
export function lowerFirst(text: string): string {
  const first = tag(text)[0];
  return first && first.pos !== 'PROPN' && /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A title's words as written, first letter capital; undefined when they hold brackets or no real word. */
function asTitle(sentence: string, words: Token[]): string | undefined {
  if (!words.some((t) => /\p{L}{3,}/u.test(t.text))) return undefined;
  const text = spanText(sentence, words, { from: 0, to: words.length });
  if (/[()[\]]/.test(text)) return undefined;
  return /^\p{Ll}/u.test(text) && !/^\p{Ll}+\p{Lu}/u.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
