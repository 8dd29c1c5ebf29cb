/**
 * What a command may touch of the process: its streams, environment and working directory.
 * Commands receive it instead of reaching for `process`, so every path is explicit.
 */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
}

export interface Io {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /**
   * Resolves when the user asks a long-running command to stop (Ctrl-C, SIGTERM), with the
   * signal's name. Absent where nothing can ask (a command that never ends would then hang).
   */
  readonly stopRequested?: () => Promise<string>;
}

/** Exit codes: documented in docs/cli.md. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in how the command was called: its message is printed with a pointer to `--help`. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * A path argument that cannot be used (not a regular file, too large, a pattern that cannot be
 * expanded): exit 2 like any usage mistake, in one line, since `--help` would not help.
 */
export class PathError extends UsageError {
  override name = 'PathError';
}

/** A failure the command explains itself (a missing file, a missing key): printed as is, exit 1. */
export class CommandError extends Error {
  override name = 'CommandError';
}

export interface Paint {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
}

const plain = (text: string) => text;
const PLAIN: Paint = { bold: plain, dim: plain, red: plain, green: plain, yellow: plain };
const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const COLOURED: Paint = { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39) };

/** Colours only for a terminal, and never when NO_COLOR is set (https://no-color.org) or TERM is dumb. */
export function paintFor(stream: OutputStream, env: Io['env']): Paint {
  const noColour = (env['NO_COLOR'] ?? '') !== '' || env['TERM'] === 'dumb';
  return stream.isTTY === true && !noColour ? COLOURED : PLAIN;
}

/** `1 file`, `2 files`. */
export function count(amount: number, noun: string): string {
  return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
}
