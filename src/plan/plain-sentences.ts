import { emptiesComplement, endsOpenText, finiteVerbs, firstWord, isMainClause, isWord, RELATIVES, SUBORDINATORS, tag, type Span, type Token } from './language/index.ts';
import { openerHolds } from './removers.ts';

/** Conjunctions that join two clauses that can each stand alone. */
const JOINING = new Set(['and', 'but', 'yet', 'so', 'or', 'whereas']);
/** Tags a clause's subject can start with: "the cells", "they", "EGFR", "most trials", "two groups". */
const SUBJECT_START = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Words that open an elaboration after a comma: what follows adds detail to a finished statement. */
const ELABORATION = new Set(['which', 'who', 'whom', 'whose', 'where', 'including', 'such', 'thereby', 'particularly', 'especially', 'e.g.', 'i.e.', 'like', 'as', 'although', 'though', 'while', 'because', 'since', 'unless', 'despite']);

/**
 * Adverbs that link or stress but do not change what a statement claims: a plain statement does
 * without them wherever they stand. Hedges ("probably", "typically", "generally"), limits ("only",
 * "rarely", "partly", "currently"), trends ("increasingly") and statistical claims ("significantly":
 * a test was passed) are not among them: they change the claim.
 */
const NEEDLESS = new Set([
  'additionally', 'furthermore', 'moreover', 'also', 'consequently', 'subsequently', 'importantly', 'notably', 'interestingly',
  'remarkably', 'indeed', 'recently', 'simultaneously', 'concomitantly', 'respectively', 'therefore', 'thus',
]);

/**
 * Adverbs of degree or manner that a plain statement drops only where they modify its verb ("was
 * markedly reduced" → "was reduced" says less, but nothing untrue). Before an adjective or inside a
 * noun phrase they carry the claim: "a widely used intervention", "highly variable", "especially
 * in children".
 */
const DEGREE = new Set([
  'highly', 'markedly', 'substantially', 'considerably', 'dramatically', 'extensively', 'actively', 'successfully', 'effectively',
  'efficiently', 'specifically', 'particularly', 'especially', 'clearly', 'strongly', 'greatly',
]);

/**
 * "… were isolated as previously described", "… added as indicated": a pointer to another part of
 * the paper, which a slide's audience cannot follow; the statement ends before it, and so does
 * a citation's number set against it ("… as previously described44").
 */
const CROSS_REFERENCE = /,?\s+as\s+(?:(?:previously|earlier)\s+)?(?:described|reported|indicated|detailed|outlined)(?:\s+(?:previously|before|earlier|elsewhere|above|below))?[\d,–-]*$/i;

/** The fewest words a statement on a plain slide keeps. */
const MIN_WORDS = 4;

/**
 * Plain statements from one sentence of a paper: asides in brackets and citations dropped, a
 * leading connective or subordinate clause dropped when a main clause follows it, two main clauses
 * joined by a conjunction or a semicolon split into two statements, and an elaboration after a
 * comma ("…, which …", "…, including …", "…, leading to …") dropped from a finished statement. Each
 * statement is a main clause (it has a subject and a tensed verb) and does not end open.
 */
export function plainStatements(sentence: string, keepInBrackets: ReadonlySet<string> = new Set()): string[] {
  const text = withoutAsides(sentence, keepInBrackets).replace(/[.!?]+["'’”]*\s*$/, '').trim().replace(CROSS_REFERENCE, '');
  // A table's row read as a sentence, or a web address, is no statement for a plain slide.
  if (!text || text.includes('\t') || /\b(?:https?:\/\/|www\.)|\S+@\S+\.\w/.test(text)) return [];
  const tokens = tag(text);
  return clauses(tokens)
    .map((span) => trimmed(tokens, span))
    .filter((span) => isMainClause(tokens, span) && standsAlone(tokens, span) && wordCount(tokens, span) >= MIN_WORDS && !endsOpenAt(tokens, span) && mostlyWords(tokens, span))
    .filter((span) => !emptiesComplement(tokens, tokens.map((_, k) => k >= span.from && k < span.to)) && bracketsClose(tokens, span))
    .map((span) => finish(withoutNeedless(text, tokens, span)));
}

/**
 * Drops what a reader of the slide can do without: text in brackets (a citation, an aside, a
 * statistic), unless it is an acronym the deck spells out; numeric citations in square brackets.
 */
export function withoutAsides(text: string, keep: ReadonlySet<string> = new Set()): string {
  let out = text;
  // NOTE: a bracket with a letter or digit right after it is part of a term, not an aside: a
  // multiplier ("(GGGS)2"), a subscript ("[Ca2+]i"), a plural or prefix ("(pre)clinical").
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(/\s*\(([^()]*)\)(?![\p{L}\p{N}])/gu, (whole, inside: string) => (keep.has(inside.trim()) ? whole : ''));
    out = out.replace(/\s*\[[^[\]]*\](?![\p{L}\p{N}])/gu, '');
  }
  return out.replace(/\s+([,.;:])/g, '$1').replace(/\s{2,}/g, ' ').replace(/^[\s,;:]+/, '').trim();
}

/**
 * Splits where a comma-and-conjunction, a semicolon or a colon stands between two main clauses,
 * the second opening with its subject.
 */
function clauses(tokens: Token[]): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^[,;:]$/.test(t.text)) continue;
    const next = tokens[i + 1];
    const joined = next !== undefined && JOINING.has(next.normal);
    if (t.text === ',' && !joined) continue;
    if (t.text === ',' && endsList(tokens, from, i)) continue;
    if (t.text === ',' && endsSeries(tokens, { from, to: i }, next!)) continue;
    const rightFrom = joined ? i + 2 : i + 1;
    const left = { from, to: i };
    const right = { from: rightFrom, to: tokens.length };
    const at = firstWord(tokens, right) ?? rightFrom;
    const opener = tokens[at];
    // A participle before a noun opens a subject too: "combined treatment may …".
    const subject = opener !== undefined && (SUBJECT_START.has(opener.pos) || (opener.pos === 'VERB' && tokens[at + 1]?.pos === 'NOUN'));
    if (!subject || !isMainClause(tokens, left) || !isMainClause(tokens, right)) continue;
    out.push(left);
    from = rightFrom;
    i = rightFrom - 1;
  }
  out.push({ from, to: tokens.length });
  return out;
}

/**
 * What the tagger's main-clause test cannot see: no subordinator before the tensed verb ("Even
 * less often if bias is present") and no list running into the subject ("Technologies, and
 * conflicts may be operating").
 */
function standsAlone(tokens: Token[], span: Span): boolean {
  const verb = finiteVerbs(tokens, span)[0] ?? span.to;
  for (let i = span.from; i < verb; i++) {
    const t = tokens[i]!;
    if (i > span.from && (SUBORDINATORS.has(t.normal) || t.pos === 'SCONJ')) return false;
    // A list's last item after its serial comma ("Patients, doctors, and nurses completed …") is part of the subject.
    if (t.text === ',' && tokens[i + 1]?.pos === 'CCONJ' && !serialList(tokens, span.from, i, verb)) return false;
  }
  return true;
}

/** Whether the comma at `comma`, before "and" or "or", ends a list of three or more items that started at an earlier comma. */
function serialList(tokens: Token[], from: number, comma: number, to: number): boolean {
  for (let i = from; i < comma; i++) if (tokens[i]!.text === ',' && continuesList(tokens, i, to)) return true;
  return false;
}

/**
 * Whether ", and" closes a series its clause's verb governs ("can identify persons, the parts of a
 * body where it is worn, and the types detected"): a comma already stands between that verb and
 * this one. The last item is no clause of its own, though a participle in it ("detected") looks
 * like a verb.
 */
function endsSeries(tokens: Token[], left: Span, conjunction: Token): boolean {
  if (conjunction.normal !== 'and' && conjunction.normal !== 'or') return false;
  const verb = finiteVerbs(tokens, left)[0];
  if (verb === undefined) return false;
  for (let i = verb + 1; i < left.to; i++) if (tokens[i]!.text === ',') return true;
  return false;
}

/**
 * Whether the words before a comma are an item of a list ("design, data, analysis, and
 * presentation are perfect"): a short run without a verb right after another comma.
 */
function endsList(tokens: Token[], from: number, comma: number): boolean {
  let i = comma - 1;
  let words = 0;
  let verb = false;
  for (; i >= from && tokens[i]!.text !== ','; i--) {
    if (tokens[i]!.pos === 'AUX' || tokens[i]!.pos === 'VERB') verb = true;
    if (isWord(tokens[i]!)) words++;
  }
  // NOTE: one or two words between commas are a list's item whatever their tags ("design, analyses, and …").
  return i >= from && (words <= 2 || (words <= 3 && !verb));
}

/** A clause without a leading connective or subordinate clause, and without a trailing elaboration. */
function trimmed(tokens: Token[], span: Span): Span {
  let { from, to } = span;
  // "However, …", "In this study, …", "Although X, Y": the main clause after the comma.
  for (let i = from; i < to; i++) {
    if (tokens[i]!.text !== ',') continue;
    // "NV, FMA and LHP designed …", "… more efficient, reproducible and standardized protocols, we
    // develop …": a comma inside a list is no lead's end; the lead, if any, runs to a later comma.
    if (continuesList(tokens, i, to)) continue;
    const lead = { from, to: i };
    const rest = { from: i + 1, to };
    const opener = tokens[firstWord(tokens, lead) ?? from]!;
    const restOpener = tokens[firstWord(tokens, rest) ?? i + 1];
    const subordinate = SUBORDINATORS.has(opener.normal) || opener.pos === 'SCONJ';
    // Only a lead that opens like one: a connective, a phrase ("In this study"), a subordinate clause.
    // A short lead that opens like a noun phrase may be the subject itself, with an aside after its
    // comma ("Online advertising, on the other hand, is …"): it goes only when the rest has its own.
    const nounLike = SUBJECT_START.has(opener.pos) && !SUBJECT_START.has(restOpener?.pos ?? 'X');
    const short = wordCount(tokens, lead) <= 3 && finiteVerbs(tokens, lead).length === 0 && !nounLike;
    const leading = subordinate || short || (/^(?:ADV|ADP|CCONJ|PART)$/.test(opener.pos) && finiteVerbs(tokens, lead).length === 0);
    // "In the acupuncture arm, 266 patients …", "If it recurs, …": a lead the statement needs stays.
    if (leading && restOpener?.pos !== 'CCONJ' && isMainClause(tokens, rest) && !openerHolds(tokens.slice(lead.from, lead.to))) from = i + 1;
    break;
  }
  // "…, which …", "…, including …", "…, leading to …": the statement before the comma.
  for (let i = from; i < to; i++) {
    if (tokens[i]!.text !== ',') continue;
    const head = { from, to: i };
    const next = tokens[i + 1];
    // "… onto a vascularised, de-epithelialised segment": a comma inside a list of modifiers ends no statement.
    if (!next || !isMainClause(tokens, head) || wordCount(tokens, head) < MIN_WORDS || endsOpenText(tokens.slice(from, i))) continue;
    const elaboration = ELABORATION.has(next.normal) || (RELATIVES.has(next.normal) && next.normal !== 'that') || (next.pos === 'VERB' && /(?:ing|ed)$/.test(next.normal));
    if (elaboration) {
      // "… two main forms: intrinsic resistance, where …": the list after a colon loses its later
      // items with the elaboration, so the statement ends at the colon.
      const colon = tokens.findIndex((t, k) => k > from && k < i && t.text === ':');
      to = colon > 0 && isMainClause(tokens, { from, to: colon }) ? colon : i;
      break;
    }
  }
  // "… in the first three instars; however": what follows a semicolon inside the statement is not a clause of its own.
  const semicolon = tokens.findIndex((t, k) => k > from && k < to && t.text === ';');
  if (semicolon > 0 && !isMainClause(tokens, { from: semicolon + 1, to })) to = semicolon;
  while (to > from && !isWord(tokens[to - 1]!) && !closesBracket(tokens, from, to - 1) && !isUnitSign(tokens, to - 1)) to--;
  // "And …", "Or …": a joining word with nothing before it to join.
  const first = firstWord(tokens, { from, to });
  if (first !== undefined && tokens[first]!.pos === 'CCONJ' && isMainClause(tokens, { from: first + 1, to })) from = first + 1;
  return { from, to };
}

/** Words alike enough to be items of one list: names and nouns, or adjectives and participles. */
function itemKind(token: Token): string {
  if (/^(?:NOUN|PROPN|X)$/.test(token.pos)) return 'noun';
  if (token.pos === 'ADJ' || (token.pos === 'VERB' && /(?:ed|en|ing)$/.test(token.normal))) return 'modifier';
  return token.pos;
}

/**
 * Whether the comma at `comma` stands between two items of a list: after it, short items run on
 * (by commas) to "and" or "or" and a last item, with no verb on the way, and the word before it is
 * an item of the same kind as the first after it ("NV, FMA and LHP", "efficient, reproducible and
 * standardized"). "However, BERT and GPT-2 …" or "In 2019, mice and rats …" are no such lists: a
 * connective or a date is no item like a name.
 */
function continuesList(tokens: Token[], comma: number, to: number): boolean {
  const before = tokens[comma - 1];
  if (before === undefined || !isWord(before)) return false;
  let words = 0;
  let first: Token | undefined;
  for (let i = comma + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === ',') {
      if (words === 0) return false;
      words = 0;
      continue;
    }
    if (t.normal === 'and' || t.normal === 'or') {
      const last = tokens[i + 1];
      return last !== undefined && isWord(last) && (first === undefined ? itemKind(before) === itemKind(last) : itemKind(before) === itemKind(first));
    }
    if (!isWord(t) || (/^(?:AUX|VERB|ADP|SCONJ|PRON|PART)$/.test(t.pos) && itemKind(t) !== 'modifier')) return false;
    if (++words > 3) return false;
    // An item's kind is its last word's: "more efficient", "human raters".
    if (tokens[i + 1]?.text === ',' || /^(?:and|or)$/.test(tokens[i + 1]?.normal ?? '')) first ??= t;
  }
  return false;
}

/** A span's text without the needless adverbs in it (each with the space before it, and a comma that set it off). */
function withoutNeedless(text: string, tokens: Token[], span: Span): string {
  let out = '';
  let cursor = tokens[span.from]!.start;
  for (let i = span.from; i < span.to; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADV' || !(NEEDLESS.has(t.normal) || (DEGREE.has(t.normal) && modifiesVerb(tokens, i)))) continue;
    out += text.slice(cursor, t.start);
    cursor = t.end;
    if (tokens[i + 1]?.text === ',') cursor = tokens[i + 1]!.end;
  }
  out += text.slice(cursor, Math.max(cursor, tokens[span.to - 1]!.end));
  return out.replace(/\s{2,}/g, ' ').replace(/\s+,/g, ',').replace(/,\s*,/g, ',').replace(/[\s,;:]+$/, '').trim();
}

/**
 * Whether the adverb at `at` modifies a verb: one follows it that is not a participle used as an
 * adjective ("a highly expressed gene"), or one comes right before it and no adjective after it
 * ("declined markedly in …"). Inside a noun phrase ("the widely used …") it modifies no verb.
 */
function modifiesVerb(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (after === undefined) return before?.pos === 'VERB';
  if (before !== undefined && /^(?:DET|ADJ|ADP|NUM)$/.test(before.pos)) return false;
  // "have been extensively validated": the tagger may call a passive participle an adjective.
  if (before?.pos === 'AUX' && after.pos === 'ADJ' && /(?:ed|en)$/.test(after.normal)) return true;
  if (after.pos === 'VERB') return !/^(?:NOUN|PROPN|ADJ)$/.test(tokens[at + 2]?.pos ?? '') || before?.pos === 'AUX' || before?.pos === 'PRON';
  return before?.pos === 'VERB' && after.pos !== 'ADJ' && after.pos !== 'ADV';
}

/** A per-cent or degree sign set against the number before it: "80%" keeps its "%". */
function isUnitSign(tokens: Token[], at: number): boolean {
  const sign = tokens[at]!;
  const before = tokens[at - 1];
  return /^[%‰°′″]$/.test(sign.text) && before !== undefined && before.end === sign.start && /\d$/.test(before.text);
}

/** A closing bracket whose opening one is in the span: "multidrug resistance (MDR)" keeps its ")". */
function closesBracket(tokens: Token[], from: number, at: number): boolean {
  if (tokens[at]!.text !== ')') return false;
  for (let i = at - 1; i >= from; i--) {
    if (tokens[i]!.text === ')') return false;
    if (tokens[i]!.text === '(') return true;
  }
  return false;
}

/** Whether every bracket a span opens it also closes: "… with protein 2 (Fig" is a sentence split inside its figure pointer. */
function bracketsClose(tokens: Token[], span: Span): boolean {
  let depth = 0;
  for (let i = span.from; i < span.to; i++) {
    if (tokens[i]!.text === '(' || tokens[i]!.text === '[') depth++;
    else if ((tokens[i]!.text === ')' || tokens[i]!.text === ']') && depth > 0) depth--;
  }
  return depth === 0;
}

/** Whether at least three in four of a span's tokens are words of letters, not numbers and symbols. */
function mostlyWords(tokens: Token[], span: Span): boolean {
  let letters = 0;
  for (let i = span.from; i < span.to; i++) if (/\p{L}/u.test(tokens[i]!.text)) letters++;
  return letters >= 0.75 * (span.to - span.from);
}

function endsOpenAt(tokens: Token[], span: Span): boolean {
  return endsOpenText(tokens.slice(span.from, span.to));
}

function wordCount(tokens: Token[], span: Span): number {
  let n = 0;
  for (let i = span.from; i < span.to; i++) if (isWord(tokens[i]!)) n++;
  return n;
}

function finish(text: string): string {
  const body = text.replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  return /^\p{Ll}/u.test(body) && !/^\p{Ll}+\p{Lu}/u.test(body) ? body.charAt(0).toUpperCase() + body.slice(1) : body;
}
