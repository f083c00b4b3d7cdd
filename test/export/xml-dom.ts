import { SaxesParser } from 'saxes';

/** An XML element as a strict parser read it: enough of a DOM to check a file's structure. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The element's own text, entities decoded (text of child elements not included). */
  text: string;
}

/** Parses XML with saxes (strict, namespaces on); throws on anything not well-formed. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const attrs = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]));
    const node: XmlNode = { name: tag.local, attrs, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => (stack.at(-1)!.text += text));
  parser.on('cdata', (text) => (stack.at(-1)!.text += text));
  parser.write(xml).close();
  if (root.children.length !== 1) throw new Error(`expected one root element, found ${root.children.length}`);
  return root.children[0]!;
}

export function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

export function child(node: XmlNode, name: string): XmlNode {
  const found = children(node, name);
  if (found.length !== 1) throw new Error(`<${node.name}> has ${found.length} <${name}>, expected 1`);
  return found[0]!;
}

/** Follows a path of single children: `path(q, 'questiontext', 'text')`. */
export function path(node: XmlNode, ...names: string[]): XmlNode {
  return names.reduce(child, node);
}

/** Every descendant element of a name, in document order. */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((c) => [...(c.name === name ? [c] : []), ...descendants(c, name)]);
}
