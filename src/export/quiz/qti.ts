import { zip } from '../zip.ts';
import type { QuizItem, QuizLecture } from './items.ts';
import { htmlEscape, ident, xmlEscape } from './xml.ts';

/** Canvas's names for the kinds of question (its QTI 1.2 `question_type` metadata). */
const CANVAS_TYPES: Record<QuizItem['type'], string> = {
  multichoice: 'multiple_choice_question',
  truefalse: 'true_false_question',
  matching: 'matching_question',
};

const QTI_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';

/**
 * One lecture's questions as a QTI 1.2 assessment, the profile Canvas imports: each question an
 * `item` with a `response_lid` per answer asked for and `resprocessing` that scores the right
 * choice, and feedback that names the slide and section the answer is on.
 */
export function qtiAssessment(lecture: QuizLecture, prefix: string): string {
  const id = ident(`${prefix}-${lecture.deckId}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<questestinterop xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">`,
    `  <assessment ident="${id}" title="${xmlEscape(`${lecture.number}. ${lecture.title}`)}">`,
    '    <qtimetadata>',
    field('cc_maxattempts', 'unlimited', '      '),
    '    </qtimetadata>',
    `    <section ident="root_section">`,
    ...lecture.items.map((item) => qtiItem(item, prefix)),
    '    </section>',
    '  </assessment>',
    '</questestinterop>',
    '',
  ].join('\n');
}

function field(label: string, entry: string, indent: string): string {
  return `${indent}<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${xmlEscape(entry)}</fieldentry></qtimetadatafield>`;
}

function mattext(text: string, type: 'text/html' | 'text/plain'): string {
  const shown = type === 'text/html' ? htmlEscape(text) : text;
  return `<material><mattext texttype="${type}">${xmlEscape(shown)}</mattext></material>`;
}

function qtiItem(item: QuizItem, prefix: string): string {
  const id = ident(`${prefix}-${item.id}`);
  const i8 = '        ';
  const lines = [
    `      <item ident="${id}" title="${xmlEscape(item.name)}">`,
    `${i8}<itemmetadata><qtimetadata>`,
    field('question_type', CANVAS_TYPES[item.type], `${i8}  `),
    field('points_possible', '1.0', `${i8}  `),
    `${i8}</qtimetadata></itemmetadata>`,
    `${i8}<presentation>`,
    `${i8}  ${mattext(item.question, 'text/html')}`,
    ...responses(item).map((line) => `${i8}  ${line}`),
    `${i8}</presentation>`,
    `${i8}<resprocessing>`,
    `${i8}  <outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>`,
    ...scoring(item).map((line) => `${i8}  ${line}`),
    `${i8}</resprocessing>`,
    `${i8}<itemfeedback ident="general_fb"><flow_mat>${mattext(`Answer: ${item.answer}. See ${item.where}.`, 'text/html')}</flow_mat></itemfeedback>`,
    `${i8}<itemfeedback ident="correct_fb"><flow_mat>${mattext(`Right: see ${item.where}.`, 'text/html')}</flow_mat></itemfeedback>`,
    `${i8}<itemfeedback ident="general_incorrect_fb"><flow_mat>${mattext(`Not quite: the answer is ${item.answer}. See ${item.where}.`, 'text/html')}</flow_mat></itemfeedback>`,
    '      </item>',
  ];
  return lines.join('\n');
}

/** Choice idents: the letters the slides show. */
function choiceId(index: number): string {
  return String.fromCharCode(65 + index);
}

function choiceList(choices: readonly string[]): string {
  const labels = choices.map((choice, i) => `<response_label ident="${choiceId(i)}">${mattext(choice, 'text/plain')}</response_label>`);
  // NOTE: not shuffled: the letters of the answer key on the slides still hold.
  return `<render_choice shuffle="No">${labels.join('')}</render_choice>`;
}

function responses(item: QuizItem): string[] {
  if (item.type !== 'matching') return [`<response_lid ident="response1" rcardinality="Single">${choiceList(item.choices)}</response_lid>`];
  return item.prompts.map((prompt, i) => `<response_lid ident="response_${i + 1}">${mattext(prompt, 'text/plain')}${choiceList(item.choices)}</response_lid>`);
}

function scoring(item: QuizItem): string[] {
  const feedback = '<displayfeedback feedbacktype="Response" linkrefid="general_fb"/>';
  if (item.type !== 'matching') {
    return [
      `<respcondition continue="Yes"><conditionvar><other/></conditionvar>${feedback}</respcondition>`,
      `<respcondition continue="No"><conditionvar><varequal respident="response1">${choiceId(item.key[0]!)}</varequal></conditionvar><setvar action="Set" varname="SCORE">100</setvar><displayfeedback feedbacktype="Response" linkrefid="correct_fb"/></respcondition>`,
      `<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_incorrect_fb"/></respcondition>`,
    ];
  }
  const share = (100 / item.prompts.length).toFixed(2);
  return [
    `<respcondition continue="Yes"><conditionvar><other/></conditionvar>${feedback}</respcondition>`,
    ...item.prompts.map(
      (_, i) => `<respcondition><conditionvar><varequal respident="response_${i + 1}">${choiceId(item.key[i]!)}</varequal></conditionvar><setvar varname="SCORE" action="Add">${share}</setvar></respcondition>`,
    ),
  ];
}

/**
 * An IMS content package Canvas imports (Settings → Import Course Content → "QTI .zip file"):
 * `imsmanifest.xml` naming one `imsqti_xmlv1p2` resource per lecture, each becoming a quiz.
 */
export function qtiPackage(lectures: readonly QuizLecture[], prefix: string, epochSeconds: number): Buffer {
  const asked = lectures.filter((l) => l.items.length > 0);
  const files = asked.map((lecture) => ({ path: `${lecture.deckId}.xml`, data: qtiAssessment(lecture, prefix), id: ident(`${prefix}-${lecture.deckId}`) }));
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${ident(`${prefix}-manifest`)}" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd">`,
    '  <metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>',
    '  <organizations/>',
    '  <resources>',
    ...files.map((f) => `    <resource identifier="${f.id}" type="imsqti_xmlv1p2"><file href="${xmlEscape(f.path)}"/></resource>`),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
  return zip([{ path: 'imsmanifest.xml', data: manifest }, ...files], epochSeconds);
}
