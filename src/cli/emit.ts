import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isInvalidConfigError } from '../errors.js';
import { parseCommandArgs } from './args.js';
import { displayPath, expandFileArguments } from './files.js';
import { HELP } from './help.js';
import { count, EXIT, paintFor, UsageError, type ExitCode, type Io } from './io.js';
import { exportedBuilders, firstLine, importModule } from './load.js';

const OPTIONS = { out: { type: 'string' }, check: { type: 'boolean' } } as const;

/** Export names become file names: letters, digits, `_`, `$`, `.`, `-`, and no leading dot. */
const FILE_NAME = /^[\p{L}\p{N}_$][\p{L}\p{N}_$.-]*$/u;

interface Output {
  readonly text: string;
  /** `module export name`, for messages. */
  readonly source: string;
}

export async function emitCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (values.help === true) {
    io.stdout.write(HELP.emit);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('emit needs at least one module');

  const { files, unmatched } = expandFileArguments(positionals, io.cwd);
  const problems = unmatched.map((pattern) => `${pattern}: no such module`);
  const outputs = new Map<string, Output>();
  for (const file of files) {
    const shown = displayPath(file, io.cwd);
    let namespace: Record<string, unknown>;
    try {
      namespace = await importModule(file, io.cwd);
    } catch (error) {
      problems.push(firstLine(error));
      continue;
    }
    const builders = exportedBuilders(namespace, file);
    if (builders.length === 0) problems.push(`${shown}: exports no builder; export the result of sessionConfig()...`);
    for (const { name, builder } of builders) {
      const source = `${shown} export ${name}`;
      const target = `${name}.json`;
      const earlier = outputs.get(target);
      if (!FILE_NAME.test(name)) problems.push(`${source}: the export name cannot be a file name; rename the export`);
      else if (earlier !== undefined) problems.push(`${source}: ${earlier.source} also writes ${target}; rename one of them`);
      else {
        const text = render(builder, source, problems);
        if (text !== undefined) outputs.set(target, { text, source });
      }
    }
  }

  const paint = paintFor(io.stderr, io.env);
  if (problems.length > 0) {
    for (const problem of problems) io.stderr.write(`${paint.red('error')} ${problem}\n`);
    io.stderr.write(`${values.check === true ? 'nothing checked' : 'nothing written'}: ${count(problems.length, 'problem')}\n`);
    return EXIT.failed;
  }
  return values.check === true ? check(outputs, resolve(io.cwd, values.out ?? '.'), io) : write(outputs, resolve(io.cwd, values.out ?? '.'), io, files.length);
}

/** The file's text, or `undefined` with the builder's problems added: every issue, each with its JSON path. */
function render(builder: { toJSON(): unknown }, source: string, problems: string[]): string | undefined {
  try {
    return `${JSON.stringify(builder.toJSON(), null, 2)}\n`;
  } catch (error) {
    if (isInvalidConfigError(error)) for (const issue of error.issues) problems.push(`${source}: ${issue.message}`);
    else problems.push(`${source}: toJSON() threw: ${firstLine(error)}`);
    return undefined;
  }
}

function write(outputs: ReadonlyMap<string, Output>, directory: string, io: Io, modules: number): ExitCode {
  mkdirSync(directory, { recursive: true });
  let written = 0;
  for (const [target, { text }] of outputs) {
    const path = join(directory, target);
    if (current(path) === text) continue;
    writeFileSync(path, text);
    written++;
    io.stdout.write(`wrote ${displayPath(path, io.cwd)}\n`);
  }
  io.stdout.write(`${count(outputs.size, 'configuration')} from ${count(modules, 'module')}: ${written} written, ${outputs.size - written} unchanged\n`);
  return EXIT.ok;
}

function check(outputs: ReadonlyMap<string, Output>, directory: string, io: Io): ExitCode {
  const paint = paintFor(io.stderr, io.env);
  let stale = 0;
  for (const [target, { text, source }] of outputs) {
    const path = join(directory, target);
    const found = current(path);
    if (found === text) continue;
    stale++;
    io.stderr.write(`${paint.red(found === undefined ? 'missing' : 'out of date')} ${displayPath(path, io.cwd)} (from ${source})\n`);
  }
  io.stdout.write(`${count(outputs.size, 'configuration')} checked: ${stale} missing or out of date\n`);
  return stale === 0 ? EXIT.ok : EXIT.failed;
}

function current(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
