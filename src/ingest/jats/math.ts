import { child, descendants, elements, type XmlElement } from './xml.ts';
import { scriptText } from './scripts.ts';

/** Operators read with a space either side when they stand between two operands: `x = y + 1`. */
const SPACED = new Set(['=', '<', '>', '≤', '≥', '≠', '≈', '∼', '~', '≡', '∝', '→', '←', '⇒', '⇔', '↦', '∈', '∉', '⊂', '⊆', '+', '-', '−', '±', '×', '÷', '·', '∧', '∨', '|']);
const ACCENTS = new Set(['¯', '^', 'ˆ', '˜', '~', '˙', '¨', '→', '⃗', '‾', '_']);

/**
 * A formula as text. Display formulas read exactly, as their TeX annotation when the XML carries
 * one; inline formulas read as prose, as their MathML written out in one line (`x² + y_i`), TeX
 * being the fallback either way. A display formula's label, "(3)", follows it.
 */
export function formulaText(formula: XmlElement, display: boolean): string {
  const tex = texText(formula);
  const math = descendants(formula, 'math')[0];
  const written = math ? mathText(math) : '';
  const text = (display ? tex || written : written || tex) || plainText(formula);
  const label = display ? child(formula, 'label') : undefined;
  return label ? `${text} ${plainText(label)}` : text;
}

/** The TeX of a `<tex-math>`, without the `\documentclass … \begin{document}` wrapper and `$` fences. */
function texText(formula: XmlElement): string {
  const tex = descendants(formula, 'tex-math')[0];
  if (!tex) return '';
  return plainText(tex)
    .replace(/^[\s\S]*\\begin\{document\}/, '')
    .replace(/\\end\{document\}[\s\S]*$/, '')
    .trim()
    .replace(/^\$\$?([\s\S]*?)\$?\$$/, '$1')
    .replace(/^\\\[([\s\S]*)\\\]$|^\\\(([\s\S]*)\\\)$/, '$1$2')
    .trim();
}

/** MathML presentation markup written out in one line: `f_k(k)`, `(a + b)/2`, `√(x)`, `x²`. */
export function mathText(element: XmlElement): string {
  return fold(render(element));
}

function render(element: XmlElement): string {
  const rendered = elements(element).map(render);
  const [a, b, c] = rendered;
  switch (element.local) {
    case 'mi':
    case 'mn':
    case 'mtext':
    case 'ms':
      return plainText(element);
    case 'mo': {
      const op = plainText(element).trim();
      if (op === ',' || op === ';') return `${op} `;
      return SPACED.has(op) ? ` ${op} ` : op;
    }
    case 'mspace':
      return ' ';
    case 'mfrac':
      return `${group(a)}/${group(b)}`;
    case 'msup':
      return `${a}${script(b, 'sup')}`;
    case 'msub':
      return `${a}${script(b, 'sub')}`;
    case 'msubsup':
      return `${a}${script(b, 'sub')}${script(c, 'sup')}`;
    case 'munder':
      return `${a}${script(b, 'sub')}`;
    case 'mover':
      return ACCENTS.has((b ?? '').trim()) ? `${a}${(b ?? '').trim()}` : `${a}${script(b, 'sup')}`;
    case 'munderover':
      return `${a}${script(b, 'sub')}${script(c, 'sup')}`;
    case 'msqrt':
      return `√${group(rendered.join(''), true)}`;
    case 'mroot':
      return `${b ?? ''}√${group(a, true)}`;
    case 'mfenced': {
      const open = element.attrs.open ?? '(';
      const close = element.attrs.close ?? ')';
      const separator = (element.attrs.separators ?? ',').trim().charAt(0) || ',';
      return `${open}${rendered.join(`${separator} `)}${close}`;
    }
    case 'mtable':
      return rendered.map(fold).join('; ');
    case 'mtr':
    case 'mlabeledtr':
      return rendered.map(fold).join(' ');
    case 'semantics':
      return a ?? '';
    case 'annotation':
    case 'annotation-xml':
    case 'mphantom':
    case 'none':
    case 'mprescripts':
      return '';
    default:
      return rendered.join('');
  }
}

/** A sub- or superscript: Unicode script characters when every character has one, else `_x` / `^x`. */
function script(text: string | undefined, kind: 'sub' | 'sup'): string {
  const value = fold(text ?? '');
  if (!value) return '';
  return scriptText(value, kind) ?? `${kind === 'sub' ? '_' : '^'}${group(value)}`;
}

/** An operand in brackets when it is more than one token, so `a+b/2` is not misread. */
function group(text: string | undefined, always = false): string {
  const value = fold(text ?? '');
  return always || /[\s+\-−=/]/.test(value) ? `(${value})` : value;
}

function fold(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim();
}

/** Every text of an element, markup ignored. */
export function plainText(element: XmlElement): string {
  return element.children.map((node) => (typeof node === 'string' ? node : plainText(node))).join('');
}
