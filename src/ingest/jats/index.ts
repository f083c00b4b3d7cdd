import type { Dropped } from '../../content/paper.ts';
import type { Diagnostic } from '../../errors.ts';
import { LecternError } from '../../errors.ts';
import { assemblePaper, type FoundBlock, type FoundSection } from '../assemble.ts';
import type { ReadOptions, ReadResult } from '../read.ts';
import { displayObjects, readAppendices, readBody } from './body.ts';
import { FlowContext } from './context.ts';
import { elementBlocks } from './flow.ts';
import { readFront } from './front.ts';
import { readReferences } from './references.ts';
import { descendants, elements, parseXml, type XmlElement } from './xml.ts';

/**
 * Reads a JATS (or older NLM) XML article: front matter, body sections and their blocks, the
 * reference list, and everything left out as `dropped`, each block and dropped piece with the
 * path of the element it comes from. Malformed XML is a `LecternError` at its line and column.
 */
export async function readJats(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const { file } = options;
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const xml = parseXml(text, file);
  const article = xml.root;
  if (article.local !== 'article') throw new LecternError(`the XML's root element is <${article.name}>; expected a JATS <article>`, { file, ...xml.at(article.offset) });

  const context = new FlowContext(file, xml.at);
  const front = readFront(article);
  const body = elements(article, 'body')[0];
  const back = elements(article, 'back')[0];
  for (const container of [...elements(article, 'floats-group'), ...(body ? displayObjects(body) : [])]) context.floats.add(container);

  const sections = body ? readBody(body, context) : [];
  placeUncited(sections, context);
  if (back) sections.push(...readAppendices(back, context));
  dropPullQuotes(sections, context);

  const referenceLists = [...(body ? topmost(body, 'ref-list') : []), ...(back ? topmost(back, 'ref-list') : [])];
  if (back) dropBackMatter(back, context);
  for (const sub of elements(article, 'sub-article', 'response')) context.drop(sub, 'back matter');

  const diagnostics: Diagnostic[] = [...xml.diagnostics, ...context.diagnostics];
  const at = (element: XmlElement) => ({ file, ...xml.at(element.offset) });
  if (!front.title) diagnostics.push({ severity: 'warning', message: 'no <article-title> in <front>/<article-meta>: the paper has no title', location: at(article) });
  if (!body) diagnostics.push({ severity: 'warning', message: 'the article has no <body>: only its front matter and references are in the XML, nothing to teach from', location: at(article) });

  const { paper, text: extracted } = assemblePaper({
    format: 'jats',
    title: front.title,
    authors: front.authors,
    affiliations: front.affiliations,
    abstract: front.abstract,
    keywords: front.keywords,
    ...(front.language ? { language: front.language } : {}),
    sections,
    references: readReferences(referenceLists),
    dropped: [...front.dropped, ...context.dropped],
  });
  return { paper, diagnostics, text: extracted };
}

/** Floats no paragraph cites go after the last section's text; without sections they are listed as dropped. */
function placeUncited(sections: FoundSection[], context: FlowContext): void {
  const last = sections[sections.length - 1];
  for (const float of context.floats.uncited()) {
    const blocks = elementBlocks(float, context);
    const name = blocks.find((b) => b.label)?.label ?? `<${float.name}>`;
    context.note('info', `${name} is cited by no paragraph: ${last ? `placed at the end of "${last.title}"` : 'listed as dropped'}`, float);
    if (last) last.groups[last.groups.length - 1]!.blocks.push(...blocks);
    else context.dropped.push(...blocks.map((b): Dropped => ({ reason: b.kind === 'table' ? 'table' : 'caption', text: b.text, source: { path: b.source.path } })));
  }
}

/**
 * A display quotation that repeats the paper's own words (a pull quote) is publisher furniture,
 * not a second copy to teach; a quotation of someone else's words is text.
 */
function dropPullQuotes(sections: FoundSection[], context: FlowContext): void {
  if (context.quotes.size === 0) return;
  const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const groups = sections.flatMap((s) => s.groups);
  const others = letters(groups.flatMap((g) => g.blocks.filter((b) => !context.quotes.has(b)).map((b) => b.text)).join(' '));
  for (const group of groups) {
    group.blocks = group.blocks.filter((block: FoundBlock) => {
      const repeated = context.quotes.has(block) && letters(block.text).length > 0 && others.includes(letters(block.text));
      if (repeated) context.dropped.push({ reason: 'publisher furniture', text: block.text, source: { path: block.source.path } });
      return !repeated;
    });
  }
}

/** Everything in `<back>` but its reference lists and appendices: acknowledgements, notes, glossary. */
function dropBackMatter(element: XmlElement, context: FlowContext): void {
  for (const part of elements(element)) {
    if (part.local === 'ref-list' || part.local === 'app' || part.local === 'app-group') continue;
    if (descendants(part, 'ref-list').length) dropBackMatter(part, context);
    else context.drop(part, 'back matter');
  }
}

/** The outermost elements of a name inside an element (a nested reference list is read with its parent). */
function topmost(element: XmlElement, name: string): XmlElement[] {
  return elements(element).flatMap((part) => (part.local === name ? [part] : topmost(part, name)));
}
