import { LecternError } from '../errors.ts';
import { ingestPaper } from './index.ts';
import type { ReadOptions, ReadResult } from './read.ts';

/** Reads a paper written as markdown or plain text (UTF-8); the text is its own readable copy. */
export async function readTextPaper(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (cause) {
    throw new LecternError('the file is not UTF-8 text; save it as UTF-8', { file: options.file }, { cause });
  }
  const format = /\.md$/i.test(options.file) || /^#{1,3} \S/m.test(text.slice(0, 4000)) ? 'markdown' : 'text';
  return { ...ingestPaper(text, { file: options.file, format }), text };
}
