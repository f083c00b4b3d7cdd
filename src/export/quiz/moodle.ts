import type { QuizItem, QuizLecture } from './items.ts';
import { htmlEscape, xmlEscape } from './xml.ts';

/** A bank of questions for one course and audience: the category path Moodle files them under. */
export interface MoodleBank {
  /** Category path parts, e.g. the course title and the audience's name; a lecture's title follows. */
  category: string[];
  lectures: QuizLecture[];
}

/**
 * Moodle XML (Site administration → Question bank → Import, format "Moodle XML"): each lecture's
 * questions in a category of its own under the course's. A gap question is `multichoice` with one
 * right answer, a statement to judge is `truefalse`, terms to match are `matching`. Text goes in
 * as HTML escaped once for HTML and once for XML, so paper text shows as the words it is.
 */
export function moodleXml(bank: MoodleBank): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  for (const lecture of bank.lectures) {
    if (lecture.items.length === 0) continue;
    parts.push(category([...bank.category, `${lecture.number}. ${lecture.title}`]));
    for (const item of lecture.items) parts.push(question(item));
  }
  parts.push('</quiz>', '');
  return parts.join('\n');
}

/** A category path; Moodle reads `/` as a separator, and `//` as a slash inside a name. */
function category(path: string[]): string {
  const joined = ['$course$', 'top', ...path.map((p) => p.replace(/\//g, '//'))].join('/');
  return `  <question type="category">\n    <category><text>${xmlEscape(joined)}</text></category>\n  </question>`;
}

function html(tag: string, text: string, indent = '    '): string {
  return `${indent}<${tag} format="html"><text>${xmlEscape(htmlEscape(text))}</text></${tag}>`;
}

function question(item: QuizItem): string {
  const head = [
    `  <question type="${item.type}">`,
    `    <name><text>${xmlEscape(item.name)}</text></name>`,
    html('questiontext', item.question),
    html('generalfeedback', `Answer: ${item.answer}. See ${item.where}.`),
    '    <defaultgrade>1</defaultgrade>',
    '    <hidden>0</hidden>',
    `    <idnumber>${xmlEscape(item.id)}</idnumber>`,
  ];
  return [...head, ...body(item), '  </question>'].join('\n');
}

function body(item: QuizItem): string[] {
  const right = `Right: see ${item.where}.`;
  const wrong = `Not quite: the answer is ${item.answer}. See ${item.where}.`;
  switch (item.type) {
    case 'multichoice':
      return [
        '    <penalty>0.3333333</penalty>',
        '    <single>true</single>',
        // NOTE: the order is the slide's, so the letters of the answer key still hold.
        '    <shuffleanswers>false</shuffleanswers>',
        '    <answernumbering>ABCD</answernumbering>',
        ...item.choices.map((choice, i) => answer(i === item.key[0] ? 100 : 0, choice, i === item.key[0] ? right : wrong)),
      ];
    case 'truefalse':
      return [
        '    <penalty>1</penalty>',
        answer(item.key[0] === 0 ? 100 : 0, 'true', item.key[0] === 0 ? right : wrong, 'moodle_auto_format'),
        answer(item.key[0] === 1 ? 100 : 0, 'false', item.key[0] === 1 ? right : wrong, 'moodle_auto_format'),
      ];
    case 'matching':
      return [
        '    <penalty>0.3333333</penalty>',
        '    <shuffleanswers>true</shuffleanswers>',
        html('correctfeedback', right),
        html('partiallycorrectfeedback', wrong),
        html('incorrectfeedback', wrong),
        ...item.prompts.map((prompt, i) =>
          // NOTE: a matching answer is plain text in Moodle: the choice as it reads, escaped for XML only.
          [`    <subquestion format="html">`, `      <text>${xmlEscape(htmlEscape(prompt))}</text>`, `      <answer><text>${xmlEscape(item.choices[item.key[i]!] ?? '')}</text></answer>`, '    </subquestion>'].join('\n'),
        ),
      ];
  }
}

function answer(fraction: number, text: string, feedback: string, format = 'html'): string {
  const shown = format === 'html' ? htmlEscape(text) : text;
  return [
    `    <answer fraction="${fraction}" format="${format}">`,
    `      <text>${xmlEscape(shown)}</text>`,
    html('feedback', feedback, '      '),
    '    </answer>',
  ].join('\n');
}
