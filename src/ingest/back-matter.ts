import { SMALL_WORDS } from './text.ts';

/**
 * Words that name back matter on their own: a heading needs one of them ("Funding", "Conflict of
 * Interest Statement", "Availability of data and materials", "Abbreviations used").
 */
const NAMING = new Set([
  'acknowledgement', 'acknowledgements', 'acknowledgment', 'acknowledgments', 'funding', 'funder', 'funders',
  'conflict', 'conflicts', 'competing', 'declaration', 'declarations', 'disclosure', 'disclosures',
  'contribution', 'contributions', 'contributorship', 'authorship', 'author', 'authors', 'consent', 'approval',
  'availability', 'supplementary', 'supplemental', 'supporting', 'abbreviation', 'abbreviations',
  'note', 'notes', 'endnotes', 'footnotes', 'additional',
]);

/**
 * Words that go with those in back matter's headings, but that a section's title may hold too
 * ("Data and Methods", "Materials and Methods", "Ethics"): never enough on their own.
 */
const COMPANIONS = new Set([
  'data', 'code', 'software', 'material', 'materials', 'information', 'statement', 'statements', 'interest',
  'interests', 'financial', 'support', 'source', 'sources', 'role', 'ethics', 'ethical', 'participate',
  'publication', 'electronic', 'table', 'tables', 'figure', 'figures', 'file', 'files', 'online', 'list',
  'used', 'details', 'relationships', 'activities', 'credit', 'sharing', 'publisher', 'other', 'all',
]);

/** Back matter whose words are all companions: fixed names, kept as names. */
const NAMED = /^(?:open access|financial support|appendices|appendix(?: [A-Z\d]+\b.*)?)$/i;

/**
 * Whether a heading's words (no number, `#` or colon) name back matter: acknowledgements,
 * funding, conflicts of interest, contributions, availability of data, supplementary material,
 * abbreviations, notes, appendices — alone or combined ("Acknowledgments and Funding",
 * "Supplementary Materials Tables", "Ethics approval and consent to participate"). Every word
 * must belong to back matter's vocabulary or be a small word, a number or a label ("Table S1"),
 * and one word must name back matter; so "Funding policy and research output" is a section.
 */
export function isBackMatterTitle(title: string): boolean {
  if (NAMED.test(title)) return true;
  // NOTE: NFKC undoes ligatures pdftotext keeps ("Conﬂicts").
  const words = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s?(?=\s|$)/g, '')
    .split(/[\s/&,;:–—-]+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  let named = false;
  for (const word of words) {
    if (NAMING.has(word)) named = true;
    else if (!COMPANIONS.has(word) && !SMALL_WORDS.has(word) && !/^(?:s?\d{1,3}|[a-z])$/.test(word)) return false;
  }
  return named;
}

/**
 * Labels that open a paragraph of back matter when run into it ("Funding NV and FMA are
 * supported by …", "Data availability: The datasets …"): the fixed names journals set in bold
 * before such statements. Narrower than `isBackMatterTitle`: a run-in "Limitations" or "Notes"
 * inside a section is the paper's own text, and "Ethics statement" is often a part of Methods.
 */
const RUN_IN_LABEL = new RegExp(
  '^(?:' +
    [
      'acknowledge?ments?',
      'funding(?: (?:information|sources?|statement|support))?',
      'financial (?:support|disclosures?)',
      'sources? of funding',
      'data (?:and (?:code|materials?|software) )?availability(?: statement)?',
      '(?:code|software|materials?) availability(?: statement)?',
      'availability of (?:data|code)(?: and (?:materials?|code|software))?',
      'author(?:s[’\']?)? contributions?(?: statement)?',
      'contribution statement',
      'contributors',
      'credit (?:authorship )?contribution statement',
      'authors[’\']? relationships and activities',
      '(?:declaration of )?competing (?:financial )?interests?(?: statement)?',
      'declaration of interests?',
      'conflicts? of interests?(?: statement)?',
      'duality of interest',
      'disclosures?(?: statement)?',
      'ethics declarations?',
      'ethics approval and consent to participate',
      'consent for publication',
      'reporting summary',
      'accession codes?',
      'additional information',
      'supplementary (?:information|materials?|data)',
      'electronic supplementary material',
      'peer review information',
      'publisher[’\']?s note',
      'open access',
      'author information',
    ].join('|') +
    ')$',
  'i',
);

/** Whether a run-in label (no trailing colon or full stop) names back matter; see `RUN_IN_LABEL`. */
export function isBackMatterLabel(label: string): boolean {
  return RUN_IN_LABEL.test(label.normalize('NFKC').replace(/\s+/g, ' ').replace(/[\s.:—–-]+$/, '').trim());
}

/**
 * The back-matter label a paragraph of plain text opens with, when it has one: the label's words
 * ("Funding", "Authors’ relationships and activities"), then a colon or full stop, or a sentence
 * starting with a capital or a digit ("Funding NV and FMA are supported …"). Running text that
 * merely starts with such a word goes on in lower case ("Funding was provided by …",
 * "Acknowledgements of the debt …") and has no label.
 */
export function backMatterLabel(paragraph: string): string | undefined {
  const text = paragraph.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const words = text.split(' ');
  for (let n = Math.min(words.length - 1, 6); n >= 1; n--) {
    const label = words.slice(0, n).join(' ');
    const rest = words.slice(n).join(' ');
    const marked = /[.:]$/.test(label);
    if (!isBackMatterLabel(label)) continue;
    if (marked || /^[\p{Lu}\d(“"‘]/u.test(rest)) return label.replace(/[.:]$/, '');
  }
  return undefined;
}
