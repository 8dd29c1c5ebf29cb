/**
 * Imports user modules and finds the builders they export. TypeScript modules need tsx, an
 * optional peer dependency: loaded only when a `.ts` file is named, from this package's
 * location first and then from the working directory (for a globally installed CLI).
 */
import { createRequire } from 'node:module';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isBuilder } from '../internal/brand.js';
import { CommandError } from './io.js';

const TYPESCRIPT = /\.(?:[cm]?ts|tsx)$/;

type TsImport = (specifier: string, parentUrl: string) => Promise<Record<string, unknown>>;

export const isTypeScript = (file: string): boolean => TYPESCRIPT.test(file);

/** The one message for every TypeScript module that cannot be imported, naming them all. */
export function tsxMissing(modules: readonly string[]): string {
  return `${modules.join(', ')}: importing a TypeScript module needs tsx (4.9 or later): run \`npm install --save-dev tsx\`, or compile the module and pass the .js file`;
}

/** The module's namespace object; a module that throws while loading is a `CommandError` naming it. */
export async function importModule(file: string, cwd: string, shown = file): Promise<Record<string, unknown>> {
  const url = pathToFileURL(file).href;
  let load: TsImport = (specifier: string) => import(specifier) as Promise<Record<string, unknown>>;
  if (isTypeScript(file)) {
    const tsImport = await typeScriptImporter(cwd);
    if (tsImport === undefined) throw new CommandError(tsxMissing([shown]));
    load = tsImport;
  }
  try {
    return await load(url, import.meta.url);
  } catch (error) {
    throw new CommandError(`could not import ${shown}: ${firstLine(error)}`);
  }
}

const importers = new Map<string, Promise<TsImport | undefined>>();

/** tsx's `tsImport`, or `undefined` when tsx cannot be found; looked up once per working directory. */
export function typeScriptImporter(cwd: string): Promise<TsImport | undefined> {
  let found = importers.get(cwd);
  if (found === undefined) {
    found = (async () => {
      const api = (await import('tsx/esm/api').catch(() => undefined)) ?? (await importFromProject(cwd));
      return typeof api?.tsImport === 'function' ? (api.tsImport as TsImport) : undefined;
    })();
    importers.set(cwd, found);
  }
  return found;
}

async function importFromProject(cwd: string): Promise<{ tsImport?: unknown } | undefined> {
  try {
    const resolved = createRequire(join(cwd, 'package.json')).resolve('tsx/esm/api');
    return (await import(pathToFileURL(resolved).href)) as { tsImport?: unknown };
  } catch {
    return undefined;
  }
}

export interface ExportedBuilder {
  /** The export's name; a default export takes the module's file name. */
  readonly name: string;
  readonly builder: { toJSON(): unknown };
}

/** Builders only, recognised by their brand: other exports (helpers, constants, functions) are ignored. */
export function exportedBuilders(namespace: Record<string, unknown>, file: string): ExportedBuilder[] {
  const found: ExportedBuilder[] = [];
  for (const name of Object.keys(namespace).sort()) {
    const value = namespace[name];
    if (isBuilder(value)) found.push({ name: name === 'default' ? basename(file, extname(file)) : name, builder: value });
  }
  return found;
}

/** The first line of what a user module threw; even a value whose conversion to text throws is shown. */
export function firstLine(error: unknown): string {
  try {
    const text = error instanceof Error ? error.message : String(error);
    return text.split('\n', 1)[0] ?? '';
  } catch {
    return 'a value that cannot be shown';
  }
}
