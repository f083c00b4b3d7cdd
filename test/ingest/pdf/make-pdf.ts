// Builds small PDFs byte by byte for tests: pages of text set in the standard fonts, a page with
// only an image (a scan), an encrypted file. No tool outside Node is needed.
import { createHash } from 'node:crypto';

/** A line of text on a page, its baseline `y` points from the top. */
export interface Text {
  x: number;
  y: number;
  size: number;
  text: string;
  /** Helvetica (the default), Helvetica-Bold or Times-Roman. */
  font?: 'regular' | 'bold' | 'serif';
}

export interface Page {
  texts?: Text[];
  /** Draw an image over the page instead of text: what a scanned paper is. */
  image?: boolean;
}

const WIDTH = 612;
const HEIGHT = 792;
const FONTS = { regular: 'F1', bold: 'F2', serif: 'F3' } as const;

export function makePdf(pages: Page[], options: { userPassword?: string } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const catalog = add('');
  const pagesId = add('');
  const fonts = {
    F1: add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    F2: add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'),
    F3: add('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>'),
  };
  const image = add(`<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream`);
  const kids: number[] = [];
  for (const page of pages) {
    const content = page.image ? `q ${WIDTH} 0 0 ${HEIGHT} 0 0 cm /Im1 Do Q` : (page.texts ?? []).map(textOperator).join('\n');
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const resources = `<< /Font << /F1 ${fonts.F1} 0 R /F2 ${fonts.F2} 0 R /F3 ${fonts.F3} 0 R >> /XObject << /Im1 ${image} 0 R >> >>`;
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}] /Resources ${resources} /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const id = createHash('md5').update('lectern test pdf').digest();
  let trailerExtra = '';
  if (options.userPassword !== undefined) {
    const encrypt = add(encryptionDictionary(options.userPassword, id));
    trailerExtra = ` /Encrypt ${encrypt} 0 R`;
  }
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function textOperator(t: Text): string {
  const escaped = t.text.replace(/[\\()]/g, (c) => `\\${c}`);
  return `BT /${FONTS[t.font ?? 'regular']} ${t.size} Tf ${t.x} ${HEIGHT - t.y} Td (${escaped}) Tj ET`;
}

const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/** The standard security handler, revision 2 (40-bit RC4): enough for a reader to ask for the password. */
function encryptionDictionary(userPassword: string, id: Buffer): string {
  const pad = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);
  const ownerKey = createHash('md5').update(pad(`owner-${userPassword}`)).digest().subarray(0, 5);
  const owner = rc4(ownerKey, pad(userPassword));
  const permissions = -44;
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = createHash('md5').update(Buffer.concat([pad(userPassword), owner, p, id])).digest().subarray(0, 5);
  const user = rc4(key, PADDING);
  return `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${permissions} >>`;
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

export const PAGE = { width: WIDTH, height: HEIGHT };
