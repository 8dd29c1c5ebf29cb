import { sessionConfigJsonSchemaText } from '../internal/json-schema.js';
import { parseCommandArgs } from './args.js';
import { HELP } from './help.js';
import { EXIT, UsageError, type ExitCode, type Io } from './io.js';

export async function schemaCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, {});
  if (values.help === true) {
    io.stdout.write(HELP.schema);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError('schema takes no arguments');
  io.stdout.write(sessionConfigJsonSchemaText());
  return EXIT.ok;
}
