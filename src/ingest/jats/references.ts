import type { Reference } from '../../content/paper.ts';
import { inlineText } from './text.ts';
import { child, descendants, elements, type XmlElement } from './xml.ts';

const CITATIONS = new Set(['mixed-citation', 'element-citation', 'nlm-citation', 'citation']);
const NO_LABEL = new Set(['label']);

/**
 * The references of every `<ref-list>` given (nested lists included), in order: numbered by
 * their `<label>` when it is a number, their text read from the citation as the paper prints it
 * (`mixed-citation`) or, for bare structured citations, written out: authors (year) title.
 * source volume(issue): pages.
 */
export function readReferences(lists: readonly XmlElement[]): Reference[] {
  const references: Reference[] = [];
  for (const list of lists) {
    for (const ref of descendants(list, 'ref')) {
      const text = referenceText(ref);
      if (!text) continue;
      const label = child(ref, 'label');
      const n = label ? /^[[(]?(\d+)[.)\]]?$/.exec(inlineText(label))?.[1] : undefined;
      references.push({ ...(n ? { n: Number(n) } : {}), text });
    }
  }
  return references;
}

function referenceText(ref: XmlElement): string {
  const alternatives = child(ref, 'citation-alternatives');
  const citations = elements(alternatives ?? ref).filter((e) => CITATIONS.has(e.local));
  const citation = citations.find((c) => c.local === 'mixed-citation') ?? citations[0];
  if (!citation) return inlineText(ref, { skip: NO_LABEL });
  const punctuated = citation.children.some((node) => typeof node === 'string' && /[^\s]/.test(node));
  // NOTE: some mixed citations open with the punctuation that followed a removed label (". Adami F").
  return punctuated ? inlineText(citation, { skip: NO_LABEL }).replace(/^[\s.,;:]+/, '') : structuredText(citation);
}

/** A structured citation with no punctuation of its own, written out in a common style. */
function structuredText(citation: XmlElement): string {
  const text = (...names: string[]) => {
    for (const name of names) {
      const element = child(citation, name);
      if (element) return inlineText(element);
    }
    return '';
  };
  const groups = elements(citation, 'person-group');
  const authorGroup = groups.find((g) => (g.attrs['person-group-type'] ?? 'author') === 'author') ?? groups[0];
  const people = (authorGroup ? elements(authorGroup) : elements(citation, 'name', 'string-name', 'collab', 'etal')).map(personText).filter(Boolean);
  const year = text('year');
  const title = text('article-title', 'chapter-title', 'data-title', 'part-title');
  const source = text('source');
  const volume = text('volume');
  const issue = text('issue');
  const first = text('fpage');
  const last = text('lpage');
  const pages = first ? (last ? `${first}–${last}` : first) : text('elocation-id', 'page-range');
  const publisher = [text('publisher-loc'), text('publisher-name')].filter(Boolean).join(': ');
  const parts = [
    [people.join(', '), year && `(${year})`].filter(Boolean).join(' '),
    title,
    [source, volume && `${volume}${issue ? `(${issue})` : ''}`].filter(Boolean).join(' ') + (pages ? `: ${pages}` : ''),
    publisher,
    text('comment'),
    ...elements(citation, 'ext-link', 'uri').map((link) => inlineText(link)),
  ];
  const doi = elements(citation, 'pub-id').find((id) => id.attrs['pub-id-type'] === 'doi');
  if (doi) parts.push(`doi:${inlineText(doi)}`);
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/[.?!]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

/** A name as a reference list writes it: "Surname Initials", a group's name, "et al.". */
function personText(person: XmlElement): string {
  if (person.local === 'name') {
    const surname = child(person, 'surname');
    const given = child(person, 'given-names');
    return [surname && inlineText(surname), given && inlineText(given)].filter(Boolean).join(' ');
  }
  if (person.local === 'etal') return 'et al.';
  return person.local === 'string-name' || person.local === 'collab' ? inlineText(person) : '';
}
