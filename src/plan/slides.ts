import type { Audience } from '../content/audience.ts';
import type { BlockEdit } from '../content/course.ts';
import type { Block } from '../content/paper.ts';
import { splitSentences } from '../ingest/sentences.ts';
import { blockBullets, explanationOf, tablePages } from './blocks.ts';
import { bulletsFrom, slideLines } from './bullets.ts';
import { condenseSentence } from './condense.ts';
import type { Slide } from './deck.ts';
import { centrality, isMainClause, tag, type Token } from './language/index.ts';
import { titleFromText, titleKeys } from './titles.ts';

const TABLE_ROWS_PER_SLIDE = 6;
/** For a block with no noun phrase to name it by (a formula, a run of symbols). */
export const FALLBACK_TITLE = 'Overview';
/** A headline takes at most two lines of the slide's heading: about this many characters. */
const HEADLINE_CHARS = 90;
/** Words a headline is condensed towards. */
const HEADLINE_WORDS = 12;
/** Lines a two-line headline takes from the body below it. */
const HEADLINE_LINES = 3;

export interface BlockSlideContext {
  audience: Audience;
  edit: BlockEdit;
  /** The paper's paragraph as notes, and where it comes from; absent when the audience has no notes. */
  notes: { notes: string; sourceLine: string } | Record<string, never>;
  /** Titles the deck already has, lowercased: a new slide's title is none of them. */
  taken: Set<string>;
}

/** A block's slides: one, or a table's rows over as many slides as they need. */
export function blockSlides(block: Block, ctx: BlockSlideContext): Slide[] {
  const { audience, edit, notes } = ctx;
  const title = slideTitle(block, ctx);
  if (block.kind === 'table' && block.rows?.length && !edit.bullets) return tableSlides(block, title, ctx);
  if (audience.slideStyle === 'assertion-evidence' && !edit.bullets && block.kind !== 'list') {
    const slide = assertionSlide(block, title, ctx);
    if (slide) return [slide];
  }
  const bullets = edit.bullets ?? blockBullets(block, audience.bulletsPerSlide);
  return [{ kind: block.kind === 'topic' ? 'topic' : 'content', title, bullets: bullets.slice(0, audience.bulletsPerSlide), ...notes, source: [block.id] }];
}

/**
 * A slide's title: the lecturer's, a topic's term, or what the block's own text is about. A term
 * the deck already has (a repeated subheading) gets what this block says added to it.
 */
function slideTitle(block: Block, { edit, taken }: BlockSlideContext): string {
  if (edit.title) return claim(edit.title, taken);
  const about = () => titleFromText(block.kind === 'list' ? (block.items ?? []).join(' ') || block.text : explanationOf(block), taken);
  if (block.term) return claim(titleKeys(block.term).some((key) => taken.has(key)) ? `${block.term}: ${about() ?? block.id}` : block.term, taken);
  if (block.kind === 'table') return claim(block.label ?? tableHeading(block) ?? about() ?? 'Table', taken);
  return claim(about() ?? block.label ?? FALLBACK_TITLE, taken);
}

/** A table without a label, named by what its columns hold: "Site, pH, nitrate". */
function tableHeading(block: Block): string | undefined {
  const header = (block.rows?.[0] ?? []).map((cell) => cell.trim()).filter(Boolean);
  return header.length ? header.slice(0, 3).join(', ') : undefined;
}

function claim(title: string, taken: Set<string>): string {
  for (const key of titleKeys(title)) taken.add(key);
  return title;
}

/**
 * An assertion–evidence slide (Garner & Alley 2013): the paragraph's most central sentence that
 * condenses to two heading lines as the headline, its other central sentences as the evidence
 * below. Undefined when no sentence makes a short enough headline.
 */
function assertionSlide(block: Block, title: string, { audience, notes }: BlockSlideContext): Slide | undefined {
  const text = explanationOf(block);
  const sentences = splitSentences(text);
  const score = centrality(sentences.map((s) => s.text));
  const order = sentences.map((_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);
  // A headline that opens with "This", "It" or "Such" leans on a sentence the slide does not show:
  // one that stands on its own is preferred.
  for (const selfContained of [true, false]) {
    for (const i of order) {
      const headline = condenseSentence(sentences[i]!.text, HEADLINE_WORDS);
      if (!headline || headline.length > HEADLINE_CHARS) continue;
      const tokens = tag(headline);
      if (!isMainClause(tokens, { from: 0, to: tokens.length }) || (selfContained && leansBack(tokens[0]))) continue;
      const rest = sentences.filter((_, k) => k !== i).map((s) => s.text).join(' ');
      const evidence = bulletsFrom(rest, Math.max(1, audience.bulletsPerSlide - 1), { lines: slideLines(audience.bulletsPerSlide) - HEADLINE_LINES });
      return { kind: 'assertion', title, headline, bullets: evidence, ...notes, source: [block.id] };
    }
  }
  return undefined;
}

/** Whether a sentence opens with a word that points back to one before it. */
function leansBack(first: Token | undefined): boolean {
  return first !== undefined && (first.pos === 'PRON' || /^(?:this|these|that|those|such|both|another|other)$/.test(first.normal));
}

/**
 * A table over as many slides as its rows need. Each page's title says which rows it shows, by
 * their first cells ("Baseline characteristics: age to smoking status"), not by a page count.
 */
function tableSlides(block: Block, title: string, { notes }: BlockSlideContext): Slide[] {
  const pages = tablePages(block, TABLE_ROWS_PER_SLIDE);
  // The notes go with the table's first slide only: the paper's words are told once.
  return pages.map((table, i) => ({
    kind: 'table',
    title: pages.length > 1 ? `${title}: ${rowSpan(table.rows, i, pages.length)}` : title,
    bullets: [],
    table,
    ...(i === 0 ? notes : {}),
    source: [block.id],
  }));
}

function rowSpan(rows: string[][], page: number, pages: number): string {
  const first = rows[0]?.[0]?.trim();
  const last = rows.at(-1)?.[0]?.trim();
  if (first && last && first !== last) return `${first} to ${last}`;
  if (first) return first;
  return page === 0 ? 'first rows' : page === pages - 1 ? 'last rows' : 'middle rows';
}
