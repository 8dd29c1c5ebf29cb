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
import { withNode, type StateKey, type StateNode } from './state.js';

/** What one builder method stores: under which key, validated against which schema. */
export class Entry {
  /** Whether a value can hold list items, which count against the parse's bound. */
  readonly #holdsLists: boolean;
  /** Compiled on the first call, not at import. */
  #copier: PlainCopier | undefined;

  /**
   * @param reading `'wire'` for a value stored as given, `'options'` for an options object read by
   *   its camelCase names and stored under the wire's names.
   * @param complete what the method adds to the wire value (an SDK default, duplicates dropped);
   *   called on the clean copy and on a raw value alike, so both paths send the same.
   * @param prepare the same defaults, written into the options before they are checked: a key
   *   the schema requires and the method defaults is then plainly valid when left out.
   */
  constructor(
    readonly key: StateKey,
    readonly schema: Schema,
    readonly reading: Reading,
    readonly complete?: (wire: unknown) => void,
    readonly prepare?: (input: unknown) => unknown,
  ) {
    this.#holdsLists = !['string', 'integer', 'number', 'boolean', 'enum'].includes(schema.kind);
  }

  /** The wire value for `input`: its clean copy, or `NOT_PLAIN`. */
  clean(input: unknown): unknown {
    const copier = (this.#copier ??= compilePlainCopier(this.schema, this.reading));
    const clean = copier.copy(this.prepare === undefined ? input : this.prepare(input));
    if (clean !== NOT_PLAIN) this.complete?.(clean);
    return clean;
  }

  /** List items the value of the last `clean` held, as the parse counts them. */
  items(): number {
    return (this.#copier as PlainCopier).items();
  }

  /** The wire value the full parse reports on, for input that is not plainly valid. */
  raw(input: unknown): unknown {
    const raw = this.reading === 'options' ? toWire(this.schema, input) : input;
    this.complete?.(raw);
    return raw;
  }

  /** The node a call adds for `input` over `parent`. */
  node(parent: StateNode | undefined, input: unknown): StateNode {
    const clean = this.clean(input);
    if (clean === NOT_PLAIN) return withNode(parent, this.key, this.raw(input));
    return withNode(parent, this.key, clean, true, this.#holdsLists ? this.items() : 0);
  }
}

export { NOT_PLAIN };
