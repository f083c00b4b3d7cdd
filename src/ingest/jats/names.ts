import { inlineText } from './text.ts';
import { child, elements, type XmlElement } from './xml.ts';

/** Parts of an affiliation that are not where someone works: markers, identifiers, contacts. */
const NOT_AFFILIATION = new Set(['label', 'sup', 'xref', 'institution-id', 'email', 'fax', 'phone', 'uri', 'ext-link']);
/** Parts of an affiliation that are themselves lists of parts. */
const AFFILIATION_PARTS = new Set(['addr-line', 'institution-wrap']);
const NO_MARKS = new Set(['xref', 'fn', 'sup']);

/** A contributor's name as a byline prints it: "Given Surname Suffix", a `<string-name>`, or a collaboration. */
export function contribName(contrib: XmlElement): string {
  const alternatives = child(contrib, 'name-alternatives');
  const name = child(contrib, 'name') ?? (alternatives && child(alternatives, 'name'));
  if (name) return personName(name);
  const stringName = child(contrib, 'string-name') ?? (alternatives && child(alternatives, 'string-name'));
  if (stringName) return inlineText(stringName, { skip: NO_MARKS });
  const collab = child(contrib, 'collab') ?? (alternatives && child(alternatives, 'collab'));
  // NOTE: a collaboration may list its members in a nested contrib-group; its name is the text before.
  return collab ? inlineText(collab, { skip: new Set([...NO_MARKS, 'contrib-group']) }) : '';
}

/** "Given Surname Suffix" from a `<name>`. */
function personName(name: XmlElement): string {
  const part = (local: string) => {
    const element = child(name, local);
    return element ? inlineText(element) : '';
  };
  return [part('given-names'), part('surname'), part('suffix')].filter(Boolean).join(' ');
}

/**
 * An affiliation in one line: the original string when the XML keeps one (SciELO's
 * `content-type="original"`), else its parts in order, joined by commas where the XML puts
 * nothing between them; labels, identifiers and e-mail addresses left out.
 */
export function affiliationText(aff: XmlElement): string {
  const original = elements(aff, 'institution').find((i) => i.attrs['content-type'] === 'original');
  if (original) return inlineText(original);
  return joinParts(aff)
    .replace(/\s+,/g, ',')
    .replace(/,(\s*,)+/g, ',')
    .replace(/^[\s,;.]+|[\s,;]+$/g, '');
}

function joinParts(element: XmlElement): string {
  let out = '';
  let gap = '';
  let afterPart = false;
  for (const node of element.children) {
    if (typeof node === 'string') {
      out += node;
      gap += node;
      continue;
    }
    if (NOT_AFFILIATION.has(node.local) || (node.local === 'institution' && node.attrs['content-type'] === 'original')) continue;
    const piece = AFFILIATION_PARTS.has(node.local) ? joinParts(node) : inlineText(node);
    if (!piece) continue;
    out += afterPart && gap.trim() === '' ? `, ${piece}` : piece;
    gap = '';
    afterPart = true;
  }
  return out.replace(/[ \t\r\n]+/g, ' ').trim();
}
