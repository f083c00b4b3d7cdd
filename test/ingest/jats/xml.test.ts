import { describe, expect, it } from 'vitest';
import { LecternError } from '../../../src/errors.ts';
import { readJats } from '../../../src/ingest/jats/index.ts';
import { inlineText } from '../../../src/ingest/jats/text.ts';
import { child, parseXml } from '../../../src/ingest/jats/xml.ts';

const DOCTYPE = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN" "JATS-journalpublishing1.dtd">\n';

function paragraph(xml: string): string {
  const { root } = parseXml(`${DOCTYPE}<article><p>${xml}</p></article>`, 'a.xml');
  return inlineText(child(root, 'p')!);
}

/** The error a piece of XML fails with: its message and where. */
async function failure(xml: string): Promise<LecternError> {
  try {
    await readJats(new TextEncoder().encode(xml), { file: 'papers/broken.xml' });
  } catch (error) {
    if (error instanceof LecternError) return error;
    throw error;
  }
  throw new Error('expected the XML to be refused');
}

describe('reading XML text', () => {
  it('keeps mixed content in order with the spacing the XML gives', () => {
    expect(paragraph('Mean <italic>n</italic> was <bold>12</bold> (<xref ref-type="bibr" rid="b1">1</xref>, <xref ref-type="bibr" rid="b2">2</xref>).')).toBe('Mean n was 12 (1, 2).');
    expect(paragraph('a\n   split\tline')).toBe('a split line');
    expect(paragraph('H<sub>2</sub>O at 10<sup>−3</sup> M and 20 m<sup>2</sup>')).toBe('H₂O at 10⁻³ M and 20 m²');
    expect(paragraph('wild type<sup>a,b</sup> plants')).toBe('wild typea,b plants');
    expect(paragraph('<![CDATA[a < b]]> &amp; c')).toBe('a < b & c');
  });

  it('resolves the named entities a JATS DTD defines without loading the DTD', () => {
    expect(paragraph('5&ndash;7&nbsp;mg, &alpha;&plus;&beta; &lsqb;1&rsqb; &hellip; &#x2009;&#960;')).toBe('5–7\u00a0mg, α+β [1] … \u2009π');
  });

  it('resolves entities the internal DOCTYPE subset declares', () => {
    const { root } = parseXml('<!DOCTYPE article [\n  <!ENTITY journal "Journal of Tests">\n  <!ENTITY mark \'&#x2020;\'>\n]>\n<article><p>In &journal;&mark;.</p></article>', 'a.xml');
    expect(inlineText(child(root, 'p')!)).toBe('In Journal of Tests†.');
  });

  it('keeps an unknown entity as written, with a warning at its line', () => {
    const { root, diagnostics } = parseXml('<article>\n<p>a &notAnEntity; b</p></article>', 'a.xml');
    expect(inlineText(child(root, 'p')!)).toBe('a &notAnEntity; b');
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('&notAnEntity;'), location: expect.objectContaining({ file: 'a.xml', line: 2 }) })]);
  });

  it('puts block-level parts and name parts one space apart', () => {
    expect(paragraph('<list><list-item><p>one</p></list-item><list-item><p>two</p></list-item></list>')).toBe('one two');
    expect(paragraph('<name><surname>Lopez</surname><given-names>A</given-names></name>, <name><surname>Murray</surname><given-names>C</given-names></name>')).toBe('Lopez A, Murray C');
  });

  it('gives every element an XPath-like path, indexed only among same-named siblings', () => {
    const { root } = parseXml('<article><body><sec><p/><p/></sec><sec><p/></sec></body></article>', 'a.xml');
    const body = child(root, 'body')!;
    const [first, second] = body.children.filter((n) => typeof n !== 'string') as ReturnType<typeof child>[];
    expect(first!.path).toBe('/article/body/sec[1]');
    expect(child(first!, 'p')!.path).toBe('/article/body/sec[1]/p[1]');
    expect(child(second!, 'p')!.path).toBe('/article/body/sec[2]/p');
  });
});

describe('malformed XML', () => {
  it('names the file, line and column of a mismatched closing tag and what was expected', async () => {
    const error = await failure(`${DOCTYPE}<article>\n<body>\n  <p>text <italic>x</p>\n</body></article>`);
    expect(error.location).toEqual({ file: 'papers/broken.xml', line: 5, column: 20 });
    expect(error.message).toBe('mismatched closing tag </p>; expected </italic> to close <italic> (opened at line 5, column 11)');
  });

  it('says where an element was left open when the file ends', async () => {
    const error = await failure(`${DOCTYPE}<article><body>\n<p>cut off`);
    expect(error.location).toMatchObject({ file: 'papers/broken.xml', line: 4 });
    expect(error.message).toBe('the file ends inside <p> (opened at line 4, column 1); expected </p> (is the file cut short?)');
  });

  it('explains an unquoted attribute, a bare ampersand and a second root', async () => {
    const unquoted = await failure('<article>\n<sec id=s1/></article>');
    expect(unquoted.location).toMatchObject({ line: 2 });
    expect(unquoted.message).toMatch(/^malformed XML: unquoted attribute value; expected attribute values in quotes/);
    const ampersand = await failure('<article>\n<p>R & D</p></article>');
    expect(ampersand.location).toEqual({ file: 'papers/broken.xml', line: 2, column: 6 });
    expect(ampersand.message).toBe('a bare & that starts no entity; expected &amp; for the character, or an entity such as &name; or &#number;');
    const twoRoots = await failure('<article/>\n<article/>');
    expect(twoRoots.location).toMatchObject({ line: 2 });
    expect(twoRoots.message).toMatch(/expected one root element, <article>/);
  });

  it('refuses XML whose root is not <article>', async () => {
    const error = await failure('<?xml version="1.0"?>\n<book><title>x</title></book>');
    expect(error.message).toBe("the XML's root element is <book>; expected a JATS <article>");
    expect(error.location).toEqual({ file: 'papers/broken.xml', line: 2, column: 1 });
  });
});
