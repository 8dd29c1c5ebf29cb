import { resolve } from 'node:path';
import { explainSessionConfig } from '../as-code/explain.js';
import { explanationToMarkdown, explanationToText } from '../as-code/render.js';
import { parseCommandArgs } from './args.js';
import { loadOneConfiguration } from './configurations.js';
import { CommandError, EXIT, UsageError, type ExitCode, type Io } from './io.js';

const OPTIONS = { export: { type: 'string' }, format: { type: 'string', choices: ['text', 'markdown', 'json'] } } as const;

/** Prints the explanation; exits 1 when the configuration has error-level problems, which are part of it. */
export async function explainCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const [target, ...extra] = positionals;
  if (target === undefined || extra.length > 0) throw new UsageError('explain takes exactly one file or module');
  const { source, envelope } = await loadOneConfiguration(resolve(io.cwd, target), values.export, io);
  let explanation;
  try {
    explanation = explainSessionConfig(envelope as Parameters<typeof explainSessionConfig>[0]);
  } catch (error) {
    if (error instanceof TypeError) throw new CommandError(`${source}: ${error.message}`);
    throw error;
  }
  const format = values.format ?? 'text';
  io.stdout.write(
    format === 'json' ? `${JSON.stringify(explanation, null, 2)}\n` : format === 'markdown' ? explanationToMarkdown(explanation) : explanationToText(explanation),
  );
  return explanation.errors.length === 0 ? EXIT.ok : EXIT.failed;
}
