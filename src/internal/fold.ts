/**
 * The terminal's fast path. Every builder call validated its value as it entered (entry.ts), so
 * a chain whose nodes are all plain needs no parse: `toJSON()` folds the clean values into place,
 * checks the cross-field rules (or shares the verdict of the template it extends) and returns a
 * fresh copy. Anything else (a value that was not plainly valid, a configuration read by
 * `fromJSON`, strict mode, a missing name, a broken rule) goes to the full path in emit.ts, which
 * reports exactly as it always did.
 */
import { isScalar } from '../schema/language.js';
import type { SessionConfigEnvelope } from '../schema/payload.js';
import { emitterOf, USE_FOLD } from './chain-emitter.js';
import { copyEnvelope, literalCopier, settingSchema, SETTINGS } from './copy-wire.js';
import type { Issue } from './issue.js';
import { checkCrossFieldRules, KEYS_THE_RULES_READ } from './rules.js';
import { isPlain, isRemoved, REMOVAL, WALKED, type Removal, type StateKey, type StateNode } from './state.js';

const SETTING_INDEX = new Map(SETTINGS.map((key, index) => [key, index]));

/** The state the nodes up to one node describe: the newest value of each setting, the items of each list. */
class Fold {
  /** Whether the cross-field rules hold; `undefined` until a terminal asks. */
  verdict: boolean | undefined = undefined;
  /** Per key a child sets, the literal that builds the child's envelope; `null` where none can be made. */
  #literals: Map<StateKey, ((value: unknown) => unknown) | null> | undefined;
  #lastKey: StateKey | undefined;
  #lastLiteral: ((value: unknown) => unknown) | undefined;

  constructor(
    readonly name: unknown,
    readonly isPrivate: unknown,
    readonly settings: readonly unknown[],
    readonly checks: readonly unknown[],
    readonly tasks: readonly unknown[],
    readonly documents: readonly unknown[],
  ) {}

  /**
   * How a child that sets one primitive `key` over this fold is built: one literal with the
   * child's value in place, made once per key. A template serves many requests that differ in
   * such a value (a user tracking id, a name), so they cost what the literal costs.
   */
  literalWith(key: StateKey): ((value: unknown) => unknown) | undefined {
    // Requests to one template mostly set the same key: remember the last one asked.
    if (key === this.#lastKey) return this.#lastLiteral;
    this.#literals ??= new Map();
    let literal = this.#literals.get(key);
    if (literal === undefined) {
      literal = isShareable(key) ? (literalCopier(envelopeOf(new Walk().add({ key, value: MARKED }).onto(this)), MARKED) ?? null) : null;
      this.#literals.set(key, literal);
    }
    this.#lastKey = key;
    this.#lastLiteral = literal ?? undefined;
    return this.#lastLiteral;
  }
}

/** Where a child's own value goes in the sample its literal is made from. */
const MARKED: unique symbol = Symbol('the child\'s value');

/**
 * Keys a child can set over a template and share its verdict, built as a literal: their values are
 * primitives (the name, the privacy flag, the settings that hold one), and no cross-field rule
 * reads them.
 */
function isShareable(key: StateKey): boolean {
  if (KEYS_THE_RULES_READ.has(key)) return false;
  return key === 'name' || key === 'is_private' || (SETTINGS.includes(key) && isScalar(settingSchema(key)));
}

const EMPTY = new Fold(undefined, undefined, SETTINGS.map(() => undefined), [], [], []);

/**
 * The fold up to `leaf`, kept on it. A node an earlier terminal walked past is a shared
 * template's: it is folded once and kept, so each later child starts from there instead of
 * walking the template again.
 */
function foldOf(leaf: StateNode, findShared: boolean): Fold {
  const walk = new Walk();
  walk.add(leaf);
  let base = EMPTY;
  for (let node = leaf.parent; node !== undefined; node = node.parent) {
    if (node.fold instanceof Fold) {
      base = node.fold;
      break;
    }
    if (findShared && node.fold === WALKED) {
      base = foldOf(node, false);
      break;
    }
    node.fold = WALKED;
    walk.add(node);
  }
  const fold = walk.onto(base);
  leaf.fold = fold;
  return fold;
}

/**
 * The nodes of a walk from a leaf towards the root, newest first: the first value met for a
 * setting is its newest, list items are met newest first (and put back in call order), and a
 * removal drops the matching items older than itself, which are met after it.
 */
class Walk {
  #name: unknown = undefined;
  #isPrivate: unknown = undefined;
  /** Bit `i` set: `SETTINGS[i]` was met (bits 29 and 30: the name and the privacy flag). */
  #met = 0;
  readonly #settings: unknown[] = EMPTY_SETTINGS.slice();
  #checks: unknown[] | undefined;
  #tasks: unknown[] | undefined;
  #documents: unknown[] | undefined;
  #removals: Removal[] | undefined;

  add({ key, value }: Pick<StateNode, 'key' | 'value'>): this {
    switch (key) {
      case 'requested_checks':
        if (!this.#removed(key, value)) (this.#checks ??= []).push(value);
        break;
      case 'requested_tasks':
        if (!this.#removed(key, value)) (this.#tasks ??= []).push(value);
        break;
      case 'required_documents':
        if (!this.#removed(key, value)) (this.#documents ??= []).push(value);
        break;
      case REMOVAL:
        (this.#removals ??= []).push(value as Removal);
        break;
      case 'name':
        if ((this.#met & NAME_MET) === 0) (this.#name = value), (this.#met |= NAME_MET);
        break;
      case 'is_private':
        if ((this.#met & PRIVATE_MET) === 0) (this.#isPrivate = value), (this.#met |= PRIVATE_MET);
        break;
      default: {
        // Strict mode off is the only other plain node; it changes nothing in the JSON.
        const slot = SETTING_INDEX.get(key);
        if (slot !== undefined && (this.#met & (1 << slot)) === 0) (this.#settings[slot] = value), (this.#met |= 1 << slot);
      }
    }
    return this;
  }

  /** The fold of `base` and then the nodes walked, which are newer than all of it. */
  onto(base: Fold): Fold {
    const met = this.#met;
    const settings = this.#settings;
    for (let slot = 0; slot < settings.length; slot++) if ((met & (1 << slot)) === 0) settings[slot] = base.settings[slot];
    return new Fold(
      (met & NAME_MET) === 0 ? base.name : this.#name,
      (met & PRIVATE_MET) === 0 ? base.isPrivate : this.#isPrivate,
      settings,
      this.#list('requested_checks', base.checks, this.#checks),
      this.#list('requested_tasks', base.tasks, this.#tasks),
      this.#list('required_documents', base.documents, this.#documents),
    );
  }

  /** The items of `base` the removals leave, then the walked ones in call order; `base` itself when nothing changed. */
  #list(list: Removal['list'], base: readonly unknown[], walked: unknown[] | undefined): readonly unknown[] {
    const kept = this.#removals === undefined ? base : base.filter((item) => !this.#removed(list, item));
    if (walked === undefined) return kept;
    walked.reverse();
    return kept.length === 0 ? walked : [...kept, ...walked];
  }

  /** Whether a removal met so far, so newer than `item`, takes it back. */
  #removed(list: Removal['list'], item: unknown): boolean {
    return this.#removals !== undefined && isRemoved(this.#removals, list, item);
  }
}

const NAME_MET = 1 << 29;
const PRIVATE_MET = 1 << 30;
const EMPTY_SETTINGS: readonly unknown[] = SETTINGS.map(() => undefined);
if (SETTINGS.length > 29) throw new Error('fold.ts keeps one bit per setting: more than 29 settings need a wider mask');

/** A fresh envelope from a fold, in the wire's key order: each call returns new objects. */
function envelopeOf(fold: Fold): SessionConfigEnvelope {
  return copyEnvelope(fold.name, fold.isPrivate ?? false, fold.settings, fold.checks, fold.tasks, fold.documents) as SessionConfigEnvelope;
}

/** Keys whose nodes can change what a cross-field rule sees: a removal changes a list. */
const RULES_READ = new Set<string>([...KEYS_THE_RULES_READ, REMOVAL]);

/**
 * The fast terminal: a fresh envelope, or `undefined` when only the full path can decide. The
 * verdict is kept on the fold, never the output: a builder emitted twice, and a child that sets
 * only what no cross-field rule reads, skip the rules their template passed.
 */
export function emitPlain(leaf: StateNode | undefined): SessionConfigEnvelope | undefined {
  if (leaf === undefined || !isPlain(leaf)) return undefined;
  const template = leaf.parent?.fold;
  if (leaf.fold === undefined && template instanceof Fold) {
    // The template pattern: no cross-field rule reads this key, so the template's verdict is the child's.
    const literal = template.literalWith(leaf.key);
    if (literal !== undefined && (template.name !== undefined || leaf.key === 'name')) {
      return verdictOf(template) ? (literal(leaf.value) as SessionConfigEnvelope) : undefined;
    }
  }
  if (leaf.fold === undefined) {
    // A chain of a shape emitted before: its own emitter, unless it extends a shared template.
    const emitter = emitterOf(leaf.shape);
    if (emitter !== undefined) {
      const envelope = emitter(leaf);
      if (envelope !== USE_FOLD) return envelope;
    }
  }
  const fold = leaf.fold instanceof Fold ? leaf.fold : foldOf(leaf, true);
  if (fold.name === undefined) return undefined;
  const envelope = envelopeOf(fold);
  if (fold.verdict === undefined) {
    // No cross-field rule reads the key this node set: the rules judge it as they judged its template.
    const parent = leaf.parent?.fold;
    fold.verdict = parent instanceof Fold && !RULES_READ.has(leaf.key) ? verdictOf(parent) : verdictOf(fold, envelope);
  }
  return fold.verdict ? envelope : undefined;
}

/** Whether the cross-field rules hold for `fold`, worked out once; `envelope` is its copy when one is at hand. */
function verdictOf(fold: Fold, envelope?: SessionConfigEnvelope): boolean {
  if (fold.verdict === undefined) {
    const issues: Issue[] = [];
    checkCrossFieldRules((envelope ?? envelopeOf(fold)).session_config as Record<string, unknown>, issues);
    fold.verdict = issues.length === 0;
  }
  return fold.verdict;
}
