import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The instant every date stamped into a PDF or PPTX is pinned to, so that the same input builds
 * the same bytes: `SOURCE_DATE_EPOCH` (seconds) when set, as reproducible builds do, else
 * 2000-01-01T00:00:00Z.
 */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env.SOURCE_DATE_EPOCH);
  return Number.isInteger(fromEnv) && fromEnv >= 0 ? fromEnv : 946_684_800;
}

/** A PDF date string, `D:YYYYMMDDHHmmSS+00'00'`, for seconds since the epoch. */
export function pdfDate(epochSeconds: number): string {
  const iso = new Date(epochSeconds * 1000).toISOString();
  return `D:${iso.slice(0, 19).replace(/[-T:]/g, '')}+00'00'`;
}

/**
 * Pins the creation and modification dates Chromium writes into a PDF. The new date has the same
 * length as the old one, so the cross-reference offsets stay right; a date written any other
 * way is left alone.
 */
export function pinPdfDates(file: string, epochSeconds = sourceDateEpoch()): void {
  const pinned = pdfDate(epochSeconds);
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  const updated = text.replace(/\/(CreationDate|ModDate) \((D:\d{14}[^)]*)\)/g, (whole, key: string, date: string) =>
    date.length === pinned.length ? `/${key} (${pinned})` : whole,
  );
  if (updated !== text) writeFileSync(file, Buffer.from(updated, 'latin1'));
}
