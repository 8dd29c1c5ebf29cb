import { readFileSync } from 'node:fs';
import { match } from 'ts-pattern';
import { isApiError } from '../errors.js';
import { sessionConfigJsonSchemaText } from '../internal/json-schema.js';
import { parseCommandArgs } from './args.js';
import { diffCommand } from './diff.js';
import { emitCommand } from './emit.js';
import { explainCommand } from './explain.js';
import { HELP, isCommand, type Command } from './help.js';
import { CommandError, EXIT, paintFor, UsageError, type ExitCode, type Io } from './io.js';
import { applyCommand, planCommand } from './plan.js';
import { createCommand, listCommand } from './remote.js';
import { validateCommand } from './validate.js';

/** Runs one command line (without `node` and the script) and returns the exit code; prints through `io` only. */
export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [first, ...rest] = argv;
  const command = first !== undefined && isCommand(first) ? first : undefined;
  try {
    if (command !== undefined) return await run(command, rest, io);
    if (first === '--version') {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = rest[0];
      io.stdout.write(topic !== undefined && isCommand(topic) ? HELP[topic] : HELP.main);
      return EXIT.ok;
    }
    if (first === undefined) {
      io.stderr.write(HELP.main);
      return EXIT.usage;
    }
    throw new UsageError(first.startsWith('-') ? `unknown option ${first.split('=', 1)[0]}` : `unknown command ${JSON.stringify(first)}`);
  } catch (error) {
    const paint = paintFor(io.stderr, io.env);
    if (error instanceof UsageError) {
      io.stderr.write(`${paint.red('error')} ${error.message}\nRun \`yoti-session-config ${command ?? ''}${command === undefined ? '' : ' '}--help\` for usage.\n`);
      return EXIT.usage;
    }
    // ApiError messages never hold the key; the library guarantees it and its tests check it.
    if (error instanceof CommandError || isApiError(error)) {
      io.stderr.write(`${paint.red('error')} ${error.message}\n`);
      return EXIT.failed;
    }
    throw error;
  }
}

function run(command: Command, args: readonly string[], io: Io): Promise<ExitCode> {
  return match(command)
    .with('emit', () => emitCommand(args, io))
    .with('validate', () => validateCommand(args, io))
    .with('create', () => createCommand(args, io))
    .with('list', () => listCommand(args, io))
    .with('schema', async () => schemaCommand(args, io))
    .with('explain', () => explainCommand(args, io))
    .with('diff', () => diffCommand(args, io))
    .with('plan', () => planCommand(args, io))
    .with('apply', () => applyCommand(args, io))
    .exhaustive();
}

function schemaCommand(args: readonly string[], io: Io): ExitCode {
  const { values, positionals } = parseCommandArgs(args, {});
  if (values.help === true) {
    io.stdout.write(HELP.schema);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError('schema takes no arguments');
  io.stdout.write(sessionConfigJsonSchemaText());
  return EXIT.ok;
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
