// Synthetic papers in the two shapes pasted text takes: pdftotext's output of a journal's PDF
// (lines wrapped at a column width, headings set tight above their text, a page's foot and a form
// feed every few dozen lines) and clean text exported from XML or a word processor (a paragraph
// a line, blank lines between). Tests write a paper once as a list of parts and read it in both.

/** A paper as its parts in reading order: a heading's line, or a paragraph. */
export type Part = { heading: string } | { paragraph: string } | { line: string };

export const heading = (text: string): Part => ({ heading: text });
export const paragraph = (text: string): Part => ({ paragraph: text });
/** A line kept as it is in both layouts (a byline, a keywords line, a reference). */
export const line = (text: string): Part => ({ line: text });

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return current ? [...lines, current] : lines;
}

/**
 * As pdftotext writes a one-column PDF: paragraphs wrapped at 84 columns, a heading directly above
 * its first paragraph, paragraphs apart by a blank line, and at the end of every page the page's footer,
 * its number, a form feed and the next page's running header with its number (every 16 lines
 * unless told).
 */
export function pdfLayout(parts: readonly Part[], pageLines = 16, journal = 'Journal of Field Ecology 31 (2024)'): string {
  const out: string[] = [];
  let onPage = 0;
  let page = 1;
  const push = (text: string) => {
    out.push(text);
    if (text !== '' && ++onPage >= pageLines) {
      out.push('', journal, '', String(page), `\f${page + 1} Costa et al.`, '');
      page++;
      onPage = 0;
    }
  };
  parts.forEach((part, i) => {
    if ('heading' in part) {
      if (i > 0 && out[out.length - 1] !== '') push('');
      push(part.heading);
    } else if ('line' in part) push(part.line);
    else {
      for (const text of wrap(part.paragraph, 84)) push(text);
      push('');
    }
  });
  if (onPage > 0) out.push('', journal, '', String(page));
  return out.join('\n');
}

/** As clean text: one paragraph (or heading) a line, with a blank line between them or without. */
export function cleanLayout(parts: readonly Part[], blankLines = true): string {
  const lines = parts.map((part) => ('heading' in part ? part.heading : 'line' in part ? part.line : part.paragraph));
  return lines.join(blankLines ? '\n\n' : '\n');
}
