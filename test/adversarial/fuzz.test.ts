import { Marp } from '@marp-team/marp-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUDIENCE, type Audience } from '../../src/content/audience.ts';
import { parseCourse } from '../../src/content/course.ts';
import { LecternError } from '../../src/errors.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { stripMarkup } from '../../src/ingest/markdown.ts';
import { planDecks } from '../../src/plan/index.ts';
import { unescapeNote } from '../../src/render/escape.ts';
import { createRenderer } from '../../src/render/index.ts';
import { fold } from '../helpers.ts';
import { HOSTILE_PARAGRAPHS } from './corpus.ts';

/**
 * Generated papers, ordinary words mixed with text that Marp, markdown, HTML, Handlebars or YAML
 * could read as instructions, go through ingest, plan and render. LECTERN_FUZZ_RUNS sets how many
 * papers (more for long local runs), LECTERN_FUZZ_SEED which ones.
 */
const RUNS = Number(process.env.LECTERN_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.LECTERN_FUZZ_SEED ?? 20261207);

const WORDS = ['tumour', 'cells', 'resistance', 'patients', 'the', 'of', 'and', 'dose', 'response', 'increased', 'study', 'receptor', 'growth', 'signalling', 'therapy', 'was', 'measured', 'in', 'every', 'sample', 'EGFR', 'DNA', 'epidermal growth factor receptor (EGFR)', 'p < 0.05', '(n = 12)', '45%', 'et al.', 'Fig. 2', 'e.g.', 'it’s', "patients'", '—'];
const FRAGMENTS = [
  '<!-- _class: lead -->', 'theme: gaia', '!!str header: X', '&s style: "section { color: red; }"', '"he\\x61der": Injected', '_backgroundImage: url(https://example.com/x.png)',
  '-->', '<!--', '---', '<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">', '<iframe src="https://example.com"></iframe>',
  '<style>body{display:none}</style>', '{{x}}', '{{{x}}}', '{{#each y}}z{{/each}}', '$$x$$', '$5', '`code`', '```', '[a](javascript:alert(1))', '[b](file:///etc/passwd)',
  '*not bold*', '_x_', '# not a heading', '| a | b |', '\\', '&amp;', '<b>', ':', '~~', '^', '==',
];
const HEADINGS = ['INTRODUCTION', 'METHODS', 'RESULTS', 'DISCUSSION', 'CONCLUSION', '1. Introduction', '2. Materials and Methods', 'Mechanisms of Resistance', '## Results'];

const sentence = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...FRAGMENTS) }), { minLength: 6, maxLength: 24 })
  .map((words) => `${words.join(' ')}.`);
/** A paragraph, sometimes hard-wrapped at a random width, sometimes one of the hand-written hostile ones. */
const paragraph = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.integer({ min: 30, max: 120 })).map(([sentences, width]) => wrap(sentences.join(' '), width)) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_PARAGRAPHS) },
);
const list = fc.tuple(fc.constantFrom('- ', '* ', '1. '), fc.array(sentence, { minLength: 2, maxLength: 5 })).map(([mark, items]) => items.map((item, i) => (mark === '1. ' ? `${i + 1}. ` : mark) + item).join('\n'));
const section = fc.tuple(fc.constantFrom(...HEADINGS), fc.array(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: list }, { weight: 1, arbitrary: fc.constant('---') }), { minLength: 1, maxLength: 5 }));
const references = fc.array(sentence, { maxLength: 3 }).map((items) => (items.length ? ['REFERENCES', items.map((item, i) => `${i + 1}. Author A. ${item} Nature. 2020;1:1-2.`).join('\n')] : []));
const paperText = fc
  .tuple(fc.constantFrom('Resistance in Tumour Cells', 'A <script>Title</script> of {{x}}', '---', 'theme: gaia'), fc.array(section, { minLength: 1, maxLength: 4 }), references, fc.constantFrom('\n', '\r\n'))
  .map(([title, sections, refs, eol]) => [title, 'Ada Lovelace', ...sections.flatMap(([heading, blocks]) => [heading, ...blocks]), ...refs].join('\n\n').replace(/\n/g, eol) + eol);
const audience = fc.record({ spellOutAcronyms: fc.boolean(), references: fc.boolean(), glossary: fc.boolean(), wording: fc.constantFrom<Audience['wording'][]>('plain', 'standard', 'technical'), slideStyle: fc.constantFrom<Audience['slideStyle'][]>('bullets', 'assertion-evidence'), bulletsPerSlide: fc.integer({ min: 1, max: 6 }), quizQuestions: fc.integer({ min: 0, max: 2 }) });

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

const marp = new Marp({ emoji: { shortcode: false, unicode: false }, math: false, script: false });
const renderer = createRenderer();

describe('generated hostile papers through ingest, plan and render', () => {
  it('never crash, keep notes verbatim, and render the same markdown twice', () => {
    let paragraphsCompared = 0;
    let rejected = 0;
    fc.assert(
      fc.property(paperText, audience, (text, settings) => {
        let decks;
        let paper;
        try {
          paper = ingestPaper(text).paper;
          decks = planDecks(paper, parseCourse('fuzz', '', 'course.yaml', paper), { ...DEFAULT_AUDIENCE, ...settings });
        } catch (error) {
          // A paper Lectern cannot read is named with where it went wrong, never a crash.
          expect(error).toBeInstanceOf(LecternError);
          expect((error as LecternError).location?.file).toBeTruthy();
          rejected++;
          return;
        }
        // The whole pipeline run again on the same text gives the same decks, slide for slide.
        const again = ingestPaper(text).paper;
        const replanned = planDecks(again, parseCourse('fuzz', '', 'course.yaml', again), { ...DEFAULT_AUDIENCE, ...settings });
        expect(replanned.map((deck) => renderer.render(deck, { theme: 'lectern', acronyms: again.acronyms }))).toEqual(
          decks.map((deck) => renderer.render(deck, { theme: 'lectern', acronyms: paper.acronyms })),
        );
        // References are the paper's, word for word, whatever the audience spells out or rewords.
        const cited = decks.flatMap((deck) => deck.slides.filter((slide) => slide.kind === 'references').flatMap((slide) => slide.bullets));
        // NOTE: the reference list closes the last lecture, so a paper read as no sections shows none.
        const lectures = decks.length - 1;
        expect(cited).toEqual(settings.references && lectures > 0 ? paper.references.map((r) => (r.n !== undefined ? `[${r.n}] ${r.text}` : r.text)) : []);
        const notes: string[] = [];
        for (const deck of decks) {
          const markdown = renderer.render(deck, { theme: 'lectern', acronyms: paper.acronyms });
          const { html, comments } = marp.render(markdown);
          expect(html.match(/<section\b/g) ?? [], deck.id).toHaveLength(deck.slides.length);
          // The paper's markup is shown as text: no tag Marp made runs or loads anything. A web
          // address the paper cites becomes a plain link (Marp's linkify), never javascript: or file:.
          const tags = (html.match(/<[a-z][^>]*>/gi) ?? []).filter((tag) => !/^<a href="https?:\/\/[^"\s]*">$/.test(tag));
          expect(tags.filter((tag) => /^<(?:script|img|iframe|style|a|link|object|embed)\b|\son\w+=|javascript:|file:/i.test(tag))).toEqual([]);
          deck.slides.forEach((slide, i) => {
            const expected = [slide.notes, slide.sourceLine].filter(Boolean).join('\n\n');
            expect((comments[i] ?? []).map(unescapeNote).join('\n\n'), `${deck.id} slide ${i + 1}`).toBe(expected);
            if (slide.notes) notes.push(slide.notes);
          });
        }
        // Every paragraph the paper kept is in the notes word for word.
        const allNotes = fold(notes.join(' '));
        for (const block of paper.sections.flatMap((s) => s.blocks)) {
          if (block.kind !== 'paragraph') continue;
          expect(allNotes, block.id).toContain(fold(block.text));
          paragraphsCompared++;
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Most generated papers are read, so the checks above have words to compare.
    expect(rejected).toBeLessThan(RUNS / 2);
    expect(paragraphsCompared).toBeGreaterThan(RUNS);
  }, 180_000);

  it('removes a markdown link target whole, parentheses inside it included', () => {
    expect(stripMarkup('[a](javascript:alert(1)) and [b](file:///etc/passwd) and [c](https://x.org/a_(b))')).toBe('a and b and c');
  });
});
