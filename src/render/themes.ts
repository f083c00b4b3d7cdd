import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Audience } from '../content/audience.ts';
import { LecternError } from '../errors.ts';

/** Marp's own themes, always there. */
const MARP_THEMES = ['default', 'gaia', 'uncover'];

/** The themes a build can use: Marp's, and each CSS file's `@theme` name in the theme folders. */
export function themeNames(themeDirs: readonly string[]): string[] {
  const names = new Set(MARP_THEMES);
  for (const dir of themeDirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir).filter((name) => name.endsWith('.css')).sort()) {
      const name = /@theme\s+([^\s*]+)/.exec(readFileSync(join(dir, entry), 'utf8'))?.[1];
      if (name) names.add(name);
    }
  }
  return [...names];
}

/** A misspelt theme would make Marp fall back to its default in silence: name it instead. */
export function checkTheme(audience: Audience, themes: readonly string[]): void {
  if (themes.includes(audience.theme)) return;
  const where = audience.source?.locate(['theme']) ?? { file: 'content/audiences' };
  throw new LecternError(`theme "${audience.theme}" does not exist; expected one of: ${themes.join(', ')} (a theme is a CSS file with a /* @theme name */ comment in a templates folder's themes/)`, where);
}
