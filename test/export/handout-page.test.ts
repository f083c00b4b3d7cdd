import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileHandoutTemplates, handoutView } from '../../src/export/handout-page.ts';
import type { StagedDeck } from '../../src/export/types.ts';
import type { Slide } from '../../src/plan/deck.ts';
import { TemplateSet } from '../../src/render/templates.ts';

const slide = (title: string, notes?: string): Slide => ({ kind: 'content', title, bullets: [], source: [], ...(notes ? { notes } : {}) });

const staged = (slides: Slide[]): StagedDeck =>
  ({
    course: 'c',
    audience: 'default',
    stem: 'c/default/01-x',
    deck: { id: '01-x', number: 1, title: 'Lecture <one>', courseTitle: 'Course & co', slides },
  }) as StagedDeck;

const rendered = (n: number) => ({ css: '', slides: Array.from({ length: n }, (_, i) => `<svg data-n="${i + 1}"></svg>`) });

describe('handout pages', () => {
  it('group slides by the layout and escape every text from the paper', () => {
    const deck = staged([slide('<b>One</b>', 'First note.\n\nSecond <i>paragraph</i>.'), slide('Two'), slide('Three'), slide('Four')]);
    const view = handoutView(deck, rendered(4), '3up', 'a4');
    expect(view.pages.map((page) => page.slides.length)).toEqual([3, 1]);
    expect(view.paper).toEqual({ format: 'A4', contentHeightMm: 297 - 16 - 14 });

    const templates = compileHandoutTemplates(new TemplateSet());
    const notes = templates.page(handoutView(deck, rendered(4), 'notes', 'letter'));
    expect(notes).toContain('<p>Second &lt;i&gt;paragraph&lt;/i&gt;.</p>');
    expect(notes).toContain('aria-label="Slide 1: &lt;b&gt;One&lt;/b&gt;"');
    expect(notes).toContain('<svg data-n="4"></svg>');
    expect(templates.header(view)).toContain('Course &amp; co');
    expect(templates.header(view)).toContain('Lecture 1: Lecture &lt;one&gt;');
  });

  it('give a study guide page to each slide with notes, and pair slides without, with no empty notes block', () => {
    const deck = staged([slide('Title'), slide('Objectives'), slide('One', 'A note.'), slide('Key points'), slide('Two', 'Another note.'), slide('Glossary'), slide('References'), slide('More')]);
    const view = handoutView(deck, rendered(8), 'notes', 'a4');
    expect(view.pages.map((page) => page.slides.map((s) => s.title))).toEqual([['Title', 'Objectives'], ['One'], ['Key points'], ['Two'], ['Glossary', 'References'], ['More']]);
    const twoUp = handoutView(deck, rendered(8), 'notes-2up', 'a4');
    expect(twoUp.pages.map((page) => page.slides.length)).toEqual([2, 2, 2, 2]);
    const templates = compileHandoutTemplates(new TemplateSet());
    for (const html of [templates.page(view), templates.page(twoUp)]) {
      expect(html).not.toContain('No speaker notes');
      expect(html.match(/<div class="notes">/g)).toHaveLength(2);
      expect(html).toContain('<p>Another note.</p>');
    }
    expect(templates.page(twoUp)).toContain('<body class="handout handout-notes-2up">');
  });

  it('take a template from an override folder first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-templates-'));
    try {
      mkdirSync(join(dir, 'handouts'));
      writeFileSync(join(dir, 'handouts/footer.html.hbs'), '<div>{{course}} — our own footer</div>');
      const templates = compileHandoutTemplates(new TemplateSet([dir]));
      const view = handoutView(staged([slide('One')]), rendered(1), '6up', 'a4');
      expect(templates.footer(view)).toBe('<div>Course &amp; co — our own footer</div>');
      expect(templates.header(view)).toContain('Lecture 1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
