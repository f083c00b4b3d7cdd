import type { Author, Block, Dropped, Paper, PaperFormat, Reference, SourceRange } from '../content/paper.ts';
import { findAcronyms } from './acronyms.ts';
import { sectionBlocks, sectionSlug, uniqueId, type Draft } from './sections.ts';
import { isAllCaps, toTitleCase, upperCaseWords } from './text.ts';

/** A block as a reader found it: where it is in the source, but not yet in the extracted text. */
export type FoundBlock = Omit<Draft, 'source'> & { source: Omit<SourceRange, 'start' | 'end'> };

/** A section as a reader found it: its opening blocks, then its subsections, each with its title. */
export interface FoundSection {
  title: string;
  /** An appendix or supplementary section. */
  appendix?: boolean;
  groups: { term?: string; blocks: FoundBlock[] }[];
}

/** Everything a layout-aware reader (PDF, JATS) recovers, before ids and the extracted text. */
export interface FoundPaper {
  format: Extract<PaperFormat, 'pdf' | 'jats'>;
  title: string;
  authors: Author[];
  affiliations: string[];
  abstract: string;
  keywords: string[];
  language?: string;
  sections: FoundSection[];
  references: Reference[];
  dropped: Dropped[];
}

/**
 * Turns what a PDF or XML reader found into a `Paper` and its readable copy: markdown a lecturer
 * can read (and that Lectern's text reader reads back into the same sections), into which every
 * block's `start`/`end` point. Ids follow the same rules as for a text paper.
 */
export function assemblePaper(found: FoundPaper): { paper: Paper; text: string } {
  found = withHeadingsCased(found);
  const out = new Writer();
  out.paragraph(`# ${oneLine(found.title)}`);
  if (found.authors.length) out.paragraph(found.authors.map((a) => a.name).join(', '));
  if (found.affiliations.length) out.paragraph(found.affiliations.map(oneLine).join('\n'));
  if (found.abstract) out.paragraph('## Abstract', found.abstract);
  if (found.keywords.length) out.paragraph(`Keywords: ${found.keywords.join('; ')}`);

  const taken = new Set<string>();
  const sections = found.sections.map((section) => {
    const id = uniqueId(sectionSlug(section.title), taken);
    out.paragraph(`## ${oneLine(section.title)}`);
    const groups = section.groups.map((group) => {
      if (group.term !== undefined) out.paragraph(`### ${oneLine(group.term)}`);
      return { term: group.term, blocks: group.blocks.map((block): Draft => ({ ...block, source: { ...block.source, ...out.paragraph(blockText(block)) } })) };
    });
    return { id, title: section.title, ...(section.appendix ? { appendix: true } : {}), blocks: sectionBlocks(id, groups) };
  });

  if (found.references.length) {
    out.paragraph('## References');
    for (const reference of found.references) out.paragraph(reference.n === undefined ? reference.text : `${reference.n}. ${reference.text}`);
  }
  const bodyTexts = [found.abstract, ...sections.flatMap((s) => s.blocks.map((b: Block) => b.text))];
  const paper: Paper = {
    format: found.format,
    title: found.title,
    authors: found.authors,
    affiliations: found.affiliations,
    abstract: found.abstract,
    keywords: found.keywords,
    ...(found.language ? { language: found.language } : {}),
    sections,
    references: found.references,
    acronyms: findAcronyms(bodyTexts),
    dropped: found.dropped,
  };
  return { paper, text: out.text() };
}

/** How a block reads in the extracted copy: prose as it is, a list one item a line, a table in pipes. */
function blockText(block: FoundBlock): string {
  if (block.kind === 'list' && block.items) return block.items.map((item) => `- ${oneLine(item)}`).join('\n');
  if (block.kind === 'table' && block.rows?.length) {
    const cells = (row: string[]) => `| ${row.map((cell) => oneLine(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
    const [header, ...body] = block.rows;
    return [cells(header!), `|${header!.map(() => ' --- ').join('|')}|`, ...body.map(cells)].join('\n');
  }
  return block.text;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Paragraphs separated by blank lines, remembering where each one starts and ends. */
class Writer {
  private readonly parts: string[] = [];
  private length = 0;

  /** Writes paragraphs and returns the range of the last one. */
  paragraph(...texts: string[]): { start: number; end: number } {
    let range = { start: this.length, end: this.length };
    for (const text of texts) {
      if (this.parts.length) this.push('\n\n');
      range = { start: this.length, end: this.length + text.length };
      this.push(text);
    }
    return range;
  }

  text(): string {
    return `${this.parts.join('')}\n`;
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
}

/**
 * A paper whose title or headings are set in capitals ("CANCER-ASSOCIATED FUNCTIONS") with them
 * title-cased, as a slide shows a title; a word the body itself writes in capitals (EPRS1, DNA)
 * stays so.
 */
function withHeadingsCased(found: FoundPaper): FoundPaper {
  const keepUpper = upperCaseWords([found.abstract, ...found.sections.flatMap((s) => s.groups.flatMap((g) => g.blocks.map((b) => b.text)))]);
  const cased = (text: string) => (isAllCaps(text) ? toTitleCase(text, keepUpper) : text);
  return {
    ...found,
    title: cased(found.title),
    sections: found.sections.map((section) => ({
      ...section,
      title: cased(section.title),
      groups: section.groups.map((group) => (group.term === undefined ? group : { ...group, term: cased(group.term) })),
    })),
  };
}
