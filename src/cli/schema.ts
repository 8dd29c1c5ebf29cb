import { sessionConfigJsonSchemaText } from '../internal/json-schema.js';
import { parseCommandArgs } from './args.js';
import { EXIT, UsageError, type ExitCode, type Io } from './io.js';

export async function schemaCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { positionals } = parseCommandArgs(args, {});
  if (positionals.length > 0) throw new UsageError('schema takes no arguments');
  io.stdout.write(sessionConfigJsonSchemaText());
  return EXIT.ok;
}
