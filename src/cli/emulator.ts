/**
 * `emulator`: the local Yoti Sign emulator of `yoti-session-config/testing`, as a process, so
 * `create` and `list` can be tried without an account or a script. Runs until asked to stop.
 */
import { startYotiSignEmulator } from '../testing/emulator.js';
import { parseCommandArgs } from './args.js';
import { DEFAULT_KEY_VARIABLE, EMULATOR_DEFAULTS } from './help.js';
import { CommandError, count, EXIT, UsageError, type ExitCode, type Io } from './io.js';

const OPTIONS = { port: { type: 'string' }, 'api-key': { type: 'string' } } as const;

export async function emulatorCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (positionals.length > 0) throw new UsageError('emulator takes no arguments');
  const port = values.port === undefined ? EMULATOR_DEFAULTS.port : Number(values.port);
  if (!/^\d{1,5}$/.test(values.port ?? '0') || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, received ${JSON.stringify(values.port)}`);
  const apiKey = values['api-key'] ?? EMULATOR_DEFAULTS.apiKey;
  if (!/^[\x21-\x7e]+$/.test(apiKey)) throw new UsageError('--api-key must be printable ASCII without spaces');
  if (io.stopRequested === undefined) throw new CommandError('the emulator needs a way to be stopped, and this caller gives none');

  let emulator;
  try {
    emulator = await startYotiSignEmulator({ apiKeys: [apiKey], port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CommandError(`port ${port} is in use: choose another with --port, or --port 0 for a free one`);
    if (code === 'EACCES') throw new CommandError(`port ${port} needs privileges this user lacks: choose one above 1023 with --port`);
    throw error;
  }
  io.stdout.write(
    `Yoti Sign emulator at ${emulator.url} (accepts the API key ${apiKey}; configurations are kept in memory)\n` +
      `Try, in another terminal:\n` +
      `  ${DEFAULT_KEY_VARIABLE}=${apiKey} npx yoti-session-config list --base-url ${emulator.url}\n` +
      `Ctrl-C stops it.\n`,
  );
  const signal = await io.stopRequested();
  await emulator.close();
  io.stdout.write(`emulator stopped (${signal}): ${count(emulator.stored().length, 'configuration')} stored\n`);
  return EXIT.ok;
}
