import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { wrapError } from '../errors.ts';
import type { BrowserSession } from './browser.ts';
import type { DeckLook, LogoImage } from './pptx-deck.ts';
import { requireBrowser } from './run.ts';
import { sourceDateEpoch } from './source-date.ts';
import { readThemeLook } from './theme-look.ts';
import type { ExportContext } from './types.ts';

/** An SVG logo is drawn at four times its 90px height on the slide: sharp when projected. */
const LOGO_RASTER_HEIGHT = 360;

/**
 * Editable PowerPoint, built from the deck plan rather than from pictures: titles, bullets,
 * questions and tables are text a lecturer can change in PowerPoint, Keynote or LibreOffice, the
 * speaker notes are in each slide's notes page, and the audience's theme gives the colours, font
 * and logo. The browser is needed only to draw an SVG logo as a picture PowerPoint can show.
 */
export async function exportPptx(context: ExportContext): Promise<void> {
  const browser = requireBrowser(context, 'PowerPoint files');
  // NOTE: imported here so that builds without the PPTX never load pptxgenjs.
  const { deckPresentation } = await import('./pptx-deck.ts');
  const logos = new Map<string, Promise<LogoImage>>();
  const logoFor = (file: string, altText: string) => {
    if (!logos.has(file)) logos.set(file, loadLogo(browser, join(context.stageDir, file), altText));
    return logos.get(file)!;
  };
  for (const deck of context.decks) {
    try {
      const look: DeckLook = {
        theme: readThemeLook(deck.look.theme, deck.templates),
        lang: deck.lang,
        footer: deck.look.footer,
        paginate: deck.look.paginate,
        ...(deck.look.header ? { header: deck.look.header } : {}),
        ...(deck.look.logo ? { logo: await logoFor(deck.look.logo, deck.look.logoAlt ?? '') } : {}),
      };
      const written = (await deckPresentation(deck.deck, look).write({ outputType: 'nodebuffer', compression: true })) as Buffer;
      writeFileSync(join(context.stageDir, `${deck.stem}.pptx`), await finish(written));
    } catch (cause) {
      throw wrapError(`could not write the PowerPoint file for ${deck.stem}`, cause);
    }
    context.progress?.deck(deck.stem);
  }
}

/**
 * The presentation as pptxgenjs wrote it, with two things put right:
 * - every date pinned to SOURCE_DATE_EPOCH: pptxgenjs stamps the document's creation and
 *   modification dates, and every file in the zip, with the time of writing;
 * - a decorative logo (empty alternative text) described as empty: pptxgenjs describes an image
 *   without alternative text by its file name, which a screen reader would read out.
 */
async function finish(pptx: Buffer, epochSeconds = sourceDateEpoch()): Promise<Buffer> {
  const date = new Date(epochSeconds * 1000);
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(pptx);
  const core = await zip.file('docProps/core.xml')?.async('string');
  if (core) zip.file('docProps/core.xml', core.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`));
  for (const name of Object.keys(zip.files).filter((file) => /^ppt\/slides\/slide\d+\.xml$/.test(file))) {
    const xml = await zip.file(name)!.async('string');
    const described = xml.replace(/(<p:cNvPr [^>]*name="Logo" descr=")preencoded\.png"/g, '$1"');
    if (described !== xml) zip.file(name, described);
  }
  zip.forEach((_, entry) => {
    entry.date = date;
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A profile's logo as PowerPoint takes it: PNG and JPEG as they are, SVG drawn as a PNG by the browser. */
async function loadLogo(browser: BrowserSession, file: string, altText: string): Promise<LogoImage> {
  const type = extname(file).toLowerCase() === '.svg' ? 'image/svg+xml' : extname(file).toLowerCase() === '.png' ? 'image/png' : 'image/jpeg';
  const dataUri = `data:${type};base64,${readFileSync(file).toString('base64')}`;
  const page = await browser.newPage();
  try {
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent"><img id="logo" src="${dataUri}"></body></html>`, { waitUntil: 'load' });
    const size = await page.$eval('#logo', (img) => ({ width: (img as HTMLImageElement).naturalWidth, height: (img as HTMLImageElement).naturalHeight }));
    if (!size.width || !size.height) throw new Error(`the browser could not read the logo ${file}`);
    if (type !== 'image/svg+xml') return { dataUri, ...size, altText };
    const height = LOGO_RASTER_HEIGHT;
    const width = Math.round((size.width / size.height) * height);
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.$eval('#logo', (img, w, h) => Object.assign((img as HTMLImageElement).style, { width: `${w}px`, height: `${h}px`, display: 'block' }), width, height);
    const png = await page.screenshot({ type: 'png', omitBackground: true, clip: { x: 0, y: 0, width, height } });
    return { dataUri: `data:image/png;base64,${Buffer.from(png).toString('base64')}`, width, height, altText };
  } finally {
    await page.close();
  }
}
