import { z } from './zod.ts';
import { LanguageTag } from './course.ts';
import { parseYaml } from './yaml.ts';

/** `lectern.config.yaml`: which courses to build, and where. Every key has a default. */
export const ConfigFile = z.strictObject({
  /** Course folders under `content/` to build; every folder with a `paper.txt` when left out. */
  courses: z.array(z.string().min(1)).optional(),
  /** Audience profiles (`content/audiences/<id>.yaml`) to build every course for; all of them when left out. */
  audiences: z.array(z.string().min(1)).optional(),
  /** The language of every course whose paper and course.yaml do not say: a BCP 47 tag; English when left out. */
  lang: LanguageTag.optional(),
  /** Where build output goes, relative to the project. */
  outDir: z
    .string()
    .min(1)
    .refine((dir) => !dir.includes('\0'), 'expected a folder name without NUL characters')
    .refine((dir) => dir.split(/[\\/]/).every((part) => Buffer.byteLength(part) <= 255), 'expected a folder name of at most 255 bytes in each part')
    .optional(),
});

export type ConfigFile = z.infer<typeof ConfigFile>;

export const CONFIG_FILE = 'lectern.config.yaml';

export function parseConfig(text: string, file: string): ConfigFile {
  return parseYaml(text, file, ConfigFile).data;
}
