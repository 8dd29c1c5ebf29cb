import { extname, resolve } from 'node:path';
import { diffSessionConfigs, diffToText } from '../as-code/diff.js';
import { parseCommandArgs } from './args.js';
import { loadOneConfiguration } from './configurations.js';
import { CommandError, EXIT, paintFor, UsageError, type ExitCode, type Io } from './io.js';

const OPTIONS = { export: { type: 'string' }, format: { type: 'string', choices: ['text', 'json'] } } as const;

/**
 * Exit codes as diff(1) has them: 0 equal, 1 different, 2 trouble. A file that cannot be loaded
 * is trouble too, so a script never reads "it differs" into a missing file.
 */
export async function diffCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (positionals.length !== 2) throw new UsageError('diff takes exactly two files or modules');
  let diff;
  try {
    // --export names the builder in module arguments, so a fixture can be compared with its template.
    const load = (target: string) => loadOneConfiguration(resolve(io.cwd, target), extname(target).toLowerCase() === '.json' ? undefined : values.export, io);
    const [a, b] = await Promise.all(positionals.map(load));
    diff = diffSessionConfigs(a?.envelope as Parameters<typeof diffSessionConfigs>[0], b?.envelope as Parameters<typeof diffSessionConfigs>[1]);
  } catch (error) {
    if (!(error instanceof CommandError || error instanceof TypeError)) throw error;
    io.stderr.write(`${paintFor(io.stderr, io.env).red('error')} ${error.message}\n`);
    return EXIT.usage;
  }
  if (values.format === 'json') io.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
  else io.stdout.write(diffToText(diff));
  return diff.equal ? EXIT.ok : EXIT.failed;
}
