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
 * Templates are strict: a name the view does not have (`{{titel}}`) is an error, not nothing.
 */
export function createRenderer(templates: TemplateSet = new TemplateSet()): DeckRenderer {
  const hb = Handlebars.create();
  hb.registerHelper(helpers);
  for (const name of templates.list('partials', PARTIAL_SUFFIX)) {
    const partial = templates.read(name)!;
    const template = compile(hb, partial, templates);
    // NOTE: a runtime error carries no file name; each partial adds its own on the way out.
    hb.registerPartial(name.slice('partials/'.length, -PARTIAL_SUFFIX.length), (context: unknown, options?: Handlebars.RuntimeOptions) => {
      try {
        return template(context, options);
      } catch (cause) {
        throw templateError(cause, partial, templates, 'could not render');
      }
    });
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
  const options = { noEscape: true, preventIndent: true, strict: true };
  try {
    // NOTE: precompiling here, not lazily, makes a template's syntax error fail the build up front.
    hb.precompile(file.text, options);
    return hb.compile(file.text, options);
  } catch (cause) {
    throw templateError(cause, file, templates, 'invalid template');
  }
}

/**
 * A template's error as a LecternError naming the template's own file, line and column, with
 * Handlebars' whole message (a parse error's message shows the line and where it went wrong).
 * An error already named by an inner partial is passed on as it is.
 */
function templateError(cause: unknown, file: TemplateFile, templates: TemplateSet, what: string): LecternError {
  if (cause instanceof LecternError) return cause;
  const error = cause as Error & { lineNumber?: number; column?: number };
  const text = error instanceof Error ? error.message : String(cause);
  // Strict mode says `"titel" not defined in [object Object] - 3:3`; parse errors say `on line 3`.
  const strict = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/.exec(text);
  if (strict) {
    return new LecternError(`${what}: {{${strict[1]}}} names nothing the template is given here; check its spelling`, { file: templates.describe(file.file), line: Number(strict[2]), column: Number(strict[3]) + 1 }, { cause });
  }
  const line = error.lineNumber ?? (Number(/line (\d+)/i.exec(text)?.[1]) || undefined);
  const column = error.lineNumber !== undefined && error.column !== undefined ? error.column + 1 : undefined;
  const message = text.replace(/ - \d+:\d+$/, '').replace(/\n/g, '\n    ');
  return new LecternError(`${what}: ${message}`, { file: templates.describe(file.file), ...(line ? { line } : {}), ...(column ? { column } : {}) }, { cause });
}
