import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { pdfDate, sourceDateEpoch } from '../../src/export/source-date.ts';
import { requireChromium, ROOT } from './tools.ts';

const FIXTURE = join(ROOT, 'test/fixtures/overlong');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]));
}

describe('a build through the browser', () => {
  it('writes the same bytes twice, PDFs, both PPTX and handouts included, dated by SOURCE_DATE_EPOCH', async () => {
    requireChromium();
    const builds = [];
    for (let i = 0; i < 2; i++) {
      const outDir = mkdtempSync(join(tmpdir(), 'lectern-repro-'));
      dirs.push(outDir);
      await build({ root: FIXTURE, outDir, formats: ['html', 'pdf', 'pptx', 'pptx-images', 'handouts'] });
      builds.push(outDir);
      // NOTE: a second apart at least, so that a date stamped from the clock would differ.
      await new Promise((resolve) => setTimeout(resolve, 1100));
    }
    const [first, second] = builds as [string, string];
    const written = files(first).sort();
    expect(written.filter((f) => /\.(pdf|pptx)$/.test(f)).length).toBeGreaterThanOrEqual(10);
    expect(files(second).sort()).toEqual(written);
    for (const file of written) expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
    const handout = readFileSync(join(first, written.find((f) => f.endsWith('-notes.pdf'))!), 'latin1');
    expect(handout).toContain(`/CreationDate (${pdfDate(sourceDateEpoch())})`);
  }, 240_000);

  it('reads SOURCE_DATE_EPOCH, falling back to 2000-01-01', () => {
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '1700000000' })).toBe(1_700_000_000);
    expect(sourceDateEpoch({})).toBe(946_684_800);
    expect(pdfDate(946_684_800)).toBe("D:20000101000000+00'00'");
  });
});
