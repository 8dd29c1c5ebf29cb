import { parseArgs } from 'node:util';
import { UsageError } from './io.js';
import { didYouMean } from './suggest.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** The only values a string option takes. */
  readonly choices?: readonly string[];
}

export type OptionSpecs = { readonly [name: string]: OptionSpec };

export type OptionValues<Specs extends OptionSpecs> = {
  readonly [Name in keyof Specs]?: Specs[Name]['type'] extends 'string' ? string : boolean;
} & { readonly help?: boolean };

/** Looks like an attempt to pass a credential on the command line, where shell history and `ps` would keep it. */
const CREDENTIAL_OPTION = /key|token|secret|password/i;

/**
 * `util.parseArgs` in its lenient mode, then checked here: its strict errors quote the raw
 * argument, `--api-key=...` included, and a secret must never be printed. Messages name an
 * option by its name alone.
 */
export function parseCommandArgs<Specs extends OptionSpecs>(
  args: readonly string[],
  specs: Specs,
): { values: OptionValues<Specs>; positionals: string[] } {
  const options = { ...specs, help: { type: 'boolean', short: 'h' } } as const;
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const spec: OptionSpec | undefined = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (spec === undefined) {
      if (CREDENTIAL_OPTION.test(token.name)) {
        throw new UsageError(`${token.rawName} is not an option: credentials are read from the environment only, never from the command line`);
      }
      throw new UsageError(`unknown option ${token.rawName}${didYouMean(token.rawName, Object.keys(options).map((name) => `--${name}`))}`);
    }
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
      values[token.name] = true;
      continue;
    }
    // `--out --check` would otherwise take "--check" as the directory; `--out=-x` still works.
    if (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-'))) {
      throw new UsageError(`${token.rawName} needs a value`);
    }
    if (spec.choices !== undefined && !spec.choices.includes(token.value)) {
      throw new UsageError(`${token.rawName} must be ${spec.choices.join(' or ')}, received ${JSON.stringify(token.value)}`);
    }
    values[token.name] = token.value;
  }
  return { values: values as OptionValues<Specs>, positionals };
}
