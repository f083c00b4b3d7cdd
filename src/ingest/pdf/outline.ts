import type { Dropped, DropReason, Reference } from '../../content/paper.ts';
import type { FoundBlock, FoundSection } from '../assemble.ts';
import { isBackMatterLabel } from '../back-matter.ts';
import { APPENDIX_TITLE } from '../headings.ts';
import { blockText, type Furniture } from './furniture.ts';
import type { Floats } from './floats.ts';
import { BACK_MATTER, headingName, REFERENCES, type HeadingMark } from './headings.ts';
import type { Block, BodyStyle, Column } from './layout.ts';
import { lineBox, lineText, type Line } from './lines.ts';
import { readReferenceList } from './references.ts';
import { restoreLostGlyphs } from './glyphs.ts';
import { joinLines } from './text.ts';

/** Sections that may follow a reference list and still be the paper's body. */
const BODY_AFTER_REFERENCES = /^(?:methods|online methods|materials and methods|methods and materials)$/i;

/**
 * How the rest of a sentence starts after a page, column or float broke it: in lower case, with
 * the rest of a citation or a numbered item ("2022) as our…", "3, 4]"), a closing bracket or a
 * punctuation mark.
 */
const CONTINUATION = /^(?:\p{Ll}|\d+[),;\]]|[)\]},;])/u;

/** A displayed equation's number at its line's end ("(1)", "(Eqn. 1)"): before a sentence's first word, the equation ends there. */
const EQUATION_NUMBER = /\(\s*(?:eq(?:n|uation)?\.?\s*)?\d{1,3}[a-z]?\s*\)$/i;

export interface OutlineInput {
  /** The body's blocks in reading order, from the first heading (or the untitled opening) on. */
  blocks: Block[];
  marks: Map<Block, HeadingMark>;
  levels: Map<HeadingMark, number>;
  furniture: Furniture;
  floats: Floats;
  /** Small print at a column's foot. */
  footnotes: Set<Block>;
  columns: Map<number, Column[]>;
  body: BodyStyle;
  vocabulary: ReadonlySet<string>;
  /** Paragraphs before the first heading (after the abstract): an opening without a title. */
  opening: Block[];
}

export interface Outline {
  sections: FoundSection[];
  references: Reference[];
  dropped: Dropped[];
}

type Mode = 'body' | 'back' | 'references';

/**
 * Walks the body's blocks in reading order into sections: headings open sections and
 * subsections, an appendix (named so, or lettered after the reference list: "A", "B.2") opens
 * sections marked as appendix, back matter and anything else after the reference list is left
 * out (listed in `dropped`), paragraphs split by a column or page break, a caption or a footer are joined
 * again, and captions and tables follow the paragraph they interrupted.
 */
export function buildOutline(input: OutlineInput): Outline {
  const { marks, levels, floats, vocabulary } = input;
  const sections: FoundSection[] = [];
  const dropped: Dropped[] = [];
  const referenceBlocks: Block[] = [];
  const indentStyle = paperIndents(input);
  const firstInLane = firstBlocksInLanes(input);
  let mode = 'body' as Mode;
  let open: { texts: string[]; last: Block; block: Block } | undefined;
  let pending: FoundBlock[] = [];
  /**
   * Small text met while a paragraph is left open (an axis title, a legend: a chart's words its
   * drawing did not reach). Figure text when the paragraph goes on after it; else a paragraph.
   */
  let strays: Block[] = [];
  let term: string | undefined;

  const drop = (reason: DropReason, block: Block, text = blockText(block)) => dropped.push({ reason, text, source: { page: block.page, box: lineBox(block.lines[0]!) } });
  const group = () => {
    if (sections.length === 0) sections.push({ title: 'Introduction', groups: [{ blocks: [] }] });
    const groups = sections[sections.length - 1]!.groups;
    return groups[groups.length - 1]!;
  };
  const flush = () => {
    releaseStrays();
    flushParagraph();
  };
  /** Reads the small text held back as the text it is, now that the paragraph before it did not go on. */
  const releaseStrays = () => {
    const held = strays;
    strays = [];
    for (const block of held) placeText(block, texts(block));
  };
  const flushParagraph = () => {
    if (open) {
      const text = joinLines(open.texts, vocabulary);
      if (text) {
        const block: FoundBlock = { kind: 'paragraph', text, source: { page: open.block.page, box: lineBox(open.block.lines[0]!) } };
        if (term !== undefined) {
          Object.assign(block, { kind: 'topic', term });
          term = undefined;
        }
        group().blocks.push(block);
      }
    }
    open = undefined;
    group().blocks.push(...pending);
    pending = [];
  };
  const addFloat = (block: FoundBlock) => {
    if (mode === 'body' && open) pending.push(block);
    else if (mode === 'body' || sections.length) (open ? pending : group().blocks).push(block);
  };

  if (input.opening.length) {
    sections.push({ title: 'Introduction', groups: [{ blocks: [] }] });
    for (const block of input.opening) addText(block, texts(block));
  }

  let pastReferences = false;
  /** Whether an appendix has begun: what follows is appendix, back matter aside. */
  let appendix = false;
  let backLevel = 1;
  const headingStyles = new Set<string>();
  for (const block of input.blocks) {
    if (input.furniture.has(block) || floats.continuations.has(block)) continue;
    if (floats.captions.has(block)) {
      const parts = [block, ...[...floats.continuations].filter(([, c]) => c === block).map(([b]) => b)];
      const text = joinLines(parts.flatMap((b) => b.lines.map((l) => lineText(l).text)), vocabulary);
      addFloat({ kind: 'caption', label: floats.captions.get(block)!, text, source: { page: block.page, box: lineBox(block.lines[0]!) } });
      continue;
    }
    if (floats.figureText.has(block)) {
      drop('figure text', block);
      continue;
    }
    if (floats.tables.has(block)) {
      const table = floats.tables.get(block);
      // NOTE: rows that form no grid are the table's text only: its lines, for the notes, and no cells to show.
      if (table) addFloat({ kind: 'table', label: table.label, text: (table.grid ?? table.rows).map((r) => r.join(' | ')).join('\n'), ...(table.grid ? { rows: table.grid } : {}), source: { page: block.page, box: lineBox(block.lines[0]!) } });
      continue;
    }
    if (input.footnotes.has(block)) {
      drop('footnote', block);
      continue;
    }
    const mark = marks.get(block);
    if (mark && heading(block, mark)) continue;
    if (mode === 'references') referenceBlocks.push(block);
    else if (mode === 'back') drop('back matter', block);
    else addText(block, texts(block));
  }
  flush();

  /** Opens a section or subsection, or starts leaving text out; false when the mark is read as text. */
  function heading(block: Block, found: HeadingMark): boolean {
    const mark = { ...found, text: restoreLostGlyphs(found.text, vocabulary) };
    const level = levels.get(found) ?? 3;
    const name = headingName(mark.text);
    const named = APPENDIX_TITLE.test(name) && !mark.runIn;
    // NOTE: inside a reference list only a heading set as the body's headings are, or one that names an appendix, ends it.
    if (mode === 'references' && !headingStyles.has(mark.signature) && !named) return false;
    if (level <= 2 && !pastReferences) headingStyles.add(mark.signature);
    if (REFERENCES.test(name) && !mark.runIn) {
      flush();
      mode = 'references';
      pastReferences = true;
      return true;
    }
    const lettered = /^[A-Z](?:\.\d{1,2})*$/.test(mark.number ?? '');
    if (named || (level <= 2 && ((pastReferences && lettered) || (appendix && !BACK_MATTER.test(name) && !isBackMatterLabel(name))))) {
      flush();
      mode = 'body';
      appendix = true;
      const current = sections[sections.length - 1];
      // NOTE: "B.1" (or an unlettered subsection) goes under its appendix; "Appendix", "A", "B" open one.
      const subsection = !named && current?.appendix && (/\./.test(mark.number ?? '') || (!lettered && level === 2));
      if (subsection) current.groups.push({ term: mark.text, blocks: [] });
      else sections.push({ title: mark.text, appendix: true, groups: [{ blocks: [] }] });
      if (mark.runIn) addText(block, runInRest(block, mark));
      return true;
    }
    // NOTE: a label that only back matter has ("Funding", "Reporting summary") leaves its text out at
    // any level: journals set such statements as the last labels of a section.
    const backMatter = (level <= 2 && BACK_MATTER.test(name)) || isBackMatterLabel(name);
    const leave = backMatter || (pastReferences && level <= 2 && !(level === 1 && BODY_AFTER_REFERENCES.test(name)));
    if (leave) {
      flush();
      if (mode !== 'back') backLevel = level;
      mode = 'back';
      drop('back matter', block);
      return true;
    }
    // NOTE: back matter set as a subsection ("Funding" among run-in labels) ends at the next one.
    if (mode === 'back' && !pastReferences && level >= 2 && level <= backLevel) mode = 'body';
    if (level === 1) {
      flush();
      mode = 'body';
      sections.push({ title: mark.text, groups: [{ blocks: [] }] });
      if (mark.runIn) addText(block, runInRest(block, mark));
      return true;
    }
    if (mode !== 'body') return false;
    flush();
    if (level === 2) {
      group();
      sections[sections.length - 1]!.groups.push({ term: mark.text, blocks: [] });
      if (mark.runIn) addText(block, runInRest(block, mark));
      return true;
    }
    term = mark.text;
    if (mark.runIn) addText(block, texts(block));
    return true;
  }

  function addText(block: Block, lines: string[]): void {
    const continues = open && joins(open.last, block, lines) && (strays.length === 0 || /^\p{Ll}/u.test(lines[0] ?? ''));
    if (open && continues) {
      for (const stray of strays) drop('figure text', stray);
      strays = [];
      open.texts.push(...lines);
      open.last = block;
      return;
    }
    if (open && strays.length === 0 && isStray(open.last, block, lines)) {
      strays.push(block);
      return;
    }
    releaseStrays();
    placeText(block, lines);
  }

  /** Adds a block to the open paragraph when it goes on it, else opens a paragraph with it. */
  function placeText(block: Block, lines: string[]): void {
    if (open && joins(open.last, block, lines)) {
      open.texts.push(...lines);
      open.last = block;
      return;
    }
    flushParagraph();
    open = { texts: [...lines], last: block, block };
  }

  /** Whether a block is small text in a sentence's way: after a paragraph left open, smaller than it, and no sentence itself. */
  function isStray(previous: Block, block: Block, lines: string[]): boolean {
    const before = lineText(previous.lines[previous.lines.length - 1]!).text;
    const text = lines.join(' ').trim();
    if (/[.!?:]["'’”)\]]*$/.test(before) || block.size / previous.size >= 0.95) return false;
    return block.lines.length <= 3 && text.length <= 150 && !/[.!?]["'’”)\]]*$/.test(text);
  }

  /** Whether a block goes on the paragraph before it: a sentence left open, or a column's unindented first block. */
  function joins(previous: Block, block: Block, lines: string[]): boolean {
    const before = lineText(previous.lines[previous.lines.length - 1]!).text;
    const after = lines[0] ?? '';
    // NOTE: a paragraph's block may be set a shade larger where a line holds larger glyphs; a note or caption is smaller by far.
    if (Math.min(previous.size, block.size) / Math.max(previous.size, block.size) < 0.95 || !after) return false;
    if (/[-\u00AD]$/.test(before) && /^\p{Ll}/u.test(after)) return true;
    const indented = isIndented(block, block.lines[0]!);
    if (!/[.!?:]["'’”)\]]*$/.test(before) && !(EQUATION_NUMBER.test(before) && /^\p{Lu}\p{Ll}/u.test(after))) return !indented || CONTINUATION.test(after);
    return indentStyle && firstInLane.has(block) && !indented && (previous.page !== block.page || previous.lane !== block.lane);
  }

  function isIndented(block: Block, line: Line): boolean {
    const column = typeof block.lane === 'number' ? input.columns.get(block.page)?.[block.lane] : undefined;
    const x0 = column?.x0 ?? block.x0;
    return line.x - x0 > 0.6 * line.size && line.x - x0 < 4 * line.size;
  }

  const references = readReferenceList(referenceBlocks, vocabulary);
  return { sections: sections.filter((s) => s.groups.some((g) => g.blocks.length || g.term)), references, dropped };
}

function texts(block: Block): string[] {
  return block.lines.map((line) => lineText(line).text);
}

/** A run-in heading's paragraph: its block's lines with the label taken off the first. */
export function runInRest(block: Block, mark: HeadingMark): string[] {
  const lines = texts(block).slice(mark.labelLine ?? 0);
  const head = lines[0]!.slice(mark.labelEnd ?? 0).trim();
  return head ? [head, ...lines.slice(1)] : lines.slice(1);
}

/** Whether the paper marks new paragraphs by indenting their first line (then a column's unindented first line goes on the last paragraph). */
function paperIndents(input: OutlineInput): boolean {
  let indented = 0;
  let flush = 0;
  for (const block of input.blocks) {
    if (block.font !== input.body.font || Math.abs(block.size - input.body.size) > 0.3 || block.lines.length < 3 || typeof block.lane !== 'number') continue;
    const column = input.columns.get(block.page)?.[block.lane];
    if (!column) continue;
    const offset = block.lines[0]!.x - column.x0;
    if (offset > 0.6 * block.size && offset < 4 * block.size) indented++;
    else flush++;
  }
  return indented >= 0.3 * (indented + flush) && indented >= 3;
}

/** The first text block of each column on each page: where a paragraph may go on from the last. */
function firstBlocksInLanes(input: OutlineInput): Set<Block> {
  const seen = new Set<string>();
  const first = new Set<Block>();
  for (const block of input.blocks) {
    if (input.furniture.has(block) || input.floats.captions.has(block) || input.floats.continuations.has(block) || input.floats.figureText.has(block) || input.floats.tables.has(block)) continue;
    const key = `${block.page}|${block.lane}`;
    if (seen.has(key)) continue;
    seen.add(key);
    first.add(block);
  }
  return first;
}
