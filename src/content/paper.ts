import { z } from './zod.ts';

/** A rectangle on a PDF page, in points from the page's top-left corner. */
export const Box = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

/**
 * Where a piece of the paper comes from. `start`/`end` are character offsets into the paper's
 * text as Lectern read it — the text file itself, or for a PDF or XML paper the readable copy
 * ingest extracts (`lectern ingest --text`, kept as `paper.extracted.md` by `lectern new`) — so
 * `text.slice(start, end)` covers every fragment. A PDF's blocks also name their first page and
 * the box of their first line there; an XML paper's name the element they were read from.
 */
export const SourceRange = z.object({
  start: z.number().int(),
  end: z.number().int(),
  /** PDF: 1-based page number. */
  page: z.number().int().optional(),
  /** PDF: where on that page. */
  box: Box.optional(),
  /** XML: the element's path, e.g. `/article/body/sec[2]/p[3]`. */
  path: z.string().optional(),
});

/** A caption is a figure's or table's legend: kept with its place, never taught as a slide of its own. */
export const BlockKind = z.enum(['paragraph', 'topic', 'list', 'table', 'caption']);

/**
 * One unit of a section's body: a paragraph, a topic (`Term: explanation`, `**Term.** …`, or a
 * subsection), a list, a table or a caption. `text` is the paper's own words, verbatim, with page-break
 * splits rejoined by one space, words hyphenated across a line break rejoined and markdown
 * emphasis removed; a list's text is one item a line with its marker, a table's its `|` lines.
 */
export const Block = z.object({
  id: z.string(),
  kind: BlockKind,
  term: z.string().optional(),
  text: z.string(),
  /** A caption's or table's label as printed: "Figure 2", "Table 1". */
  label: z.string().optional(),
  /** A list's items, without their markers. */
  items: z.array(z.string()).optional(),
  /** A table's rows of cells, the header row first. */
  rows: z.array(z.array(z.string())).optional(),
  source: SourceRange,
});

export const Section = z.object({
  id: z.string(),
  title: z.string(),
  /**
   * Set on an appendix or supplementary section ("Appendix", "A Details of…", "B.2 …"): kept with
   * the paper's words, after its body, but no part of the paper's argument.
   */
  appendix: z.boolean().optional(),
  blocks: z.array(Block),
});

export const Author = z.object({ name: z.string(), role: z.string().optional() });
export const Reference = z.object({ n: z.number().int().optional(), text: z.string() });
export const Acronym = z.object({ short: z.string(), long: z.string() });

/** Why a piece of the source is in no block: everything left out is listed, never lost in silence. */
export const DropReason = z.enum([
  'running header',
  'page number',
  'footnote',
  'margin box',
  'publisher furniture',
  'caption',
  'table',
  'figure text',
  'back matter',
  'front matter',
  'unreadable',
]);

/** A piece of the source ingest left out of the paper's blocks, with why and where. */
export const Dropped = z.object({
  reason: DropReason,
  text: z.string(),
  source: SourceRange.partial(),
});

/** A BCP 47 language tag as papers and HTML write them: "en", "pt-BR", "zh-Hant". */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The formats a paper can come in; each has one reader. */
export const PaperFormat = z.enum(['pdf', 'jats', 'markdown', 'text']);

/** What ingest recovers from a paper: the public JSON shape of `lectern ingest --json`. */
export const Paper = z.object({
  format: PaperFormat,
  title: z.string(),
  authors: z.array(Author),
  affiliations: z.array(z.string()),
  abstract: z.string(),
  keywords: z.array(z.string()),
  /** The language the paper is written in, as a BCP 47 tag ("en", "pt-BR"), when the source says (JATS `xml:lang`). */
  language: z.string().optional(),
  sections: z.array(Section),
  references: z.array(Reference),
  acronyms: z.array(Acronym),
  dropped: z.array(Dropped),
});

export type Box = z.infer<typeof Box>;
export type SourceRange = z.infer<typeof SourceRange>;
export type BlockKind = z.infer<typeof BlockKind>;
export type Block = z.infer<typeof Block>;
export type Section = z.infer<typeof Section>;
export type Author = z.infer<typeof Author>;
export type Reference = z.infer<typeof Reference>;
export type Acronym = z.infer<typeof Acronym>;
export type DropReason = z.infer<typeof DropReason>;
export type Dropped = z.infer<typeof Dropped>;
export type PaperFormat = z.infer<typeof PaperFormat>;
export type Paper = z.infer<typeof Paper>;
