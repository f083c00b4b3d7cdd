import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { findBrowser } from '../../src/export/browser.ts';

/** Repository root: its content/ holds the bundled course. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Browser tests never skip: without Chromium they fail, saying what to install. Call in beforeAll. */
export function requireChromium(): void {
  const found = findBrowser();
  if (found.path === undefined) throw new Error(`these tests need Chromium (run \`npm run setup\`): ${found.reason}`);
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('these tests need poppler-utils (pdfinfo, pdftotext): run `npm run setup`');
  }
}

/** The LibreOffice test never skips either: without LibreOffice it fails, saying what to install. */
export function requireLibreOffice(): void {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
  } catch {
    throw new Error('this test needs LibreOffice Impress (soffice): run `npm run setup`, or apt-get install --no-install-recommends libreoffice-impress');
  }
}

export function pdfPages(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

export function pdfPageSize(file: string): string {
  return /^Page size:\s+(.*)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
}

/** Fonts a PDF uses, as pdffonts lists them. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // NOTE: columns after the name: type (may hold spaces), encoding, then emb sub uni as yes/no.
  return rows.map((row) => ({ name: row.split(/\s+/)[0]!, embedded: /\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(row)?.[1] === 'yes' }));
}

/** A PDF's text as pdftotext reads it: by columns, or with `raw` in the order it was drawn. */
export function pdfText(file: string, page?: number, { raw = false } = {}): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, ...(raw ? ['-raw'] : []), file, '-'], { encoding: 'utf8' });
}

/** The PDF's bookmarks, depth first, as poppler reads them. */
export function pdfOutline(file: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((m) => decodeXml(m[1]!));
}

export function zipEntries(file: string): string[] {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

export function zipText(file: string, entry: string): string {
  return execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** Text of an XML part: tags dropped, entities decoded, whitespace collapsed. */
export function xmlText(xml: string): string {
  return squash(decodeXml(xml.replace(/<[^>]+>/g, ' ')));
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** What a DrawingML part shows as text, read with a strict XML parser: its paragraphs, and its pictures and fields. */
export interface PartText {
  /** Each `<a:p>`'s `<a:t>` runs joined, empty paragraphs left out. */
  paragraphs: string[];
  /** Named shapes' paragraphs, by the shape's name (`<p:cNvPr name>`). */
  shapes: Map<string, string[]>;
  pictures: number;
  /** Field types (`<a:fld type>`), e.g. `slidenum`. */
  fields: string[];
  /** Typefaces and colours the runs use. */
  typefaces: Set<string>;
  colours: Set<string>;
  /** Font sizes of runs, in points. */
  sizes: number[];
}

export function partText(xml: string): PartText {
  const parser = new SaxesParser();
  const text: PartText = { paragraphs: [], shapes: new Map(), pictures: 0, fields: [], typefaces: new Set(), colours: new Set(), sizes: [] };
  let paragraph: string | undefined;
  let inText = false;
  let shape: string | undefined;
  parser.on('opentag', (tag) => {
    const attr = (name: string) => (typeof tag.attributes[name] === 'string' ? (tag.attributes[name] as string) : undefined);
    if (tag.name === 'p:sp' || tag.name === 'p:graphicFrame') shape = undefined;
    if (tag.name === 'p:cNvPr' && shape === undefined) shape = attr('name');
    if (tag.name === 'a:p') paragraph = '';
    if (tag.name === 'a:t') inText = true;
    if (tag.name === 'p:pic') text.pictures++;
    if (tag.name === 'a:fld') text.fields.push(attr('type') ?? '');
    if (tag.name === 'a:latin') text.typefaces.add(attr('typeface') ?? '');
    if (tag.name === 'a:srgbClr') text.colours.add(attr('val') ?? '');
    if (tag.name === 'a:rPr' && attr('sz')) text.sizes.push(Number(attr('sz')) / 100);
  });
  parser.on('text', (chunk) => {
    if (inText && paragraph !== undefined) paragraph += chunk;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'a:t') inText = false;
    if (tag.name === 'a:p' && paragraph !== undefined) {
      if (paragraph.trim()) {
        text.paragraphs.push(paragraph);
        if (shape !== undefined) text.shapes.set(shape, [...(text.shapes.get(shape) ?? []), paragraph]);
      }
      paragraph = undefined;
    }
  });
  parser.write(xml).close();
  return text;
}
