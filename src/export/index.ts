import { html } from './html.ts';
import type { Exporter } from './types.ts';

export type { ExportContext, Exporter, StagedDeck } from './types.ts';

/** Every output format besides the markdown itself, by name. */
export const formats = { html } satisfies Record<string, Exporter>;

export type Format = keyof typeof formats;
export const FORMATS = Object.keys(formats) as Format[];
