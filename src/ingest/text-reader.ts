import type { Paper } from '../content/paper.ts';
import { LecternError } from '../errors.ts';
import { ingestPaper } from './index.ts';
import type { ReadOptions, ReadResult } from './read.ts';

/** Fewer words of running text than any paper's body: a note, a list or a table, not a paper to teach. */
const MIN_BODY_WORDS = 40;

/** Reads a paper written as markdown or plain text (UTF-8); the text is its own readable copy. */
export async function readTextPaper(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (cause) {
    throw new LecternError('the file is not UTF-8 text; save it as UTF-8', { file: options.file }, { cause });
  }
  const format = /\.md$/i.test(options.file) || /^#{1,3} \S/m.test(text.slice(0, 4000)) ? 'markdown' : 'text';
  const result = ingestPaper(text, { file: options.file, format });
  const why = notAPaper(result.paper);
  if (why) throw new LecternError(`${why}; expected a paper's text: a title, then paragraphs of running text under headings`, { file: options.file });
  return { ...result, text };
}

/**
 * Why what was read is not a paper, or undefined when it is one: too few words in paragraphs
 * (a few words, an empty outline), or paragraphs that are mostly not words (code, data, a
 * binary file read as text).
 */
function notAPaper(paper: Paper): string | undefined {
  const tokens = paper.sections
    .flatMap((section) => section.blocks)
    .filter((block) => block.kind === 'paragraph' || block.kind === 'topic' || block.kind === 'list')
    .flatMap((block) => block.text.split(/\s+/).filter(Boolean));
  const words = tokens.filter((token) => /^[("“‘[]?\p{L}[\p{L}\p{M}'’-]*[.,;:!?)\]"”’]*$/u.test(token)).length;
  if (words < MIN_BODY_WORDS) return `the file has ${words === 0 ? 'no' : `only ${words}`} word${words === 1 ? '' : 's'} of running text`;
  if (words * 2 < tokens.length) return `most of the file's text is not words (${Math.round((100 * words) / tokens.length)}% are): it reads as code or data, not prose`;
  return undefined;
}
