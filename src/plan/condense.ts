import { emptiesComplement, endsOpenText, finiteVerbs, isMainClause, tag, type Token } from './language/index.ts';
import { memoised } from './memo.ts';
import { addedWhich, adjunct, brackets, colon, symbolNames, secondPredicate, dashes, examples, interjections, kept, leadIn, linking, opening, relatives, reporting, subordinate, trailing, type Draft, type Remover } from './removers.ts';

/**
 * Shortening a sentence by removing whole constituents, never by cutting it: each step takes out
 * one kind of piece the sentence still reads without (a citation, an aside in brackets, a linking
 * opener, examples, a relative clause, a scene-setting clause) and is kept only if what is left is
 * still a main clause that does not end on a function word.
 */

/** Words in a piece of text, as a reader counts them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The steps in the order they are tried: what costs the reader least goes first. */
const ALWAYS: Remover[] = [brackets, linking, leadIn, interjections, symbolNames];
const WHEN_LONG: Remover[] = [examples, relatives, subordinate, trailing, dashes, colon, reporting, opening, adjunct, addedWhich, secondPredicate];
/** A trailing prepositional phrase is taken off one at a time: at most this many. */
const ADJUNCTS = 3;

/**
 * The sentence shortened by removing whole constituents until it has at most `target` words (or
 * nothing more can go), as text without its final full stop. Returns undefined when the sentence
 * is not a statement the tagger can read as one (a heading, a fragment, a formula).
 */
export const condenseSentence = memoised(condense);

function condense(sentence: string, target: number): string | undefined {
  const trimmed = sentence.trim();
  const tokens = tag(trimmed);
  const draft: Draft = { sentence: trimmed, tokens, keep: tokens.map(() => true) };
  const level = statementLevel(draft);
  // A sentence that ends in a colon introduces a list the slide does not show: "These include:".
  if (level === 0 || /:\s*$/.test(trimmed)) return undefined;
  for (const remove of ALWAYS) apply(draft, remove, level);
  // Judged once the citations and bracketed intervals are out: a finding's "(p<0·001, 95% CI −3·72
  // to −1·21)" is symbols, the statement around it is not.
  if (mostlySymbols(kept(draft).map((i) => tokens[i]!))) return undefined;
  // A second pass: one removal can open the way to another ("In both datasets we find that S":
  // once the opening phrase is gone, "we find that" is a reporting frame).
  for (let pass = 0; pass < 2; pass++) {
    let changed = false;
    for (const remove of WHEN_LONG) {
      for (let round = 0; round < (remove === adjunct ? ADJUNCTS : 1); round++) {
        if (wordCount(render(draft)) <= target) return render(draft);
        if (!apply(draft, remove, level)) break;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return render(draft);
}

/**
 * A formula or a run of labels rather than prose: fewer than half its tokens are words of two
 * letters or more. A number is one token with its sign and decimal mark ("−2·46" is tagged as four).
 */
function mostlySymbols(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}{2,}/u.test(t.text)).length;
  const numberMarks = tokens.filter((t, i) => isNumberMark(tokens, i)).length;
  return words < (tokens.length - numberMarks) / 2;
}

/** A sign before a number, or a decimal mark between two of its digits, set as a token of its own. */
function isNumberMark(tokens: Token[], i: number): boolean {
  const [before, mark, after] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  if (after?.pos !== 'NUM' || after.start !== mark.end) return false;
  if (/^[−–+-]$/.test(mark.text)) return true;
  return /^[·.,]$/.test(mark.text) && before?.pos === 'NUM' && before.end === mark.start;
}

/**
 * Removes each piece a step finds, when what is left reads at least as well as the sentence did.
 * Whether anything was removed.
 */
function apply(draft: Draft, remove: Remover, level: number): boolean {
  let removed = false;
  for (const piece of remove(draft)) {
    if (breaksCoordination(draft, piece)) continue;
    const keep = draft.keep.map((k, i) => k && !piece.includes(i));
    const candidate = { ...draft, keep };
    if (statementLevel(candidate) >= level && wordCount(render(candidate)) >= 4 && !emptiesComplement(draft.tokens, keep)) {
      draft.keep = keep;
      removed = true;
    }
  }
  return removed;
}

/**
 * Whether taking a piece out that opens with "and" or "or" would break what it coordinates: after
 * a verb it shares that verb's object ("to develop and refine these strategies" would leave "to
 * develop"), and after a list's commas it is the list's last item ("enhance A, increase B, and
 * provide C" would leave "enhance A, increase B").
 */
function breaksCoordination(draft: Draft, piece: readonly number[]): boolean {
  const first = Math.min(...piece);
  const opener = draft.tokens[first]?.text === ',' ? first + 1 : first;
  if (draft.tokens[opener]?.pos !== 'CCONJ') return false;
  const before = kept(draft).filter((i) => i < first).map((i) => draft.tokens[i]!);
  const last = before.filter((t) => t.pos !== 'PUNCT').at(-1);
  if (last?.pos === 'VERB' || last?.pos === 'ADV') return true;
  const verb = finiteVerbs(before)[0] ?? -1;
  return before.slice(verb + 1).some((t) => t.text === ',');
}

/**
 * How well kept tokens read as a statement: 2 for a main clause, 1 for a sentence with a tensed
 * verb that opens with something else ("As costs fall, use grows"), 0 for a fragment or a text
 * that ends on a function word.
 */
function statementLevel(draft: Draft): number {
  const tokens = kept(draft).map((i) => draft.tokens[i]!);
  if (endsOpenText(tokens)) return 0;
  if (isMainClause(tokens, { from: 0, to: tokens.length })) return 2;
  return finiteVerbs(tokens).length > 0 ? 1 : 0;
}

/** The kept tokens as text: the sentence's own spacing inside each run, one space across a gap. */
export function render({ sentence, tokens, keep }: Draft): string {
  let out = '';
  let previous = -1;
  tokens.forEach((token, i) => {
    if (!keep[i]) return;
    if (previous >= 0) out += previous === i - 1 ? sentence.slice(tokens[previous]!.end, token.start) : /^[,.;:!?)\]]/.test(token.text) ? '' : ' ';
    out += token.text;
    previous = i;
  });
  out = out.replace(/\s*,\s*(?=[,.;:!?]|$)/g, '').replace(/^[\s,;:—–-]+/, '').replace(/[\s,;:—–-]+$/, '');
  out = out.replace(/[.!]+$/, '').trim();
  // '… as “moderate to severe.”' with the quotation taken out leaves its closing mark behind.
  out = withoutCitationMarks(out);
  const unopened = out.endsWith('”') ? count(out, /“/g) < count(out, /”/g) : out.endsWith('"') && count(out, /"/g) % 2 === 1;
  if (unopened) out = out.slice(0, -1).replace(/[\s,;:.!]+$/, '');
  return capitalise(out);
}

/**
 * Superscript numbers after a word, as a PDF sets citations: "… but also CDK5⁵¹", "within 4 h¹⁶",
 * and "A326S³¹mutations", where the text a PDF gives lost the space after the mark.
 */
const SUPERSCRIPT_CITATION = /(?<=([\p{L}\p{N}]+|[).,;:\]]))[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[,⁻–-][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*(?=[\s,.;:)]|$|\p{Ll}{2})/gu;

/** The superscript citation marks of a text ("⁵¹", "¹²⁻¹⁴"), not the powers. */
export function superscriptCitations(text: string): string[] {
  return [...text.matchAll(SUPERSCRIPT_CITATION)].filter((match) => !isPowerBase(match[1]!)).map((match) => match[0]);
}
/**
 * Whether a superscript after this word is a power, not a citation: "m²", "cm³", "10⁶". A year is
 * no base: "cloned in 1991⁶" cites.
 */
function isPowerBase(word: string): boolean {
  return /^(?:\d+|[kcmµμn]?m|[kmµμn]?[sgL]|mol|ml|mL)$/u.test(word) && !/^(?:18|19|20)\d\d$/.test(word);
}

/** A slide's text without citation marks set as superscripts; powers of units and numbers stay. */
function withoutCitationMarks(text: string): string {
  return text.replace(SUPERSCRIPT_CITATION, (mark, base: string, at: number) => {
    // A word run on after the mark gets its space back: "A326S³¹mutations" → "A326S mutations", "10⁴cells" → "10⁴ cells".
    const runOn = /\p{L}/u.test(text.charAt(at + mark.length));
    return (isPowerBase(base) ? mark : '') + (runOn ? ' ' : '');
  });
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * "these systems …" → "These systems …", but "ctDNA levels …" stays as written. A ligature a PDF
 * left in ("ﬁbrosis") is capitalised as its first letter, "Fibrosis", not as "FIbrosis".
 */
export function capitalise(text: string): string {
  if (!/^\p{Ll}[\p{Ll}'-]*(?:\s|$)/u.test(text)) return text;
  const first = text.charAt(0).normalize('NFKC');
  return first.charAt(0).toUpperCase() + first.slice(1) + text.slice(1);
}
