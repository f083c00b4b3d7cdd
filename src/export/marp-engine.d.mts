// Types for marp-engine.mjs, which stays plain JavaScript because marp-cli loads it by path.
import type { Marp, MarpOptions } from '@marp-team/marp-core';

declare const createEngine: (options?: MarpOptions) => Marp;
export default createEngine;
