import { readFileSync } from 'node:fs';
import { isApiError } from '../errors.js';
import { COMMAND_NAMES, COMMANDS, isCommand, mainHelp, type Command } from './commands.js';
import { CommandError, EXIT, paintFor, PathError, UsageError, type ExitCode, type Io } from './io.js';
import { didYouMean } from './suggest.js';

/** Runs one command line (without `node` and the script) and returns the exit code; prints through `io` only. */
export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [first, ...rest] = argv;
  const command = first !== undefined && isCommand(first) ? first : undefined;
  try {
    if (command !== undefined) {
      if (asksForHelp(rest)) {
        io.stdout.write(COMMANDS[command].help);
        return EXIT.ok;
      }
      return await COMMANDS[command].run(rest, io);
    }
    if (first === '--version') {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = rest[0];
      io.stdout.write(topic !== undefined && isCommand(topic) ? COMMANDS[topic].help : mainHelp());
      return EXIT.ok;
    }
    if (first === undefined) {
      io.stderr.write(mainHelp());
      return EXIT.usage;
    }
    if (first.startsWith('-')) {
      const name = first.split('=', 1)[0] ?? first;
      throw new UsageError(`unknown option ${name}${didYouMean(name, ['--help', '--version'])}`);
    }
    throw new UsageError(`unknown command ${JSON.stringify(first)}${didYouMean(first, COMMAND_NAMES)}`);
  } catch (error) {
    return report(error, command, io);
  }
}

/** `--help` or `-h` anywhere before a `--` that ends the options. */
function asksForHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/**
 * Every failure ends here. What the user's input or environment caused is one line (usage: 2;
 * invalid configuration, missing key, failed call, refused file system operation: 1); anything
 * else is a bug in this package, printed with its stack and a request to report it.
 */
function report(error: unknown, command: Command | undefined, io: Io): ExitCode {
  const paint = paintFor(io.stderr, io.env);
  const line = (message: string) => io.stderr.write(`${paint.red('error')} ${message}\n`);
  if (error instanceof PathError) {
    line(error.message);
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    line(error.message);
    io.stderr.write(`Run \`yoti-session-config ${command === undefined ? '' : `${command} `}--help\` for usage.\n`);
    return EXIT.usage;
  }
  // ApiError messages never hold the key; the library guarantees it and its tests check it.
  if (error instanceof CommandError || isApiError(error)) {
    line(error.message);
    return EXIT.failed;
  }
  if (isSystemError(error)) {
    line(redact(error.message, io.env));
    return EXIT.failed;
  }
  const text = error instanceof Error ? `${error.stack ?? error.message}` : String(error);
  io.stderr.write(`${redact(text, io.env)}\n`);
  line(`this is a bug in yoti-session-config ${version()}; please report it with the command you ran and the lines above`);
  return EXIT.failed;
}

/** An operating-system refusal (permissions, a full disk): the environment, not a bug. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string' && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** A stack printed for a bug report must not carry a credential from the environment. */
function redact(text: string, env: Io['env']): string {
  let redacted = text;
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.trim().length >= 6 && /key|token|secret|password/i.test(name)) redacted = redacted.split(value.trim()).join('(hidden)');
  }
  return redacted;
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
