import type { Block, Paper, Section } from '../content/paper.ts';
import { lineColumnAt, type Diagnostic } from '../errors.ts';
import { findAcronyms } from './acronyms.ts';
import { chunkText, splitChunks, type Chunk } from './chunks.ts';
import { readFrontMatter } from './frontmatter.ts';
import { findHeadings, isReferencesHeading, type Heading } from './headings.ts';
import { joinParagraphs } from './paragraphs.ts';
import { readReferences } from './references.ts';
import { endsSentence, slugify, toTitleCase } from './text.ts';
import { topicTerm } from './topics.ts';

export interface IngestResult {
  paper: Paper;
  diagnostics: Diagnostic[];
}

export interface IngestOptions {
  /** The paper's path, for diagnostics. */
  file?: string;
}

/**
 * Turns a paper's plain text into structured content: front matter, sections of blocks with
 * their source ranges, references and acronyms. Pure: reads nothing, prints nothing.
 */
export function ingestPaper(text: string, options: IngestOptions = {}): IngestResult {
  const file = options.file ?? 'paper.txt';
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => ({ file, ...lineColumnAt(text, offset) });

  const chunks = splitChunks(text);
  const headings = findHeadings(chunks);
  if (headings.length === 0) {
    diagnostics.push({ severity: 'warning', message: 'no section headings found: the whole paper is one section', location: { file } });
  }
  const firstHeading = headings[0]?.at ?? chunks.length;
  const front = readFrontMatter(chunks.slice(0, firstHeading));

  const bodyHeadings = headings.filter((h) => !isReferencesHeading(h.text));
  const referencesHeading = headings.find((h) => isReferencesHeading(h.text));
  const bodyEnd = referencesHeading?.at ?? chunks.length;
  const keepUpper = upperCaseWords(chunks.slice(firstHeading, bodyEnd));

  const sectionIds = new Set<string>();
  const sections: Section[] = bodyHeadings
    .filter((h) => h.at < bodyEnd)
    .map((heading, i, all) => {
      const end = Math.min(all[i + 1]?.at ?? bodyEnd, bodyEnd);
      const title = toTitleCase(heading.text, keepUpper);
      const id = uniqueId(sectionSlug(title), sectionIds);
      const section = readSection(id, title, chunks.slice(heading.at + 1, end));
      const last = section.blocks[section.blocks.length - 1];
      if (last && !endsSentence(last.text)) {
        diagnostics.push({
          severity: 'info',
          message: `the last paragraph of "${title}" ends mid-sentence in the source; kept as written`,
          location: at(last.source.end),
        });
      }
      return section;
    });

  const references = referencesHeading ? readReferences(chunks.slice(referencesHeading.at + 1)) : [];
  const bodyTexts = [front.abstract, ...sections.flatMap((s) => s.blocks.map((b) => b.text))];

  return {
    paper: {
      title: front.title,
      authors: front.authors,
      affiliations: front.affiliations,
      abstract: front.abstract,
      keywords: front.keywords,
      sections,
      references,
      acronyms: findAcronyms(bodyTexts),
    },
    diagnostics,
  };
}

function readSection(id: string, title: string, chunks: Chunk[]): Section {
  const blockIds = new Set<string>();
  const blocks: Block[] = joinParagraphs(chunks).map((paragraph, i) => {
    const term = topicTerm(paragraph.text);
    const local = term ? slugify(term) : `p${i + 1}`;
    return {
      id: `${id}/${uniqueId(local, blockIds)}`,
      kind: term ? 'topic' : 'paragraph',
      ...(term ? { term } : {}),
      text: paragraph.text,
      source: paragraph.source,
    };
  });
  return { id, title, blocks };
}

/** A section's id is the first word of its title that is not a small word: "mechanisms". */
function sectionSlug(title: string): string {
  return slugify(title).split('-')[0] || 'section';
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Words the body writes in capitals (DNA, EGFR): they stay capitals in title-cased headings. */
function upperCaseWords(chunks: Chunk[]): Set<string> {
  const words = new Set<string>();
  for (const chunk of chunks) {
    const text = chunkText(chunk);
    if (/\p{Ll}/u.test(text)) for (const word of text.match(/\b\p{Lu}{2,}\d*\b/gu) ?? []) words.add(word);
  }
  return words;
}

export type { Heading };
