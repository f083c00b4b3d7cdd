import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LecternError } from '../errors.ts';
import type { TemplateSet } from '../render/templates.ts';

/**
 * What a Marp theme looks like, read from its CSS so that a PowerPoint made without the browser
 * wears the same colours, font and sizes as the audience's slides. Sizes are CSS pixels of the
 * 1280×720 slide.
 */
export interface ThemeLook {
  name: string;
  /** Colours as six hex digits, without `#`. */
  accent: string;
  ink: string;
  muted: string;
  paper: string;
  /** The first family of the slide's `font-family`. */
  fontFace: string;
  bodyPx: number;
  h1Px: number;
  h2Px: number;
}

/** The properties a theme sets and where, in CSS order (imported themes first). */
const WANTED = {
  section: ['--accent', '--ink', '--muted', '--paper', 'font-family', 'font-size'],
  h1: ['font-size'],
  h2: ['font-size'],
} as const;

interface ThemeFile {
  file: string;
  css: string;
}

/** Every theme of a template set by its `@theme` name: a file of an override folder replaces Lectern's. */
function themeFiles(templates: TemplateSet): Map<string, ThemeFile> {
  const themes = new Map<string, ThemeFile>();
  for (const folder of [...templates.folders].reverse()) {
    const dir = join(folder, 'themes');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.css')).sort()) {
      const file = join(dir, name);
      const css = readFileSync(file, 'utf8');
      const theme = /@theme\s+([\w-]+)/.exec(css)?.[1];
      if (theme) themes.set(theme, { file, css });
    }
  }
  return themes;
}

/**
 * Reads a theme's look: the declarations of its plain `section`, `h1` and `h2` rules, after those
 * of the themes it imports, as the browser's cascade would take them.
 */
export function readThemeLook(name: string, templates: TemplateSet): ThemeLook {
  const themes = themeFiles(templates);
  const values = new Map<string, { value: string; file: string }>();
  const visit = (theme: string, seen: string[]) => {
    const found = themes.get(theme);
    if (!found) throw new LecternError(`theme "${theme}" not found: expected a CSS file with /* @theme ${theme} */ in ${templates.folders.map((f) => join(f, 'themes')).join(' or ')}`);
    if (seen.includes(theme)) throw new LecternError(`theme "${theme}" imports itself (${[...seen, theme].join(' → ')})`, { file: templates.describe(found.file) });
    const css = found.css.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, imported] of css.matchAll(/@import\s+(?:url\()?\s*['"]([\w-]+)['"]/g)) visit(imported!, [...seen, theme]);
    for (const [, selector, body] of css.matchAll(/(?<=^|[};])([^{};]+?)\s*\{([^{}]*)\}/g)) {
      const rule = selector!.trim() as keyof typeof WANTED;
      if (!(rule in WANTED)) continue;
      for (const declaration of body!.split(';')) {
        const colon = declaration.indexOf(':');
        const property = declaration.slice(0, colon).trim();
        if (colon > 0 && (WANTED[rule] as readonly string[]).includes(property)) values.set(`${rule} ${property}`, { value: declaration.slice(colon + 1).trim(), file: found.file });
      }
    }
  };
  visit(name, []);
  const get = (key: string) => {
    const found = values.get(key);
    if (!found) throw new LecternError(`theme "${name}" sets no ${key.replace(' ', ' { ')} }: the PowerPoint export reads it`);
    return found;
  };
  const colour = (key: string) => hexColour(get(key), key);
  const pixels = (key: string, base?: number) => cssPixels(get(key), key, base);
  const bodyPx = pixels('section font-size');
  return {
    name,
    accent: colour('section --accent'),
    ink: colour('section --ink'),
    muted: colour('section --muted'),
    paper: colour('section --paper'),
    fontFace: firstFamily(get('section font-family').value),
    bodyPx,
    h1Px: pixels('h1 font-size', bodyPx),
    h2Px: pixels('h2 font-size', bodyPx),
  };
}

function hexColour({ value, file }: { value: string; file: string }, key: string): string {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (short) return short.slice(1).map((digit) => digit! + digit!).join('').toUpperCase();
  const long = /^#([0-9a-f]{6})$/i.exec(value);
  if (long) return long[1]!.toUpperCase();
  throw new LecternError(`${key} is "${value}"; the PowerPoint export expected a colour as #rgb or #rrggbb`, { file });
}

function cssPixels({ value, file }: { value: string; file: string }, key: string, base?: number): number {
  const match = /^([\d.]+)(px|em|rem)$/.exec(value);
  if (match && (match[2] === 'px' || base !== undefined)) return match[2] === 'px' ? Number(match[1]) : Number(match[1]) * base!;
  throw new LecternError(`${key} is "${value}"; the PowerPoint export expected a size in px${base === undefined ? '' : ' or em'}`, { file });
}

function firstFamily(value: string): string {
  return value.split(',')[0]!.trim().replace(/^['"]|['"]$/g, '');
}
