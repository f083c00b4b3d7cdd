import { posix } from 'node:path';
import { HANDOUT_NAMES, type HandoutLayout } from './handout-page.ts';
import type { StagedDeck } from './types.ts';

// The files each format writes for a deck, relative to the output folder, by manifest key: known
// without loading the exporter that makes them, which an incremental build and the manifest need.

export const htmlFiles = (deck: StagedDeck) => ({ html: `${deck.stem}.html` });

export const pdfFiles = (deck: StagedDeck) => ({ pdf: `${deck.stem}.pdf` });

export const pptxFiles = (deck: StagedDeck) => ({ pptx: `${deck.stem}.pptx` });

/** `<NN>-<section>-images.pptx`, beside the editable `.pptx`. */
export function imagesFile(deck: StagedDeck): string {
  return `${deck.stem}-images.pptx`;
}

export const pptxImagesFiles = (deck: StagedDeck) => ({ 'pptx-images': imagesFile(deck) });

/** One PNG per slide: `<deck>.001.png`, … */
export const pngFiles = (deck: StagedDeck) =>
  Object.fromEntries(
    deck.deck.slides.map((_, i) => {
      const number = String(i + 1).padStart(3, '0');
      return [`png-${number}`, `${deck.stem}.${number}.png`];
    }),
  );

/** `<course>/<audience>/handouts/<NN>-<section>-<layout>.pdf` */
export function handoutFile(deck: StagedDeck, layout: HandoutLayout): string {
  return posix.join(posix.dirname(deck.stem), 'handouts', `${posix.basename(deck.stem)}-${layout}.pdf`);
}

export const handoutFiles = (deck: StagedDeck) => Object.fromEntries(HANDOUT_NAMES.map((layout) => [`handout-${layout}`, handoutFile(deck, layout)]));

/** The folder of an audience's quiz files, relative to the output folder. */
function quizDir(course: string, audience: string): string {
  return `${course}/${audience}/quiz`;
}

/** A course's quiz for one audience, every lecture's questions in one file per LMS. */
export function courseQuizFiles(course: string, audience: string): { moodle: string; qti: string } {
  const dir = quizDir(course, audience);
  return { moodle: `${dir}/all-lectures.moodle.xml`, qti: `${dir}/all-lectures.qti.zip` };
}

/** The course-wide quiz files of one audience's decks: none when no deck has questions. */
export function courseQuizFilesOf(decks: readonly StagedDeck[]): string[] {
  const asked = decks.find(hasQuiz);
  return asked ? Object.values(courseQuizFiles(asked.course, asked.audience)) : [];
}

export function hasQuiz(staged: StagedDeck): boolean {
  return staged.deck.slides.some((slide) => slide.kind === 'quiz');
}

/** A lecture's quiz, for each LMS; none for a deck without questions. */
export function quizFiles(staged: StagedDeck): Record<string, string> {
  if (!hasQuiz(staged)) return {};
  const dir = quizDir(staged.course, staged.audience);
  return { 'quiz-moodle': `${dir}/${staged.deck.id}.moodle.xml`, 'quiz-qti': `${dir}/${staged.deck.id}.qti.zip` };
}
