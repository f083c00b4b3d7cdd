import type { Paper } from '../../src/content/paper.ts';

/** What a fixture's `expected.json` pins: the structure a reader sees, not every character. */
export interface Expected {
  title: string;
  authors: string[];
  keywords: string[];
  sections: { id: string; title: string; blocks: number; topics: number; terms: string[]; kinds?: Record<string, number> }[];
  references: number;
  acronyms: { short: string; long: string }[];
}

export function summarise(paper: Paper): Expected {
  return {
    title: paper.title,
    authors: paper.authors.map((author) => author.name),
    keywords: paper.keywords,
    sections: paper.sections.map((section) => {
      const kinds: Record<string, number> = {};
      for (const block of section.blocks) if (block.kind === 'list' || block.kind === 'table') kinds[block.kind] = (kinds[block.kind] ?? 0) + 1;
      return {
        id: section.id,
        title: section.title,
        blocks: section.blocks.length,
        topics: section.blocks.filter((block) => block.kind === 'topic').length,
        terms: section.blocks.flatMap((block) => (block.term ? [block.term] : [])),
        ...(Object.keys(kinds).length ? { kinds } : {}),
      };
    }),
    references: paper.references.length,
    acronyms: paper.acronyms,
  };
}
