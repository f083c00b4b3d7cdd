import { formulaText, mathText, plainText } from './math.ts';
import { scriptText } from './scripts.ts';
import type { XmlElement, XmlNode } from './xml.ts';

/** Elements that carry no readable words: identifiers, images, anchors. */
const SILENT = new Set(['object-id', 'graphic', 'inline-graphic', 'alt-text', 'long-desc', 'target', 'private-char', 'sec-meta', 'institution-id']);

/**
 * Elements that end a word where they start and end: `<td>a</td><td>b</td>` reads "a b", and so
 * do a name's parts (`<surname>Lopez</surname><given-names>A</given-names>`), which JATS often
 * writes with nothing between them.
 */
const SEPARATE = new Set([
  'p', 'title', 'subtitle', 'label', 'caption', 'list', 'list-item', 'def-list', 'def-item', 'term', 'def', 'td', 'th', 'tr',
  'table', 'thead', 'tbody', 'tfoot', 'sec', 'fn', 'disp-quote', 'attrib', 'boxed-text', 'ref', 'mixed-citation',
  'element-citation', 'nlm-citation', 'citation', 'addr-line', 'institution', 'country', 'break', 'disp-formula', 'statement',
  'speech', 'speaker', 'verse-line', 'preformat', 'fig', 'table-wrap', 'kwd', 'aff', 'surname', 'given-names', 'prefix',
  'suffix', 'person-group', 'etal', 'abstract', 'app', 'glossary', 'notes', 'ack', 'code', 'array',
]);

const SOFT = '\u0001';

export interface InlineOptions {
  /** Local names to leave out, e.g. `label` for a caption's text, `xref` for a title's footnote marks. */
  skip?: ReadonlySet<string>;
  /** Called for each `<fn>` met inside the text: a footnote is not the text's own words. */
  onFootnote?: (fn: XmlElement) => void;
}

/**
 * The words of an element's content in reading order, XML white space folded: inline markup
 * (`<italic>`, `<xref>`, `<named-content>`) adds nothing; `<sup>2</sup>` reads "²" when it has a
 * Unicode form; formulas read as text (see `formulaText`); block-level parts and name parts are
 * kept apart by one space; footnotes and images are left out.
 */
export function inlineText(element: XmlElement | readonly XmlNode[], options: InlineOptions = {}): string {
  const out: string[] = [];
  const nodes = Array.isArray(element) ? element : (element as XmlElement).children;
  for (const node of nodes) write(node, out, options);
  return settle(out.join(''));
}

function write(node: XmlNode, out: string[], options: InlineOptions): void {
  if (typeof node === 'string') {
    out.push(node);
    return;
  }
  const name = node.local;
  if (SILENT.has(name) || options.skip?.has(name)) return;
  if (name === 'fn') {
    options.onFootnote?.(node);
    return;
  }
  if (isTableNoteMark(node)) return;
  if (name === 'inline-formula' || name === 'disp-formula') {
    out.push(SOFT, formulaText(node, name === 'disp-formula'), SOFT);
    return;
  }
  if (name === 'math') {
    out.push(mathText(node));
    return;
  }
  if (name === 'tex-math') {
    out.push(plainText(node));
    return;
  }
  if (name === 'sup' || name === 'sub') {
    const inner = inlineText(node, options);
    out.push(scriptText(inner, name) ?? inner);
    return;
  }
  if (name === 'alternatives') {
    const shown = node.children.find((c) => typeof c !== 'string' && !SILENT.has(c.local));
    if (shown) write(shown, out, options);
    return;
  }
  const separate = SEPARATE.has(name);
  if (separate) out.push(SOFT);
  for (const child of node.children) write(child, out, options);
  if (separate) out.push(SOFT);
}

/**
 * A mark pointing at a table's footnote in letters or digits ("ANCOVA<xref>a</xref>"): glued to
 * the cell's word it would read as part of it ("ANCOVAa"), so it is left out. A symbol mark
 * ("-0.874***") reads as a mark and stays: a table's significance stars say something.
 */
function isTableNoteMark(node: XmlElement): boolean {
  if (node.local !== 'xref' || node.attrs['ref-type'] !== 'table-fn') return false;
  return /^[\p{L}\p{N},\s]+$/u.test(inlineText(node));
}

/**
 * XML white space folded to one space; a word boundary marked between elements becomes a space,
 * or nothing before punctuation and after an opening bracket.
 */
function settle(text: string): string {
  return text
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/ ?\u0001[\u0001 ]*/g, (match, offset: number, all: string) => {
      const next = all[offset + match.length];
      const previous = all[offset - 1];
      return next === undefined || previous === undefined || /[,.;:!?)\]}]/.test(next) || /[([{]/.test(previous) ? '' : ' ';
    })
    .trim();
}
