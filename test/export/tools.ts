import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' });
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
