import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

const require = createRequire(import.meta.url);
/** pdf.js's own folders: fonts, character maps and decoders are read from disk, never fetched. */
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));
const folder = (name: string) => `${join(PDFJS_DIR, name)}/`;

/**
 * Reads every page's text runs, fonts and graphics with pdf.js, in this process (pdf.js's
 * worker code runs on the main thread under Node). A file pdf.js cannot open is a
 * `LecternError` that says why: damaged, encrypted, empty.
 */
export async function loadPdf(bytes: Uint8Array, file: string): Promise<PdfDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // NOTE: pdf.js may take over the buffer it is given; the caller's bytes stay untouched.
    data: new Uint8Array(bytes),
    standardFontDataUrl: folder('standard_fonts'),
    cMapUrl: folder('cmaps'),
    wasmUrl: folder('wasm'),
    useSystemFonts: false,
    useWorkerFetch: false,
    isEvalSupported: false,
    // NOTE: images are not needed (their place is read from the drawing), and decoding them is
    // most of the time a page takes; pdf.js leaves out any image over this many pixels.
    maxImageSize: 1,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (cause) {
    await task.destroy();
    throw openError(cause, file);
  }
  try {
    const fonts = new Map<string, FontStyle>();
    const pages: PdfPage[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const operators = await page.getOperatorList();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, c, d, x, y] = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
        const size = Math.hypot(c!, d!);
        if (size <= 0) continue;
        if (!fonts.has(item.fontName)) fonts.set(item.fontName, fontStyle(fontName(page, item.fontName)));
        const width = item.width;
        const rotated = Math.abs(b!) > 0.1 * size || a! <= 0;
        if (item.str === '' && !(width > 0.2 * size && !rotated)) continue;
        runs.push({ text: item.str, x: x!, y: y!, width, size, font: item.fontName, ...(rotated ? { rotated } : {}), ...(item.str === '' ? { lost: true } : {}) });
      }
      pages.push({ number, width: viewport.width, height: viewport.height, runs, graphics: pageGraphics(operators, viewport.transform, pdfjs.OPS) });
      page.cleanup();
    }
    if (pages.length === 0) throw new LecternError('the PDF has no pages; expected a paper', { file });
    return { pages, fonts };
  } catch (cause) {
    if (cause instanceof LecternError) throw cause;
    throw new LecternError(`the PDF is damaged and could not be read (${message(cause)}); expected a readable PDF paper`, { file }, { cause });
  } finally {
    await doc.destroy();
  }
}

/** The font's own name ("ABCDEF+Times-Bold"), once pdf.js has loaded it for drawing. */
function fontName(page: { commonObjs: { has(id: string): boolean; get(id: string): unknown } }, id: string): string {
  if (!page.commonObjs.has(id)) return '';
  const font = page.commonObjs.get(id) as { name?: unknown } | null;
  return typeof font?.name === 'string' ? font.name : '';
}

function openError(cause: unknown, file: string): LecternError {
  const name = (cause as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new LecternError('the PDF is encrypted and needs a password; save an unprotected copy and give Lectern that', { file }, { cause });
  }
  if (name === 'InvalidPDFException') {
    return new LecternError(`the PDF is damaged or truncated (${message(cause)}); expected a complete PDF file`, { file }, { cause });
  }
  return new LecternError(`the PDF could not be opened (${message(cause)}); expected a readable PDF paper`, { file }, { cause });
}

function message(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
