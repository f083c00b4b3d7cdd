import { LANGUAGE_TAG, type Author, type Dropped } from '../../content/paper.ts';
import { affiliationText, contribName } from './names.ts';
import { dropElement, dropText } from './dropped.ts';
import { inlineText } from './text.ts';
import { child, descendants, elements, type XmlElement } from './xml.ts';

/** What the article's front matter gives the paper. */
export interface Front {
  title: string;
  authors: Author[];
  affiliations: string[];
  abstract: string;
  keywords: string[];
  /** The article's `xml:lang`, when it is a language tag. */
  language?: string;
  dropped: Dropped[];
}

/** Abstract types that are not the paper's abstract: digests, summaries, teasers, tables of contents. */
const SECONDARY_ABSTRACT = /summary|digest|teaser|toc|graphical|precis|highlight|key-?points|impact|lay|short|web|video|audio/i;
const TITLE_MARKS = new Set(['xref', 'fn']);

/**
 * Reads `<front>/<article-meta>`: the title (footnote marks left out), the authors in byline
 * order, their affiliations, the main abstract, and keywords in the article's language. Other
 * abstracts (digests, editors' summaries), translations and subtitles are listed as dropped.
 */
export function readFront(article: XmlElement): Front {
  const meta = child(child(article, 'front') ?? article, 'article-meta');
  const front: Front = { title: '', authors: [], affiliations: [], abstract: '', keywords: [], dropped: [] };
  if (!meta) return front;
  const language = article.attrs['xml:lang'];
  if (language && LANGUAGE_TAG.test(language.trim())) front.language = language.trim();
  const titleGroup = child(meta, 'title-group');
  const title = titleGroup && child(titleGroup, 'article-title');
  front.title = title ? inlineText(title, { skip: TITLE_MARKS }) : '';
  for (const extra of titleGroup ? elements(titleGroup, 'subtitle', 'trans-title-group', 'alt-title') : []) {
    if (extra.local !== 'alt-title') front.dropped.push(...dropElement(extra, 'front matter'));
  }

  const { authors, affiliations } = byline(meta);
  front.authors = authors;
  front.affiliations = affiliations;

  const abstracts = elements(meta, 'abstract').filter((a) => sameLanguage(a, language));
  const main = abstracts.find((a) => !a.attrs['abstract-type']) ?? abstracts.find((a) => !SECONDARY_ABSTRACT.test(a.attrs['abstract-type']!)) ?? (abstracts.length === 1 ? abstracts[0] : undefined);
  for (const other of elements(meta, 'abstract', 'trans-abstract')) {
    if (other === main) front.abstract = abstractText(other, front.dropped);
    else front.dropped.push(...dropElement(other, 'front matter'));
  }

  for (const group of elements(meta, 'kwd-group')) {
    if (!sameLanguage(group, language) || !authorKeywords(group)) {
      front.dropped.push(...dropElement(group, 'front matter'));
      continue;
    }
    for (const keyword of elements(group, 'kwd', 'compound-kwd')) {
      const text = inlineText(keyword);
      if (text && !front.keywords.includes(text)) front.keywords.push(text);
    }
  }
  return front;
}

/**
 * Authors (`contrib-type="author"`, or no type) in byline order, and the affiliations that are
 * theirs: an editor's or reviewer's affiliation is not the paper's.
 */
function byline(meta: XmlElement): { authors: Author[]; affiliations: string[] } {
  const authors: Author[] = [];
  const authorAffs = new Set<string>();
  const otherAffs = new Set<string>();
  const others = new Set<XmlElement>();
  for (const group of elements(meta, 'contrib-group')) {
    for (const contrib of elements(group, 'contrib')) {
      const isAuthor = (contrib.attrs['contrib-type'] ?? 'author').toLowerCase() === 'author';
      const refs = descendants(contrib, 'xref').filter((x) => x.attrs['ref-type'] === 'aff').flatMap((x) => (x.attrs.rid ?? '').split(/\s+/));
      for (const rid of refs) (isAuthor ? authorAffs : otherAffs).add(rid);
      if (!isAuthor) {
        others.add(contrib);
        continue;
      }
      const name = contribName(contrib);
      if (name) authors.push({ name });
    }
  }
  const affiliations: string[] = [];
  const visit = (element: XmlElement) => {
    for (const node of elements(element)) {
      if (others.has(node)) continue;
      if (node.local === 'aff') {
        const id = node.attrs.id;
        if (id && otherAffs.has(id) && !authorAffs.has(id)) continue;
        const text = affiliationText(node);
        if (text && !affiliations.includes(text)) affiliations.push(text);
      } else if (node.local === 'contrib-group' || node.local === 'contrib' || node.local === 'aff-alternatives') visit(node);
    }
  };
  visit(meta);
  return { authors, affiliations };
}

/**
 * The abstract as text: its paragraphs one after another, a structured abstract's parts led by
 * their titles ("Background: …"). Its own heading ("Abstract", "Summary") is not its text; a
 * paragraph that only gives the article's DOI is publisher furniture.
 */
function abstractText(abstract: XmlElement, dropped: Dropped[]): string {
  const parts: string[] = [];
  const content = elements(abstract).filter((e) => e.local !== 'title' && e.local !== 'label' && e.local !== 'object-id');
  // NOTE: an abstract of one titled part ("Summary") has a heading, not parts.
  if (content.length === 1 && content[0]!.local === 'sec') return abstractText(content[0]!, dropped);
  for (const node of elements(abstract)) {
    if (node.local === 'title' || node.local === 'label' || node.local === 'object-id') continue;
    if (node.local === 'sec') {
      const title = child(node, 'title');
      const inner = abstractText(node, dropped).split('\n\n').filter(Boolean);
      const lead = title ? inlineText(title) : '';
      if (lead && inner.length) inner[0] = `${lead}${/[.:?!]$/.test(lead) ? '' : ':'} ${inner[0]}`;
      parts.push(...inner);
      continue;
    }
    const text = inlineText(node);
    if (!text) continue;
    if (isDoiLine(text)) dropped.push(dropText(node, text, 'publisher furniture'));
    else parts.push(text);
  }
  return parts.join('\n\n');
}

/** "DOI: http://dx.doi.org/10.7554/…": a line that only names a DOI. */
export function isDoiLine(text: string): boolean {
  return /^doi:?\s*(?:https?:\/\/\S+|10\.\S+)$/i.test(text);
}

/**
 * Whether a keyword group is the authors' keywords (untyped, or typed "author…"/"…keywords"), not
 * a subject scheme (research organism, JEL or MSC codes) the publisher adds.
 */
function authorKeywords(group: XmlElement): boolean {
  const type = group.attrs['kwd-group-type'];
  return !type || /author|keyword/i.test(type);
}

/** Whether an element is in the article's language (no language on either side counts as the same). */
function sameLanguage(element: XmlElement, language: string | undefined): boolean {
  const own = element.attrs['xml:lang'];
  if (!own || !language) return true;
  return own.toLowerCase().split('-')[0] === language.toLowerCase().split('-')[0];
}
