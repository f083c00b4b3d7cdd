// Runs pdf.js on a PDF's bytes in a worker thread of plain Node and posts back, page by page,
// the text items, the fonts' names and the drawing operators Lectern reads layout from.
// NOTE: plain JavaScript on purpose: under a TypeScript loader pdf.js's 3 MB of modules are
// transformed again on every run, which costs seconds; here they load as shipped.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
const folder = (name) => `${join(pdfjsDir, name)}/`;

// NOTE: pdf.js inflates each compressed stream through the platform's DecompressionStream when
// there is one; a figure's font can hold a thousand tiny streams, and each such round trip costs
// far more than pdf.js's own inflater. This thread runs pdf.js alone, so it goes without.
delete globalThis.DecompressionStream;
// NOTE: pdf.js's build for Node brings core-js, which swaps Array.prototype.push for a
// polyfill (V8's push differs from the standard only for arrays near 2^53 elements) that is
// many times slower, and pdf.js pushes every token it parses. The thread gets its native push
// back once both of pdf.js's modules are loaded; pdf.js's parser is loaded here first, as the
// in-thread worker pdf.js looks for, so that no later load swaps it again.
const nativePush = Array.prototype.push;
globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
Array.prototype.push = nativePush;
const { OPS } = pdfjs;
/** The operators whose arguments Lectern reads; the others are passed on as codes only. */
const KEEP = new Set([OPS.transform, OPS.constructPath, OPS.paintFormXObjectBegin]);

// One job at a time: { id, bytes } in, { id, ok, document | name, message } out.
parentPort.on('message', async ({ id, bytes }) => {
  try {
    parentPort.postMessage({ id, ok: true, document: await read(bytes) });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, name: error?.name ?? 'Error', message: error?.message ?? String(error) });
  }
});

/**
 * The texts drawn with their outlines stroked as well as filled (text rendering modes 1, 2, 5
 * and 6), in drawing order: how word processors embolden a font that has no bold face.
 */
function strokedTexts(operators) {
  const texts = [];
  let mode = 0;
  operators.fnArray.forEach((fn, i) => {
    if (fn === OPS.setTextRenderingMode) mode = operators.argsArray[i][0];
    else if ((fn === OPS.showText || fn === OPS.showSpacedText) && [1, 2, 5, 6].includes(mode)) {
      const glyphs = operators.argsArray[i][0];
      const text = glyphs.map((glyph) => (typeof glyph === 'object' && glyph ? glyph.unicode ?? '' : '')).join('');
      if (text.trim()) texts.push(text);
    }
  });
  return texts;
}

async function read(bytes) {
  const task = pdfjs.getDocument({
    data: bytes,
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
  const doc = await task.promise;
  try {
    const pages = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const operators = await page.getOperatorList();
      const fonts = {};
      for (const id of Object.keys(content.styles)) {
        const font = page.commonObjs.has(id) ? page.commonObjs.get(id) : null;
        fonts[id] = typeof font?.name === 'string' ? font.name : '';
      }
      const items = content.items
        .filter((item) => 'str' in item)
        .map((item) => ({ str: item.str, transform: item.transform, width: item.width, fontName: item.fontName }));
      // NOTE: of a path only its paint operator and bounding box are sent: a chart's paths are
      // many thousands, and their points are not needed.
      const args = operators.fnArray.map((fn, i) => {
        if (!KEEP.has(fn)) return null;
        const arg = operators.argsArray[i];
        return fn === OPS.constructPath ? [arg[0], arg[2] ? Array.from(arg[2]) : null] : arg;
      });
      pages.push({ width: viewport.width, height: viewport.height, viewport: viewport.transform, items, fonts, stroked: strokedTexts(operators), ops: { fnArray: Int32Array.from(operators.fnArray), argsArray: args } });
      page.cleanup();
    }
    return { pages, ops: OPS };
  } finally {
    await doc.destroy();
  }
}
