import { joinLines, splitLines } from './chunks.ts';
import { cleanLines } from './clean.ts';
import { stripMarkup } from './markdown.ts';
import { foldSpace } from './text.ts';

/**
 * Text as ingest reads it, for checking that slide notes are the paper's own words: running
 * headers and page numbers removed, words hyphenated across line breaks rejoined exactly as
 * ingest rejoins them, markdown emphasis removed and white space folded. Apply it to the paper
 * and to a note alike, then a verbatim note is a substring of the paper.
 */
export function normalizeForComparison(text: string): string {
  // NOTE: the hyphenation marks look past blank lines, so a word split by a page break rejoins too.
  const { lines } = cleanLines(splitLines(text));
  return foldSpace(stripMarkup(joinLines(lines.filter((line) => line.text.trim() !== ''))));
}
