// The Marp engine Lectern's decks are converted with: marp-core as marp-cli would create it, with
// emoji images and math turned off because both fetch assets from a CDN and builds run offline.
import { Marp } from '@marp-team/marp-core';
import { Theme } from '@marp-team/marpit';

// NOTE: marp-cli makes a new engine for every deck, and each engine parses marp-core's three
// built-in themes and every theme of the theme set again: about 50 ms a deck, a third of the
// HTML's time. A theme is a frozen value of its CSS and options, so it is parsed once per process
// and shared. marpit is pinned with marp-core; its `Theme.fromCSS` is the one both call.
const parseTheme = Theme.fromCSS;
const parsedThemes = new Map();
Theme.fromCSS = (css, opts = {}) => {
  const meta = Object.entries(opts.metaType ?? {}).map(([name, type]) => `${name}:${type?.name ?? String(type)}`);
  const flags = Object.getOwnPropertySymbols(opts).map((symbol) => `${String(symbol)}=${String(opts[symbol])}`);
  const key = JSON.stringify([css, Boolean(opts.cssNesting), meta, flags]);
  if (!parsedThemes.has(key)) parsedThemes.set(key, parseTheme.call(Theme, css, opts));
  return parsedThemes.get(key);
};

export default (options) => new Marp({ ...options, emoji: { shortcode: false, unicode: false }, math: false });
