/** What a font's name says about it: its family and whether it is bold or italic. */
export interface FontStyle {
  /** The name as the PDF gives it, without the subset prefix: "Times-Bold", "AdvOT3b30f6db.B". */
  name: string;
  /** The family without weight and slant: "Times", "SourceSerifPro". */
  family: string;
  bold: boolean;
  italic: boolean;
  /** Math fonts (TeX's CMMI/CMSY, symbol fonts): their glyphs are formulas, not words. */
  math: boolean;
  /** Typewriter fonts: code, file names and commands, never a heading's face. */
  monospace: boolean;
  /** The weight the name gives, lightest first: "light", "regular", "medium", "bold", "black". */
  weight: 'light' | 'regular' | 'medium' | 'bold' | 'black';
}

/**
 * Weights heavier than regular, as font names write them: "Bold", "Semibold", "Black", "Heavy",
 * "Medi" (URW's Nimbus), TeX's "CMBX"/"SFBX", Advent's ".B" suffix. A "Light" body with a
 * "Regular" heading is caught by comparing fonts, not by this.
 */
const BOLD = /bold|black|heavy|demi|medi(?:um)?(?:$|[^a-z])|[-_.,]bd?$|[-_.,]bi$|^(?:cm|sf|lm)[a-z]*bx|^cmb\d/i;
/** "Italic", "Oblique", "-It", TeX's "CMTI"/"SFTI", Advent's ".I" suffix. */
const ITALIC = /italic|oblique|ital(?:$|[^a-z])|[-_.,]b?i$|-[a-z]*it$|^(?:cm|sf|lm)[a-z]*ti\d|^cmsl/i;
const MATH = /^(?:cmmi|cmsy|cmex|msam|msbm|stixmath|cambria math|symbol|mtsy|mtmi|euex|rsfs)|math/i;

const MONOSPACE = /mono|code|courier|typewriter|consol|^cmtt|^sftt|^lmmono|inconsolata|menlo/i;

export function fontStyle(fullName: string): FontStyle {
  const name = fullName.replace(/^[A-Z]{6}\+/, '');
  // NOTE: a "+fb" or "+20" after the name is a piece of the same font (its ligatures, its spaces).
  const base = name.replace(/\+[0-9a-z]{1,3}$/i, '');
  const bold = BOLD.test(base);
  const italic = ITALIC.test(base) && !/^cmmi/i.test(base);
  return { name, family: family(base), bold, italic, math: MATH.test(base), monospace: MONOSPACE.test(base), weight: weightOf(base, bold) };
}

/** A family name for comparing fonts: style words and Advent's suffixes taken off. */
function family(name: string): string {
  return name
    .replace(/[+][0-9a-z]{1,3}$/i, '')
    .replace(/[-_,.](?:[A-Za-z]{1,3})$/, '')
    .replace(/(?:bold|black|heavy|semi|demi|light|regular|roman|medium|medi|regu|book|italic|oblique|ital|it|condensed|cond|cn|mt|ps)+$/gi, '')
    .replace(/[-_, ]+$/, '')
    .toLowerCase();
}

function weightOf(name: string, bold: boolean): FontStyle['weight'] {
  if (/black|heavy/i.test(name)) return 'black';
  if (bold) return 'bold';
  if (/medium|semi|demi/i.test(name)) return 'medium';
  if (/light|thin|book/i.test(name)) return 'light';
  return 'regular';
}
