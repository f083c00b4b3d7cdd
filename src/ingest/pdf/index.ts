import { LecternError } from '../../errors.ts';
import type { ReadOptions, ReadResult } from '../read.ts';

/** Reads a PDF paper from its layout: columns, fonts, positions and what repeats on every page. */
export async function readPdf(_bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  throw new LecternError('reading PDF is not built yet', { file: options.file });
}
