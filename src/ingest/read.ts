import { extname } from 'node:path';
import type { PaperFormat } from '../content/paper.ts';
import { LecternError } from '../errors.ts';
import type { IngestResult } from './index.ts';

/** What every reader returns: the paper, its findings, and the text its block offsets point into. */
export interface ReadResult extends IngestResult {
  /** The paper's text as Lectern read it: the file itself, or for PDF and XML the extracted copy. */
  text: string;
}

export interface ReadOptions {
  /** The paper's path as the user should see it in messages. */
  file: string;
}

export type Reader = (bytes: Uint8Array, options: ReadOptions) => Promise<ReadResult>;

/**
 * One reader per format; the format is chosen from the file's content, not its name alone. Each is
 * imported when a paper in its format is read, so a text paper never loads the PDF and XML readers.
 */
export const readers = {
  pdf: async (bytes, options) => (await import('./pdf/index.ts')).readPdf(bytes, options),
  jats: async (bytes, options) => (await import('./jats/index.ts')).readJats(bytes, options),
  markdown: async (bytes, options) => (await import('./text-reader.ts')).readTextPaper(bytes, options),
  text: async (bytes, options) => (await import('./text-reader.ts')).readTextPaper(bytes, options),
} satisfies Record<PaperFormat, Reader>;

/** File names a course folder may hold its paper in, in the order they are looked for. */
export const PAPER_FILES = ['paper.pdf', 'paper.xml', 'paper.nxml', 'paper.md', 'paper.txt'] as const;

/** Larger than any paper's text: a text file over this is not a paper. */
const MAX_TEXT_BYTES = 8 * 1024 * 1024;
/** Larger than any paper's PDF, figures and all. */
const MAX_PDF_BYTES = 200 * 1024 * 1024;

/** Reads a paper in any format Lectern knows: PDF, JATS XML, markdown or plain text. */
export async function readPaper(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const format = detectFormat(bytes, options.file);
  return readers[format](bytes, options);
}

/**
 * The paper's format, from what the file holds: `%PDF-` starts a PDF, an XML document whose root
 * is `<article>` is JATS, readable UTF-8 text is markdown or plain text. Anything else is refused
 * with a message that says what the file seems to be.
 */
export function detectFormat(bytes: Uint8Array, file: string): PaperFormat {
  const fail = (why: string) => new LecternError(`${why}; expected a paper as PDF, JATS XML (.xml, .nxml), markdown (.md) or plain text (.txt)`, { file });
  if (bytes.length === 0) throw fail('the file is empty');
  const head = latin1(bytes.subarray(0, 1024));
  if (/^\s*%PDF-/.test(head)) {
    if (bytes.length > MAX_PDF_BYTES) throw fail(`the PDF is ${megabytes(bytes.length)}, more than any paper (${megabytes(MAX_PDF_BYTES)})`);
    return 'pdf';
  }
  const binary = binaryKind(bytes);
  if (binary) throw fail(`the file is ${binary}, not a paper Lectern can read`);
  if (bytes.length > MAX_TEXT_BYTES) throw fail(`the file is ${megabytes(bytes.length)} of text, more than any paper (${megabytes(MAX_TEXT_BYTES)})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new LecternError('the file is not UTF-8 text (save it as UTF-8, or give Lectern the PDF); expected a paper as PDF, JATS XML, markdown or plain text', { file }, { cause });
  }
  if (text.trim() === '') throw fail('the file holds only white space');
  const root = xmlRoot(text);
  if (root === 'article') return 'jats';
  if (root !== undefined) throw fail(`the file is XML whose root element is <${root}>, not a JATS <article>`);
  return extname(file).toLowerCase() === '.md' || /^#{1,3} \S/m.test(text.slice(0, 4000)) ? 'markdown' : 'text';
}

/** The name of an XML document's root element, or undefined when the text is not XML. */
function xmlRoot(text: string): string | undefined {
  const body = text.replace(/^\uFEFF/, '');
  if (!/^\s*</.test(body)) return undefined;
  // NOTE: the prolog (declaration, comments, processing instructions, DOCTYPE) comes before the root.
  const prolog = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>\s*)*/i;
  const rest = body.slice(prolog.exec(body)![0].length);
  const root = /^<([A-Za-z_][\w.:-]*)/.exec(rest);
  if (!root) return undefined;
  return root[1]!.replace(/^.*:/, '').toLowerCase();
}

/** What a binary file is, when its first bytes tell; undefined for text. */
function binaryKind(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 8));
  if (head.startsWith('PK\x03\x04')) return 'a ZIP archive (a Word, PowerPoint or EPUB file is one)';
  if (head.startsWith('\x89PNG')) return 'a PNG image';
  if (head.startsWith('\xFF\xD8\xFF')) return 'a JPEG image';
  if (head.startsWith('GIF8')) return 'a GIF image';
  if (head.startsWith('\xD0\xCF\x11\xE0')) return 'an old Office document (.doc)';
  if (head.startsWith('{\\rtf')) return 'an RTF document';
  if (head.startsWith('\x1F\x8B')) return 'gzip-compressed (decompress it first)';
  // NOTE: text extracted from a PDF may hold a few stray control characters (symbol fonts); binary
  // data has NUL bytes or many of them.
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary data';
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++;
  }
  return control / sample.length > 0.01 ? 'binary data' : undefined;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(0)} MB`;
}
