import { endsOpen, finiteVerbs, isMainClause, isWord, RELATIVES, SUBORDINATORS, tag, type Token } from './language/index.ts';

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

/** A sentence as tokens, and which of them are still kept. */
interface Draft {
  sentence: string;
  tokens: Token[];
  keep: boolean[];
}

/** A way to find a piece to remove: the indices of its tokens, or none. */
type Remover = (draft: Draft) => number[][];

const OPENERS = new Set(['(', '[']);
const CLOSERS: Record<string, string> = { '(': ')', '[': ']' };
const EXAMPLE_OPENERS = [['such', 'as'], ['including'], ['e.g.'], ['e.g'], ['for', 'example'], ['for', 'instance'], ['i.e.'], ['namely']];
const LINKING = new Set(['however', 'moreover', 'furthermore', 'additionally', 'thus', 'therefore', 'hence', 'consequently', 'also', 'importantly', 'notably', 'finally', 'overall', 'indeed', 'similarly', 'conversely', 'nevertheless', 'nonetheless', 'accordingly', 'interestingly', 'specifically', 'here', 'then', 'still', 'yet', 'first', 'second', 'third', 'firstly', 'secondly', 'lastly']);

function kept(draft: Draft): number[] {
  return draft.tokens.flatMap((_, i) => (draft.keep[i] ? [i] : []));
}

/** Brackets holding a citation, a number or more than three words: "[9–11]", "(see Fig. 2)", "(n = 40)". */
const brackets: Remover = ({ tokens }) => {
  const found: number[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!OPENERS.has(tokens[i]!.text)) continue;
    const close = CLOSERS[tokens[i]!.text]!;
    let depth = 0;
    let j = i;
    for (; j < tokens.length; j++) {
      if (tokens[j]!.text === tokens[i]!.text) depth++;
      else if (tokens[j]!.text === close && --depth === 0) break;
    }
    if (j >= tokens.length) continue;
    const inside = tokens.slice(i + 1, j);
    const words = inside.filter(isWord);
    const short = words.length <= 3 && !inside.some((t) => t.pos === 'NUM' || /\d/.test(t.text) || t.normal === 'e.g.' || t.normal === 'i.e.');
    if (!short || tokens[i]!.text === '[') found.push(range(i, j + 1));
    i = j;
  }
  return found;
};

/** An aside between dashes, or from a dash to the end: "— in most cases —". */
const dashes: Remover = ({ sentence, tokens, keep }) => {
  // A dash with space on both sides sets off an aside; "[9–11]" and "2010–2015" are ranges.
  const isDash = (t: Token) => /^[—–]$|^--$/.test(t.text) && /\s/.test(sentence[t.start - 1] ?? '') && /\s/.test(sentence[t.end] ?? '');
  const at = tokens.flatMap((t, i) => (keep[i] && isDash(t) ? [i] : []));
  if (at.length === 0) return [];
  const end = at[1] ?? lastBeforeStop(tokens);
  return [range(at[0]!, at[1] !== undefined ? end + 1 : end)];
};

/** An adverb that opens the sentence: "However,", "Clearly,", "Thus". */
const linking: Remover = ({ tokens, keep }) => {
  const first = kept({ sentence: '', tokens, keep })[0];
  if (first === undefined) return [];
  const t = tokens[first]!;
  // Any adverb set off by a comma ("Clearly, …"); without a comma only a linking word ("Thus cells …").
  if (t.pos === 'ADV' && tokens[first + 1]?.text === ',') return [[first, first + 1]];
  if (t.pos === 'ADV' && LINKING.has(t.normal)) return [[first]];
  return [];
};

/** Examples after "such as", "including", "e.g.": a list of noun phrases, and the comma before it. */
const examples: Remover = ({ tokens }) => {
  const found: number[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const opener = EXAMPLE_OPENERS.find((words) => words.every((w, k) => tokens[i + k]?.normal === w));
    if (!opener) continue;
    let j = i + opener.length;
    if (tokens[j]?.text === ',') j++;
    const start = j;
    while (j < tokens.length) {
      // "P-glycoprotein (P-gp)": an example's own brackets belong to it.
      if (tokens[j]!.text === '(') {
        const close = tokens.findIndex((t, k) => k > j && t.text === ')');
        if (close < 0) break;
        j = close + 1;
        continue;
      }
      if (!inList(tokens[j]!, tokens[j + 1])) break;
      j++;
    }
    while (j > start && /^[,;]$|^(?:and|or)$/.test(tokens[j - 1]!.normal)) j--;
    if (j === start) continue;
    const commaBefore = tokens[i - 1]?.text === ',';
    const next = tokens[j];
    const resumes = !next || /^[.;:!?]$/.test(next.text) || next.text === ',' || next.pos === 'VERB' || next.pos === 'AUX';
    if (!resumes) continue;
    const from = commaBefore ? i - 1 : i;
    // A comma that closed the examples goes with them when one opened them.
    const to = commaBefore && next?.text === ',' ? j + 1 : j;
    found.push(range(from, to));
    i = j;
  }
  return found;
};

function inList(token: Token, next: Token | undefined): boolean {
  if (/^(?:DET|ADJ|NOUN|PROPN|NUM|CCONJ|SYM|X)$/.test(token.pos)) return true;
  if (token.text === ',' || token.text === '-' || token.text === '/' || token.normal === "'s") return true;
  // "resistance to cisplatin": an of- or to-phrase inside one example, not the sentence going on.
  return token.pos === 'ADP' && /^(?:of|to)$/.test(token.normal) && next !== undefined && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(next.pos);
}

/**
 * A clause that adds to what came before it, set off by a comma: ", which …", ", who …", a trailing
 * ", leading to …". It ends where the main clause's verb resumes after a comma, or at the end.
 */
const relatives: Remover = ({ tokens }) => {
  const found: number[][] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]!.text !== ',') continue;
    const t = tokens[i]!;
    const relative = RELATIVES.has(t.normal) && t.normal !== 'that';
    const participle = t.pos === 'VERB' && t.normal.endsWith('ing') && t.lemma !== t.normal;
    const thereby = /^(?:thereby|thus|ultimately)$/.test(t.normal) && tokens[i + 1]?.pos === 'VERB';
    if (!relative && !participle && !thereby) continue;
    const stop = lastBeforeStop(tokens);
    let end = stop;
    for (let j = i + 1; j < stop; j++) {
      const resumes = tokens[j]!.text === ',' && (tokens[j + 1]?.pos === 'AUX' || finiteVerbs(tokens, { from: j + 1, to: j + 2 }).length > 0);
      if (resumes) {
        end = j + 1;
        break;
      }
    }
    // A trailing participle ("…, leading to X") is removed only when it runs to the end; a clause
    // that runs to the end over another comma may hold the rest of a list (", and B, which …").
    if (participle && end !== stop) continue;
    if (end === stop && tokens.slice(i, stop).some((t) => t.text === ',')) continue;
    found.push(range(i - 1, end));
    i = end;
  }
  return found;
};

/**
 * What sets the scene before the main clause, up to its comma: a subordinate clause ("As sequencing
 * becomes cheaper, …"), a prepositional phrase ("In this study, …") or a participle ("Using X, …").
 */
const opening: Remover = (draft) => {
  const { tokens } = draft;
  const order = kept(draft);
  const first = order[0];
  if (first === undefined) return [];
  const opener = tokens[first]!;
  const subordinate = SUBORDINATORS.has(opener.normal) || opener.pos === 'SCONJ';
  const phrase = opener.pos === 'ADP' || opener.pos === 'ADV' || (opener.pos === 'VERB' && /(?:ing|ed)$/.test(opener.normal));
  if (!subordinate && !phrase) return [];
  for (const i of order) {
    if (tokens[i]!.text !== ',') continue;
    const head = order.filter((k) => k < i);
    // A subordinate clause needs its own verb before its comma ends it: "Although A, B and C are costly,".
    if (subordinate && finiteVerbs(head.map((k) => tokens[k]!)).length === 0) continue;
    const rest = order.filter((k) => k > i).map((k) => tokens[k]!);
    // The main clause starts with its subject; "Ensuring A, providing B, and C are important" is a
    // list of gerunds that is itself the subject, and "…, regardless of Y, is crucial" has none.
    if (!rest[0] || !/^(?:DET|PRON|NOUN|PROPN|ADJ|NUM)$/.test(rest[0].pos)) continue;
    if (isMainClause(rest, { from: 0, to: rest.length })) return [[...head, i]];
  }
  return [];
};

/**
 * A phrase after the last comma that adds a circumstance and has no verb of its own:
 * "…, typically for a p-value below 0.05", "…, in most cases". A list's last item ("…, and C") is not one.
 */
const trailing: Remover = ({ tokens }) => {
  const stop = lastBeforeStop(tokens);
  let comma = -1;
  for (let i = stop - 1; i > 0; i--) if (tokens[i]!.text === ',') ((comma = i), (i = 0));
  if (comma < 0) return [];
  const opener = tokens[comma + 1];
  if (!opener || !(opener.pos === 'ADV' || opener.pos === 'ADP')) return [];
  if (finiteVerbs(tokens, { from: comma + 1, to: stop }).length > 0) return [];
  return [range(comma, stop)];
};

/** The steps in the order they are tried: what costs the reader least goes first. */
const ALWAYS: Remover[] = [brackets, linking];
const WHEN_LONG: Remover[] = [examples, relatives, trailing, dashes, opening];

/**
 * The sentence shortened by removing whole constituents until it has at most `target` words (or
 * nothing more can go), as text without its final full stop. Returns undefined when the sentence
 * is not a statement the tagger can read as one (a heading, a fragment, a formula).
 */
export function condenseSentence(sentence: string, target: number): string | undefined {
  const trimmed = sentence.trim();
  const tokens = tag(trimmed);
  const draft: Draft = { sentence: trimmed, tokens, keep: tokens.map(() => true) };
  const level = statementLevel(draft);
  // A sentence that ends in a colon introduces a list the slide does not show: "These include:".
  if (level === 0 || mostlySymbols(tokens) || /:\s*$/.test(trimmed)) return undefined;
  for (const remove of ALWAYS) apply(draft, remove, level);
  for (const remove of WHEN_LONG) {
    if (wordCount(render(draft)) <= target) break;
    apply(draft, remove, level);
  }
  return render(draft);
}

/** A formula or a run of labels rather than prose: fewer than half its tokens are words of two letters or more. */
function mostlySymbols(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}{2,}/u.test(t.text)).length;
  return words < tokens.length / 2;
}

/** Removes each piece a step finds, when what is left reads at least as well as the sentence did. */
function apply(draft: Draft, remove: Remover, level: number): void {
  for (const piece of remove(draft)) {
    const keep = draft.keep.map((k, i) => k && !piece.includes(i));
    const candidate = { ...draft, keep };
    if (statementLevel(candidate) >= level && wordCount(render(candidate)) >= 4) draft.keep = keep;
  }
}

/**
 * How well kept tokens read as a statement: 2 for a main clause, 1 for a sentence with a tensed
 * verb that opens with something else ("As costs fall, use grows"), 0 for a fragment or a text
 * that ends on a function word.
 */
function statementLevel(draft: Draft): number {
  const tokens = kept(draft).map((i) => draft.tokens[i]!);
  const last = tokens.filter(isWord).at(-1);
  if (last === undefined || endsOpen(last)) return 0;
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
  return capitalise(out);
}

/** "these systems …" → "These systems …", but "ctDNA levels …" stays as written. */
function capitalise(text: string): string {
  return /^\p{Ll}[\p{Ll}'-]*(?:\s|$)/u.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** The index of the sentence's closing punctuation, or its length when it has none. */
function lastBeforeStop(tokens: Token[]): number {
  let end = tokens.length;
  while (end > 0 && /^[.!?"'’”]$/.test(tokens[end - 1]!.text)) end--;
  return end;
}
