import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { parseCourse } from '../../src/content/course.ts';
import { loadAudiences } from '../../src/content/load.ts';
import { ingestPaper } from '../../src/ingest/index.ts';
import { planDecks, type Slide } from '../../src/plan/index.ts';
import { LETTERS } from '../../src/plan/quiz.ts';
import { createRenderer } from '../../src/render/index.ts';
import { makeProject, readBundledPaper, ROOT } from '../helpers.ts';

const { paper } = ingestPaper(readBundledPaper());
// The bundled course.yaml, with objectives a lecturer wrote for two lectures: an audience words those too.
const edits = ['lectures:', '  mechanisms:', '    objectives:', '      - Describe seven mechanisms by which cancer cells resist drugs', '  emerging:', '    objectives:', '      - Describe how AI, liquid biopsies and genomic profiling inform treatment'].join('\n');
const course = parseCourse('drug-resistance', `${readFileSync(join(ROOT, 'content/drug-resistance/course.yaml'), 'utf8')}\n${edits}\n`, 'course.yaml', paper);
const audiences = Object.fromEntries(loadAudiences(ROOT).map((a) => [a.id, a]));
const plans = Object.fromEntries(Object.entries(audiences).map(([id, audience]) => [id, planDecks(paper, course, audience)]));
const deckOf = (audience: string, id: string) => plans[audience]!.find((d) => d.id === id)!;

describe('the shipped audience profiles', () => {
  it('are undergraduate, clinician and public', () => {
    expect(Object.keys(audiences).sort()).toEqual(['clinician', 'public', 'undergraduate']);
  });

  it('list, on a glossary slide, the acronyms each deck uses with their long forms', () => {
    for (const id of ['undergraduate', 'public']) {
      const deck = deckOf(id, '02-mechanisms');
      const glossary = deck.slides.filter((s) => s.kind === 'glossary').flatMap((s) => s.bullets);
      expect(glossary).toContain('EGFR — epidermal growth factor receptor');
      expect(glossary).toContain('P-gp — P-glycoprotein');
      expect(glossary.some((line) => line.startsWith('HER2'))).toBe(false); // not used in this deck
    }
    expect(deckOf('clinician', '02-mechanisms').slides.some((s) => s.kind === 'glossary')).toBe(false);
  });

  it('spell acronyms out on first use for the public, not for clinicians', () => {
    // An assertion–evidence slide's headline is read before its evidence, so it is spelled out first.
    const bullets = (audience: string) => deckOf(audience, '05-emerging').slides.flatMap((s) => [s.headline ?? '', ...s.bullets]).join('\n');
    const objective = (audience: string) => deckOf(audience, '05-emerging').slides[1]!.bullets[0];
    expect(objective('public')).toBe('Understand how Artificial Intelligence (AI), liquid biopsies and genomic profiling inform treatment');
    expect(objective('clinician')).toBe('Describe how AI, liquid biopsies and genomic profiling inform treatment');
    const first = bullets('undergraduate').indexOf('(NGS)');
    expect(first).toBeGreaterThan(0);
    expect(bullets('undergraduate').indexOf('Next-generation sequencing (NGS)', first + 1)).toBe(-1);
  });

  it('leave the most technical topics out of the public decks and keep bullets to the profile', () => {
    // A topic's slide is a topic slide, or an assertion-evidence slide for audiences that have them.
    // A paragraph with nothing plain to show joins its neighbour's slide, so a topic's slide may tell the paragraph before it too.
    const isTopic = (s: Slide) => (s.kind === 'topic' || s.kind === 'assertion') && s.source.some((id) => !/\/p\d+$/.test(id));
    const topics = (audience: string) => deckOf(audience, '02-mechanisms').slides.filter(isTopic).map((s) => s.title);
    expect(topics('undergraduate')).toContain('Epigenetic Modifications');
    expect(topics('public')).not.toContain('Epigenetic Modifications');
    expect(topics('public')).toEqual(['Genetic Alterations', 'Drug Efflux Pumps', 'Tumor Microenvironment', 'Clonal Heterogeneity']);
    for (const [id, decks] of Object.entries(plans)) {
      for (const slide of decks.flatMap((d) => d.slides).filter((s) => s.kind === 'content' || s.kind === 'topic' || s.kind === 'assertion')) {
        expect(slide.bullets.length).toBeLessThanOrEqual(audiences[id]!.bulletsPerSlide);
      }
    }
  });

  it('word objectives and key points for the audience', () => {
    const objectives = deckOf('public', '02-mechanisms').slides[1]!;
    expect(objectives.title).toBe('What you will learn');
    expect(objectives.bullets[0]).toBe('Understand seven mechanisms by which cancer cells resist drugs');
    expect(deckOf('undergraduate', '02-mechanisms').slides[1]!.bullets[0]).toBe('Describe seven mechanisms by which cancer cells resist drugs');
  });

  it('end each lecture deck with a self-check quiz whose answer is among the choices and in the notes', () => {
    for (const [id, decks] of Object.entries(plans)) {
      for (const deck of decks) {
        const quiz = deck.slides.filter((s) => s.kind === 'quiz');
        expect(quiz.length, `${id} ${deck.id}`).toBe(deck.number > 0 ? audiences[id]!.quizQuestions : 0);
        for (const slide of quiz) {
          expect(slide.notes).toBe(`Answer: ${slide.answer}`);
          if (slide.quizType === 'match') {
            const pairs = slide.answer!.split(', ').map((pair) => /^(\d)–([A-H])$/.exec(pair)!);
            expect(pairs.map((p) => Number(p[1]))).toEqual(slide.prompts!.map((_, i) => i + 1));
            expect(new Set(pairs.map((p) => p[2])).size).toBe(slide.choices!.length);
          } else {
            const [, letter, text] = /^([A-H])\. (.+)$/.exec(slide.answer!)!;
            expect(text!.startsWith(slide.choices![LETTERS.indexOf(letter!)]!)).toBe(true);
            expect(new Set(slide.choices).size).toBe(slide.choices!.length);
          }
        }
      }
    }
  });

  it('give the same quiz on every build, of more than one kind', () => {
    const again = planDecks(paper, course, audiences.undergraduate!);
    for (const deck of plans.undergraduate!) {
      const quiz = (d: typeof deck) => d.slides.filter((s) => s.kind === 'quiz');
      expect(quiz(again.find((d) => d.id === deck.id)!)).toEqual(quiz(deck));
    }
    const types = plans.undergraduate!.flatMap((d) => d.slides.flatMap((s) => (s.quizType ? [s.quizType] : [])));
    expect(new Set(types)).toEqual(new Set(['cloze', 'match', 'truefalse']));
  });

  it('letter the choices on the slide as the answer names them', () => {
    const deck = deckOf('undergraduate', '02-mechanisms');
    for (const slide of deck.slides.filter((s) => s.kind === 'quiz')) {
      const markdown = createRenderer().render({ ...deck, slides: [slide] }, { theme: 'lectern' });
      expect(markdown).toContain(slide.choices!.map((choice, i) => `- ${LETTERS[i]}. ${choice.replace(/_/g, '\\_')}\n`).join(''));
      for (const [i, prompt] of (slide.prompts ?? []).entries()) expect(markdown).toContain(`${i + 1}. ${prompt}\n`);
    }
  });

  it('put the reference list at the end of the last lecture for audiences that want it', () => {
    const references = (audience: string) => deckOf(audience, '07-conclusion').slides.filter((s) => s.kind === 'references').flatMap((s) => s.bullets);
    expect(references('undergraduate')).toHaveLength(9);
    expect(references('undergraduate')[0]).toMatch(/^\[1\] Chen DS, Mellman I\./);
    expect(references('public')).toEqual([]);
  });
});

describe('timing', () => {
  it('estimates minutes as the notes words divided by the speaking rate', async () => {
    const root = makeProject({ demo: { paper: readBundledPaper() } });
    mkdirSync(join(root, 'content/audiences'));
    writeFileSync(join(root, 'content/audiences/slow.yaml'), 'name: Slow\nspeakingRate: 100\ntimeBudget: 2\n');
    const result = await build({ root, formats: [] });
    const decks = result.manifest.courses[0]!.audiences[0]!.decks;
    for (const deck of decks) {
      const words = deck.slides.reduce((n, s) => n + s.notesWords, 0);
      expect(deck.minutes).toBeCloseTo(words / 100, 2);
      for (const slide of deck.slides) expect(slide.minutes).toBeCloseTo(slide.notesWords / 100, 2);
    }
    // `sed -n 63p paper.txt | wc -w`: the Drug Efflux Pumps paragraph is 53 words.
    expect(decks[2]!.slides.find((s) => s.title === 'Drug Efflux Pumps')!.notesWords).toBe(53);
    const warning = result.diagnostics.find((d) => d.message.startsWith('02-mechanisms for slow'));
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/takes \d+\.\d min, over its 2 min budget; cut “.+” \(\d+\.\d min, mechanisms\/[a-z0-9-]+\)/);
    expect(warning?.location?.file).toBe('content/audiences/slow.yaml');
  });
});

describe('branding', () => {
  it('copies the profile’s logo beside the decks and shows it on title slides, with its theme, header and footer', async () => {
    const root = makeProject({ demo: { paper: readBundledPaper() } });
    mkdirSync(join(root, 'content/audiences'));
    writeFileSync(join(root, 'content/audiences/uni.yaml'), 'name: Uni\nlogo: crest.svg\ninstitution: Example University\nfooter: Pharmacology 101\ntheme: lectern-clinician\npaginate: false\n');
    writeFileSync(join(root, 'content/audiences/crest.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const result = await build({ root, formats: [] });
    expect(result.outputs).toContain('demo/uni/logo.svg');
    expect(readFileSync(join(root, 'dist/demo/uni/logo.svg'), 'utf8')).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const markdown = readFileSync(join(root, 'dist/demo/uni/01-introduction.md'), 'utf8');
    expect(markdown).toMatch(/^---\nmarp: true\ntheme: "lectern-clinician"\nlang: "en"\ntitle: "Introduction"\npaginate: false\nheader: "Example University"\nfooter: "Pharmacology 101"\n---\n/);
    // The logo's alt text is the institution's name when the profile gives none.
    expect(markdown).toContain('![h:90 Example University](logo.svg)\n\n# Introduction');
  });

  it('fails before writing anything when the logo is missing', async () => {
    const root = makeProject({ demo: { paper: readBundledPaper() } });
    mkdirSync(join(root, 'content/audiences'));
    writeFileSync(join(root, 'content/audiences/uni.yaml'), 'name: Uni\nlogo: crest.png\n');
    await expect(build({ root, formats: [] })).rejects.toMatchObject({ message: 'logo not found', location: { file: 'content/audiences/crest.png' } });
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});

describe('profiles with mistakes', () => {
  const attempt = (profile: string) => {
    const root = makeProject({ demo: { paper: readBundledPaper() } });
    mkdirSync(join(root, 'content/audiences'));
    writeFileSync(join(root, 'content/audiences/students.yaml'), profile);
    return build({ root, formats: [] });
  };

  it('fail on an unknown key, naming file and line', async () => {
    await expect(attempt('name: Students\nbulletsPerSlide: 4\nglosary: true\n')).rejects.toMatchObject({
      message: expect.stringMatching(/^unknown key "glosary"; expected one of: name, description, bulletsPerSlide/),
      location: { file: 'content/audiences/students.yaml', line: 3, column: 1 },
    });
  });

  it('fail on an unknown slide style, naming file and line and the styles there are', async () => {
    await expect(attempt('name: Students\nslideStyle: assertion\n')).rejects.toMatchObject({
      message: expect.stringMatching(/^slideStyle: .*"assertion-evidence".*"bullets"/),
      location: { file: 'content/audiences/students.yaml', line: 2, column: 13 },
    });
  });

  it('fail on a value of the wrong type, naming file and line', async () => {
    await expect(attempt('name: Students\nquizQuestions: many\n')).rejects.toMatchObject({
      message: 'quizQuestions: expected number, found "many"',
      location: { file: 'content/audiences/students.yaml', line: 2, column: 16 },
    });
  });
});

describe('template overrides', () => {
  it('replace the built-in template of the same name, for a course', async () => {
    const root = makeProject({ demo: { paper: readBundledPaper(), course: 'templates: my-templates\n' } });
    mkdirSync(join(root, 'content/demo/my-templates/partials'), { recursive: true });
    writeFileSync(join(root, 'content/demo/my-templates/partials/topic.md.hbs'), '<!-- _class: topic -->\n\n## ★ {{title}}\n\n{{> bullets}}\n{{> notes}}\n');
    await build({ root, formats: [] });
    const markdown = readFileSync(join(root, 'dist/demo/default/02-mechanisms.md'), 'utf8');
    expect(markdown).toContain('## ★ Drug Efflux Pumps');
    expect(markdown).toContain('## Learning objectives'); // the other partials are still ours
  });

  it('replace the built-in template of the same name, for an audience', async () => {
    const root = makeProject({ demo: { paper: readBundledPaper() } });
    mkdirSync(join(root, 'content/audiences/kids/partials'), { recursive: true });
    writeFileSync(join(root, 'content/audiences/kids.yaml'), 'name: Kids\ntemplates: kids\n');
    writeFileSync(join(root, 'content/audiences/kids/partials/takeaways.md.hbs'), '## Remember!\n\n{{> bullets}}\n');
    await build({ root, formats: [] });
    expect(readFileSync(join(root, 'dist/demo/kids/02-mechanisms.md'), 'utf8')).toContain('## Remember!');
  });
});
