import { z } from 'zod';

/** Character range of a block in the paper's text: `text.slice(start, end)` covers every fragment. */
export const SourceRange = z.object({ start: z.number().int(), end: z.number().int() });

export const BlockKind = z.enum(['paragraph', 'topic', 'list', 'table']);

/**
 * One unit of a section's body: a paragraph, a topic (`Term: explanation`, `**Term.** …`, or a
 * subsection), a list or a table. `text` is the paper's own words, verbatim, with page-break
 * splits rejoined by one space, words hyphenated across a line break rejoined and markdown
 * emphasis removed; a list's text is one item a line with its marker, a table's its `|` lines.
 */
export const Block = z.object({
  id: z.string(),
  kind: BlockKind,
  term: z.string().optional(),
  text: z.string(),
  /** A list's items, without their markers. */
  items: z.array(z.string()).optional(),
  /** A table's rows of cells, the header row first. */
  rows: z.array(z.array(z.string())).optional(),
  source: SourceRange,
});

export const Section = z.object({
  id: z.string(),
  title: z.string(),
  blocks: z.array(Block),
});

export const Author = z.object({ name: z.string(), role: z.string().optional() });
export const Reference = z.object({ n: z.number().int().optional(), text: z.string() });
export const Acronym = z.object({ short: z.string(), long: z.string() });

/** What ingest recovers from a paper's plain text: the public JSON shape of `lectern ingest --json`. */
export const Paper = z.object({
  title: z.string(),
  authors: z.array(Author),
  affiliations: z.array(z.string()),
  abstract: z.string(),
  keywords: z.array(z.string()),
  sections: z.array(Section),
  references: z.array(Reference),
  acronyms: z.array(Acronym),
});

export type SourceRange = z.infer<typeof SourceRange>;
export type BlockKind = z.infer<typeof BlockKind>;
export type Block = z.infer<typeof Block>;
export type Section = z.infer<typeof Section>;
export type Author = z.infer<typeof Author>;
export type Reference = z.infer<typeof Reference>;
export type Acronym = z.infer<typeof Acronym>;
export type Paper = z.infer<typeof Paper>;
