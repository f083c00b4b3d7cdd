/**
 * A paper written to escape from being data: every paragraph holds text that Marp, markdown, HTML,
 * Handlebars or YAML could read as instructions. Tests build it and check that it stays words.
 */
export const HOSTILE_PARAGRAPHS = [
  'The first cohort enrolled forty patients. <!-- _class: lead --> was printed on the consent form by mistake.',
  'theme: gaia was printed on the first line of the trial poster by its template,\n!!str header: X was printed on the second line of that poster, and\nthe results of the trial followed below them on the same page.',
  '_backgroundImage: url(https://example.com/x.png) is how the slide software named the cover image.',
  'A comment closes here --> and another opens here <!-- and neither is one.',
  'Reviewers inserted <script>window.__pwned=1</script> into the shared draft of this study.',
  'An image tag <img src=x onerror="window.__pwned=2"> appeared in the supplementary table.',
  'Embedded frames such as <iframe src="https://example.com"></iframe> were removed from the record.',
  'Styles like <style>body{display:none}</style> must never hide the lecture.',
  'Template markers {{x}} and {{{x}}} are literal braces in this protocol.',
  'The dose formula $$x$$ and inline code `rm -rf /` and ```fenced``` are quoted as written.',
  'Links [a](javascript:alert(1)) and [b](file:///etc/passwd) are text in the methods.',
];

/** The paper as plain text: title, author, sections of hostile paragraphs, a `---` line, references. */
export function hostilePaper(): string {
  return [
    'Escaping Study of Tumour Cells',
    '',
    'Ada Lovelace',
    '',
    'INTRODUCTION',
    '',
    'Epidermal growth factor receptor (EGFR) signalling drives the growth of many tumour cells in this study.',
    '',
    'Vascular endothelial growth factor (VEGF) feeds the vessels that reach those tumour cells in this study.',
    '',
    ...HOSTILE_PARAGRAPHS.slice(0, 6).flatMap((p) => [p, '']),
    '---',
    '',
    'METHODS',
    '',
    ...HOSTILE_PARAGRAPHS.slice(6).flatMap((p) => [p, '']),
    'EGFR levels were measured in every sample by the same laboratory.',
    '',
    'REFERENCES',
    '',
    '1. Prahallad A, Bernards R. Feedback activation of EGFR and VEGF in colon cancer. Nature. 2012;483:100-3.',
    '2. Chen DS. The <script>window.__pwned=3</script> set point {{x}}. Nature. 2017;541:321-330.',
    '',
  ].join('\n');
}
