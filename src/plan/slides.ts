import type { Audience } from '../content/audience.ts';
import type { BlockEdit } from '../content/course.ts';
import type { Block } from '../content/paper.ts';
import { splitSentences } from '../ingest/sentences.ts';
import { isTableGrid } from '../ingest/table-grid.ts';
import { blockBullets, explanationOf, tablePages } from './blocks.ts';
import { bulletsFrom, findingWeight, MAX_BULLETS, slideLines, splitAtClause, wordBudget } from './bullets.ts';
import { condenseSentence, wordCount } from './condense.ts';
import type { Slide } from './deck.ts';
import { centrality, isMainClause, isSignpost, leansBack, pointsAtFloat, pointsOnlyAtFloat, refersBack, tag } from './language/index.ts';
import { titleFromText, titleKeys, type TitleContext } from './titles.ts';

const TABLE_ROWS_PER_SLIDE = 6;
/** Slides a table may take; the rows after them are in the notes. */
const MAX_TABLE_SLIDES = 3;
/**
 * Characters of a headline that fit two lines of the heading: measured in Chromium with the bundled
 * themes (DejaVu Sans at 1.2 em, 1136 px wide), 94 at 32 px type and 80 at the 36 px type that goes
 * with three bullets a slide; a little under each, as words do not break.
 */
export function headlineChars(bulletsPerSlide: number): number {
  return bulletsPerSlide <= 3 ? 76 : 90;
}
/** Words a headline is condensed towards, and again when that is still too long for two lines. */
const HEADLINE_WORDS = [12, 8];
/** Lines a two-line headline takes from the body below it. */
const HEADLINE_LINES = 3;

export interface BlockSlideContext {
  audience: Audience;
  edit: BlockEdit;
  /** The paper's paragraph as notes, and where it comes from; absent when the audience has no notes. */
  notes: { notes: string; sourceLine: string } | Record<string, never>;
  /** Titles the deck already has, lowercased: a new slide's title is none of them. */
  taken: Set<string>;
  /** What a title is weighed against: the paper's vocabulary, titles of other decks. */
  titles?: TitleContext;
  /**
   * Where the block is, as a title for a block with no noun phrase to name it by (a formula, a run
   * of symbols): "Results, paragraph 12".
   */
  place: string;
  /** A table's caption, when the section has one for its label: "Table 2. Unadjusted depression outcomes.". */
  caption?: string;
}

/** A block's slides: one, or a table's rows over as many slides as they need. */
export function blockSlides(block: Block, ctx: BlockSlideContext): Slide[] {
  const { audience, edit, notes } = ctx;
  const title = slideTitle(block, ctx);
  if (block.kind === 'table' && !edit.bullets) return hasCells(block) ? tableSlides(block, title, ctx) : [tableInPaperSlide(block, title, ctx)];
  if (audience.slideStyle === 'assertion-evidence' && !edit.bullets && block.kind !== 'list') {
    const slide = assertionSlide(block, title, ctx);
    if (slide) return [slide];
  }
  const bullets = edit.bullets ?? blockBullets(block, audience.bulletsPerSlide);
  return [{ kind: block.kind === 'topic' ? 'topic' : 'content', title, bullets: bullets.slice(0, audience.bulletsPerSlide), ...notes, source: [block.id] }];
}

/**
 * A slide's title: the lecturer's, a topic's term, or what the block's own text is about. A term
 * the deck already has, or two other decks have (a repeated subheading), gets what this block says
 * added to it.
 */
function slideTitle(block: Block, { edit, taken, titles = {}, place, caption }: BlockSlideContext): string {
  if (edit.title) return claim(edit.title, taken);
  const about = () => titleFromText(block.kind === 'list' ? (block.items ?? []).join(' ') || block.text : explanationOf(block), taken, titles);
  if (block.term) {
    const repeated = titleKeys(block.term).some((key) => taken.has(key) || (titles.elsewhere?.get(key) ?? 0) >= 2);
    return claim(repeated ? `${block.term}: ${about() ?? place}` : block.term, taken);
  }
  // NOTE: a table whose cells were not read has no words of its own to be named by: its lines run cells together.
  if (block.kind === 'table') return claim(captionTitle(block.label, caption) ?? block.label ?? (hasCells(block) ? (tableHeading(block) ?? about()) : undefined) ?? place, taken);
  return claim(about() ?? block.label ?? place, taken);
}

/** Words of a caption's first sentence a table's title takes; a longer one leaves the label alone. */
const CAPTION_TITLE_WORDS = 9;

/**
 * A table's title from its caption, as the paper prints it: "Table 2. Unadjusted depression
 * outcomes", when the caption's first sentence is a short name; undefined otherwise.
 */
function captionTitle(label: string | undefined, caption: string | undefined): string | undefined {
  if (!label || !caption) return undefined;
  const text = caption.trim();
  if (!text.toLowerCase().startsWith(label.toLowerCase())) return undefined;
  // NOTE: a note's marker ends some captions ("Task-specific datasets *"): it is no part of the name.
  const first = splitSentences(text.slice(label.length).replace(/^[\s.:|–—-]+/, ''))[0]?.text.replace(/\s*[*†‡§]+$/, '').replace(/[.:;]\s*$/, '').trim();
  if (!first || wordCount(first) > CAPTION_TITLE_WORDS || !/^\p{L}/u.test(first)) return undefined;
  return `${label}. ${first}`;
}

/**
 * A table without a label, named by what its columns hold: "Site, pH, nitrate". Header cells that
 * do not read as names (a row run into one cell, "Dataset |source| |summary| papers") name nothing.
 */
function tableHeading(block: Block): string | undefined {
  const header = (block.rows?.[0] ?? []).map((cell) => cell.trim()).filter(Boolean);
  return header.length && header.every(isCellName) ? header.slice(0, 3).join(', ') : undefined;
}

/** A cell that names a row or column: a few words, not a run of numbers or of several cells. */
function isCellName(cell: string): boolean {
  return /^[\p{L}\p{N}(]/u.test(cell) && !/\|\S+\|/.test(cell) && cell.split(/\s+/).length <= 4 && (cell.match(/\d+(?:[.,]\d+)?/g)?.length ?? 0) <= 1;
}

function claim(title: string, taken: Set<string>): string {
  for (const key of titleKeys(title)) taken.add(key);
  return title;
}

/**
 * An assertion–evidence slide (Garner & Alley 2013): the paragraph's central claim as the headline,
 * its other central sentences as the evidence below. Undefined when no sentence makes a headline.
 */
function assertionSlide(block: Block, title: string, { audience, notes }: BlockSlideContext): Slide | undefined {
  const text = explanationOf(block);
  const sentences = splitSentences(text).map((s) => s.text);
  const claim = headlineOf(sentences, headlineChars(audience.bulletsPerSlide));
  if (!claim) return undefined;
  const rest = sentences.filter((_, k) => k !== claim.sentence).join(' ');
  const evidence = bulletsFrom(rest, Math.max(1, audience.bulletsPerSlide - 1), {
    lines: slideLines(audience.bulletsPerSlide) - HEADLINE_LINES,
    words: Math.max(0, wordBudget(text) - wordCount(claim.text)),
  });
  return { kind: 'assertion', title, headline: claim.text, bullets: evidence, ...notes, source: [block.id] };
}

/**
 * A paragraph's headline: among the statements its sentences condense to (a long one split at a
 * clause boundary), one that fits two heading lines, reads as a main clause, asks nothing and
 * stands on its own — no "This mechanism …", "However, …", "Let us …", "We will …" — the most central first,
 * a statement of a finding before the method or background around it; one that mentions something
 * only the text around it names ("… these two factors") counts half.
 */
export function headlineOf(sentences: string[], chars = headlineChars(MAX_BULLETS)): { text: string; sentence: number } | undefined {
  const score = centrality(sentences);
  let best: { text: string; sentence: number; value: number } | undefined;
  sentences.forEach((sentence, i) => {
    if (/\?["'’”)]*\s*$/.test(sentence) || pointsOnlyAtFloat(sentence)) return;
    for (const text of claimsOf(sentence, chars)) {
      const tokens = tag(text);
      if (wordCount(text) < 4 || !isMainClause(tokens, { from: 0, to: tokens.length }) || leansBack(tokens) || isSignpost(tokens)) continue;
      // A claim about a figure or box the slide does not show ("… is shown in Box 1") comes last.
      // A finding ("… reduced depression by 2.46 points") heads its paragraph before how it was got.
      const value = score[i]! * (refersBack(tokens) ? 0.5 : 1) * (pointsAtFloat(text) ? 0.1 : 1) * findingWeight(text);
      if (!best || value > best.value) best = { text, sentence: i, value };
    }
  });
  return best && { text: best.text, sentence: best.sentence };
}

/**
 * The statements a sentence can head a slide with, in at most `chars` characters: the sentence
 * condensed, more when it is still too long, or each of its two main clauses.
 */
export function claimsOf(sentence: string, chars: number): string[] {
  for (const words of HEADLINE_WORDS) {
    const short = condenseSentence(sentence, words);
    if (short === undefined) return [];
    if (short.length <= chars) return [short];
  }
  const halves = splitAtClause(condenseSentence(sentence, HEADLINE_WORDS[0]!)!) ?? [];
  return halves.map((half) => condenseSentence(half, HEADLINE_WORDS.at(-1)!) ?? half).filter((half) => half.length <= chars);
}

/**
 * Whether a table's cells are known: a header and rows under it, and, for a table read from a
 * page's layout (a PDF's), rows that form a grid — the same cells in every row. A table of a
 * header alone (a remnant the reader found) has nothing to tabulate.
 */
function hasCells(block: Block): boolean {
  const rows = block.rows ?? [];
  if (rows.length < 2) return false;
  return block.source.page === undefined || isTableGrid(rows);
}

/**
 * A table whose cells Lectern could not read (a PDF's table whose lines do not form a grid): no
 * cells shown out of place, but the caption's words on the slide, a pointer to the table in the
 * paper, and the table's text in the notes.
 */
function tableInPaperSlide(block: Block, title: string, { audience, notes, caption }: BlockSlideContext): Slide {
  const where = `See ${block.label ?? 'the table'}${block.source.page !== undefined ? ` on page ${block.source.page}` : ''} of the paper`;
  const legend = caption && block.label ? caption.trim().slice(caption.trim().toLowerCase().startsWith(block.label.toLowerCase()) ? block.label.length : 0).replace(/^[\s.:|–—-]+/, '') : '';
  // NOTE: the sentence a caption title already says is not said again below it.
  const said = title.startsWith(`${block.label ?? ''}. `) ? 1 : 0;
  const rest = splitSentences(legend).slice(said).map((s) => s.text).join(' ');
  const points = rest ? bulletsFrom(rest, Math.max(1, audience.bulletsPerSlide - 1), { lines: slideLines(audience.bulletsPerSlide) - 1 }) : [];
  return { kind: 'content', title, bullets: [...points, where], ...notes, source: [block.id] };
}

/**
 * A table over as many slides as its rows need, up to `MAX_TABLE_SLIDES`. Each page's title says
 * which rows it shows, by their first cells ("Baseline characteristics: age to smoking status"),
 * or, for a longer table, by number ("Table 1 (rows 1–6 of 150)").
 */
function tableSlides(block: Block, title: string, { notes }: BlockSlideContext): Slide[] {
  const all = tablePages(block, TABLE_ROWS_PER_SLIDE);
  // A table longer than a few slides is read, not presented: its first rows are shown, and the
  // whole table is in the first slide's notes (the paper's words) and the study guide.
  const pages = all.slice(0, MAX_TABLE_SLIDES);
  const rows = all.reduce((n, page) => n + page.rows.length, 0);
  let shown = 0;
  // The notes go with the table's first slide only: the paper's words are told once.
  return pages.map((table, i) => {
    const numbered = `rows ${shown + 1}–${(shown += table.rows.length)}`;
    const which = all.length > MAX_TABLE_SLIDES ? ` (${numbered} of ${rows})` : pages.length > 1 ? `: ${rowSpan(table.rows) ?? numbered}` : '';
    return { kind: 'table', title: `${title}${which}`, bullets: [], table, ...(i === 0 ? notes : {}), source: [block.id] };
  });
}

/** Which rows a page shows, by the names in their first cells ("age to smoking status"); undefined when those are no names. */
function rowSpan(rows: string[][]): string | undefined {
  const named = (cell: string | undefined) => (cell !== undefined && isCellName(cell.trim()) ? cell.trim() : undefined);
  const first = named(rows[0]?.[0]);
  const last = named(rows.at(-1)?.[0]);
  if (!first || !last) return undefined;
  return first === last ? first : `${first} to ${last}`;
}
