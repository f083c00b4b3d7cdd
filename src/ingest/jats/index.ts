import { LecternError } from '../../errors.ts';
import type { ReadOptions, ReadResult } from '../read.ts';

/** Reads a JATS XML article: its front matter, body sections and reference list. */
export async function readJats(_bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  throw new LecternError('reading JATS XML is not built yet', { file: options.file });
}
