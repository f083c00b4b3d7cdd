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
