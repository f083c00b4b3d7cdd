import { createRequire } from 'node:module';
import type pptxgenjs from 'pptxgenjs';
import type { Deck, Slide } from '../plan/deck.ts';
import { LETTERS } from '../plan/quiz.ts';
import { fitFontSize, SINGLE_LINE, textHeight, type TextStyle } from './text-fit.ts';
import type { ThemeLook } from './theme-look.ts';

// NOTE: required, not imported: under tsx's loader pptxgenjs's ES build loads in about 270 ms, its
// CommonJS build in about 40 ms (the same code, built twice). Its types describe a CommonJS module
// whose `default` is the class; required, the module is the class itself.
const PptxGenJS = createRequire(import.meta.url)('pptxgenjs') as typeof pptxgenjs.default;
type PptxGenJS = pptxgenjs.default;

/** A logo ready to place: its bytes as a data URI and its size in pixels (for its shape). */
export interface LogoImage {
  dataUri: string;
  width: number;
  height: number;
  altText: string;
}

/** How an audience's decks look: the theme's colours and type, header, footer, numbers, logo. */
export interface DeckLook {
  theme: ThemeLook;
  /** The deck's language (BCP 47), for PowerPoint's spelling and screen readers. */
  lang: string;
  header?: string;
  footer: string;
  paginate: boolean;
  logo?: LogoImage;
}

// Geometry in inches of Marp's 1280×720 slide (96 CSS pixels an inch: 13.333 × 7.5, PowerPoint's
// widescreen), so a box sits where the theme's CSS puts it.
const PX = 1 / 96;
const SLIDE = { w: 1280 * PX, h: 720 * PX };
const PAD = { top: 56 * PX, side: 72 * PX, bottom: 64 * PX };
const CONTENT_W = SLIDE.w - 2 * PAD.side;
/** Points per CSS pixel. */
const PT = 0.75;
/** The smallest share of its theme size a text is shrunk to before it is set to shrink on overflow. */
const MIN_SHARE = 0.6;

const MASTER = 'LECTERN';
const TITLE_MASTER = 'LECTERN_TITLE';

/**
 * A deck as an editable PowerPoint presentation: every title, bullet, question and table cell a
 * text box or table of its own, the notes in each slide's notes page, laid out as the theme lays
 * out the Marp slide. Text too long for its box is set smaller, down to 60% of the theme's size.
 */
export function deckPresentation(deck: Deck, look: DeckLook): PptxGenJS {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = clean(deck.title);
  pptx.subject = clean(deck.courseTitle);
  pptx.author = 'Lectern';
  pptx.company = '';
  pptx.theme = { headFontFace: look.theme.fontFace, bodyFontFace: look.theme.fontFace };
  defineMasters(pptx, look);
  deck.slides.forEach((slide) => {
    const page = pptx.addSlide({ masterName: slide.kind === 'title' ? TITLE_MASTER : MASTER });
    new SlideWriter(page, look.theme, look.lang).write(slide, look);
    const notes = [slide.notes, slide.sourceLine].filter(Boolean).join('\n\n');
    if (notes) page.addNotes(clean(notes));
  });
  return pptx;
}

/** The slide masters: the theme's background, the header and footer, and the slide number (none on title slides, as in Marp). */
function defineMasters(pptx: PptxGenJS, look: DeckLook): void {
  const { theme } = look;
  const small = { fontFace: theme.fontFace, fontSize: 16 * PT, color: theme.muted, margin: 0, lang: look.lang };
  const objects: NonNullable<pptxgenjs.default.SlideMasterProps['objects']> = [];
  if (look.header) objects.push({ text: { text: clean(look.header), options: { ...small, x: PAD.side, y: 18 * PX, w: CONTENT_W, h: 24 * PX, valign: 'top' } } });
  if (look.footer) objects.push({ text: { text: clean(look.footer), options: { ...small, x: PAD.side, y: SLIDE.h - 46 * PX, w: CONTENT_W - 100 * PX, h: 24 * PX, valign: 'bottom' } } });
  const background = { color: theme.paper };
  const slideNumber = { ...small, x: SLIDE.w - 40 * PX - 100 * PX, y: SLIDE.h - 46 * PX, w: 100 * PX, h: 24 * PX, align: 'right' as const, valign: 'bottom' as const };
  pptx.defineSlideMaster({ title: MASTER, background, objects, ...(look.paginate ? { slideNumber } : {}) });
  pptx.defineSlideMaster({ title: TITLE_MASTER, background, objects });
}

/** Lays one slide out from the top down, as the theme's flex column does. */
class SlideWriter {
  /** Where the next box goes, in inches from the top. */
  private y = PAD.top;
  private readonly bottom = SLIDE.h - PAD.bottom;

  constructor(
    private readonly page: pptxgenjs.default.Slide,
    private readonly theme: ThemeLook,
    private readonly lang: string,
  ) {}

  /** Every text box carries the deck's language. */
  private addText(text: string | pptxgenjs.default.TextProps[], options: pptxgenjs.default.TextPropsOptions): void {
    this.page.addText(text, { ...options, lang: this.lang });
  }

  write(slide: Slide, look: DeckLook): void {
    const body = this.theme.bodyPx;
    switch (slide.kind) {
      case 'title':
        return this.titleSlide(slide, look.logo);
      case 'assertion':
        this.kicker(slide.title);
        this.heading(slide.headline ?? slide.title, body * 1.2);
        return this.bullets(slide.bullets, body * 0.9, 12 / (body * 0.9));
      case 'table':
        this.heading(slide.title);
        return this.table(slide.table ?? { header: [], rows: [] });
      case 'quiz':
        this.heading(slide.title);
        return this.quiz(slide);
      case 'keywords':
        this.heading(slide.title);
        return this.columns(slide.bullets, body);
      // Sizes and spacing in px below are those lectern.css gives each kind of slide.
      case 'glossary':
        this.heading(slide.title);
        return this.bullets(slide.bullets, 26, 10 / 26);
      case 'references':
        this.heading(slide.title);
        return this.bullets(slide.bullets, 22, 12 / 22, 1.3 / 1.35);
      case 'takeaways':
      case 'lectures':
        this.heading(slide.title);
        return this.bullets(slide.bullets, body, 10 / 32);
      default:
        this.heading(slide.title);
        return this.bullets(slide.bullets, body, 18 / 32);
    }
  }

  /** The lecture's name large in the middle, the logo above it, subtitle and byline beneath. */
  private titleSlide(slide: Slide, logo: LogoImage | undefined): void {
    const { theme } = this;
    const titlePt = fit([slide.title], CONTENT_W, 2.5, theme.h1Px * PT, { bold: true });
    const titleH = textHeight([clean(slide.title)], CONTENT_W * 72, titlePt, { bold: true }) / 72;
    const lines = [
      ...(slide.subtitle ? [{ text: slide.subtitle, pt: 28 * PT, color: theme.ink, after: 28 }] : []),
      ...(slide.byline ?? []).map((text) => ({ text, pt: 22 * PT, color: theme.muted, after: 6 })),
    ];
    const linesH = lines.reduce((sum, line) => sum + textHeight([clean(line.text)], CONTENT_W * 72, line.pt) / 72 + line.after * PX, 0);
    const logoH = logo ? 90 * PX : 0;
    const gap = logo ? 24 * PX : 0;
    const total = logoH + gap + titleH + 20 * PX + linesH;
    let y = Math.max(PAD.top + 24 * PX, (SLIDE.h - total) / 2);
    if (logo) {
      const w = (logo.width / logo.height) * logoH;
      this.page.addImage({ data: logo.dataUri, x: PAD.side, y, w, h: logoH, altText: logo.altText, objectName: 'Logo' });
      y += logoH + gap;
    }
    this.addText(clean(slide.title), { x: PAD.side, y, w: CONTENT_W, h: titleH, margin: 0, fontFace: theme.fontFace, fontSize: titlePt, bold: true, color: theme.accent, valign: 'top', fit: 'shrink', objectName: 'Title' });
    y += titleH + 20 * PX;
    if (lines.length) {
      this.addText(
        lines.map((line) => ({ text: clean(line.text), options: { fontSize: line.pt, color: line.color, breakLine: true, paraSpaceAfter: line.after * PT } })),
        { x: PAD.side, y, w: CONTENT_W, h: Math.min(linesH, this.bottom - y), margin: 0, fontFace: theme.fontFace, valign: 'top', fit: 'shrink', objectName: 'Subtitle' },
      );
    }
  }

  /** What an assertion–evidence slide is about: small capitals above its headline. */
  private kicker(text: string): void {
    const pt = 0.6 * this.theme.bodyPx * PT;
    const h = (pt * SINGLE_LINE) / 72;
    this.addText(clean(text).toUpperCase(), { x: PAD.side, y: this.y, w: CONTENT_W, h, margin: 0, fontFace: this.theme.fontFace, fontSize: pt, color: this.theme.muted, charSpacing: 1, valign: 'top', objectName: 'Topic' });
    this.y += h + 6 * PX;
  }

  /** The slide's heading in the accent colour over its rule, as the theme's `h2`. */
  private heading(text: string, px = this.theme.h2Px): void {
    const { theme } = this;
    const pt = fit([text], CONTENT_W, 2 * px * 1.15 * PX, px * PT, { bold: true, lineSpacing: 1.15 / SINGLE_LINE });
    const h = textHeight([clean(text)], CONTENT_W * 72, pt, { bold: true, lineSpacing: 1.15 / SINGLE_LINE }) / 72;
    this.addText(clean(text), { x: PAD.side, y: this.y, w: CONTENT_W, h, margin: 0, fontFace: theme.fontFace, fontSize: pt, bold: true, color: theme.accent, valign: 'bottom', lineSpacingMultiple: 1.15 / SINGLE_LINE, fit: 'shrink', objectName: 'Title' });
    this.y += h + 10 * PX;
    this.page.addShape('line', { x: PAD.side, y: this.y, w: CONTENT_W, h: 0, line: { color: theme.accent, width: 4 * PT } });
    this.y += 4 * PX + 24 * PX;
  }

  /** A bulleted list filling the rest of the slide, set as large as fits up to the theme's size. */
  private bullets(items: readonly string[], px: number, spaceAfterEm: number, lineSpacing = 1): void {
    if (items.length === 0) return;
    const style: TextStyle = { spaceAfterEm, indentEm: 1.1, lineSpacing: (1.35 * lineSpacing) / SINGLE_LINE };
    const h = this.bottom - this.y;
    const { fontPt } = fitFontSize(items.map(clean), { widthPt: CONTENT_W * 72, heightPt: h * 72 }, { maxPt: px * PT, minPt: px * PT * MIN_SHARE }, style);
    this.addText(
      items.map((item) => ({ text: clean(item), options: { bullet: { indent: fontPt * 1.1 }, breakLine: true } })),
      { ...this.bodyText(fontPt, style), x: PAD.side, y: this.y, w: CONTENT_W, h, objectName: 'Bullets' },
    );
    this.y = this.bottom;
  }

  /** Keywords in two columns, as the theme sets them. */
  private columns(items: readonly string[], px: number): void {
    const half = Math.ceil(items.length / 2);
    const columns = [items.slice(0, half), items.slice(half)].filter((column) => column.length);
    const gap = 32 * PX;
    const w = (CONTENT_W - gap) / 2;
    const h = this.bottom - this.y;
    const style: TextStyle = { spaceAfterEm: 18 / 32, indentEm: 1.1, lineSpacing: 1.35 / SINGLE_LINE };
    const fontPt = Math.min(...columns.map((column) => fitFontSize(column.map(clean), { widthPt: w * 72, heightPt: h * 72 }, { maxPt: px * PT, minPt: px * PT * MIN_SHARE }, style).fontPt));
    columns.forEach((column, i) => {
      this.addText(
        column.map((item) => ({ text: clean(item), options: { bullet: { indent: fontPt * 1.1 }, breakLine: true } })),
        { ...this.bodyText(fontPt, style), x: PAD.side + i * (w + gap), y: this.y, w, h, objectName: `Keywords ${i + 1}` },
      );
    });
    this.y = this.bottom;
  }

  /** A self-check: the question in italics, then the lettered choices (beside the numbered items for a matching question). */
  private quiz(slide: Slide): void {
    const { theme } = this;
    if (slide.question) {
      const qPt = fit([slide.question], CONTENT_W, 3 * 30 * 1.35 * PX, 30 * PT, { lineSpacing: 1.35 / SINGLE_LINE });
      const h = textHeight([clean(slide.question)], CONTENT_W * 72, qPt, { lineSpacing: 1.35 / SINGLE_LINE }) / 72;
      this.addText(clean(slide.question), { x: PAD.side, y: this.y, w: CONTENT_W, h, margin: 0, fontFace: theme.fontFace, fontSize: qPt, italic: true, color: theme.ink, valign: 'top', lineSpacingMultiple: 1.35 / SINGLE_LINE, fit: 'shrink', objectName: 'Question' });
      this.y += h + 24 * PX;
    }
    const choices = (slide.choices ?? []).map((text, i) => `${LETTERS[i]}. ${text}`);
    const prompts = (slide.prompts ?? []).map((text, i) => `${i + 1}. ${text}`);
    const h = this.bottom - this.y;
    if (prompts.length) {
      const px = 26;
      const leftW = CONTENT_W * 0.32;
      const gap = CONTENT_W * 0.04;
      const rightW = CONTENT_W - leftW - gap;
      const style: TextStyle = { spaceAfterEm: 12 / 26, lineSpacing: 1.35 / SINGLE_LINE };
      const range = { maxPt: px * PT, minPt: px * PT * MIN_SHARE };
      const fontPt = Math.min(
        fitFontSize(prompts.map(clean), { widthPt: leftW * 72, heightPt: h * 72 }, range, { ...style, bold: true }).fontPt,
        fitFontSize(choices.map(clean), { widthPt: rightW * 72, heightPt: h * 72 }, range, style).fontPt,
      );
      this.addText(prompts.map((text) => ({ text: clean(text), options: { breakLine: true } })), { ...this.bodyText(fontPt, style), bold: true, x: PAD.side, y: this.y, w: leftW, h, objectName: 'Items' });
      this.addText(choices.map((text) => ({ text: clean(text), options: { breakLine: true } })), { ...this.bodyText(fontPt, style), x: PAD.side + leftW + gap, y: this.y, w: rightW, h, objectName: 'Choices' });
    } else if (choices.length) {
      const style: TextStyle = { spaceAfterEm: 18 / 32, lineSpacing: 1.35 / SINGLE_LINE };
      const { fontPt } = fitFontSize(choices.map(clean), { widthPt: CONTENT_W * 72, heightPt: h * 72 }, { maxPt: theme.bodyPx * PT, minPt: theme.bodyPx * PT * MIN_SHARE }, style);
      this.addText(choices.map((text) => ({ text: clean(text), options: { breakLine: true } })), { ...this.bodyText(fontPt, style), x: PAD.side, y: this.y, w: CONTENT_W, h, objectName: 'Choices' });
    }
    this.y = this.bottom;
  }

  /** A table with its header row shaded, its text as large as fits up to the theme's 22px. */
  private table(table: { header: string[]; rows: string[][] }): void {
    const { theme } = this;
    const columns = Math.max(table.header.length, ...table.rows.map((row) => row.length), 1);
    const colW = CONTENT_W / columns;
    const rows = [table.header, ...table.rows].filter((row) => row.length);
    const h = this.bottom - this.y;
    const padPt = 6 * PT * 2;
    const heightAt = (pt: number) =>
      rows.reduce((sum, row, r) => sum + Math.max(...row.map((cell) => textHeight([clean(cell)], colW * 72 - 20 * PT, pt, { bold: r === 0 }))) + padPt, 0);
    let fontPt = 22 * PT;
    while (fontPt > 22 * PT * MIN_SHARE && heightAt(fontPt) > h * 72) fontPt -= 0.5;
    const border = { type: 'solid' as const, pt: 0.75, color: 'C9D1D9' };
    const headerFill = mix(theme.accent, theme.paper, 0.1);
    this.page.addTable(
      rows.map((row, r) =>
        Array.from({ length: columns }, (_, c) => ({
          text: clean(row[c] ?? ''),
          // NOTE: pptxgenjs takes a cell's language from the cell, not from the table.
          options: { lang: this.lang, ...(r === 0 && table.header.length ? { bold: true, fill: { color: headerFill } } : {}) },
        })),
      ),
      { x: PAD.side, y: this.y, w: CONTENT_W, colW: Array(columns).fill(colW), fontFace: theme.fontFace, fontSize: fontPt, color: theme.ink, border, margin: [6 * PT, 10 * PT, 6 * PT, 10 * PT], valign: 'top', objectName: 'Table' },
    );
    this.y = this.bottom;
  }

  private bodyText(fontPt: number, style: TextStyle): pptxgenjs.default.TextPropsOptions {
    return {
      margin: 0,
      fontFace: this.theme.fontFace,
      fontSize: fontPt,
      color: this.theme.ink,
      valign: 'top',
      paraSpaceAfter: (style.spaceAfterEm ?? 0) * fontPt,
      lineSpacingMultiple: style.lineSpacing ?? 1,
      // Beyond the smallest size Lectern sets, PowerPoint shrinks the text itself when it is edited.
      fit: 'shrink',
    };
  }
}

/** The size, in points, at which a short text (a heading, a question) fits a box, from `maxPt` down to 60% of it. */
function fit(texts: readonly string[], widthIn: number, heightIn: number, maxPt: number, style: TextStyle): number {
  return fitFontSize(texts.map(clean), { widthPt: widthIn * 72, heightPt: heightIn * 72 }, { maxPt, minPt: maxPt * MIN_SHARE }, style).fontPt;
}

/** `share` of colour `a` over `b`, as CSS `color-mix(in srgb, a share, b)`. */
function mix(a: string, b: string, share: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return [0, 1, 2]
    .map((i) => Math.round(channel(a, i) * share + channel(b, i) * (1 - share)).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/**
 * Text as PowerPoint may hold it: characters XML 1.0 forbids (control characters a PDF's text can
 * carry) are dropped; pptxgenjs escapes the rest, so paper text stays text.
 */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
