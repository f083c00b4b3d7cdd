import { inlineText } from './text.ts';
import { child, type XmlElement } from './xml.ts';

const SUPPLEMENTARY_TITLE = /^(?:supporting information|supplementary (?:material|materials|information|data))$/i;

/** A section's title without its `<label>` and without a number written into it ("1.2. Methods" → "Methods"). */
export function titleOf(sec: XmlElement): string {
  const title = child(sec, 'title');
  return title ? stripNumber(inlineText(title)) : '';
}

/**
 * A title's leading section number: "2.", "2.1", "2.1.3", "IV.", or a bare "2" before a capital
 * ("2 Methods"); a year or a count is kept ("2009 H1N1 pandemic", "3 species").
 */
function stripNumber(title: string): string {
  return title.replace(/^(?:\d+(?:\.\d+)+\.?|\d+\.|[IVX]+\.|\d{1,2}(?=\s+\p{Lu}))\s+(?=\S)/u, '');
}

/** A section of supplementary material: `sec-type="supplementary-material"` or a "Supporting Information" title. */
export function isSupplementary(sec: XmlElement): boolean {
  return /supplementary-material/.test(sec.attrs['sec-type'] ?? '') || SUPPLEMENTARY_TITLE.test(titleOf(sec));
}
