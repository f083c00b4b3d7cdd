import { SaxesParser } from 'saxes';
import type { Diagnostic } from '../../errors.ts';
import { LecternError } from '../../errors.ts';
import { namedEntity } from './entities.ts';

/** An element of the parsed article: its name as written (`mml:mi`), attributes and content in order. */
export interface XmlElement {
  name: string;
  /** The name without its namespace prefix: `mi` for `mml:mi`. */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Where the element is, as an XPath: `/article/body/sec[2]/p[3]` (no index when it is the only one). */
  path: string;
  /** Character offset of its start tag in the file's text, for messages. */
  offset: number;
}

export type XmlNode = XmlElement | string;

export interface ParsedXml {
  root: XmlElement;
  /** Findings that did not stop the parse: named entities Lectern does not know. */
  diagnostics: Diagnostic[];
  /** 1-based line and column of a character offset in the text. */
  at(offset: number): { line: number; column: number };
}

/**
 * Parses an XML document with a strict, conforming parser (saxes): whitespace and mixed content
 * are kept as written. The DOCTYPE's external DTD is never fetched: the entities JATS files use
 * (`&nbsp;`, `&ndash;`, ISO and MathML names) are resolved from the HTML/MathML table, and
 * entities the internal subset declares are read from it. Malformed XML is a `LecternError` at
 * its line and column saying what was expected.
 */
export function parseXml(text: string, file: string): ParsedXml {
  const lines = lineStarts(text);
  const at = (offset: number) => lineColumn(lines, offset);
  const diagnostics: Diagnostic[] = [];
  const parser = new SaxesParser({ position: true });
  const declared: Record<string, string> = {};
  const document: XmlElement = { name: '#document', local: '#document', attrs: {}, children: [], path: '', offset: 0 };
  const open: XmlElement[] = [document];
  let lastClosed: XmlElement | undefined;
  const fail = (message: string, offset: number): never => {
    throw new LecternError(message, { file, ...at(offset) });
  };

  parser.ENTITIES = new Proxy(Object.create(null) as Record<string, string>, {
    get: (_target, name) => {
      if (typeof name !== 'string') return undefined;
      const value = declared[name] ?? namedEntity(name);
      if (value !== undefined) return value;
      diagnostics.push({ severity: 'warning', message: `unknown entity &${name}; kept as written: neither XML, HTML/MathML nor the DOCTYPE defines it`, location: { file, ...at(parser.position) } });
      return `&${name};`;
    },
  });
  parser.on('doctype', (doctype) => Object.assign(declared, internalEntities(doctype)));
  parser.on('opentagstart', () => {
    open.push({ name: '', local: '', attrs: {}, children: [], path: '', offset: text.lastIndexOf('<', parser.position - 1) });
  });
  parser.on('opentag', (tag) => {
    const element = open[open.length - 1]!;
    element.name = tag.name;
    element.local = tag.name.slice(tag.name.indexOf(':') + 1);
    element.attrs = tag.attributes as Record<string, string>;
    open[open.length - 2]!.children.push(element);
  });
  parser.on('closetag', () => {
    lastClosed = open.pop();
  });
  const append = (value: string) => {
    const parent = open[open.length - 1]!;
    if (parent !== document) parent.children.push(value);
  };
  parser.on('text', append);
  parser.on('cdata', append);
  parser.on('error', (error) => {
    const message = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    fail(...explain(message, text, parser.position, open[open.length - 1]!, lastClosed, at));
  });
  parser.write(text).close();

  const root = document.children.find((node): node is XmlElement => typeof node !== 'string');
  if (!root) fail('no root element; expected a JATS <article>', 0);
  assignPaths(root!, `/${root!.name}`);
  return { root: root!, diagnostics, at };
}

/** What went wrong, said with what was expected, and where: the saxes message made actionable. */
function explain(message: string, text: string, position: number, innermost: XmlElement, lastClosed: XmlElement | undefined, at: (offset: number) => { line: number; column: number }): [string, number] {
  const opened = (element: XmlElement) => {
    const { line, column } = at(element.offset);
    return `<${element.name}> (opened at line ${line}, column ${column})`;
  };
  if (message === 'unexpected close tag' || message.startsWith('unmatched closing tag')) {
    const start = text.lastIndexOf('</', position - 1);
    const found = /^<\/([^\s>]*)/.exec(text.slice(start))?.[1] ?? '';
    // NOTE: saxes closes the innermost open element before it reports the mismatch.
    const expected = message === 'unexpected close tag' && lastClosed ? `</${lastClosed.name}> to close ${opened(lastClosed)}` : 'no closing tag here: no element of that name is open';
    return [`mismatched closing tag </${found}>; expected ${expected}`, start];
  }
  // NOTE: saxes reads a bare "&" as the start of an entity up to the next ";", so a missing "&amp;"
  // shows up later as a bad entity name or an unclosed tag at the end of the file.
  const ampersand = bareAmpersand(text);
  if (ampersand !== undefined && ampersand <= position) {
    return ['a bare & that starts no entity; expected &amp; for the character, or an entity such as &name; or &#number;', ampersand];
  }
  if (message.startsWith('unclosed tag')) {
    return [`the file ends inside ${opened(innermost)}; expected </${innermost.name}> (is the file cut short?)`, text.length];
  }
  const hints: Record<string, string> = {
    'unquoted attribute value': 'attribute values in quotes, e.g. id="s1"',
    'attribute without value': 'name="value" for every attribute',
    'documents may contain only one root': 'one root element, <article>, with everything inside it',
    'text data outside of root node': 'nothing but white space, comments or processing instructions after </article>',
    'document must contain a root element': 'a JATS <article> element',
    'disallowed character in tag name': 'an element name after < (write a < in text as &lt;)',
    'disallowed character in closing tag': 'a closing tag written </name>',
    'disallowed character': 'only characters XML allows (write < as &lt; and & as &amp;)',
    'no whitespace between attributes': 'a space between one attribute and the next',
    'unexpected end': 'the rest of the document (is the file cut short?)',
  };
  return [`malformed XML: ${message}; expected ${hints[message] ?? 'well-formed XML'}`, position];
}

/** Where the first "&" that starts no entity reference is, outside comments and CDATA sections. */
function bareAmpersand(text: string): number | undefined {
  const masked = text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (part) => ' '.repeat(part.length));
  const match = /&(?![A-Za-z_][\w.-]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)/.exec(masked);
  return match?.index;
}

/** `<!ENTITY name "value">` declarations of the DOCTYPE's internal subset (general entities only). */
function internalEntities(doctype: string): Record<string, string> {
  const entities: Record<string, string> = {};
  for (const match of doctype.matchAll(/<!ENTITY\s+([^\s%"']+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g)) {
    entities[match[1]!] = (match[2] ?? match[3]!).replace(/&#x([0-9a-f]+);|&#(\d+);/gi, (_, hex: string, dec: string) => String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)));
  }
  return entities;
}

/** XPath-like paths: a name gets `[n]` when its parent has several children of that name. */
function assignPaths(element: XmlElement, path: string): void {
  element.path = path;
  const counts = new Map<string, number>();
  for (const child of element.children) if (typeof child !== 'string') counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    const n = (seen.get(child.name) ?? 0) + 1;
    seen.set(child.name, n);
    assignPaths(child, `${path}/${child.name}${counts.get(child.name)! > 1 ? `[${n}]` : ''}`);
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** The element children of an element, optionally only those of some local names. */
export function elements(element: XmlElement, ...names: string[]): XmlElement[] {
  return element.children.filter((node): node is XmlElement => typeof node !== 'string' && (names.length === 0 || names.includes(node.local)));
}

/** The first element child of a local name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((node): node is XmlElement => typeof node !== 'string' && node.local === name);
}

/** Every descendant element of a local name, in document order. */
export function descendants(element: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const node of element.children) {
    if (typeof node === 'string') continue;
    if (node.local === name) out.push(node);
    descendants(node, name, out);
  }
  return out;
}
