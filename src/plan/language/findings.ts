import { isWord } from './structure.ts';
import type { Token } from './tagger.ts';

/**
 * Whether a sentence states a finding: what a study found, as a change or a difference with its
 * direction ("acupuncture reduced depression", "biomass was higher in mid-summer", "a 76% decline"),
 * an association, or a significance claim, sized by a number. Such a sentence is the point of a
 * results or discussion paragraph, however long; the sentences around it say how it was found.
 * Read from the tags, not the wording of one field: the words of change are English, the rest is grammar.
 */

/** Lemmas that state a change or a difference in amount, as a verb ("declined") or a noun ("a decline"). */
const CHANGE = new Set([
  'reduce', 'reduction', 'increase', 'decrease', 'decline', 'rise', 'fall', 'drop', 'lower', 'raise', 'improve', 'improvement',
  'worsen', 'deterioration', 'grow', 'growth', 'gain', 'loss', 'lose', 'exceed', 'outperform', 'differ', 'difference', 'double',
  'halve', 'shrink', 'expand', 'diminish', 'enhance', 'accelerate', 'slow', 'benefit', 'harm', 'prevent',
  'inhibit', 'suppress', 'elevate', 'elevation', 'surpass', 'excess', 'deficit',
]);
/** Lemmas that relate one measure to another: "was associated with", "correlated with", "predicted". */
const RELATION = new Set(['associate', 'association', 'correlate', 'correlation', 'relate', 'predict', 'link']);
/** Lemmas of a significance claim: "significantly lower", "not statistically significant". */
const SIGNIFICANCE = new Set(['significant', 'significantly', 'significance']);
/** Degree words that make a comparison of the adjective after them: "more prominent", "less common". */
const DEGREE = new Set(['more', 'less', 'fewer']);
/** Modal verbs that make a claim a possibility or a capability, not a finding: "could have resulted in …", "can reduce …". */
const MODALS = new Set(['could', 'might', 'may', 'would', 'can', 'should']);
/** Words before a number that make it a label, not a quantity: "Table 3", "Fig 2". */
const LABELS = new Set(['table', 'tables', 'fig', 'figure', 'figures', 'box', 'section', 'appendix', 'supplementary', 'equation', 'eq']);

/**
 * How plainly a statement states a finding, from 0 to 1: a change, a comparison, a relation or a
 * significance claim is most of it, a quantity that sizes it the rest; a quantity alone ("755
 * patients were recruited") counts a little, and a possibility ("could have …", "can …") nothing.
 */
export function findingStrength(tokens: Token[]): number {
  const words = tokens.filter(isWord);
  const claims = words.some((t, i) => {
    if (CHANGE.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'NOUN')) return true;
    if (RELATION.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'NOUN')) return true;
    if (SIGNIFICANCE.has(t.lemma)) return true;
    // An adjective or adverb inflected for degree is a comparison: "higher", "larger", "highest";
    // one that opens the statement places it among others ("Later studies …", "Further work …").
    if ((t.pos === 'ADJ' || t.pos === 'ADV') && t.lemma !== t.normal && !DEGREE.has(t.normal) && i > 0) return true;
    return DEGREE.has(t.normal) && /^(?:ADJ|ADV)$/.test(words[i + 1]?.pos ?? '');
  });
  const sized = tokens.some((t, i) => t.pos === 'NUM' && isQuantity(tokens, i));
  const strength = (claims ? 0.7 : 0) + (sized ? 0.3 : 0);
  // What could, may or should be is a hypothesis or a hope: not what was found.
  return words.some((t) => t.pos === 'AUX' && MODALS.has(t.normal)) ? 0 : strength;
}

/** Whether a number sizes something rather than labels it: not "Table 3", not a year on its own ("since 1989"). */
function isQuantity(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before && LABELS.has(before.normal)) return false;
  const after = tokens[i + 1];
  const share = after?.text === '%';
  return share || !/^(?:1[5-9]|20)\d\d$/.test(tokens[i]!.text);
}
