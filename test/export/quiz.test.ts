import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.ts';
import { loadAudiences, loadCourse } from '../../src/content/load.ts';
import type { QuizLecture } from '../../src/export/quiz/items.ts';
import { moodleXml } from '../../src/export/quiz/moodle.ts';
import { qtiAssessment, qtiPackage } from '../../src/export/quiz/qti.ts';
import type { Deck, Slide } from '../../src/plan/deck.ts';
import { planDecks } from '../../src/plan/index.ts';
import { LETTERS } from '../../src/plan/quiz-questions.ts';
import { tempDir } from '../helpers.ts';
import { ROOT, zipEntries, zipText } from './tools.ts';
import { child, children, descendants, parseXml, path, type XmlNode } from './xml-dom.ts';

const COURSE = 'drug-resistance';
let result: BuildResult;
const out = tempDir('lectern-quiz-');
/** Every bundled deck as planned, by `<audience>/<deck>`: what the quiz files must hold. */
const planned = new Map<string, Deck>();

beforeAll(async () => {
  result = await build({ root: ROOT, outDir: out, courses: [COURSE], formats: ['quiz'] });
  const { paper, course } = await loadCourse(ROOT, COURSE);
  for (const audience of loadAudiences(ROOT)) for (const deck of planDecks(paper, course, audience)) planned.set(`${audience.id}/${deck.id}`, deck);
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const read = (file: string) => readFileSync(join(out, file), 'utf8');
/** Text an LMS shows from an HTML field: the XML parser decoded one level, HTML decodes the other. */
const fromHtml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const quizSlides = (deck: Deck) => deck.slides.filter((s) => s.kind === 'quiz');
/** The answer key's letters, read from what the slide's notes say ("C. …", "1–C, 2–A"), not from the plan's indexes. */
const letters = (slide: Slide) => (slide.quizType === 'match' ? [...slide.answer!.matchAll(/\d+–([A-H])/g)].map((m) => m[1]!) : [slide.answer![0]!]);

const audiences = () => result.manifest.courses[0]!.audiences;

describe('quiz files', () => {
  it('are made for every lecture with questions and for the whole course, listed in the manifest and linked from the course page', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    let quizzed = 0;
    for (const audience of audiences()) {
      for (const deck of audience.decks) {
        const asked = quizSlides(planned.get(`${audience.id}/${deck.id}`)!).length > 0;
        expect(Boolean(deck.files['quiz-moodle']), `${audience.id}/${deck.id}`).toBe(asked);
        if (!asked) continue;
        quizzed++;
        expect(deck.files['quiz-moodle']).toBe(`${COURSE}/${audience.id}/quiz/${deck.id}.moodle.xml`);
        expect(deck.files['quiz-qti']).toBe(`${COURSE}/${audience.id}/quiz/${deck.id}.qti.zip`);
        for (const file of [deck.files['quiz-moodle']!, deck.files['quiz-qti']!]) {
          expect(result.outputs).toContain(file);
          expect(page).toContain(`href="${file}"`);
        }
      }
      expect(audience.quiz).toEqual({ moodle: `${COURSE}/${audience.id}/quiz/all-lectures.moodle.xml`, qti: `${COURSE}/${audience.id}/quiz/all-lectures.qti.zip` });
      expect(page).toContain(`href="${audience.quiz!.moodle}"`);
      expect(page).toContain(`href="${audience.quiz!.qti}"`);
    }
    expect(quizzed).toBeGreaterThan(10);
  });

  it('Moodle XML holds every question of every bundled deck with its right answer and feedback naming the slide', () => {
    const types = new Set<string>();
    for (const audience of audiences()) {
      const whole = parseXml(read(audience.quiz!.moodle));
      expect(whole.name).toBe('quiz');
      const wholeQuestions = children(whole, 'question').filter((q) => q.attrs.type !== 'category');
      let total = 0;
      for (const deck of audience.decks.filter((d) => d.files['quiz-moodle'])) {
        const plan = planned.get(`${audience.id}/${deck.id}`)!;
        const quiz = parseXml(read(deck.files['quiz-moodle']!));
        expect(quiz.name).toBe('quiz');
        const [category, ...questions] = children(quiz, 'question');
        expect(category!.attrs.type).toBe('category');
        expect(path(category!, 'category', 'text').text).toContain(plan.title);
        const slides = quizSlides(plan);
        expect(questions.length).toBe(slides.length);
        slides.forEach((slide, i) => {
          const q = questions[i]!;
          const where = `slide ${slide.answerSlide}`;
          expect(fromHtml(path(q, 'questiontext', 'text').text)).toBe(slide.question);
          expect(fromHtml(path(q, 'generalfeedback', 'text').text)).toContain(`Answer: ${slide.answer}. See ${where}, `);
          expect(path(q, 'generalfeedback', 'text').text).toContain(`lecture ${plan.number}, “${plan.title}”`);
          types.add(q.attrs.type!);
          const keyed = letters(slide).map((l) => slide.choices![LETTERS.indexOf(l)]!);
          if (slide.quizType === 'cloze') {
            expect(q.attrs.type).toBe('multichoice');
            const answers = children(q, 'answer');
            expect(answers.map((a) => fromHtml(path(a, 'text').text))).toEqual(slide.choices);
            expect(answers.filter((a) => a.attrs.fraction === '100').map((a) => fromHtml(path(a, 'text').text))).toEqual(keyed);
            expect(answers.every((a) => path(a, 'feedback', 'text').text.includes(where))).toBe(true);
          } else if (slide.quizType === 'truefalse') {
            expect(q.attrs.type).toBe('truefalse');
            const right = children(q, 'answer').find((a) => a.attrs.fraction === '100')!;
            expect(path(right, 'text').text).toBe(keyed[0]!.toLowerCase());
          } else {
            expect(q.attrs.type).toBe('matching');
            const pairs = children(q, 'subquestion').map((s) => [fromHtml(path(s, 'text').text), path(s, 'answer', 'text').text]);
            expect(pairs).toEqual(slide.prompts!.map((prompt, p) => [prompt, keyed[p]]));
          }
        });
        // The course file holds the same questions, lecture by lecture.
        expect(wholeQuestions.slice(total, total + questions.length).map((q) => path(q, 'questiontext', 'text').text)).toEqual(questions.map((q) => path(q, 'questiontext', 'text').text));
        total += questions.length;
      }
      expect(wholeQuestions.length).toBe(total);
    }
    expect([...types].sort()).toEqual(['matching', 'multichoice', 'truefalse']);
  });

  it('the QTI package holds imsmanifest.xml and every question with response_lid and resprocessing scoring the right choice', () => {
    const types = new Set<string>();
    for (const audience of audiences()) {
      const zip = join(out, audience.quiz!.qti);
      const entries = zipEntries(zip);
      const lectures = audience.decks.filter((d) => d.files['quiz-qti']);
      expect(entries).toEqual(['imsmanifest.xml', ...lectures.map((d) => `${d.id}.xml`)]);
      const manifest = parseXml(zipText(zip, 'imsmanifest.xml'));
      expect(manifest.name).toBe('manifest');
      const resources = descendants(manifest, 'resource');
      expect(resources.map((r) => [r.attrs.type, child(r, 'file').attrs.href])).toEqual(lectures.map((d) => ['imsqti_xmlv1p2', `${d.id}.xml`]));
      for (const deck of lectures) {
        const plan = planned.get(`${audience.id}/${deck.id}`)!;
        const qti = parseXml(zipText(zip, `${deck.id}.xml`));
        expect(qti.name).toBe('questestinterop');
        const own = parseXml(zipText(join(out, deck.files['quiz-qti']!), `${deck.id}.xml`));
        expect(own).toEqual(qti);
        const items = children(path(qti, 'assessment', 'section'), 'item');
        const slides = quizSlides(plan);
        expect(items.length).toBe(slides.length);
        slides.forEach((slide, i) => {
          const item = items[i]!;
          const type = descendants(item, 'qtimetadatafield').find((f) => path(f, 'fieldlabel').text === 'question_type');
          types.add(path(type!, 'fieldentry').text);
          const presentation = child(item, 'presentation');
          expect(fromHtml(path(presentation, 'material', 'mattext').text)).toBe(slide.question);
          const lids = children(presentation, 'response_lid');
          expect(lids.length).toBe(slide.quizType === 'match' ? slide.prompts!.length : 1);
          for (const lid of lids) expect(descendants(lid, 'response_label').map((l) => path(l, 'material', 'mattext').text)).toEqual(slide.choices);
          if (slide.quizType === 'match') expect(lids.map((l) => path(l, 'material', 'mattext').text)).toEqual(slide.prompts);
          // What resprocessing scores: the answer key's letter for each response.
          const scored = descendants(child(item, 'resprocessing'), 'respcondition')
            .filter((c) => children(c, 'setvar').some((s) => Number(s.text) > 0))
            .map((c) => path(c, 'conditionvar', 'varequal'))
            .map((v) => [v.attrs.respident, v.text]);
          expect(scored).toEqual(lids.map((lid, l) => [lid.attrs.ident, letters(slide)[l]]));
          const feedback = descendants(item, 'itemfeedback').map((f) => path(f, 'flow_mat', 'material', 'mattext').text);
          expect(feedback.every((f) => f.includes(`slide ${slide.answerSlide}, `))).toBe(true);
        });
      }
    }
    expect([...types].sort()).toEqual(['matching_question', 'multiple_choice_question', 'true_false_question']);
  });

  it('unzip reads the packages without error', () => {
    for (const audience of audiences()) expect(execFileSync('unzip', ['-tq', join(out, audience.quiz!.qti)], { encoding: 'utf8' })).toMatch(/No errors/);
  });
});

describe('quiz text is data', () => {
  const nasty = 'A <script>alert(1)</script> & "quoted" \'x\' ]]> <!-- --> \u0001 {{x}}';
  const lecture: QuizLecture = {
    deckId: '01-x',
    number: 1,
    title: `Lecture ${nasty}`,
    items: [
      { id: '01-x-q1', name: nasty, type: 'multichoice', question: `Which? ${nasty}`, prompts: [], choices: [nasty, 'b', 'c', 'd'], key: [0], answer: `A. ${nasty}`, where: `slide 3, “${nasty}”` },
      { id: '01-x-q2', name: 'tf', type: 'truefalse', question: nasty, prompts: [], choices: ['True', 'False'], key: [1], answer: 'B. False', where: 'slide 4' },
      { id: '01-x-q3', name: 'm', type: 'matching', question: 'Match', prompts: [nasty, 'p2', 'p3'], choices: ['c1', nasty, 'c3'], key: [1, 0, 2], answer: '1–B, 2–A, 3–C', where: 'slide 5' },
    ],
  };
  const shown = nasty.replace('\u0001', '');
  const textOf = (nodes: XmlNode[]) => nodes.map((n) => n.text);

  it('never becomes markup in Moodle XML: each field reads back as the words, and no element comes from it', () => {
    const quiz = parseXml(moodleXml({ category: [nasty], lectures: [lecture] }));
    expect(descendants(quiz, 'script')).toEqual([]);
    const [, first, , third] = children(quiz, 'question');
    expect(fromHtml(path(first!, 'questiontext', 'text').text)).toBe(`Which? ${shown}`);
    expect(fromHtml(path(first!, 'name', 'text').text)).toBe(shown);
    expect(fromHtml(path(children(first!, 'answer')[0]!, 'text').text)).toBe(shown);
    expect(textOf(children(third!, 'subquestion').map((s) => path(s, 'answer', 'text')))).toEqual([shown, 'c1', 'c3']);
  });

  it('never becomes markup in QTI', () => {
    const qti = parseXml(qtiAssessment(lecture, 'c-a'));
    expect(descendants(qti, 'script')).toEqual([]);
    expect(child(qti, 'assessment').attrs.title).toBe(`1. Lecture ${shown}`);
    const mattexts = descendants(qti, 'mattext');
    expect(mattexts.some((m) => m.attrs.texttype === 'text/plain' && m.text === shown)).toBe(true);
    expect(mattexts.some((m) => m.attrs.texttype === 'text/html' && fromHtml(m.text) === `Which? ${shown}`)).toBe(true);
  });

  it('packages the same bytes from the same questions, dated by SOURCE_DATE_EPOCH', () => {
    const a = qtiPackage([lecture], 'c-a', 946_684_800);
    expect(qtiPackage([lecture], 'c-a', 946_684_800).equals(a)).toBe(true);
    expect(qtiPackage([lecture], 'c-a', 1_700_000_000).equals(a)).toBe(false);
  });
});

describe('a later build without the quiz format', () => {
  it('keeps the quiz files of the earlier build, listed and marked stale', async () => {
    const outDir = tempDir('lectern-quiz-keep-');
    try {
      await build({ root: ROOT, outDir, courses: [COURSE], audiences: ['public'], formats: ['quiz'] });
      const later = await build({ root: ROOT, outDir, courses: [COURSE], audiences: ['public'], formats: [] });
      const audience = later.manifest.courses[0]!.audiences.find((a) => a.id === 'public')!;
      expect(audience.quiz).toMatchObject({ moodle: `${COURSE}/public/quiz/all-lectures.moodle.xml`, stale: expect.stringContaining('earlier') });
      for (const path of [audience.quiz!.moodle, audience.quiz!.qti]) expect(readFileSync(join(outDir, path)).length).toBeGreaterThan(100);
      const lecture = audience.decks.find((d) => d.files['quiz-moodle'])!;
      expect(readFileSync(join(outDir, lecture.files['quiz-moodle']!), 'utf8')).toContain('<quiz>');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
