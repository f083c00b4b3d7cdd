import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPapers } from '../../bench/ingest-score.ts';
import { parseCourse } from '../../src/content/course.ts';
import { loadAudiences } from '../../src/content/load.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import type { Deck, Slide } from '../../src/plan/deck.ts';
import { planDecks } from '../../src/plan/index.ts';
import { mentions } from '../../src/plan/quiz-material.ts';
import { BLANK, LETTERS } from '../../src/plan/quiz-questions.ts';
import { readBundledPaper, ROOT } from '../helpers.ts';

const audiences = loadAudiences(ROOT);

/** The bundled paper and two corpus papers (one from each folder), planned for every bundled audience. */
function planned(): { name: string; decks: Deck[] }[] {
  const texts = [
    { name: 'bundled', text: readBundledPaper() },
    ...[corpusPapers().find((p) => p.kind === 'pdf')!, corpusPapers().find((p) => p.kind === 'jats')!].map((p) => ({ name: p.slug, text: readFileSync(p.text, 'utf8') })),
  ];
  return texts.flatMap(({ name, text }) => {
    const { paper } = ingestPaper(text);
    const course = parseCourse('demo', '', 'course.yaml', paper);
    return audiences.map((audience) => ({ name: `${name} ${audience.id}`, decks: planDecks(paper, course, audience) }));
  });
}

const plans = planned();
const quizzes = plans.flatMap(({ name, decks }) => decks.flatMap((deck) => deck.slides.filter((s) => s.kind === 'quiz').map((slide) => ({ name: `${name} ${deck.id}`, deck, slide }))));

/** What the slide the answer names shows: its title, headline and bullets. */
function shownOn(deck: Deck, slide: Slide): { number: number; texts: string[]; slide: Slide } {
  const number = Number(/^On slides? (\d+)[:, ]/.exec(slide.sourceLine ?? '')?.[1]);
  const shown = deck.slides[number - 1]!;
  return { number, slide: shown, texts: [shown.headline ?? '', ...shown.bullets].filter(Boolean) };
}

const letterOf = (answer: string) => LETTERS.indexOf(answer[0]!);

describe('self-check quizzes', () => {
  it('ask questions of three kinds', () => {
    expect(quizzes.length).toBeGreaterThan(30);
    const kinds = new Set(quizzes.map((q) => q.slide.quizType));
    expect(kinds).toEqual(new Set(['cloze', 'match', 'truefalse']));
    // Each audience with two questions or more gets more than one kind in its decks.
    for (const { name, decks } of plans) {
      const types = new Set(decks.flatMap((d) => d.slides.flatMap((s) => (s.quizType ? [s.quizType] : []))));
      expect(types.size, name).toBeGreaterThan(1);
    }
  });

  it('never put the answer in the question', () => {
    for (const { name, slide } of quizzes) {
      const stem = [slide.question!, ...(slide.prompts ?? [])].join(' ');
      if (slide.quizType === 'cloze') {
        const answer = slide.choices![letterOf(slide.answer!)]!;
        expect(mentions(stem, answer), `${name}: ${stem}`).toBe(false);
        expect(stem).toContain(BLANK);
      } else if (slide.quizType === 'truefalse') {
        const statement = /“(.*)”$/.exec(slide.question!)![1]!;
        expect(mentions(statement, 'true') || mentions(statement, 'false'), `${name}: ${statement}`).toBe(false);
      } else {
        for (const [i, prompt] of slide.prompts!.entries()) {
          const meaning = slide.choices![LETTERS.indexOf(slide.answer!.split(', ')[i]!.split('–')[1]!)]!;
          expect(mentions(meaning, prompt), `${name}: ${prompt} / ${meaning}`).toBe(false);
        }
      }
    }
  });

  it('are answerable from the deck’s slides', () => {
    for (const { name, deck, slide } of quizzes) {
      const shown = shownOn(deck, slide);
      expect(shown.number, name).toBeLessThan(deck.slides.indexOf(slide) + 1);
      if (slide.quizType === 'cloze') {
        const answer = slide.choices![letterOf(slide.answer!)]!;
        const statement = /“(.*)”$/.exec(slide.question!)![1]!;
        const [before, after] = statement.split(BLANK) as [string, string];
        const grounded = shown.texts.some((t) => t.toLowerCase().startsWith(before.toLowerCase()) && t.toLowerCase().endsWith(after.toLowerCase()) && mentions(t, answer));
        expect(grounded, `${name}: ${statement} → ${answer}`).toBe(true);
      } else if (slide.quizType === 'truefalse') {
        const statement = /“(.*)”$/.exec(slide.question!)![1]!;
        const swap = /^B\. False: the slide says “(.+)”, not “(.+)”$/.exec(slide.answer!);
        const told = swap ? statement.replace(new RegExp(swap[2]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), swap[1]!) : statement;
        expect(slide.answer, name).toMatch(/^(?:A\. True|B\. False: )/);
        expect(shown.texts.some((t) => t.toLowerCase() === told.toLowerCase()), `${name}: ${told}`).toBe(true);
        if (swap) expect(shown.texts.some((t) => t.toLowerCase() === statement.toLowerCase()), name).toBe(false);
      } else {
        const slideText = deck.slides.map((s) => [s.title, s.headline ?? '', ...s.bullets].join('\n')).join('\n');
        for (const [i, prompt] of slide.prompts!.entries()) {
          const meaning = slide.choices![LETTERS.indexOf(slide.answer!.split(', ')[i]!.split('–')[1]!)]!;
          // The meaning, its blanks aside, is what a slide titled by the term (or spelling it out) says.
          const pieces = meaning.split(BLANK).map((p) => p.trim()).filter(Boolean);
          const owner = deck.slides.find((s) => s.title === prompt && pieces.every((p) => [s.headline ?? '', ...s.bullets].some((t) => t.includes(p))));
          const spelledOut = slideText.includes(`(${prompt})`) && pieces.every((p) => slideText.toLowerCase().includes(`${p.toLowerCase()}`));
          expect(owner !== undefined || spelledOut, `${name}: ${prompt} / ${meaning}`).toBe(true);
          // The answer names the slide of each term it matches.
          const named = (/^On slides? ([\d, and]+):/.exec(slide.sourceLine ?? '')?.[1]?.match(/\d+/g) ?? []).map(Number);
          if (owner) expect(named, `${name}: ${prompt}`).toContain(deck.slides.indexOf(owner) + 1);
        }
      }
    }
  });

  it('are the same on every build', () => {
    const again = planned();
    const quizOf = (p: { decks: Deck[] }[]) => p.flatMap(({ decks }) => decks.flatMap((d) => d.slides.filter((s) => s.kind === 'quiz')));
    expect(quizOf(again)).toEqual(quizOf(plans));
  }, 60_000);

  it('give each question its choices once, and the answer key its letters', () => {
    for (const { name, slide } of quizzes) {
      expect(new Set(slide.choices).size, name).toBe(slide.choices!.length);
      expect(slide.notes).toBe(`Answer: ${slide.answer}`);
      if (slide.quizType === 'match') expect(slide.answer).toMatch(/^1–[A-D](?:, \d–[A-D])+$/);
      else expect(slide.choices![letterOf(slide.answer!)], name).toBeDefined();
    }
  });
});

describe('true-or-false statements', () => {
  it('come only from statements a student can read out of their slide, with the article a swapped term needs', () => {
    const stems = quizzes.flatMap(({ slide }) => /True or false\? “(.*)”/.exec(slide.question ?? '')?.[1] ?? []);
    expect(stems.length).toBeGreaterThan(5);
    for (const stem of stems) {
      // An "it" that announces a clause ("It is important to …") points forward, not back.
      expect(stem, stem).not.toMatch(/^(?:They|This|These|That|Those)\b|^It (?!is|was|can|may|has|seems)/);
      expect(stem, stem).not.toMatch(/\b[Aa]n\s+[bcdfgjklmnpqrstvwxyz][a-z]/);
      expect(stem, stem).not.toMatch(/\b[Aa]\s+[aei][a-z]/);
    }
  });
});
