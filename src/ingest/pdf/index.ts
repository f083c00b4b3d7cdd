import type { Dropped, Paper } from '../../content/paper.ts';
import { LecternError, type Diagnostic } from '../../errors.ts';
import { assemblePaper } from '../assemble.ts';
import type { ReadOptions, ReadResult } from '../read.ts';
import { findFloats } from './floats.ts';
import { blockText, findFurniture } from './furniture.ts';
import { findHeadingMarks, type HeadingMark } from './headings.ts';
import { layoutPage, type Block, type BodyStyle, type PageLayout } from './layout.ts';
import { headingLevels } from './levels.ts';
import { lineBox, pageLines } from './lines.ts';
import { loadPdf, type PdfPage } from './load.ts';
import { buildOutline } from './outline.ts';
import { readFront } from './paper-front.ts';
import { bodyStyle } from './style.ts';
import { paperVocabulary } from './text.ts';

/** Reads a PDF paper from its layout: columns, fonts, positions and what repeats on every page. */
export async function readPdf(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const { file } = options;
  const doc = await loadPdf(bytes, file);
  const pages = doc.pages.map((page) => pageLines(page));
  const lines = pages.map((page) => page.lines);
  const all = lines.flat();
  const characters = all.reduce((n, line) => n + line.spans.reduce((m, s) => m + s.text.trim().length, 0), 0);
  if (characters < 200) {
    throw new LecternError(
      characters === 0
        ? 'the PDF has no text layer (a scanned paper?); Lectern reads the text a PDF carries and does not recognise text in images; run OCR on it first or give Lectern the paper as text'
        : `the PDF carries almost no text (${characters} characters); expected a paper`,
      { file },
    );
  }
  const body = bodyStyle(all);
  const layouts = doc.pages.map((page, i) => layoutPage(page, lines[i]!, body, pages[i]!.gutter));
  const vocabulary = paperVocabulary(all);
  const furniture = findFurniture(layouts, body, doc.fonts);
  const floats = findFloats(layouts, body, doc.fonts, furniture);
  const flow = layouts.flatMap((layout) => layout.blocks);
  const text = flow.filter((b) => !furniture.has(b) && !floats.captions.has(b) && !floats.continuations.has(b) && !floats.figureText.has(b) && !floats.tables.has(b));
  const footnotes = findFootnotes(layouts, text, body);
  const marks = findHeadingMarks(text.filter((b) => !footnotes.has(b)), body, doc.fonts);
  const notes = [...footnotes].filter((b) => b.page === 1);
  const front = readFront({ flow: text.filter((b) => !footnotes.has(b)), marks, body, vocabulary, fonts: doc.fonts, notes });
  const bodyMarks = marks.filter((m) => front.bodyBlocks.includes(m.block));
  const start = front.bodyBlocks[0] ? flow.indexOf(front.bodyBlocks[0]) : flow.length;
  // NOTE: captions and tables on the first page before the body starts go to its first section.
  const floatsBefore = flow.slice(0, start).filter((b) => floats.captions.has(b) || floats.tables.has(b) || floats.figureText.has(b));
  const outline = buildOutline({
    blocks: [...floatsBefore, ...flow.slice(start)].filter((b) => !front.used.has(b)),
    marks: new Map(bodyMarks.map((m): [Block, HeadingMark] => [m.block, m])),
    levels: headingLevels(bodyMarks),
    furniture,
    floats,
    footnotes,
    columns: new Map(layouts.map((l) => [l.page.number, l.columns])),
    body,
    vocabulary,
    opening: front.opening,
  });
  const dropped: Dropped[] = [
    ...[...furniture].map(([block, reason]) => droppedBlock(reason, block)),
    ...front.dropped,
    ...outline.dropped,
    ...doc.pages.flatMap(rotatedText),
  ];
  dropped.sort((a, b) => (a.source.page ?? 0) - (b.source.page ?? 0) || (a.source.box?.y ?? 0) - (b.source.box?.y ?? 0));
  const { paper, text: extracted } = assemblePaper({
    format: 'pdf',
    title: front.title,
    authors: front.authors,
    affiliations: front.affiliations,
    abstract: front.abstract,
    keywords: front.keywords,
    sections: outline.sections,
    references: outline.references,
    dropped,
  });
  return { paper, diagnostics: findings(paper, file), text: extracted };
}

/** What could not be found in the PDF (what was left out is in `dropped`, with why and where). */
function findings(paper: Paper, file: string): Diagnostic[] {
  const location = { file };
  const diagnostics: Diagnostic[] = [];
  if (!paper.title) diagnostics.push({ severity: 'warning', message: 'no title found on the first page; set one in course.yaml', location });
  if (paper.sections.length <= 1) diagnostics.push({ severity: 'warning', message: 'no section headings found: the paper is read as one section', location });
  if (paper.references.length === 0) diagnostics.push({ severity: 'info', message: 'no reference list found', location });
  return diagnostics;
}

function droppedBlock(reason: Dropped['reason'], block: Block): Dropped {
  return { reason, text: blockText(block), source: { page: block.page, box: lineBox(block.lines[0]!) } };
}

/**
 * Small print at the foot of a column, below the last running text there: footnotes, and on
 * the first pages the notes on authors (affiliations, correspondence). A reference list in
 * small print is not: its entries do not start with a raised marker.
 */
function findFootnotes(layouts: PageLayout[], text: Block[], body: BodyStyle): Set<Block> {
  const notes = new Set<Block>();
  for (const layout of layouts) {
    const blocks = text.filter((b) => b.page === layout.page.number);
    for (const block of blocks) {
      if (block.size > body.size - 0.5 || block.top < layout.page.height * 0.55) continue;
      const below = blocks.filter((b) => b !== block && b.top > block.top && (b.lane === block.lane || b.lane === 'span' || block.lane === 'span'));
      if (below.some((b) => b.size > body.size - 0.5 && b.lines.length > 1)) continue;
      const first = block.lines[0]!;
      const marker = first.spans.some((s) => s.script === 'sup' && s.x <= first.x + 1) || /^[*†‡§¶✉]/.test(blockText(block));
      if (marker || layout.page.number === 1) notes.add(block);
    }
  }
  return notes;
}

/** Text set sideways: a banner up a page's edge is a margin box, a label turned in a figure is figure text. */
function rotatedText(page: PdfPage): Dropped[] {
  const runs = page.runs.filter((run) => run.rotated && run.text.trim());
  if (runs.length === 0) return [];
  const edge = runs.filter((r) => r.x < page.width * 0.08 || r.x > page.width * 0.92);
  const inside = runs.filter((r) => !edge.includes(r));
  const item = (reason: Dropped['reason'], group: typeof runs): Dropped => ({
    reason,
    text: group.map((r) => r.text).join(' ').replace(/\s+/g, ' ').trim(),
    source: { page: page.number, box: { x: Math.round(group[0]!.x), y: Math.round(group[0]!.y - group[0]!.size), width: Math.round(group[0]!.size), height: Math.round(group[0]!.width) } },
  });
  return [...(edge.length ? [item('margin box', edge)] : []), ...(inside.length ? [item('figure text', inside)] : [])];
}

