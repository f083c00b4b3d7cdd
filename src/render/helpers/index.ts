import type { HelperDelegate } from 'handlebars';
import { eq } from './eq.ts';
import { plural } from './plural.ts';

/** Every helper templates may use, by name. One helper a file. */
export const helpers: Record<string, HelperDelegate> = { eq, plural };
