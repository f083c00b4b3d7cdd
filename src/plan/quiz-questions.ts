import { stableHash } from './hash.ts';
import { memoised } from './memo.ts';
import { mentions, termPattern, type Pair, type Statement, type TermKind } from './quiz-material.ts';

export const LETTERS = 'ABCDEFGH';
export const BLANK = '_____';
const CHOICES = 4;
const MATCH_PAIRS = 4;

/** The kinds of self-check question. */
export type QuizType = 'cloze' | 'match' | 'truefalse';

/** One question, before it becomes a slide. */
export interface Question {
  type: QuizType;
  question: string;
  /** A matching question's numbered items. */
  prompts?: string[];
  choices: string[];
  /** Its letter(s) and text: "C. drug efflux pumps", "B. False: …", "1–C, 2–A, 3–B". */
  answer: string;
  /** The right choice as an index into `choices`; for a matching question, one per prompt, in order. */
  key: number[];
  /** The slide that holds the answer (a matching question's first). */
  slide: number;
  /** A matching question's slides, one for each of its terms, in order, when they are not all one. */
  slides?: number[];
  title: string;
  source: string[];
}

/**
 * A gap in a statement from the slides where one of the paper's terms was, with three other terms
 * of the same kind as wrong choices (none of them in the statement).
 */
export function clozeQuestion(statement: Statement, kinds: readonly TermKind[]): Question | undefined {
  for (const kind of kinds) {
    for (const term of kind.terms) {
      if (!mentions(statement.text, term)) continue;
      const others = kind.terms.filter((t) => t !== term && !mentions(statement.text, t) && !overlaps(t, term));
      const distractors = byHash(others, statement.text).slice(0, CHOICES - 1);
      if (distractors.length < CHOICES - 1) continue;
      const stem = statement.text.replace(termPattern(term), BLANK);
      const choices = byHash([term, ...distractors], `${statement.text}:choices`);
      return {
        type: 'cloze',
        question: `Which words fill the gap? “${stem}”`,
        choices,
        answer: `${LETTERS[choices.indexOf(term)]}. ${term}`,
        key: [choices.indexOf(term)],
        ...from(statement),
      };
    }
  }
  return undefined;
}

/**
 * A statement from the slides to judge true or false. About half are made false by a grounded swap:
 * one term replaced by a sibling of the same kind, and the answer names what the slide says.
 */
export function trueFalseQuestion(statement: Statement, kinds: readonly TermKind[]): Question | undefined {
  // NOTE: a statement that itself speaks of "true" or "false" would put the answer in the stem.
  if (mentions(statement.text, 'true') || mentions(statement.text, 'false')) return undefined;
  const choices = ['True', 'False'];
  const asked = (text: string, answer: string): Question => ({
    type: 'truefalse',
    question: `True or false? “${text}”`,
    choices,
    answer,
    key: [answer.startsWith('A.') ? 0 : 1],
    ...from(statement),
  });
  if (stableHash(statement.text) % 2 === 0) return asked(statement.text, 'A. True');
  for (const kind of kinds) {
    for (const term of kind.terms) {
      // The remembered answer first: compiling each term's pattern for every statement is what costs.
      if (!mentions(statement.text, term)) continue;
      const match = termPattern(term, 'iu').exec(statement.text);
      if (!match) continue;
      const sibling = byHash(
        kind.terms.filter((t) => t !== term && !mentions(statement.text, t) && !overlaps(t, term)),
        `${statement.text}:swap`,
      )[0];
      if (!sibling) continue;
      const before = withArticleFor(statement.text.slice(0, match.index), sibling);
      const swapped = before + inCaseOf(sibling, match[0], match.index === 0) + statement.text.slice(match.index + match[0].length);
      return asked(swapped, `B. False: the slide says “${match[0]}”, not “${inCaseOf(sibling, match[0], false)}”`);
    }
  }
  return asked(statement.text, 'A. True');
}

/** The text before a swapped-in term with "a" or "an" as the term's first sound needs: "an crucial role" would give the swap away. */
function withArticleFor(before: string, term: string): string {
  const vowel = /^[aeiou]/i.test(term) && !/^(?:uni|use|eu|one)/i.test(term);
  return before.replace(/\b(an?)(\s+)$/i, (_, article: string, space: string) => {
    const wanted = vowel ? 'an' : 'a';
    return (/^A/.test(article) ? wanted.charAt(0).toUpperCase() + wanted.slice(1) : wanted) + space;
  });
}

/** Terms matched with what they mean (three or four, all of one kind): topics, or acronyms. */
export function matchQuestion(pairs: readonly Pair[], salt: string): Question | undefined {
  const topics = pairs.filter((p) => p.source[0] !== 'acronyms');
  const acronyms = pairs.filter((p) => p.source[0] === 'acronyms');
  const kind = [topics, acronyms].find((list) => usable(list).length >= 3);
  if (!kind) return undefined;
  const chosen = byHash(usable(kind), salt, (p) => p.term).slice(0, MATCH_PAIRS);
  const prompts = chosen.map((p) => p.term);
  const meanings = byHash(chosen.map((p) => blankTerm(p.meaning, p.term)), `${salt}:meanings`);
  const key = chosen.map((p) => meanings.indexOf(blankTerm(p.meaning, p.term)));
  const answer = key.map((choice, i) => `${i + 1}–${LETTERS[choice]}`).join(', ');
  const slides = [...new Set(chosen.map((p) => p.slide))].sort((a, b) => a - b);
  return {
    type: 'match',
    question: 'Match each term with what it means.',
    prompts,
    choices: meanings,
    answer,
    key,
    slide: slides[0]!,
    ...(slides.length > 1 ? { slides } : {}),
    title: chosen.map((p) => p.term).join(', '),
    source: [...new Set(chosen.flatMap((p) => p.source))],
  };
}

/** Blanks a matching question's meaning may have: more, and it is a puzzle, not a definition. */
const MAX_BLANKS = 2;

/** Pairs whose meaning still says something once the term is blanked out of it, each meaning once. */
function usable(pairs: readonly Pair[]): Pair[] {
  const seen = new Set<string>();
  return pairs.filter((p) => {
    const meaning = blankTerm(p.meaning, p.term);
    // "We examined whether the ___ affects the ___ of the ___": a meaning of blanks tells nothing.
    if (seen.has(meaning) || meaning.replaceAll(BLANK, '').split(/\s+/).filter(Boolean).length < 3 || meaning.split(BLANK).length - 1 > MAX_BLANKS) return false;
    seen.add(meaning);
    return true;
  });
}

/** A meaning with its term, and each longer word of it, blanked: the answer is not in the stem. */
export const blankTerm = memoised((text: string, term: string): string => {
  const words = term.split(/\s+/).filter((w) => w.length > 3);
  let blanked = text;
  for (const part of [term, ...words]) blanked = blanked.replace(termPattern(part), BLANK);
  return blanked.replace(new RegExp(`${BLANK}(?:\\s+${BLANK})+`, 'g'), BLANK);
});

function from(statement: Statement): Pick<Question, 'slide' | 'title' | 'source'> {
  return { slide: statement.slide, title: statement.title, source: statement.source };
}

/** Whether one term holds the other ("efflux pumps" and "drug efflux pumps"): no choice between them. */
function overlaps(a: string, b: string): boolean {
  return mentions(a, b) || mentions(b, a);
}

/** A fixed shuffle: the same list and salt always give the same order. */
export function byHash<T>(items: readonly T[], salt: string, key: (item: T) => string = String): T[] {
  // Each item's key and hash worked out once, not at every comparison.
  const keyed = items.map((item) => ({ item, key: key(item), hash: stableHash(`${salt}:${key(item)}`) }));
  return keyed.sort((a, b) => a.hash - b.hash || a.key.localeCompare(b.key)).map(({ item }) => item);
}

/**
 * A swapped-in term written like the words it replaces, so its case gives nothing away: lower case
 * in running text (acronyms kept), a capital at the start of the statement.
 */
function inCaseOf(term: string, replaced: string, atStart: boolean): string {
  const titleCased = term.split(/\s+/).every((w) => /^(?:\p{Lu}[^\p{Lu}]*|and|of|the|in|for|to|or)$/u.test(w));
  const inRunningText = replaced === replaced.toLowerCase() || /^\p{Lu}[^\p{Lu}]*$/u.test(replaced);
  const running = titleCased && inRunningText
    ? term.split(/\s+/).map((w) => (/^\p{Lu}[^\p{Lu}]*$/u.test(w) ? w.toLowerCase() : w)).join(' ')
    : term;
  return atStart ? running.charAt(0).toUpperCase() + running.slice(1) : running;
}
