import type { HelperDelegate } from 'handlebars';
import { plural } from './plural.ts';

/** Every helper templates may use, by name. One helper a file. */
export const helpers: Record<string, HelperDelegate> = { plural };
