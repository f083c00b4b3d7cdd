import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatError, LecternError } from '../errors.ts';
import { commands, type Command } from './commands.ts';
import { Terminal } from './terminal.ts';

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

const HELP = `lectern — turn a scientific paper into lecture slide decks

Usage:
  lectern build [--course ID]... [--audience ID]... [--format F]...
                                                               build every deck of every course
  lectern check [--course ID]... [--json]                      report overflowing slides and accessibility violations
  lectern dev [--port N]                                       serve the HTML, rebuild and reload as you edit
  lectern ingest FILE [--json | --text]                        show what Lectern reads in a paper (PDF, XML, text)
  lectern new PAPER [--id ID]                                  start a course from a paper (PDF, XML, text)
  lectern help [COMMAND]                                       this help, or a command's

Options for every command:
  --root DIR   the project folder (default: the current folder)
  --debug      show stack traces and causes of errors
  -h, --help   show help

Exit codes: 0 ok, 1 failed, 2 usage error.`;

/** Runs the CLI with its arguments and returns the exit code. Never calls process.exit. */
export async function main(argv: string[], terminal = new Terminal()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const command = name === 'help' && rest[0] ? commands[rest[0]] : undefined;
    terminal.out(command ? command.help : HELP);
    return EXIT.ok;
  }
  const command: Command | undefined = commands[name];
  if (!command) {
    terminal.error(`unknown command "${name}"; expected one of: ${Object.keys(commands).join(', ')}\n\n${HELP}`);
    return EXIT.usage;
  }
  let debug = rest.includes('--debug');
  try {
    const options = { ...command.options, root: { type: 'string' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } satisfies ParseArgsConfig['options'];
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
    } catch (error) {
      throw usageOf(error as Error & { code?: string }, Object.keys(options));
    }
    debug = Boolean(parsed.values.debug);
    if (parsed.values.help) {
      terminal.out(command.help);
      return EXIT.ok;
    }
    return await command.run(parsed.values as Record<string, unknown>, parsed.positionals, terminal);
  } catch (error) {
    return report(error, command, terminal, debug);
  }
}

/** Node's own parser messages speak of `--` and positionals; Lectern's name the option and the one meant. */
function usageOf(error: Error & { code?: string }, known: string[]): UsageError {
  const option = /'(-[^']*)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const name = option.replace(/^-+/, '').split('=')[0]!;
    const closest = known
      .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
      .sort((a, b) => a.distance - b.distance)[0];
    const hint = closest && closest.distance <= Math.max(2, Math.floor(name.length / 3)) ? `; did you mean --${closest.candidate}?` : `; expected one of: ${known.map((k) => `--${k}`).join(', ')}`;
    return new UsageError(`unknown option ${option}${hint}`);
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const name = option.split(' ')[0];
    return new UsageError(/does not take/.test(error.message) ? `option ${name} takes no value` : `option ${name} needs a value`);
  }
  return new UsageError(error.message);
}

/** Levenshtein distance: how many letters to add, remove or change to turn one word into the other. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

function report(error: unknown, command: Command, terminal: Terminal, debug: boolean): number {
  if (error instanceof UsageError) {
    terminal.error(`${error.message}\n\n${command.help}`);
    return EXIT.usage;
  }
  if (error instanceof LecternError) {
    terminal.error(`error: ${formatError(error)}`);
  } else {
    terminal.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (debug) {
    for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) terminal.error(cause.stack ?? String(cause));
  } else if (!(error instanceof LecternError)) {
    terminal.error('(this is a bug in Lectern; run again with --debug for the stack trace)');
  }
  return EXIT.failed;
}
