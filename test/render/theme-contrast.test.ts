import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

// WCAG 2.x contrast (success criterion 1.4.3): at least 4.5:1 for text, computed here from the colours
// each bundled theme sets, over every background the theme paints text on.
const THEMES = join(ROOT, 'templates/themes');

type Rgb = [number, number, number];

function hex(value: string): Rgb {
  const h = value.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `color-mix(in srgb, a p%, b)`, as the themes use it for tinted backgrounds. */
function mix(a: Rgb, share: number, b: Rgb): Rgb {
  return a.map((c, i) => Math.round(c * share + b[i]! * (1 - share))) as Rgb;
}

/** A theme's colour variables, its imported theme's first: `section { --ink: #… }`. */
function colours(name: string): Record<string, Rgb> {
  const css = readFileSync(join(THEMES, `${name}.css`), 'utf8');
  const imported = /@import\s+'([^']+)'/.exec(css)?.[1];
  const own = Object.fromEntries([...css.matchAll(/--(\w+):\s*(#[0-9a-fA-F]{3,6})\b/g)].map((m) => [m[1]!, hex(m[2]!)]));
  return { ...(imported ? colours(imported) : {}), ...own };
}

const themes = readdirSync(THEMES).filter((f) => f.endsWith('.css')).map((f) => f.slice(0, -4));

describe('bundled themes', () => {
  it('are all checked', () => {
    expect(themes.sort()).toEqual(['lectern', 'lectern-clinician', 'lectern-public', 'lectern-undergraduate']);
  });

  for (const theme of themes) {
    it(`${theme}: every text colour has at least 4.5:1 contrast on every background it is shown on`, () => {
      const c = colours(theme);
      for (const key of ['ink', 'muted', 'accent', 'paper']) expect(c[key], `--${key}`).toBeDefined();
      const backgrounds = {
        paper: c.paper!,
        // The title slide's gradient ends in the accent at 12%; a table header is the accent at 10%.
        'title slide corner': mix(c.accent!, 0.12, c.paper!),
        'table header': mix(c.accent!, 0.1, c.paper!),
      };
      for (const [text, colour] of Object.entries({ ink: c.ink!, muted: c.muted!, accent: c.accent! })) {
        for (const [where, background] of Object.entries(backgrounds)) {
          expect(contrast(colour, background), `${theme}: --${text} on ${where}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });
  }

  it('measures contrast as WCAG does', () => {
    expect(contrast(hex('#000'), hex('#fff'))).toBeCloseTo(21, 5);
    expect(contrast(hex('#777'), hex('#fff'))).toBeCloseTo(4.48, 2);
  });
});
