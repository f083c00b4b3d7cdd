import { decodeHTMLStrict } from 'entities';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * The character(s) a named entity stands for, or undefined when no table knows it. JATS DTDs
 * declare the ISO 8879 and MathML entity sets (`&ndash;`, `&plus;`, `&lsqb;`, `&alpha;`), which
 * the HTML named character references include; XML's five come first.
 */
export function namedEntity(name: string): string | undefined {
  const xml = XML_ENTITIES[name];
  if (xml !== undefined) return xml;
  if (!NAME.test(name)) return undefined;
  const reference = `&${name};`;
  const decoded = decodeHTMLStrict(reference);
  return decoded === reference ? undefined : decoded;
}
