import { Marp } from '@marp-team/marp-core';
import { describe, expect, it } from 'vitest';
import { parseCourse } from '../../src/content/course.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { planDecks } from '../../src/plan/index.ts';
import { createRenderer } from '../../src/render/index.ts';
import { escapeInline, escapeNote, unescapeNote } from '../../src/render/escape.ts';

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
