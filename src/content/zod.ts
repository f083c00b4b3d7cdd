import { createRequire } from 'node:module';
import type { z as zod } from 'zod';

// NOTE: zod's ES module build is about a hundred files, and Lectern runs under tsx, where every
// ES module is a round trip to its loader thread; zod's CommonJS build, required, loads in a third
// of the time. Same zod, same schemas: only how it is loaded differs.
export const z: typeof zod = (createRequire(import.meta.url)('zod') as { z: typeof zod }).z;

/** The type a schema parses to, as `z.infer` gives it where zod is imported as an ES module. */
export declare namespace z {
  type infer<T> = zod.infer<T>;
}
