/**
 * Lectern's language layer: the one place that knows about English grammar. Tagging comes from
 * wink-nlp with its English model (wink-eng-lite-web-model), a maintained tokenizer and
 * part-of-speech tagger that runs offline from the npm package; what this layer adds on top —
 * finite verbs, main clauses, noun phrases, sentence centrality — works on those tags.
 */
export { tag, type Pos, type Token } from './tagger.ts';
export {
  emptiesComplement,
  endsOpen,
  endsOpenText,
  finiteVerbs,
  firstWord,
  isMainClause,
  isWord,
  nounPhrases,
  RELATIVES,
  spanText,
  SUBORDINATORS,
  type Span,
} from './structure.ts';
export { isSignpost, leansBack, opensClause, pointsAtFloat, pointsBack, pointsOnlyAtFloat, refersBack } from './discourse.ts';
export { findingStrength } from './findings.ts';
export { centrality, contentLemmas, mostCentral } from './rank.ts';
export { splitSentences as sentences, type Sentence } from '../../ingest/sentences.ts';
