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

/**
 * An image's alt text in Marp markdown. markdown-it keeps only plain text runs in an alt
 * attribute, so backslash escapes and entities would drop the characters they stand for:
 * characters markdown could read as markup are left out instead, and `&` is written as "and".
 * Marp reads some words of an alt text as image options (`bg`, `fit`, `w:90`, `sepia`, `50%`),
 * which would resize or move the image: a zero-width space before such a word keeps it text, and
 * screen readers do not read it.
 */
const IMAGE_KEYWORD = /(^|\s)(?=(?:bg|fit|contain|cover|auto|left|right|vertical|blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia|w|h|width|height|x|\d[\d.]*%)(?::\S*)?(?:\s|$))/gi;

export function escapeImageAlt(text: string): string {
  return text
    .replace(/&/g, ' and ')
    .replace(/[\\`*_[\]<>|~$^{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(IMAGE_KEYWORD, `$1${ZWSP}`);
}

/** An acronym and what it stands for, as the paper defines it. */
export interface AcronymDefinition {
  short: string;
  long: string;
}

/** Short forms safe to find in escaped text: letters and digits (a capital among them), joined by hyphens. */
const SHORT_FORM = /^(?=[\p{L}\p{N}-]*\p{Lu})[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

/**
 * Marks the paper's acronyms in a line already escaped by `escapeInline` as `<abbr title="…">`, so
 * assistive technology can read out what they stand for. Marp allows `<abbr title>` in a deck's
 * markdown (its HTML allowlist), so the HTML, the PDF and the overflow check all show the same
 * slide, and any Marp tool reads the markdown. The long form is data: escaped for an attribute.
 */
export function markAcronyms(escaped: string, acronyms: readonly AcronymDefinition[]): string {
  const usable = acronyms.filter((a) => a.short.length >= 2 && SHORT_FORM.test(a.short) && a.long.trim());
  if (usable.length === 0) return escaped;
  const longForms = new Map(usable.map((a) => [a.short, a.long]));
  // Short forms hold only letters, digits and hyphens: nothing a regular expression reads as syntax.
  const shorts = [...longForms.keys()].sort((a, b) => b.length - a.length);
  // NOTE: not after `\`, `&` or `#` (an escape or an entity) nor next to a letter, digit or hyphen.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\\\&#-])(${shorts.join('|')})(?![\\p{L}\\p{N};-])`, 'gu');
  return escaped.replace(pattern, (short) => `<abbr title="${escapeAttribute(longForms.get(short)!)}">${short}</abbr>`);
}

function escapeAttribute(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;').replace(/`/g, '&#96;');
}
