import type { Block, Section } from '../content/paper.ts';
import type { Chunk } from './chunks.ts';
import { captionLabel } from './floats.ts';
import { boldTerm, listItems, listText, stripMarkup, tableRows, tableText, type ChunkKind } from './markdown.ts';
import { joinParagraphs, type Paragraph } from './paragraphs.ts';
import { SMALL_WORDS, slugify } from './text.ts';
import { topicTerm } from './topics.ts';

/** Chunks under one heading; `term` is the subsection's title, unset for a section's opening part. */
export interface SectionPart {
  term?: string;
  parts: { kind: ChunkKind; chunk: Chunk }[];
}

/** One block before it gets its id. */
export type Draft = Omit<Block, 'id'>;

/** A section's blocks before ids, grouped under subsection titles; `term` is unset for the opening part. */
export interface DraftGroup {
  term?: string;
  blocks: Draft[];
}

/**
 * Reads a section's blocks from its chunks (see `sectionBlocks` for how subsections fold into topics).
 */
export function readSection(id: string, title: string, groups: readonly SectionPart[]): Section {
  return { id, title, blocks: sectionBlocks(id, groups.map((group) => ({ term: group.term, blocks: joinParagraphs(group.parts).map(draft) }))) };
}

/**
 * A section's blocks with their ids. A subsection becomes one topic: its term is the subsection's
 * title and its text the paragraphs that open it (lists, tables and captions after them stay
 * blocks of their own). Every reader builds its sections through this, so ids follow one rule.
 */
export function sectionBlocks(id: string, groups: readonly DraftGroup[]): Block[] {
  const drafts: Draft[] = [];
  for (const group of groups) {
    if (group.term === undefined) {
      drafts.push(...group.blocks);
      continue;
    }
    const leading = group.blocks.findIndex((b) => b.kind !== 'paragraph' && b.kind !== 'topic');
    const opening = group.blocks.slice(0, leading === -1 ? group.blocks.length : leading);
    const rest = group.blocks.slice(opening.length).map((b) => ({ ...b }));
    if (opening.length) drafts.push(subsectionTopic(group.term, opening));
    else if (rest[0]) rest[0].term = group.term;
    drafts.push(...rest);
  }
  const taken = new Set<string>();
  return drafts.map(wordedTerm).map((block, i): Block => {
    const local = block.kind === 'topic' && block.term ? slugify(block.term) : `p${i + 1}`;
    return { id: `${id}/${uniqueId(local || `p${i + 1}`, taken)}`, ...block };
  });
}

function draft(paragraph: Paragraph): Draft {
  const source = { ...paragraph.source };
  if (paragraph.kind === 'list') return { kind: 'list', text: listText(paragraph.lines), items: listItems(paragraph.lines), source };
  if (paragraph.kind === 'table') return { kind: 'table', text: tableText(paragraph.lines), rows: tableRows(paragraph.lines), source };
  if (paragraph.kind === 'caption') {
    const text = stripMarkup(paragraph.text);
    return { kind: 'caption', label: captionLabel(text), text, source };
  }
  const text = stripMarkup(paragraph.text);
  const term = boldTerm(paragraph.text) ?? topicTerm(text);
  return term ? { kind: 'topic', term, text, source } : { kind: 'paragraph', text, source };
}

/**
 * A topic's term names something in words. A formula or a code read as a run-in label
 * ("fi(u) = aiu/(1 + biu) (2)") would title a slide with symbols: its block is a paragraph.
 */
function wordedTerm(block: Draft): Draft {
  if (block.kind !== 'topic' || block.term === undefined || isWorded(block.term)) return block;
  const { term: _term, ...paragraph } = block;
  return { ...paragraph, kind: 'paragraph' };
}

function isWorded(term: string): boolean {
  const visible = term.replace(/\s+/g, '');
  const letters = (visible.match(/\p{L}/gu) ?? []).length;
  return !/[=∑∫]/.test(term) && letters >= 2 && letters / visible.length >= 0.6;
}

function subsectionTopic(term: string, blocks: Draft[]): Draft {
  return {
    kind: 'topic',
    term,
    text: blocks.map((b) => b.text).join('\n\n'),
    source: { ...blocks[0]!.source, end: blocks[blocks.length - 1]!.source.end },
  };
}

/** A section's id is the first word of its title that is not a small word: "mechanisms". */
export function sectionSlug(title: string): string {
  const words = slugify(title).split('-').filter(Boolean);
  return words.find((word) => !SMALL_WORDS.has(word)) ?? words[0] ?? 'section';
}

export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
