import { Marp } from '@marp-team/marp-core';
import { describe, expect, it } from 'vitest';
import { parseCourse } from '../../src/content/course.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { planDecks } from '../../src/plan/index.ts';
import { createRenderer } from '../../src/render/index.ts';
import { escapeInline, escapeNote, markAcronyms, unescapeNote } from '../../src/render/escape.ts';

/** A paper whose text tries every way out of being data. */
const HOSTILE = `A Paper About Escaping

Ada Lovelace

INTRODUCTION

The patients' own cells ended the comment early --> and then went on. A note could contain <!-- _class: invert --> as text.

Markup Attempts: Some papers quote <script>alert("x")</script> in their text. Others quote {{x}} and {{#each y}}z{{/each}} from templates. Costs were $5 and $6 per dose.

---

class: invert

CONCLUSION

Nothing here is markup: *not bold*, _not italic_, [not a link](http://example.com) and # not a heading.
`;

const COURSE = `blocks:
  introduction/p1:
    title: "{{title}} <b>bold</b> ---"
    bullets:
      - "---"
      - "<!-- _backgroundColor: red -->"
      - "1. not a list"
      - "Templates say {{x}} and {{{y}}}"
`;

const { paper } = ingestPaper(HOSTILE);
const decks = planDecks(paper, parseCourse('hostile', COURSE, 'course.yaml', paper));
const renderer = createRenderer();
const marp = new Marp({ emoji: { shortcode: false, unicode: false }, math: false, script: false });

describe('content is data', () => {
  for (const deck of decks) {
    it(`renders ${deck.id} with every slide and note intact`, () => {
      const markdown = renderer.render(deck, { theme: 'lectern' });
      const { html, comments } = marp.render(markdown);
      const sections = html.match(/<section\b/g) ?? [];
      expect(sections).toHaveLength(deck.slides.length);
      deck.slides.forEach((slide, i) => {
        const expected = [slide.notes, slide.sourceLine].filter(Boolean).join('\n\n');
        const notes = (comments[i] ?? []).map(unescapeNote).join('\n\n');
        expect(notes).toBe(expected);
      });
      expect(html).not.toMatch(/<script|<b>|<a |<em>|<strong>|<h1[^>]*>\s*not a heading/);
      expect(html).not.toMatch(/class="[^"]*invert/);
      expect(html).not.toMatch(/background-color:\s*red/);
      expect(markdown).not.toContain('&#x27;');
    });
  }

  it('keeps template syntax, HTML and directive comments as literal text', () => {
    const markdown = decks.map((deck) => renderer.render(deck, { theme: 'lectern' })).join('\n');
    const html = decks.map((deck) => marp.render(renderer.render(deck, { theme: 'lectern' })).html).join('\n');
    expect(html).toContain('{{title}} &lt;b&gt;bold&lt;/b&gt; ---');
    expect(html).toContain('Templates say {{x}} and {{{y}}}');
    expect(html).toContain('&lt;!-- _backgroundColor: red --&gt;');
    expect(html).toContain('1. not a list');
    expect(markdown).toContain("The patients' own cells ended the comment early --\u200B> and then went on.");
  });

  it('escapes inline markup and restores notes exactly', () => {
    expect(escapeInline('a *b* <c> & d --- 1:2 {{e}}')).toBe('a \\*b\\* &lt;c&gt; &amp; d \\-\\-- 1\\:2 {{e}}');
    const note = 'x --> y\nclass: invert\n{a: b}';
    expect(escapeNote(note)).not.toMatch(/-->|^class:|^\{/m);
    expect(unescapeNote(escapeNote(note))).toBe(note);
  });
});

describe('acronyms on slides', () => {
  const slideHtml = (text: string, acronyms: { short: string; long: string }[]) =>
    marp.render(`---\nmarp: true\n---\n\n- ${markAcronyms(escapeInline(text), acronyms)}\n\n| a |\n|---|\n| ${markAcronyms(escapeInline(text), acronyms)} |\n`).html;

  it('are marked up as <abbr title> in the HTML Marp makes, whole words only', () => {
    const html = slideHtml('EGFR inhibitors, not EGFRs or pEGFR; also IL-6 and P-gp.', [
      { short: 'EGFR', long: 'epidermal growth factor receptor' },
      { short: 'IL-6', long: 'interleukin 6' },
      { short: 'P-gp', long: 'P-glycoprotein' },
    ]);
    expect(html).toContain('<li><abbr title="epidermal growth factor receptor">EGFR</abbr> inhibitors, not EGFRs or pEGFR; also <abbr title="interleukin 6">IL-6</abbr> and <abbr title="P-glycoprotein">P-gp</abbr>.</li>');
  });

  it('carry their long form as data: it cannot close the attribute, add an element or split a table cell', () => {
    const html = slideHtml('The XSS test', [{ short: 'XSS', long: '"><script>alert(1)</script> | `code` & more' }]);
    expect(html).not.toMatch(/<script|<code>/);
    expect(html.match(/<abbr title="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; \| `code` &amp; more">XSS<\/abbr>/g)).toHaveLength(2);
    expect(html.match(/<td>/g)).toHaveLength(1);
  });

  it('never touch an escape or an entity, and keep markup the paper wrote as text', () => {
    const abbr = (short: string) => `<abbr title="x">${short}</abbr>`;
    expect(markAcronyms(escapeInline('AMP &AMP <abbr> \\AMP'), [{ short: 'AMP', long: 'x' }])).toBe(`${abbr('AMP')} &amp;${abbr('AMP')} &lt;abbr&gt; \\\\AMP`);
    // An acronym needs a capital: an entity's name (amp, lt, gt) is never one.
    expect(markAcronyms(escapeInline('a & b < c'), [{ short: 'amp', long: 'x' }, { short: 'lt', long: 'y' }])).toBe('a &amp; b &lt; c');
  });
});
