import type { Paper } from '../content/paper.ts';

/** Institutions a title slide names: the authors' first few, as a lecturer would introduce them. */
const MAX_AFFILIATIONS = 3;
/** Notes on the authors that a paper sets among its affiliations, and a title slide does not show. */
const AUTHOR_NOTE = /contributed equally|e-?mail|correspond|present address|deceased|✉|@/i;

/**
 * A title slide's byline: the authors, then their first institutions, one a line. A paper that
 * runs its affiliations together ("…, Shanghai, China. University of …", "…, Germany 2 TUM …") has
 * them told apart; notes on the authors (equal contribution, e-mail) are left to the paper.
 */
export function titleByline(paper: Paper): string[] {
  const authors = paper.authors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ');
  const institutions = paper.affiliations
    .flatMap(apart)
    .map((part) => part.trim().replace(/[,;.]+$/, ''))
    .filter((part) => part.length > 0 && !AUTHOR_NOTE.test(part));
  return [authors, ...[...new Set(institutions)].slice(0, MAX_AFFILIATIONS)].filter(Boolean);
}

/**
 * One affiliation string as the institutions it runs together: at a sentence's end ("…, China.
 * University of …", not "GmbH & Co. KG"), and at markers numbered on from 2 ("…, Germany 2 TUM
 * Graduate School …, Germany 3 AbbVie …"; a street number, "10 Marie-Curie", is no marker).
 */
function apart(affiliation: string): string[] {
  const sentences = affiliation.split(/(?<=\p{L}{2})(?<!\b(?:Co|Inc|Ltd|St|Dr|Mt|Av|Ave|Str))\.\s+(?=\p{Lu})/u);
  return sentences.flatMap((sentence) => {
    const parts: string[] = [];
    let rest = sentence;
    for (let marker = 2; ; marker++) {
      const at = new RegExp(`\\s${marker}\\s+(?=\\p{Lu}\\p{L})`, 'u').exec(rest);
      if (!at) break;
      parts.push(rest.slice(0, at.index));
      rest = rest.slice(at.index + at[0].length);
    }
    return [...parts, rest];
  });
}
