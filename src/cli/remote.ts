/**
 * `create` and `list`: the commands that talk to the API. The key comes from the environment
 * only (argv is visible in `ps` and shell history), and no message names the variable unless it
 * is the default one: `--api-key-env` given the key itself by mistake must not print it.
 */
import { extname, resolve } from 'node:path';
import { isInvalidConfigError } from '../errors.js';
import { resolveRequest } from '../http/options.js';
import { fromJSON } from '../validate.js';
import { parseCommandArgs } from './args.js';
import { checkInputFile, displayPath, readInputFile } from './files.js';
import { DEFAULT_KEY_VARIABLE } from './help.js';
import { CommandError, count, EXIT, UsageError, type ExitCode, type Io } from './io.js';
import { exportedBuilders, importModule } from './load.js';
import { hideSecrets } from './secrets.js';

const CONNECTION = {
  'api-key-env': { type: 'string' },
  'base-url': { type: 'string' },
  format: { type: 'string', choices: ['text', 'json'] },
} as const;
const CREATE_OPTIONS = { ...CONNECTION, export: { type: 'string' } } as const;
const LIST_OPTIONS = { ...CONNECTION, detailed: { type: 'boolean' } } as const;

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export async function createCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, CREATE_OPTIONS);
  const [target, ...extra] = positionals;
  if (target === undefined || extra.length > 0) throw new UsageError('create takes exactly one file or module');
  const { apiKey, options } = connection(values, io);
  const body = await loadEnvelope(resolve(io.cwd, target), values.export, io);
  let builder;
  try {
    builder = fromJSON(body);
  } catch (error) {
    if (!isInvalidConfigError(error)) throw error;
    throw new CommandError(`${target} is not a valid configuration; nothing was sent:\n${error.issues.map((issue) => `  ${issue.message}`).join('\n')}`);
  }
  const created = await builder.create(apiKey, options);
  if (values.format === 'json') {
    io.stdout.write(`${JSON.stringify({ name: created.sent.name, status: created.status, body: hideSecrets(created.body) }, null, 2)}\n`);
  } else {
    io.stdout.write(`created ${JSON.stringify(created.sent.name)} (HTTP ${created.status})\n`);
  }
  return EXIT.ok;
}

export async function listCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, LIST_OPTIONS);
  if (positionals.length > 0) throw new UsageError('list takes no arguments');
  const { apiKey, options } = connection(values, io);
  const { listSessionConfigs } = await import('../http/list.js');
  const list = await listSessionConfigs(apiKey, { ...options, detailed: values.detailed === true });
  const configs = list.session_configs.map((config) => hideSecrets(config));
  if (values.format === 'json') {
    io.stdout.write(`${JSON.stringify({ session_configs: configs }, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const config of configs) {
    io.stdout.write(`${config.name}  (${config.is_custom ? 'custom' : 'prebuilt'}, ${config.is_private ? 'private' : 'shared'})\n`);
    if (config.session_config !== undefined) io.stdout.write(`${indent(JSON.stringify(config.session_config, null, 2))}\n`);
  }
  const custom = configs.filter((config) => config.is_custom).length;
  io.stdout.write(`${count(configs.length, 'configuration')}: ${custom} custom, ${configs.length - custom} prebuilt\n`);
  return EXIT.ok;
}

/**
 * The key and `--base-url`, checked as the library will check them, before any file is read,
 * so that each mistake is one line that names the option or variable, not the library's option
 * name. A malformed key is described by its shape only.
 */
export function connection(values: { readonly 'api-key-env'?: string | undefined; readonly 'base-url'?: string | undefined }, io: Io): { apiKey: string; options: { baseUrl?: string } } {
  const apiKey = readApiKey(values['api-key-env'], io);
  const baseUrl = values['base-url'];
  const options = baseUrl === undefined ? {} : { baseUrl };
  try {
    resolveRequest(apiKey, options, 0);
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    if (error.message.startsWith('The API key')) {
      const where = values['api-key-env'] === undefined ? `in ${DEFAULT_KEY_VARIABLE}` : 'in the variable named by --api-key-env';
      throw new CommandError(`the API key ${where} ${error.message.replace(/^The API key /, '')}`);
    }
    const reason = error.message.replace(/^The `baseUrl` option /, '');
    const scheme = baseUrl !== undefined && !baseUrl.includes('://') ? `; write it with its scheme, as in http://${baseUrl} for a local emulator` : '';
    throw new UsageError(`--base-url ${reason}${scheme}`);
  }
  return { apiKey, options };
}

export function readApiKey(variable: string | undefined, io: Io): string {
  const name = variable ?? DEFAULT_KEY_VARIABLE;
  if (!VARIABLE_NAME.test(name)) {
    throw new UsageError('--api-key-env takes the name of an environment variable (letters, digits and _), not the key itself');
  }
  const key = io.env[name];
  if (key === undefined || key.trim() === '') {
    const which = variable === undefined ? `the ${DEFAULT_KEY_VARIABLE} environment variable` : 'the environment variable named by --api-key-env';
    throw new CommandError(`no API key: set ${which} to your Yoti Sign API key`);
  }
  return key;
}

/** The envelope to send: a JSON file as parsed, or what the one chosen exported builder emits. */
async function loadEnvelope(file: string, exportName: string | undefined, io: Io): Promise<unknown> {
  const shown = displayPath(file, io.cwd);
  if (extname(file).toLowerCase() === '.json') {
    if (exportName !== undefined) throw new UsageError('--export applies to modules, not JSON files');
    const text = readInputFile(file, shown);
    try {
      return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
    } catch {
      throw new CommandError(`${shown}: not valid JSON (run \`yoti-session-config validate ${shown}\` for where)`);
    }
  }
  checkInputFile(file, shown);
  const builders = exportedBuilders(await importModule(file, io.cwd, shown), file);
  const names = builders.map((found) => found.name).join(', ');
  const chosen = exportName === undefined ? (builders.length === 1 ? builders[0] : undefined) : builders.find((found) => found.name === exportName);
  if (chosen === undefined) {
    if (builders.length === 0) throw new CommandError(`${shown} exports no builder`);
    throw new CommandError(
      exportName === undefined
        ? `${shown} exports ${builders.length} builders (${names}): choose one with --export NAME`
        : `${shown} has no exported builder ${JSON.stringify(exportName)}; it exports ${names}`,
    );
  }
  try {
    return chosen.builder.toJSON();
  } catch (error) {
    if (!isInvalidConfigError(error)) throw error;
    throw new CommandError(`${shown} export ${chosen.name} is not a valid configuration; nothing was sent:\n${error.issues.map((issue) => `  ${issue.message}`).join('\n')}`);
  }
}

const indent = (text: string) => text.replace(/^/gm, '    ');
