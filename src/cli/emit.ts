import { lstatSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isInvalidConfigError } from '../errors.js';
import { parseCommandArgs } from './args.js';
import { checkInputFile, displayPath, expandFileArguments, readInputFile } from './files.js';
import { CommandError, count, EXIT, paintFor, PathError, UsageError, type ExitCode, type Io } from './io.js';
import { exportedBuilders, firstLine, importModule, isTypeScript, tsxMissing, typeScriptImporter } from './load.js';
import { secretPaths } from './secrets.js';

const OPTIONS = { out: { type: 'string' }, check: { type: 'boolean' }, 'allow-secrets': { type: 'boolean' } } as const;

/** Export names become file names: letters, digits, `_`, `$`, `.`, `-`, and no leading dot. */
const FILE_NAME = /^[\p{L}\p{N}_$][\p{L}\p{N}_$.-]*$/u;

interface Output {
  readonly text: string;
  /** `module export name`, for messages. */
  readonly source: string;
}

export async function emitCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (positionals.length === 0) throw new UsageError('emit needs at least one module');
  const directory = resolve(io.cwd, values.out ?? '.');
  // Before any module runs: a module's top-level code should not run for a command that cannot write.
  const missingDirectories = values.check === true ? [] : missingOutputDirectories(directory, values.out ?? '.');

  const { files, unmatched } = expandFileArguments(positionals, io.cwd);
  for (const file of files) checkInputFile(file, displayPath(file, io.cwd));
  const problems = unmatched.map((pattern) => `${pattern}: no such module`);
  const typeScript = files.filter(isTypeScript);
  const skipped = new Set(typeScript.length > 0 && (await typeScriptImporter(io.cwd)) === undefined ? typeScript : []);
  if (skipped.size > 0) problems.push(tsxMissing([...skipped].map((file) => displayPath(file, io.cwd))));

  const outputs = new Map<string, Output>();
  for (const file of files) {
    if (skipped.has(file)) continue;
    const shown = displayPath(file, io.cwd);
    let namespace: Record<string, unknown>;
    try {
      namespace = await importModule(file, io.cwd, shown);
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
        const text = render(builder, source, problems, values['allow-secrets'] === true);
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
  if (values.check === true) return check(outputs, directory, io);
  makeDirectories(missingDirectories, values.out ?? '.');
  return write(outputs, directory, io, files.length);
}

/** The file's text, or `undefined` with the builder's problems added: every issue, each with its JSON path. */
function render(builder: { toJSON(): unknown }, source: string, problems: string[], allowSecrets: boolean): string | undefined {
  let json: unknown;
  try {
    json = builder.toJSON();
  } catch (error) {
    if (isInvalidConfigError(error)) for (const issue of error.issues) problems.push(`${source}: ${issue.message}`);
    else problems.push(`${source}: toJSON() threw: ${firstLine(error)}`);
    return undefined;
  }
  const secrets = allowSecrets ? [] : secretPaths(json);
  if (secrets.length > 0) {
    // Fixture files are committed; a secret in one is a leaked secret.
    problems.push(
      `${source}: ${secrets.join(', ')} ${secrets.length === 1 ? 'holds a secret' : 'hold secrets'}, which a fixture file must not: ` +
        'leave it out of the template and add it where the configuration is created, read from an environment variable ' +
        "(such as process.env['WEBHOOK_AUTH_TOKEN']), or pass --allow-secrets to write it anyway",
    );
    return undefined;
  }
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The directories `--out` still needs, outermost first; an `--out` inside a file is refused. */
function missingOutputDirectories(directory: string, given: string): string[] {
  let existing = directory;
  const missing: string[] = [];
  for (;;) {
    let stats;
    try {
      stats = statSync(existing);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(existing) === existing) throw outError(given, error);
      missing.unshift(existing);
      existing = dirname(existing);
      continue;
    }
    if (!stats.isDirectory()) throw new PathError(`--out ${given}: ${existing} is a file, not a directory`);
    return missing;
  }
}

/** One level at a time: a recursive `mkdir` under /proc or /sys retries without end. */
function makeDirectories(missing: readonly string[], given: string): void {
  for (const path of missing) {
    try {
      mkdirSync(path);
    } catch (error) {
      throw outError(given, error);
    }
  }
}

const outError = (given: string, error: unknown) =>
  new PathError(`--out ${given}: cannot be created (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);

function write(outputs: ReadonlyMap<string, Output>, directory: string, io: Io, modules: number): ExitCode {
  let written = 0;
  for (const [target, { text }] of outputs) {
    const path = join(directory, target);
    if (current(path, io) === text) continue;
    try {
      writeFileSync(path, text);
    } catch (error) {
      throw new CommandError(`${displayPath(path, io.cwd)}: could not be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
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
    const found = current(path, io);
    if (found === text) continue;
    stale++;
    io.stderr.write(`${paint.red(found === undefined ? 'missing' : 'out of date')} ${displayPath(path, io.cwd)} (from ${source})\n`);
  }
  io.stdout.write(`${count(outputs.size, 'configuration')} checked: ${stale} missing or out of date\n`);
  return stale === 0 ? EXIT.ok : EXIT.failed;
}

/** The target's text, `undefined` when there is none yet; a target that is not a regular file (a pipe would block) is refused. */
function current(path: string, io: Io): string | undefined {
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return undefined;
  }
  if (!stats.isFile() && !stats.isSymbolicLink()) throw new PathError(`${displayPath(path, io.cwd)}: exists and is not a regular file; not overwritten`);
  try {
    return readInputFile(path, displayPath(path, io.cwd));
  } catch (error) {
    if (error instanceof PathError) throw error;
    return undefined;
  }
}
