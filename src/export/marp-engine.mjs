// The Marp engine Lectern's decks are converted with: marp-core as marp-cli would create it, with
// emoji images and math turned off because both fetch assets from a CDN and builds run offline.
import { Marp } from '@marp-team/marp-core';

export default (options) => new Marp({ ...options, emoji: { shortcode: false, unicode: false }, math: false });
