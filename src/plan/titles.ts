import { splitSentences } from '../ingest/sentences.ts';
import { centrality, contentLemmas, finiteVerbs, nounPhrases, spanText, tag, type Token } from './language/index.ts';

/** Heads that name the paper's own apparatus, not what a slide is about. */
const GENERIC_HEADS = new Set(['study', 'paper', 'article', 'review', 'work', 'section', 'result', 'finding', 'author', 'table', 'figure', 'fig', 'example', 'case', 'way', 'number', 'part', 'kind', 'type', 'use', 'aspect', 'issue', 'fact', 'question']);
const MAX_TITLE_WORDS = 7;

interface Candidate {
  text: string;
  score: number;
}

/**
 * What a paragraph is about, as a slide title: the key noun phrase of its most central sentences —
 * the one whose words the paragraph uses most, a sentence's subject first among equals — in
 * sentence case, without its article. Titles already `taken` in the deck (lowercased) are passed
 * over, so the slides of one section are told apart by what each says.
 */
export function titleFromText(text: string, taken: ReadonlySet<string>): string | undefined {
  const sentences = splitSentences(text).map((s) => s.text);
  if (sentences.length === 0) return undefined;
  const score = centrality(sentences);
  const frequency = new Map<string, number>();
  for (const sentence of sentences) for (const lemma of contentLemmas(tag(sentence))) frequency.set(lemma, (frequency.get(lemma) ?? 0) + 1);
  const candidates = new Map<string, Candidate>();
  sentences.forEach((sentence, i) => {
    const tokens = tag(sentence);
    const verb = finiteVerbs(tokens)[0] ?? tokens.length;
    for (const span of nounPhrases(tokens)) {
      const phrase = tokens.slice(span.from, span.to);
      const title = asTitle(sentence, phrase);
      if (!title) continue;
      const lemmas = contentLemmas(phrase).filter((l) => /\p{L}/u.test(l));
      const weight = lemmas.reduce((sum, l) => sum + (frequency.get(l) ?? 0), 0) / Math.sqrt(Math.max(1, lemmas.length));
      const subject = span.to <= verb ? 1.25 : 1;
      // One common word ("Model", "Year") says little; a name or an acronym may stand alone.
      const single = lemmas.length < 2 && !phrase.some((t) => t.pos === 'PROPN' || /\p{Lu}{2,}/u.test(t.text));
      const value = weight * subject * score[i]! * (single ? 0.5 : lemmas.length >= 2 ? 1.5 : 1);
      const key = title.toLowerCase();
      const known = candidates.get(key);
      candidates.set(key, { text: title, score: (known?.score ?? 0) + value });
    }
  });
  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score || a.text.localeCompare(b.text));
  const free = ranked.filter((c) => !titleKeys(c.text).some((key) => taken.has(key)));
  if (free[0]) return free[0].text;
  // Every phrase names another slide already: the two that matter most here, together.
  const [first, second] = ranked;
  const pair = first && second ? `${first.text} and ${lowerFirst(second.text)}` : undefined;
  return pair && !taken.has(pair.toLowerCase()) ? pair : undefined;
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

/** A noun phrase as a title: without a leading determiner or possessive, first letter capital. */
function asTitle(sentence: string, phrase: Token[]): string | undefined {
  // "3 months", "two groups": a quantity is not what a slide is about.
  if (phrase.some((t) => t.pos === 'NUM')) return undefined;
  let from = 0;
  while (from < phrase.length && (phrase[from]!.pos === 'DET' || phrase[from]!.pos === 'PRON' || phrase[from]!.pos === 'NUM')) from++;
  const words = phrase.slice(from);
  const head = words.at(-1);
  if (!head || words.length > MAX_TITLE_WORDS) return undefined;
  if (GENERIC_HEADS.has(head.lemma) && words.length === 1) return undefined;
  if (!words.some((t) => /\p{L}{3,}/u.test(t.text))) return undefined;
  const text = spanText(sentence, words, { from: 0, to: words.length });
  if (/[()[\]]/.test(text)) return undefined;
  return /^\p{Ll}/u.test(text) && !/^\p{Ll}+\p{Lu}/u.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
