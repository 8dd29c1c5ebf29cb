/**
 * `create` and `list`: the commands that talk to the API. The key comes from the environment
 * only (argv is visible in `ps` and shell history), and no message names the variable unless it
 * is the default one: `--api-key-env` given the key itself by mistake must not print it.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { isInvalidConfigError } from '../errors.js';
import { envelope } from '../schema/payload.js';
import type { Schema } from '../schema/language.js';
import { fromJSON } from '../validate.js';
import { parseCommandArgs } from './args.js';
import { displayPath } from './files.js';
import { DEFAULT_KEY_VARIABLE, HELP } from './help.js';
import { CommandError, count, EXIT, UsageError, type ExitCode, type Io } from './io.js';
import { exportedBuilders, importModule } from './load.js';

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
  if (values.help === true) {
    io.stdout.write(HELP.create);
    return EXIT.ok;
  }
  const [target, ...extra] = positionals;
  if (target === undefined || extra.length > 0) throw new UsageError('create takes exactly one file or module');
  const apiKey = readApiKey(values['api-key-env'], io);
  const body = await loadEnvelope(resolve(io.cwd, target), values.export, io);
  let builder;
  try {
    builder = fromJSON(body);
  } catch (error) {
    if (!isInvalidConfigError(error)) throw error;
    throw new CommandError(`${target} is not a valid configuration; nothing was sent:\n${error.issues.map((issue) => `  ${issue.message}`).join('\n')}`);
  }
  const created = await builder.create(apiKey, requestOptions(values['base-url']));
  if (values.format === 'json') {
    io.stdout.write(`${JSON.stringify({ name: created.sent.name, status: created.status, body: created.body }, null, 2)}\n`);
  } else {
    io.stdout.write(`created ${JSON.stringify(created.sent.name)} (HTTP ${created.status})\n`);
  }
  return EXIT.ok;
}

export async function listCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, LIST_OPTIONS);
  if (values.help === true) {
    io.stdout.write(HELP.list);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError('list takes no arguments');
  const apiKey = readApiKey(values['api-key-env'], io);
  const { listSessionConfigs } = await import('../http/list.js');
  const list = await listSessionConfigs(apiKey, { ...requestOptions(values['base-url']), detailed: values.detailed === true });
  const configs = list.session_configs.map((config) => hideSecrets(config, SECRET_KEYS));
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

export function requestOptions(baseUrl: string | undefined): { baseUrl?: string } {
  return baseUrl === undefined ? {} : { baseUrl };
}

/** The envelope to send: a JSON file as parsed, or what the one chosen exported builder emits. */
async function loadEnvelope(file: string, exportName: string | undefined, io: Io): Promise<unknown> {
  const shown = displayPath(file, io.cwd);
  if (extname(file).toLowerCase() === '.json') {
    if (exportName !== undefined) throw new UsageError('--export applies to modules, not JSON files');
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
  const builders = exportedBuilders(await importModule(file, io.cwd), file);
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

/** Keys whose values are secrets wherever they appear, read off the schema's `secret` marks. */
const SECRET_KEYS: ReadonlySet<string> = new Set(secretKeys(envelope));

function secretKeys(schema: Schema, key?: string): string[] {
  switch (schema.kind) {
    case 'string':
      return schema.secret === true && key !== undefined ? [key] : [];
    case 'array':
      return secretKeys(schema.items, key);
    case 'object':
      return Object.entries(schema.fields).flatMap(([name, field]) => secretKeys(field.kind === 'optional' ? field.schema : field, name));
    case 'tagged':
      return Object.values(schema.variants).flatMap((variant) => secretKeys(variant));
    default:
      return [];
  }
}

function hideSecrets<Value>(value: Value, keys: ReadonlySet<string>): Value {
  if (Array.isArray(value)) return value.map((item: unknown) => hideSecrets(item, keys)) as Value;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(copy, key, {
      value: keys.has(key) && typeof item === 'string' ? '(hidden)' : hideSecrets(item, keys),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy as Value;
}

const indent = (text: string) => text.replace(/^/gm, '    ');
