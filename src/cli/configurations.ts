/**
 * Configurations named on the command line: a JSON file is one envelope, a module gives the
 * builders it exports. Shared by explain, diff, plan and apply.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { isInvalidConfigError } from '../errors.js';
import { displayPath } from './files.js';
import { CommandError, UsageError, type Io } from './io.js';
import { exportedBuilders, firstLine, importModule } from './load.js';

export interface LoadedConfiguration {
  /** For messages: `fixtures/kyc.json`, or `templates/kyc.ts export kyc`. */
  readonly source: string;
  /** The parsed JSON, or what the builder emits: not validated. */
  readonly envelope: unknown;
}

/** Every configuration one file holds: a JSON file's one, or each builder a module exports (only `exportName` when given). */
export async function loadConfigurations(file: string, exportName: string | undefined, io: Io): Promise<LoadedConfiguration[]> {
  const shown = displayPath(file, io.cwd);
  if (extname(file).toLowerCase() === '.json') {
    if (exportName !== undefined) throw new UsageError('--export applies to modules, not JSON files');
    return [{ source: shown, envelope: readJson(file, shown) }];
  }
  const builders = exportedBuilders(await importModule(file, io.cwd), file);
  const chosen = exportName === undefined ? builders : builders.filter((found) => found.name === exportName);
  if (chosen.length === 0) {
    if (builders.length === 0) throw new CommandError(`${shown} exports no builder; export the result of sessionConfig()...`);
    throw new CommandError(`${shown} has no exported builder ${JSON.stringify(exportName)}; it exports ${builders.map((found) => found.name).join(', ')}`);
  }
  return chosen.map(({ name, builder }) => {
    const source = `${shown} export ${name}`;
    try {
      return { source, envelope: builder.toJSON() };
    } catch (error) {
      if (!isInvalidConfigError(error)) throw new CommandError(`${source}: toJSON() threw: ${firstLine(error)}`);
      throw new CommandError(`${source} is not a valid configuration:\n${error.issues.map((issue) => `  ${issue.message}`).join('\n')}`);
    }
  });
}

/** Exactly one configuration: a module exporting several needs `--export`. */
export async function loadOneConfiguration(file: string, exportName: string | undefined, io: Io): Promise<LoadedConfiguration> {
  const found = await loadConfigurations(file, exportName, io);
  const [only] = found;
  if (only === undefined || found.length > 1) {
    const names = found.map((configuration) => configuration.source.split(' export ')[1]).join(', ');
    throw new CommandError(`${displayPath(file, io.cwd)} exports ${found.length} builders (${names}): choose one with --export NAME`);
  }
  return only;
}

/** Where a syntax error is, never the text around it: a configuration can hold secrets. */
function readJson(file: string, shown: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandError(`${shown}: could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    throw new CommandError(`${shown}: not valid JSON (run \`yoti-session-config validate ${shown}\` for where)`);
  }
}
