import type { Author, Dropped } from '../../content/paper.ts';
import type { FontStyle } from './fonts.ts';
import { findTitle, FRONT_HEADING, isAffiliation, isKeywords, isProse, readAuthors, readKeywords } from './front.ts';
import { blockText } from './furniture.ts';
import { headingName, type HeadingMark } from './headings.ts';
import type { Block, BodyStyle } from './layout.ts';
import { lineBox, lineText } from './lines.ts';
import { runInRest } from './outline.ts';
import { joinLines } from './text.ts';

export interface FrontInput {
  /** The paper's text blocks in reading order (no furniture, captions or figures). */
  flow: Block[];
  marks: HeadingMark[];
  body: BodyStyle;
  vocabulary: ReadonlySet<string>;
  fonts: Map<string, FontStyle>;
  /** Small print at the foot of the first page: affiliations and notes on the authors. */
  notes: Block[];
}

export interface Front {
  title: string;
  authors: Author[];
  affiliations: string[];
  abstract: string;
  keywords: string[];
  /** Running text between the abstract and the first heading: an untitled opening. */
  opening: Block[];
  /** The text blocks from the first heading of the body on. */
  bodyBlocks: Block[];
  /** Blocks the front matter took. */
  used: Set<Block>;
  dropped: Dropped[];
}

const ABSTRACT = /^(?:abstract|summary)$/i;

/**
 * The front matter: the title (the largest text of the first page), the byline under it, the
 * abstract (under an "Abstract" heading or label, or the first paragraph of prose after the
 * byline), keywords, affiliations; then where the body starts: its first heading, the running
 * text before it being an untitled opening.
 */
export function readFront(input: FrontInput): Front {
  const { flow, body, vocabulary } = input;
  const markOf = new Map(input.marks.map((m) => [m.block, m]));
  const title = findTitle(flow);
  const titleAt = title ? flow.indexOf(title) : -1;
  let authors: Author[] = [];
  let byline: Block[] = [];
  const rows = rowsOf(flow.slice(titleAt + 1, titleAt + 8));
  const stop = rows.findIndex((row) => row.some((b) => markOf.has(b) && FRONT_HEADING.test(headingName(markOf.get(b)!.text))));
  if (stop !== -1) rows.length = stop;
  const start = rows.findIndex((row) => readAuthors(row.map(blockText).join(' ')) !== undefined);
  if (start !== -1) {
    // NOTE: a byline may wrap onto more lines, each its own block: take them while names go on.
    for (let end = start + 1; end <= rows.length; end++) {
      const names = readAuthors(rows.slice(start, end).flat().map(blockText).join(' ').replace(/,\s*,/g, ','));
      if (!names) break;
      authors = names;
      byline = rows.slice(start, end).flat();
    }
  }
  const early = (i: number) => flow[i]!.page <= (flow[Math.max(titleAt, 0)]?.page ?? 1) + 2;
  let abstractAt = flow.findIndex((b, i) => i > titleAt && early(i) && ABSTRACT.test(headingName(markOf.get(b)?.text ?? '')));
  const isBodyHeading = (b: Block, i: number) => {
    const mark = markOf.get(b);
    return i > Math.max(titleAt, abstractAt) && !byline.includes(b) && mark !== undefined && !mark.runIn && !FRONT_HEADING.test(headingName(mark.text));
  };
  let bodyAt = flow.findIndex(isBodyHeading);
  if (bodyAt === -1) bodyAt = flow.findIndex((b, i) => i > titleAt && !byline.includes(b) && markOf.has(b) && !FRONT_HEADING.test(headingName(markOf.get(b)!.text)));
  if (bodyAt === -1) bodyAt = Math.min(flow.length, titleAt + 1);

  const used = new Set<Block>();
  const take = (b: Block) => used.add(b);
  if (title) take(title);
  byline.forEach(take);
  const region = flow.slice(titleAt + 1, bodyAt);

  let abstract = '';
  let keywords: string[] = [];
  const abstractBlocks: Block[] = [];
  if (abstractAt !== -1 && abstractAt < bodyAt) {
    const mark = markOf.get(flow[abstractAt]!)!;
    const first = flow[abstractAt]!;
    const texts = mark.runIn ? runInRest(first, mark) : [];
    take(first);
    for (const block of flow.slice(abstractAt + 1, bodyAt)) {
      const text = blockText(block);
      if (isKeywords(text) || (markOf.get(block) && !markOf.get(block)!.runIn)) break;
      if (!isProse(block, body) && !markOf.get(block)?.runIn) continue;
      texts.push(...block.lines.map((l) => lineText(l).text));
      abstractBlocks.push(block);
      take(block);
    }
    abstract = joinLines(texts, vocabulary);
  } else {
    abstractAt = region.findIndex((b) => !used.has(b) && isProse(b, body));
    const first = region[abstractAt];
    if (first) {
      const same = [first];
      for (const next of region.slice(abstractAt + 1)) {
        if (next.font !== first.font || Math.abs(next.size - first.size) > 0.2 || next.lane !== first.lane || !isProse(next, body)) break;
        same.push(next);
      }
      // NOTE: running text in the body's style after a differently set abstract is the opening.
      abstract = joinLines(same.flatMap((b) => b.lines.map((l) => lineText(l).text)), vocabulary);
      same.forEach(take);
      abstractBlocks.push(...same);
      abstractAt = flow.indexOf(same[same.length - 1]!);
    }
  }

  const keywordBlock = region.find((b) => isKeywords(blockText(b)));
  if (keywordBlock) {
    keywords = readKeywords(blockText(keywordBlock));
    take(keywordBlock);
  }

  const afterAbstract = abstractAt === -1 ? region : flow.slice(Math.max(abstractAt, titleAt) + 1, bodyAt);
  const opening = afterAbstract.filter((b) => !used.has(b) && b.font === body.font && Math.abs(b.size - body.size) < 0.3 && isProse(b, body) && !markOf.has(b));
  opening.forEach(take);

  const affiliations: string[] = [];
  const dropped: Dropped[] = [];
  let afterAffiliation = false;
  for (const block of [...flow.slice(0, bodyAt), ...input.notes]) {
    if (used.has(block)) continue;
    const onTitlePage = block.page === (title?.page ?? 1);
    // A marker is one letter or up to two digits or symbols: "of Chicago, …" starts with a word.
    const text = blockText(block).replace(/^(?:[\d*†‡§¶]{1,2}|[a-z])\s+/, '').replace(/\s+/g, ' ').trim();
    // "Departments of Medicine and Pediatrics, Section" + "of Endocrinology …, University" + "of Chicago,
    // Chicago, IL, USA": one affiliation set over blocks goes on in lower case, or after a comma.
    const goesOn: boolean = afterAffiliation && onTitlePage && (/^\p{Ll}/u.test(text) || /,$/.test(affiliations.at(-1)!));
    if (goesOn) affiliations[affiliations.length - 1] += ` ${text}`;
    else if (isAffiliation(block) && onTitlePage) affiliations.push(text);
    afterAffiliation = goesOn || (isAffiliation(block) && onTitlePage);
    if (input.notes.includes(block)) continue;
    take(block);
    dropped.push({ reason: 'front matter', text: blockText(block), source: { page: block.page, box: lineBox(block.lines[0]!) } });
  }

  return {
    title: title ? joinLines(title.lines.map((l) => lineText(l).text), vocabulary) : '',
    authors,
    affiliations,
    abstract,
    keywords,
    opening,
    bodyBlocks: flow.slice(bodyAt),
    used,
    dropped,
  };
}

/** Blocks side by side (their first lines on one baseline) as one row, left to right: a byline broken by markers. */
function rowsOf(blocks: Block[]): Block[][] {
  const rows: Block[][] = [];
  for (const block of blocks) {
    const row = rows.find((r) => Math.abs(r[0]!.lines[0]!.y - block.lines[0]!.y) < 0.3 * block.size);
    if (row) row.push(block);
    else rows.push([block]);
  }
  return rows.map((row) => row.sort((a, b) => a.x0 - b.x0));
}
