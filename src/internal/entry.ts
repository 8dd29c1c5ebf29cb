/**
 * Validation where values enter the builder. Each call checks its value once, with the same
 * compiled checks the terminal's parse makes, and stores its clean wire-shaped copy on a plain
 * node; the terminal then only folds and copies (fold.ts). A value that is not plainly valid is
 * stored raw, exactly as before, and the terminal's full parse reports on it (emit.ts).
 */
import type { Schema } from '../schema/language.js';
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
  /** Whether a value can hold list items, which count against the parse's bound. */
  readonly #holdsLists: boolean;
  readonly #optionKeys: readonly string[];
  readonly #wireKeys: readonly string[];
  readonly #defaults: readonly unknown[];
  readonly #complete: ((wire: unknown) => void) | undefined;
  /** Compiled on the first call, not at import. */
  #copier: PlainCopier | undefined;

  /**
   * @param reading `'wire'` for a value stored as given, `'options'` for an options object read by
   *   its camelCase names and stored under the wire's names.
   */
  constructor(
    readonly key: StateKey,
    readonly schema: Schema,
    readonly reading: Reading,
    { defaults = {}, complete }: EntryOptions = {},
  ) {
    this.#holdsLists = !['string', 'integer', 'number', 'boolean', 'enum'].includes(schema.kind);
    this.#optionKeys = Object.keys(defaults);
    this.#wireKeys = this.#optionKeys.map(wireKeyOf);
    this.#defaults = Object.values(defaults);
    this.#complete = complete;
  }

  /** The wire value for `input`: its clean copy, or `NOT_PLAIN`. */
  clean(input: unknown): unknown {
    const copier = (this.#copier ??= compilePlainCopier(this.schema, this.reading));
    const clean = copier.copy(this.#optionKeys.length === 0 ? input : this.#withDefaults(input));
    if (clean !== NOT_PLAIN) this.#complete?.(clean);
    return clean;
  }

  /** List items the value of the last `clean` held, as the parse counts them. */
  items(): number {
    return (this.#copier as PlainCopier).items();
  }

  /** The wire value the full parse reports on, for input that is not plainly valid. */
  raw(input: unknown): unknown {
    const raw = this.reading === 'options' ? toWire(this.schema, input) : input;
    if (isPlainObject(raw)) for (let index = 0; index < this.#wireKeys.length; index++) raw[this.#wireKeys[index] as string] ??= this.#defaults[index];
    this.#complete?.(raw);
    return raw;
  }

  /** The node a call adds for `input` over `parent`. */
  node(parent: StateNode | undefined, input: unknown): StateNode {
    const clean = this.clean(input);
    if (clean === NOT_PLAIN) return withNode(parent, this.key, this.raw(input));
    return withNode(parent, this.key, clean, true, this.#holdsLists ? this.items() : 0);
  }

  /** The options with the defaults in place of what is left out; the options themselves when nothing is. */
  #withDefaults(input: unknown): unknown {
    if (!isPlainObject(input)) return input;
    const keys = this.#optionKeys;
    let missing = false;
    for (const key of keys) if (input[key] === undefined) missing = true;
    if (!missing) return input;
    const prepared: Record<string, unknown> = { ...input };
    for (let index = 0; index < keys.length; index++) prepared[keys[index] as string] ??= this.#defaults[index];
    return prepared;
  }
}

export { NOT_PLAIN };
