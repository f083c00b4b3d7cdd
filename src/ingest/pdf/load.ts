import { Worker } from 'node:worker_threads';
import { LecternError } from '../../errors.ts';
import { pageGraphics, type Graphic } from './graphics.ts';
import { fontStyle, type FontStyle } from './fonts.ts';

/** One run of text as pdf.js sets it: one font, one size, one baseline, in page points from the top-left. */
export interface TextRun {
  text: string;
  x: number;
  /** The baseline, from the page's top. */
  y: number;
  width: number;
  /** The font size in points (the text's height on the page). */
  size: number;
  /** The font's key in `PdfDocument.fonts`. */
  font: string;
  /** Set on text that does not run left to right horizontally: vertical banners, rotated labels. */
  rotated?: boolean;
  /** A glyph pdf.js could not map to a character (a lost ligature): its width, with no text. */
  lost?: boolean;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  /** Drawn shapes and images: where figures and table rules are. */
  graphics: Graphic[];
}

export interface PdfDocument {
  pages: PdfPage[];
  fonts: Map<string, FontStyle>;
}

/** What the worker posts back for one page. */
interface RawPage {
  width: number;
  height: number;
  viewport: number[];
  items: { str: string; transform: number[]; width: number; fontName: string }[];
  fonts: Record<string, string>;
  /** Texts drawn stroked (emboldened) in drawing order. */
  stroked: string[];
  ops: { fnArray: Int32Array; argsArray: unknown[] };
}

type RawResult = { ok: true; document: { pages: RawPage[]; ops: Record<string, number> } } | { ok: false; name: string; message: string };

/**
 * Reads every page's text runs, fonts and graphics with pdf.js (run in a worker thread, on this
 * machine, fetching nothing). A file pdf.js cannot open is a `LecternError` that says why:
 * damaged, encrypted, empty.
 */
export async function loadPdf(bytes: Uint8Array, file: string): Promise<PdfDocument> {
  const result = await runWorker(bytes);
  if (!result.ok) throw openError(result.name, result.message, file);
  const { pages: raw, ops } = result.document;
  if (raw.length === 0) throw new LecternError('the PDF has no pages; expected a paper', { file });
  const fonts = new Map<string, FontStyle>();
  const pages = raw.map((page, i): PdfPage => {
    for (const [id, name] of Object.entries(page.fonts)) if (!fonts.has(id)) fonts.set(id, fontStyle(name));
    const runs = emboldened(pageRuns(page), page.stroked, fonts);
    return { number: i + 1, width: page.width, height: page.height, runs, graphics: pageGraphics(page.ops, page.viewport, ops as never) };
  });
  return { pages, fonts };
}

/**
 * The worker that runs pdf.js: started on the first PDF and kept (without keeping the process
 * alive) so later PDFs are read by code that is already compiled. A worker that fails is
 * dropped and the next read starts a new one.
 */
let reader: { worker: Worker; pending: Map<number, { resolve: (r: RawResult) => void; reject: (e: unknown) => void }> } | undefined;
let nextId = 1;

function runWorker(bytes: Uint8Array): Promise<RawResult> {
  if (!reader) {
    // NOTE: no inherited loader flags: the worker runs pdf.js as plain Node.
    const worker = new Worker(new URL('./pdfjs-worker.mjs', import.meta.url), { execArgv: [] });
    const pending = new Map<number, { resolve: (r: RawResult) => void; reject: (e: unknown) => void }>();
    const current = { worker, pending };
    const fail = (error: unknown) => {
      if (reader === current) reader = undefined;
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    };
    worker.on('message', (message: RawResult & { id: number }) => {
      pending.get(message.id)?.resolve(message);
      pending.delete(message.id);
      if (pending.size === 0) worker.unref();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the PDF reader stopped (exit code ${code})`)));
    reader = current;
  }
  const { worker, pending } = reader;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.ref();
    // NOTE: a copy goes over; the caller's bytes stay untouched.
    worker.postMessage({ id, bytes: new Uint8Array(bytes) });
  });
}

/** The page's text items as runs in page points from the top-left, through the page's viewport. */
function pageRuns(page: RawPage): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of page.items) {
    const [a, b, c, d, x, y] = multiply(item.transform, page.viewport);
    const size = Math.hypot(c, d);
    if (!(size > 0)) continue;
    const rotated = Math.abs(b) > 0.1 * size || a <= 0;
    // NOTE: an empty item with a width is a glyph pdf.js could not map (a lost ligature); an
    // empty one without is only a line break.
    if (item.str === '' && !(item.width > 0.2 * size && !rotated)) continue;
    runs.push({ text: item.str, x, y, width: item.width, size, font: item.fontName, ...(rotated ? { rotated } : {}), ...(item.str === '' ? { lost: true } : {}) });
  }
  return runs;
}

/**
 * Runs drawn stroked are bold whatever their font's name says: each stroked text, in drawing
 * order, is found at the start of the next run that holds it, and that part of the run gets a
 * bold twin of its font.
 */
function emboldened(runs: TextRun[], stroked: string[], fonts: Map<string, FontStyle>): TextRun[] {
  if (stroked.length === 0) return runs;
  const out: TextRun[] = [];
  let next = 0;
  for (const run of runs) {
    const want = stroked[next]?.trim();
    const at = want ? run.text.indexOf(want) : -1;
    if (!want || at === -1 || run.rotated) {
      out.push(run);
      continue;
    }
    next++;
    const font = `${run.font}#stroked`;
    if (!fonts.has(font)) fonts.set(font, { ...fonts.get(run.font)!, bold: true, weight: 'bold' });
    const perChar = run.width / Math.max(1, run.text.length);
    const pieces = [
      { text: run.text.slice(0, at), font: run.font },
      { text: run.text.slice(at, at + want.length), font },
      { text: run.text.slice(at + want.length), font: run.font },
    ];
    let x = run.x;
    for (const piece of pieces) {
      if (!piece.text) continue;
      out.push({ ...run, text: piece.text, font: piece.font, x, width: perChar * piece.text.length });
      x += perChar * piece.text.length;
    }
  }
  return out;
}

function multiply(m: number[], n: number[]): [number, number, number, number, number, number] {
  return [
    m[0]! * n[0]! + m[1]! * n[2]!,
    m[0]! * n[1]! + m[1]! * n[3]!,
    m[2]! * n[0]! + m[3]! * n[2]!,
    m[2]! * n[1]! + m[3]! * n[3]!,
    m[4]! * n[0]! + m[5]! * n[2]! + n[4]!,
    m[4]! * n[1]! + m[5]! * n[3]! + n[5]!,
  ];
}

function openError(name: string, message: string, file: string): LecternError {
  if (name === 'PasswordException') {
    return new LecternError('the PDF is encrypted and needs a password; save an unprotected copy and give Lectern that', { file });
  }
  if (name === 'InvalidPDFException') {
    return new LecternError(`the PDF is damaged or truncated (${message}); expected a complete PDF file`, { file });
  }
  return new LecternError(`the PDF could not be read (${message}); expected a readable PDF paper`, { file });
}
