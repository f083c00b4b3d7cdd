// A long synthetic paper in the shape pdftotext gives a journal's PDF: lines wrapped at 80
// columns, a form feed, running header and page number every 50 lines, sections in Title Case
// with subsections in sentence case. Every sentence and heading is told apart by a counter
// spelled in words (digits are folded when headers are compared), so no line of text recurs as
// a header would. Deterministic: the same size gives the same text.

const SUBJECTS = ['seedlings of dry-forest trees', 'deep-rooted species', 'saplings on the driest slopes', 'the shallow-rooted saplings', 'trees planted near the river', 'young cedars', 'species with dense wood'];
const VERBS = ['survived the dry season', 'lost most of their leaves', 'grew twice as fast', 'kept their roots alive', 'recovered after the first rains', 'stored more water in their stems'];
const TAILS = ['when cattle were kept out', 'as root depth (RD) predicted', 'although leaf mass per area (LMA) did not differ', 'despite the late start of the rains'];
const DIGITS = ['oak', 'ash', 'elm', 'fir', 'yew', 'bay', 'box', 'fig', 'lime', 'pine'];
const TOPICS = ['Drought', 'Shade', 'Fire', 'Grazing', 'Frost'];

function spell(n: number): string {
  return String(n).split('').map((digit) => DIGITS[Number(digit)]).join('-');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** A paper of about `size` characters (at least a title, byline, abstract and one section). */
export function generatedPaper(size: number): string {
  const out = ['Seedling Survival Under Drought in Dry Forests', '', 'Ana Costa, Piet de Vries', '', 'Abstract', ''];
  let length = 0;
  let sentences = 0;
  let page = 1;
  let onPage = 0;
  const push = (line: string) => {
    out.push(line);
    length += line.length + 1;
  };
  const sentence = () => {
    const k = ++sentences;
    return `In plot ${spell(k)}, ${SUBJECTS[k % 7]} ${VERBS[k % 6]} by census ${spell(k * 7)} ${TAILS[k % 4]} (row ${spell(k * 3)}).`;
  };
  const paragraph = () => {
    for (const line of wrap(Array.from({ length: 6 }, sentence).join(' '), 80)) {
      push(line);
      if (++onPage === 50) {
        for (const furniture of ['', `Journal of Dry Forests 12 (2024) ${page}`, '', `\fCosta and de Vries`, '']) push(furniture);
        page++;
        onPage = 0;
      }
    }
    push('');
  };
  paragraph();
  for (let n = 1; n === 1 || length < size; n++) {
    push(n % 6 === 1 ? `${TOPICS[n % 5]} at the ${spell(n).replace(/(^|-)(\w)/g, (_, dash: string, c: string) => `${dash ? ' ' : ''}${c.toUpperCase()}`)} Sites` : `How ${SUBJECTS[n % 7]} fared at site ${spell(n)}`);
    push('');
    for (let p = 0; p < 3; p++) paragraph();
  }
  return out.join('\n');
}
