/**
 * Every command, in the order the help lists them. Dispatch, the main help and "did you mean"
 * all read this table, so a new command is one entry here plus its help text.
 */
import { diffCommand } from './diff.js';
import { emitCommand } from './emit.js';
import { emulatorCommand } from './emulator.js';
import { explainCommand } from './explain.js';
import { HELP } from './help.js';
import type { ExitCode, Io } from './io.js';
import { applyCommand, planCommand } from './plan.js';
import { createCommand, listCommand } from './remote.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';

export interface CommandSpec {
  /** The arguments, as the main help shows them after the name. */
  readonly synopsis: string;
  readonly summary: string;
  /** The text of `<command> --help`. */
  readonly help: string;
  readonly run: (args: readonly string[], io: Io) => Promise<ExitCode>;
}

export const COMMANDS = {
  emit: { synopsis: '<module...>', summary: 'write each builder a module exports as <export-name>.json', help: HELP.emit, run: emitCommand },
  validate: { synopsis: '<file-or-glob...>', summary: 'check JSON configuration files against every rule', help: HELP.validate, run: validateCommand },
  create: { synopsis: '<file-or-module>', summary: 'store a configuration with the Yoti Sign API', help: HELP.create, run: createCommand },
  list: { synopsis: '', summary: 'list the configurations an API key can use', help: HELP.list, run: listCommand },
  schema: { synopsis: '', summary: 'print the JSON Schema of a configuration file', help: HELP.schema, run: schemaCommand },
  explain: { synopsis: '<file-or-module>', summary: 'describe in words what a configuration asks and does', help: HELP.explain, run: explainCommand },
  diff: { synopsis: '<a> <b>', summary: 'the semantic differences between two configurations', help: HELP.diff, run: diffCommand },
  plan: { synopsis: '<file-or-module...>', summary: 'compare configurations with what the account holds', help: HELP.plan, run: planCommand },
  apply: { synopsis: '<file-or-module...>', summary: 'create the configurations the account lacks', help: HELP.apply, run: applyCommand },
  emulator: { synopsis: '[--port N]', summary: 'start a local Yoti Sign emulator to try create and list', help: HELP.emulator, run: emulatorCommand },
} as const satisfies Readonly<Record<string, CommandSpec>>;

export type Command = keyof typeof COMMANDS;

export const COMMAND_NAMES = Object.keys(COMMANDS) as Command[];

export const isCommand = (name: string): name is Command => Object.hasOwn(COMMANDS, name);

export function mainHelp(): string {
  const rows = COMMAND_NAMES.map((name) => [`${name} ${COMMANDS[name].synopsis}`.trim(), COMMANDS[name].summary] as const);
  const width = Math.max(...rows.map(([usage]) => usage.length)) + 3;
  return `Usage: yoti-session-config <command> [options]

Yoti Sign session configurations from the command line.

Commands:
${rows.map(([usage, summary]) => `  ${usage.padEnd(width)}${summary}`).join('\n')}

Options:
  -h, --help   show help (also: yoti-session-config <command> --help)
  --version    print the version

Exit codes: 0 success, 1 invalid input or a failed call, 2 wrong usage.
`;
}
