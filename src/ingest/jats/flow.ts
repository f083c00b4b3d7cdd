import type { FoundBlock } from '../assemble.ts';
import { isBackMatterLabel } from '../back-matter.ts';
import type { FlowContext } from './context.ts';
import { captionBlock, tableBlocks } from './floats.ts';
import { isDoiLine } from './front.ts';
import { listBlock, definitionListBlock } from './lists.ts';
import { formulaText } from './math.ts';
import { inlineText, type InlineOptions } from './text.ts';
import { isSupplementary, titleOf } from './titles.ts';
import { child, elements, type XmlElement, type XmlNode } from './xml.ts';

type BlockReader = (element: XmlElement, context: FlowContext) => FoundBlock[];

/** Elements that stand apart from the sentence around them: a paragraph holding one is split around it. */
const DISPLAYED = new Set([
  'list', 'def-list', 'table-wrap', 'table-wrap-group', 'fig', 'fig-group', 'boxed-text', 'disp-quote', 'supplementary-material',
  'media', 'preformat', 'code', 'statement', 'verse-group', 'speech', 'chem-struct-wrap', 'array', 'graphic', 'alternatives',
]);
/** Elements that are pictures, not words. */
const IMAGES = new Set(['graphic', 'inline-graphic', 'media']);
/** What the caption and table readers take from a float. */
const FLOAT_PARTS = new Set(['label', 'caption', 'attrib', 'graphic', 'alternatives', 'permissions', 'object-id', 'table', 'table-wrap-foot', 'alt-text', 'long-desc']);
/** Back matter that can turn up inside the body. */
const BACK_MATTER = ['ack', 'app', 'app-group', 'glossary', 'notes', 'bio', 'supplementary-material'];

const readers: Record<string, BlockReader> = {
  p: paragraphBlocks,
  sec: (sec, context) => (isBackMatterSection(sec) ? drop(sec, context, 'back matter') : withLead(foldedSection(sec, context), titleOf(sec))),
  list: (list, context) => [listBlock(list, context)],
  'def-list': (list, context) => [definitionListBlock(list, context)],
  'table-wrap': float(tableBlocks),
  fig: float((fig, context) => optional(captionBlock(fig, context))),
  media: float((media, context) => optional(captionBlock(media, context))),
  'chem-struct-wrap': float((wrap, context) => optional(captionBlock(wrap, context))),
  'table-wrap-group': float((group, context) => optional(captionBlock(group, context))),
  'fig-group': float((group, context) => optional(captionBlock(group, context))),
  'boxed-text': boxBlocks,
  statement: boxBlocks,
  'disp-quote': quoteBlocks,
  'verse-group': (verse, context) => textBlock(verse, context),
  speech: (speech, context) => textBlock(speech, context),
  preformat: (code, context) => textBlock(code, context),
  code: (code, context) => textBlock(code, context),
  array: (array, context) => tableBlocks(array, context),
  'disp-formula': (formula) => [{ kind: 'paragraph', text: formulaText(formula, true), source: { path: formula.path } }],
  'disp-formula-group': (group, context) => flowBlocks(elements(group, 'disp-formula'), context),
  // NOTE: alternatives say one thing several ways (an image, a table, MathML); the first with words is read.
  alternatives: (alternatives, context) => flowBlocks(elements(alternatives).filter((e) => !IMAGES.has(e.local)).slice(0, 1), context),
  graphic: (graphic, context) => drop(graphic, context, 'figure text'),
  'alt-text': (text, context) => drop(text, context, 'figure text'),
  'long-desc': (text, context) => drop(text, context, 'figure text'),
  fn: (fn, context) => drop(fn, context, 'footnote'),
  'fn-group': (group, context) => drop(group, context, 'footnote'),
  title: () => [],
  label: () => [],
  'object-id': () => [],
  'sec-meta': (meta, context) => drop(meta, context, 'front matter'),
  ...Object.fromEntries(BACK_MATTER.map((name) => [name, (element: XmlElement, context: FlowContext) => drop(element, context, 'back matter')])),
};

/**
 * A float's reader, followed by what else the float holds (the figures of a figure group, source
 * data files, a chemical structure, paragraphs) read as flow, so none of its words are lost.
 */
function float(reader: BlockReader): BlockReader {
  return (element, context) => [...reader(element, context), ...flowBlocks(elements(element).filter((part) => !FLOAT_PARTS.has(part.local)), context)];
}

/** The blocks of a run of flow elements (paragraphs, lists, tables, figures, boxes…), in order. */
export function flowBlocks(nodes: readonly XmlNode[], context: FlowContext, parent?: XmlElement): FoundBlock[] {
  const blocks: FoundBlock[] = [];
  const back = labelledBackMatter(nodes);
  for (const node of nodes) {
    if (typeof node !== 'string' && back.has(node)) {
      context.drop(node, 'back matter');
      continue;
    }
    if (typeof node === 'string') {
      // NOTE: text loose in a section (not in a <p>) is still the paper's words.
      if (node.trim() && parent) blocks.push(...textBlock({ ...parent, children: [node] }, context));
      continue;
    }
    blocks.push(...elementBlocks(node, context));
  }
  return blocks;
}

/** The blocks of one flow element; an element Lectern has no reader for is kept as a paragraph of its words. */
export function elementBlocks(element: XmlElement, context: FlowContext): FoundBlock[] {
  const reader = readers[element.local];
  if (reader) return reader(element, context);
  if (element.local === 'ref-list') return [];
  const blocks = textBlock(element, context);
  if (blocks.length) context.note('info', `read <${element.name}> as a paragraph: Lectern has no rule for it`, element);
  return blocks;
}

/** A section that is back matter: supplementary material, or titled with a back-matter label ("Data availability"). */
export function isBackMatterSection(sec: XmlElement): boolean {
  const title = titleOf(sec);
  return isSupplementary(sec) || (title !== '' && isBackMatterLabel(title));
}

/**
 * Back matter written as paragraphs in a section: from the first paragraph that opens with an
 * emphasised back-matter label ("<bold>Author contributions:</bold> …", "<bold>Funding</bold> …")
 * up to the next subsection, the statements after it included ("Study concept and design: …").
 */
export function labelledBackMatter(nodes: readonly XmlNode[]): Set<XmlElement> {
  const back = new Set<XmlElement>();
  let labelled = false;
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (node.local === 'sec') labelled = false;
    else if (node.local === 'p') {
      labelled ||= opensWithBackMatterLabel(node);
      if (labelled) back.add(node);
    }
  }
  return back;
}

function opensWithBackMatterLabel(p: XmlElement): boolean {
  const lead = p.children.find((node) => typeof node !== 'string' || node.trim() !== '');
  // NOTE: a label may be bold inside italics ("<italic><bold>Author contributions:</bold></italic>").
  return lead !== undefined && typeof lead !== 'string' && EMPHASIS.has(lead.local) && isBackMatterLabel(inlineText(lead));
}

const EMPHASIS = new Set(['bold', 'italic', 'sc']);

/**
 * A paragraph's blocks: its text, split around what it displays (a list, table, figure, box,
 * quotation), then the floats it is the first to cite. A display formula stays in the sentence
 * that introduces it. A paragraph led by a bold run-in heading ("**Study area.** …") is a topic.
 */
function paragraphBlocks(p: XmlElement, context: FlowContext): FoundBlock[] {
  const blocks: FoundBlock[] = [];
  const options: InlineOptions = { onFootnote: (fn) => context.drop(fn, 'footnote') };
  let run: XmlNode[] = [];
  const flush = () => {
    const nodes = run;
    const text = inlineText(nodes, options);
    run = [];
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    if (isDoiLine(text)) context.dropped.push({ reason: 'publisher furniture', text, source: { path: p.path } });
    else blocks.push(prose(text, p, blocks.length === 0 ? runInTerm(nodes) : undefined));
  };
  for (const node of p.children) {
    if (typeof node !== 'string' && DISPLAYED.has(node.local)) {
      flush();
      blocks.push(...elementBlocks(node, context));
    } else run.push(node);
  }
  flush();
  for (const float of context.floats.citedIn(p)) blocks.push(...elementBlocks(float, context));
  return blocks;
}

function prose(text: string, element: XmlElement, term: string | undefined): FoundBlock {
  const source = { path: element.path };
  return term ? { kind: 'topic', term, text, source } : { kind: 'paragraph', text, source };
}

/**
 * The heading a paragraph opens with in bold: "Study area." or "H1:" before the text, or the
 * label of a bold statement ("Corollary 1: The smaller the studies…" → "Corollary 1").
 */
function runInTerm(run: readonly XmlNode[]): string | undefined {
  const first = run.findIndex((node) => typeof node !== 'string' || node.trim() !== '');
  const lead = run[first];
  if (!lead || typeof lead === 'string' || lead.local !== 'bold') return undefined;
  const text = inlineText(lead);
  const after = run[first + 1];
  const punctuated = /[.:]$/.test(text) || (typeof after === 'string' && /^\s*[.:]/.test(after));
  const label = /^([^.:]{1,60}):\s+\S/.exec(text)?.[1];
  if (label && words(label) <= 4) return label;
  const term = text.replace(/\s*[.:]$/, '');
  return punctuated && term && words(term) <= 12 ? term : undefined;
}

function words(text: string): number {
  return text.split(/\s+/).length;
}

/** A box (or a statement: theorem, proof): its content as blocks, the first led by the box's label and title. */
function boxBlocks(box: XmlElement, context: FlowContext): FoundBlock[] {
  const caption = child(box, 'caption');
  const title = [child(box, 'label'), child(box, 'title') ?? (caption && child(caption, 'title'))].filter((e) => e !== undefined).map((e) => inlineText(e!)).filter(Boolean);
  const lead = title.length === 2 ? `${title[0]!.replace(/[.:]$/, '')}. ${title[1]}` : title[0];
  const content = elements(box).filter((e) => e.local !== 'caption');
  const captionText = caption ? flowBlocks(elements(caption).filter((e) => e.local !== 'title'), context) : [];
  return withLead([...captionText, ...flowBlocks(content, context)], lead);
}

/** A display quotation's paragraphs, its attribution after them. */
function quoteBlocks(quote: XmlElement, context: FlowContext): FoundBlock[] {
  const blocks = flowBlocks(elements(quote).filter((e) => e.local !== 'attrib'), context);
  const attribution = child(quote, 'attrib');
  const last = blocks[blocks.length - 1];
  if (attribution && last) last.text = `${last.text} — ${inlineText(attribution)}`;
  for (const block of blocks) context.quotes.set(block, quote);
  return blocks;
}

/**
 * A third-level (or deeper) section folded into its subsection: its blocks, the first led by its
 * title as a run-in heading, the way such headings are printed. Deeper sections fold the same way.
 */
function foldedSection(sec: XmlElement, context: FlowContext): FoundBlock[] {
  return flowBlocks(sec.children, context, sec);
}

/** Blocks whose first is led by a title: a paragraph becomes a topic "Title. Text…" with the title as term. */
function withLead(blocks: FoundBlock[], title: string | undefined): FoundBlock[] {
  const [first, ...rest] = blocks.filter((b) => b.text !== '');
  if (!title || !first) return blocks.filter((b) => b.text !== '');
  if (first.kind === 'paragraph' || first.kind === 'topic') {
    return [{ ...first, kind: 'topic', term: title, text: `${title}${/[.:?!]$/.test(title) ? '' : '.'} ${first.text}` }, ...rest];
  }
  return [{ ...first, term: first.term ?? title }, ...rest];
}

function textBlock(element: XmlElement, context: FlowContext): FoundBlock[] {
  const text = inlineText(element, { onFootnote: (fn) => context.drop(fn, 'footnote') });
  return text ? [{ kind: 'paragraph', text, source: { path: element.path } }] : [];
}

function drop(element: XmlElement, context: FlowContext, reason: Parameters<FlowContext['drop']>[1]): FoundBlock[] {
  context.drop(element, reason);
  return [];
}

function optional(block: FoundBlock | undefined): FoundBlock[] {
  return block ? [block] : [];
}

