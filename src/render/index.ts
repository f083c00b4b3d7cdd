import Handlebars from 'handlebars';
import { LecternError } from '../errors.ts';
import type { Deck } from '../plan/deck.ts';
import { helpers } from './helpers/index.ts';
import { TemplateSet, type TemplateFile } from './templates.ts';
import { toView, type ViewOptions } from './view.ts';

export { TemplateSet } from './templates.ts';

const PARTIAL_SUFFIX = '.md.hbs';

/** Renders decks to Marp markdown through one isolated Handlebars environment. */
export interface DeckRenderer {
  render(deck: Deck, options: ViewOptions): string;
}

/**
 * Compiles the deck layout and every slide partial once. The environment is isolated
 * (`Handlebars.create()`), and escaping is off because every value templates see was escaped
 * for Marp markdown beforehand (see `toView`): HTML escaping would turn `'` into `&#x27;`.
 */
export function createRenderer(templates: TemplateSet = new TemplateSet()): DeckRenderer {
  const hb = Handlebars.create();
  hb.registerHelper(helpers);
  for (const name of templates.list('partials', PARTIAL_SUFFIX)) {
    const partial = templates.read(name)!;
    hb.registerPartial(name.slice('partials/'.length, -PARTIAL_SUFFIX.length), compile(hb, partial, templates));
  }
  const layout = templates.read('deck.md.hbs');
  if (!layout) throw new LecternError(`no deck layout: expected deck.md.hbs in ${templates.folders.join(' or ')}`);
  const template = compile(hb, layout, templates);
  return {
    render(deck, options) {
      try {
        return template(toView(deck, options));
      } catch (cause) {
        throw templateError(cause, layout, templates, `could not render deck ${deck.id}`);
      }
    },
  };
}

function compile(hb: typeof Handlebars, file: TemplateFile, templates: TemplateSet): Handlebars.TemplateDelegate {
  try {
    // NOTE: precompiling here, not lazily, makes a template's syntax error fail the build up front.
    hb.precompile(file.text, { noEscape: true, strict: false });
    return hb.compile(file.text, { noEscape: true, preventIndent: true });
  } catch (cause) {
    throw templateError(cause, file, templates, 'invalid template');
  }
}

function templateError(cause: unknown, file: TemplateFile, templates: TemplateSet, what: string): LecternError {
  const message = cause instanceof Error ? cause.message : String(cause);
  const line = /line (\d+)/i.exec(message)?.[1];
  const firstLine = message.split('\n')[0]!;
  return new LecternError(`${what}: ${firstLine}`, { file: templates.describe(file.file), ...(line ? { line: Number(line) } : {}) }, { cause });
}
