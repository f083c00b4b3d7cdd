import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LecternError } from '../../../src/errors.ts';
import { readPdf } from '../../../src/ingest/pdf/index.ts';
import { readPaper } from '../../../src/ingest/read.ts';
import { ROOT, tempDir } from '../../helpers.ts';
import { makePdf } from './make-pdf.ts';

const sentence = 'Lectern reads the words a PDF carries, line by line and column by column.';
const textPage = { texts: Array.from({ length: 12 }, (_, i) => ({ x: 72, y: 100 + 14 * i, size: 10, text: sentence })) };

async function failure(bytes: Uint8Array, file = 'paper.pdf'): Promise<LecternError> {
  const error = await readPdf(bytes, { file }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LecternError);
  expect((error as LecternError).location).toEqual({ file });
  return error as LecternError;
}

describe('PDFs Lectern cannot read', () => {
  it('reads a well-formed PDF built the same way (the cases below fail for their own reason)', async () => {
    const { paper } = await readPdf(makePdf([textPage]), { file: 'paper.pdf' });
    expect(paper.sections.flatMap((s) => s.blocks.map((b) => b.text)).join(' ')).toContain('column by column');
  });

  it('names a scanned PDF: pages of images and no text layer', async () => {
    const error = await failure(makePdf([{ image: true }, { image: true }]), 'scan.pdf');
    expect(error.message).toMatch(/no text layer \(a scanned paper\?\).*OCR/);
  });

  it('names an encrypted PDF that needs a password', async () => {
    const error = await failure(makePdf([textPage], { userPassword: 'secret' }), 'locked.pdf');
    expect(error.message).toMatch(/encrypted and needs a password/);
  });

  it('names a damaged or truncated PDF', async () => {
    const whole = makePdf([textPage, textPage]);
    const error = await failure(whole.subarray(0, 120), 'cut.pdf');
    expect(error.message).toMatch(/damaged or truncated/);
  });

  it('names a PDF without pages, and one whose pages are blank', async () => {
    expect((await failure(makePdf([]), 'empty.pdf')).message).toMatch(/no pages/);
    expect((await failure(makePdf([{ texts: [] }]), 'blank.pdf')).message).toMatch(/no text layer/);
  });

  it('an empty file is refused before any reader runs', async () => {
    await expect(readPaper(new Uint8Array(0), { file: 'nothing.pdf' })).rejects.toThrow(/the file is empty/);
  });

  it('the CLI prints the file and the reason, exits 1, no stack trace', () => {
    const dir = tempDir();
    const file = join(dir, 'locked.pdf');
    writeFileSync(file, makePdf([textPage], { userPassword: 'secret' }));
    const result = spawnSync(process.execPath, [join(ROOT, 'src/cli/lectern.mjs'), 'ingest', file], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('locked.pdf');
    expect(result.stderr).toMatch(/encrypted and needs a password/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
