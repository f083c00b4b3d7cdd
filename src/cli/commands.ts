import type { ParseArgsConfig } from 'node:util';
import { buildCommand } from './build.ts';
import { checkCommand } from './check.ts';
import { devCommand } from './dev.ts';
import { ingestCommand } from './ingest.ts';
import { newCommand } from './new.ts';
import type { Terminal } from './terminal.ts';

export interface Command {
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, unknown>, positionals: string[], terminal: Terminal): Promise<number>;
}

export const commands: Record<string, Command> = {
  build: buildCommand,
  check: checkCommand,
  dev: devCommand,
  ingest: ingestCommand,
  new: newCommand,
};
