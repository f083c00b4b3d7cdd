import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sourceDateEpoch } from '../source-date.ts';
import { courseQuizFiles, hasQuiz, quizFiles } from '../files.ts';
import type { ExportContext, StagedDeck } from '../types.ts';
import { quizLecture } from './items.ts';
import { moodleXml } from './moodle.ts';
import { qtiPackage } from './qti.ts';

/**
 * Quiz files for learning platforms: every lecture's self-check questions, with their answers and
 * feedback naming the slide and section, as Moodle XML and as a QTI 1.2 package for Canvas; one
 * file of each per lecture, and one for the whole course.
 */
export async function exportQuiz({ stageDir, decks }: ExportContext): Promise<void> {
  const write = (path: string, data: string | Buffer) => {
    mkdirSync(dirname(join(stageDir, path)), { recursive: true });
    writeFileSync(join(stageDir, path), data);
  };
  const epoch = sourceDateEpoch();
  const groups = new Map<string, StagedDeck[]>();
  for (const staged of decks.filter(hasQuiz)) {
    const key = `${staged.course}/${staged.audience}`;
    groups.set(key, [...(groups.get(key) ?? []), staged]);
  }
  for (const group of groups.values()) {
    const { course, audience } = group[0]!;
    const prefix = `${course}-${audience}`;
    const category = [group[0]!.deck.courseTitle, audience];
    const lectures = group.map((staged) => quizLecture(staged.deck));
    group.forEach((staged, i) => {
      const files = quizFiles(staged);
      write(files['quiz-moodle']!, moodleXml({ category, lectures: [lectures[i]!] }));
      write(files['quiz-qti']!, qtiPackage([lectures[i]!], prefix, epoch));
    });
    const whole = courseQuizFiles(course, audience);
    write(whole.moodle, moodleXml({ category, lectures }));
    write(whole.qti, qtiPackage(lectures, prefix, epoch));
  }
}
