import type { DropReason, Dropped } from '../../content/paper.ts';
import type { Diagnostic } from '../../errors.ts';
import type { FoundBlock } from '../assemble.ts';
import { dropElement } from './dropped.ts';
import { descendants, elements, type XmlElement } from './xml.ts';

/** Float elements: what `<floats-group>` holds and a paragraph may cite. */
const FLOAT = new Set(['fig', 'fig-group', 'table-wrap', 'table-wrap-group', 'boxed-text', 'chem-struct-wrap', 'disp-formula', 'disp-formula-group', 'media', 'supplementary-material', 'graphic', 'preformat', 'code']);

/**
 * Floats kept apart from the text (`<floats-group>`, a `display-objects` section), each placed
 * after the paragraph that first cites it (`<xref rid>`); those no paragraph cites come last.
 */
export class Floats {
  private readonly byId = new Map<string, XmlElement>();
  private readonly waiting: XmlElement[] = [];
  private readonly placed = new Set<XmlElement>();

  add(container: XmlElement): void {
    for (const float of elements(container)) {
      if (!FLOAT.has(float.local)) continue;
      this.waiting.push(float);
      for (const element of [float, ...descendants(float, 'fig'), ...descendants(float, 'table-wrap')]) {
        if (element.attrs.id) this.byId.set(element.attrs.id, float);
      }
    }
  }

  /** Floats first cited inside an element, in the order it cites them; each is given out once. */
  citedIn(element: XmlElement): XmlElement[] {
    if (this.byId.size === 0) return [];
    const cited: XmlElement[] = [];
    for (const xref of descendants(element, 'xref')) {
      for (const rid of (xref.attrs.rid ?? '').split(/\s+/)) {
        const float = this.byId.get(rid);
        if (float && !this.placed.has(float)) {
          this.placed.add(float);
          cited.push(float);
        }
      }
    }
    return cited;
  }

  /** Floats no paragraph cited, in the order the XML gives them. */
  uncited(): XmlElement[] {
    const rest = this.waiting.filter((float) => !this.placed.has(float));
    for (const float of rest) this.placed.add(float);
    return rest;
  }
}

/** What reading the body's flow shares: floats to place, what was dropped, findings, quotations. */
export class FlowContext {
  readonly floats = new Floats();
  readonly dropped: Dropped[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Blocks read from a display quotation, to tell a pull quote (the paper's words again) from a quotation. */
  readonly quotes = new Map<FoundBlock, XmlElement>();

  constructor(
    readonly file: string,
    private readonly at: (offset: number) => { line: number; column: number },
  ) {}

  drop(element: XmlElement, reason: DropReason): void {
    this.dropped.push(...dropElement(element, reason));
  }

  note(severity: Diagnostic['severity'], message: string, element: XmlElement): void {
    this.diagnostics.push({ severity, message, location: { file: this.file, ...this.at(element.offset) } });
  }
}
