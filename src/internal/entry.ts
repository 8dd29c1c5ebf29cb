/**
 * Validation where values enter the builder. Each call checks its value once, with the same
 * compiled checks the terminal's parse makes, and stores its clean wire-shaped copy on a plain
 * node; the terminal then only folds and copies (fold.ts). A value that is not plainly valid is
 * stored raw, exactly as before, and the terminal's full parse reports on it (emit.ts).
 */
import { schemaOfField, type Schema } from '../schema/language.js';
import { toWire } from './convert.js';
import { compilePlainCopier, type PlainCopier } from './entry-code.js';
import { NOT_PLAIN, type Reading } from './parse.js';
import { isPlainObject } from './issue.js';
import { wireKeyOf } from './option-keys.js';
import { withNode, type StateKey, type StateNode } from './state.js';

/** What a method adds to the value it receives. */
export interface EntryOptions {
  /**
   * Values the method sends for options left out, by option name (the official SDKs' defaults).
   * They are written into the options before the check, so a key the schema requires is plainly
   * valid when left out, and into the raw value under their wire names.
   */
  readonly defaults?: Readonly<Record<string, unknown>>;
  /** What the method does to the wire value (drop duplicates); on the clean copy and the raw value alike. */
  readonly complete?: (wire: unknown) => void;
}

/** What one builder method stores: under which key, validated against which schema. */
export class Entry {
  readonly #options: EntryOptions;
  /** Made on the first call, not at import: a program pays only for the methods it calls. */
  #compiled: Compiled | undefined;

  /**
   * @param reading `'wire'` for a value stored as given, `'options'` for an options object read by
   *   its camelCase names and stored under the wire's names.
   */
  constructor(
    readonly key: StateKey,
    readonly schema: Schema,
    readonly reading: Reading,
    options: EntryOptions = {},
  ) {
    this.#options = options;
  }

  /** The wire value for `input`: its clean copy, or `NOT_PLAIN`. */
  clean(input: unknown): unknown {
    const compiled = (this.#compiled ??= compile(this.schema, this.reading, this.#options));
    const clean = compiled.copier.copy(input);
    if (clean !== NOT_PLAIN && compiled.complete !== undefined) compiled.complete(clean);
    return clean;
  }

  /** List items the value of the last `clean` held, as the parse counts them. */
  items(): number {
    const compiled = this.#compiled as Compiled;
    return compiled.holdsLists ? compiled.copier.items() : 0;
  }

  /** The wire value the full parse reports on, for input that is not plainly valid. */
  raw(input: unknown): unknown {
    const compiled = (this.#compiled ??= compile(this.schema, this.reading, this.#options));
    const raw = this.reading === 'options' ? toWire(this.schema, input) : input;
    const { wireKeys, defaults } = compiled;
    if (isPlainObject(raw)) for (let index = 0; index < wireKeys.length; index++) raw[wireKeys[index] as string] ??= defaults[index];
    compiled.complete?.(raw);
    return raw;
  }

  /** The node a call adds for `input` over `parent`. */
  node(parent: StateNode | undefined, input: unknown): StateNode {
    const clean = this.clean(input);
    if (clean === NOT_PLAIN) return withNode(parent, this.key, this.raw(input));
    return withNode(parent, this.key, clean, true, this.items());
  }
}

/** What an entry needs on its first call. */
interface Compiled {
  readonly copier: PlainCopier;
  /** Whether a value can hold list items, which count against the parse's bound. */
  readonly holdsLists: boolean;
  readonly wireKeys: readonly string[];
  readonly defaults: readonly unknown[];
  readonly complete: ((wire: unknown) => void) | undefined;
}

function compile(schema: Schema, reading: Reading, { defaults = {}, complete }: EntryOptions): Compiled {
  return {
    copier: compilePlainCopier(schema, reading, defaults),
    holdsLists: mayHoldLists(schema),
    wireKeys: Object.keys(defaults).map(wireKeyOf),
    defaults: Object.values(defaults),
    complete,
  };
}

/** Whether a value of `schema` can hold anything the parse counts as list items (arrays, records, any JSON). */
function mayHoldLists(schema: Schema, seen = new Set<Schema>()): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  switch (schema.kind) {
    case 'array':
    case 'record':
    case 'json':
      return true;
    case 'nullable':
      return mayHoldLists(schema.schema, seen);
    case 'object':
      return Object.values(schema.fields).some((field) => mayHoldLists(schemaOfField(field), seen));
    case 'tagged':
      return Object.values(schema.variants).some((variant) => mayHoldLists(variant, seen));
    default:
      return false;
  }
}

export { NOT_PLAIN };
