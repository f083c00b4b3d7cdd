/**
 * Escaping for text that is data, never markup. Slide text goes into Marp markdown, notes into an
 * HTML comment that Marp shows in the presenter view; neither may start a slide, close a note,
 * inject HTML or run as a directive.
 */

/** U+200B ZERO WIDTH SPACE: invisible, and not whitespace to YAML or to Marp's comment parser. */
const ZWSP = '\u200B';

/**
 * Makes text safe inside a Marp note (`<!-- … -->`). A comment cannot contain `-->` literally, so
 * an invisible zero-width space is put before its `>`.
 *
 * Marp reads a comment whose text parses as a YAML mapping as directives, and YAML has many
 * spellings of a key (tags, anchors, quoted and escaped keys, flow mappings, `?` keys). Rather
 * than break each spelling, every line starts with a zero-width space: no line is then indented
 * or starts with a YAML indicator, so any mapping YAML finds has keys that begin with U+200B, and
 * no directive name does. Everything else, apostrophes and `<` included, is kept.
 */
export function escapeNote(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/(-{2,})>/g, `$1${ZWSP}>`)
    .replace(/^(?=.)/gm, ZWSP);
}

/** Removes what `escapeNote` added, giving back the text as written. */
export function unescapeNote(text: string): string {
  return text.replaceAll(ZWSP, '');
}

/**
 * Makes text safe as one line of Marp markdown: every character that markdown, HTML or Marp could
 * read as markup is backslash-escaped or written as an entity, and line breaks fold to spaces.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|~$^]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/-(?=-)/g, '\\-')
    .replace(/=(?==)/g, '\\=')
    .replace(/:(?=[\w+-])/g, '\\:')
    .replace(/!(?=\\\[)/g, '\\!')
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
