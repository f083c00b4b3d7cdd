import { Marp } from '@marp-team/marp-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeNote, unescapeNote } from '../../src/render/escape.ts';

/**
 * Marp reads a comment as directives when its text parses as a YAML mapping with a directive
 * name as a key. These paragraphs spell directive keys every way YAML allows.
 */
const SPELLINGS = [
  'theme: gaia',
  '_class: lead invert',
  '!!str _class: lead invert',
  '!<tag:yaml.org,2002:str> header: Injected',
  '&s style: "section { background: red; }"',
  '"he\\x61der": Injected',
  '"\\u0068eader": Injected',
  "'_class': invert",
  'header : Injected',
  'header:\tInjected',
  '  header: Injected',
  '{header: Injected, _class: invert}',
  '{ "_backgroundImage": "url(https://example.com/x.png)" }',
  '? header\n: Injected',
  '_backgroundImage: url(https://example.com/x.png)',
  'header: &a Injected\nfooter: *a',
  'header: Injected # a comment',
  '---\nheader: Injected',
  '%YAML 1.2\n---\nheader: Injected\n...',
  '<<: {header: Injected}',
  '- header: Injected',
  'paginate: true\nheaderDivider: 2\nstyle: |\n  section { color: red; }',
];

const marp = new Marp({ emoji: { shortcode: false, unicode: false }, math: false, script: false });

/** A one-slide deck whose only note is `text`, written the way Lectern's templates write notes. */
function deckWithNote(text: string): string {
  return `---\nmarp: true\n---\n\n## A slide\n\n<!--\n${escapeNote(text)}\n-->\n`;
}

/** The comments Marp applied as directives rather than keeping as notes. */
function directiveComments(markdown: string): string[] {
  const tokens: { type: string; content: string; meta?: { marpitCommentParsed?: string } }[] = marp.markdown.parse(markdown, {});
  return tokens.filter((t) => t.type === 'marpit_comment' && t.meta?.marpitCommentParsed === 'directive').map((t) => t.content);
}

describe('notes are never Marp directives', () => {
  for (const text of SPELLINGS) {
    it(`keeps ${JSON.stringify(text)} as a note`, () => {
      const markdown = deckWithNote(text);
      expect(directiveComments(markdown)).toEqual([]);
      const { html, comments } = marp.render(markdown);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.map(unescapeNote)).toEqual([text]);
      expect(html.match(/<section\b/g)).toHaveLength(1);
      expect(html).not.toMatch(/<header|Injected|data-class|invert|lead|background-image|example\.com|color:\s*red|data-theme="gaia"/);
    });
  }

  it('gives back the text exactly', () => {
    for (const text of SPELLINGS) expect(unescapeNote(escapeNote(text))).toBe(text);
  });

  it('keeps random text inside one note on one slide, adding no HTML', () => {
    // Text drawn from YAML's and markdown's own punctuation, so that directive-like, comment-like
    // and slide-like lines come up often.
    const piece = fc.oneof(
      fc.constantFrom('header', '_class', 'style', 'theme', 'backgroundImage', 'paginate', ':', ': ', '"', "'", '!!str ', '&a ', '*a', '? ', '- ', '{', '}', '[', ']', ',', '#', '|', '>', '<', '!', '--', '-->', '<!--', '---', '...', '%YAML 1.2', '\n', '\n\n', '  ', '\t', '\\x61', '<script>', '<img src=x onerror=alert(1)>', '{{x}}', '$$', '`'),
      fc.string({ maxLength: 6 }),
    );
    // A line that names a directive in one of YAML's spellings of a key.
    const key = fc.constantFrom('header', '_class', 'style', 'theme', '_backgroundImage', 'footer');
    const directive = fc
      .tuple(fc.constantFrom('', '!!str ', '&a ', '? ', '  ', '- ', '!<tag:yaml.org,2002:str> '), key, fc.constantFrom('plain', 'double', 'hex', 'single'), fc.constantFrom(': ', ' : ', ':\t', '\n: '), fc.string({ maxLength: 8 }))
      .map(([before, name, quoting, colon, value]) => {
        const written = quoting === 'double' ? `"${name}"` : quoting === 'single' ? `'${name}'` : quoting === 'hex' ? `"\\x${name.charCodeAt(0).toString(16)}${name.slice(1)}"` : name;
        return `${before}${written}${colon}${value}`;
      });
    const line = fc.oneof(directive, fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')));
    const text = fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, (paper) => {
        fc.pre(paper.trim() !== '');
        const markdown = deckWithNote(paper);
        expect(directiveComments(markdown)).toEqual([]);
        const { html, comments } = marp.render(markdown);
        expect(html.match(/<section\b/g)).toHaveLength(1);
        expect(comments).toHaveLength(1);
        expect(comments[0]).toHaveLength(1);
        // Marp trims a comment's text; everything between is kept.
        expect(unescapeNote(comments[0]![0]!).trim()).toBe(paper.replace(/\r\n?/g, '\n').trim());
        expect(html).not.toMatch(/<script|<img|<header|<footer|onerror/);
      }),
      { numRuns: Number(process.env.LECTERN_FUZZ_RUNS ?? 150), seed: Number(process.env.LECTERN_FUZZ_SEED ?? 20261207) },
    );
  });
});

describe("course.yaml's header and footer are data", () => {
  it('stay literal text in the header and footer, applying no directive', async () => {
    const { ingestPaper } = await import('../../src/ingest/index.ts');
    const { planDecks } = await import('../../src/plan/index.ts');
    const { parseCourse } = await import('../../src/content/course.ts');
    const { createRenderer } = await import('../../src/render/index.ts');
    const { readBundledPaper } = await import('../helpers.ts');
    const { paper } = ingestPaper(readBundledPaper());
    const deck = planDecks(paper, parseCourse('c', '', 'course.yaml', paper))[1]!;
    const header = '"\n_class: invert\nstyle: "section { color: red; }"';
    const footer = '<!-- _class: lead --> ---\n--> {{x}} !!str _class: lead';
    const { html, css } = marp.render(createRenderer().render(deck, { theme: 'lectern', header, footer }));
    expect(html).not.toMatch(/class="[^"]*\b(invert|lead)\b/);
    expect(css).not.toMatch(/color:\s*red/);
    const headers = [...html.matchAll(/<header>([\s\S]*?)<\/header>/g)].map((m) => m[1]);
    const footers = [...html.matchAll(/<footer>([\s\S]*?)<\/footer>/g)].map((m) => m[1]);
    expect(headers.length).toBe(deck.slides.length);
    expect(headers[0]).toContain('_class: invert style: &quot;section { color: red; }&quot;');
    expect(footers[0]).toContain('&lt;!-- _class: lead --&gt;');
  });
});
