/**
 * XML text and attribute values from content: paper text is data, so every `<`, `&` and quote is
 * escaped, and characters XML 1.0 cannot hold at all (control characters, lone surrogates) are
 * left out rather than making the file unreadable.
 */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Text shown as HTML by the LMS: escaped once for HTML here, and once more for XML where it is written. */
export function htmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An identifier safe in any XML attribute and in LMS ids: letters, digits, `-`, `_`, `.`. */
export function ident(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_.-]+/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}
