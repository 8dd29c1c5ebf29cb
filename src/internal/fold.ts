/**
 * The terminal's fast path. Every builder call validated its value as it entered (entry.ts), so
 * a chain whose nodes are all plain needs no parse: `toJSON()` folds the clean values into place,
 * checks the cross-field rules (or shares the verdict of the template it extends) and returns a
 * fresh copy. Anything else (a value that was not plainly valid, a configuration read by
 * `fromJSON`, strict mode, a missing name, a broken rule) goes to the full path in emit.ts, which
 * reports exactly as it always did.
 */
import type { SessionConfigEnvelope } from '../schema/payload.js';
import { copyEnvelope, literalCopier, settingSchema, SETTINGS } from './copy-wire.js';
import type { Issue } from './issue.js';
import { checkCrossFieldRules, KEYS_THE_RULES_READ } from './rules.js';
import { REMOVAL, type Removal, type StateKey, type StateNode } from './state.js';

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
      literal = SHAREABLE_KEYS.has(key) ? (literalCopier(envelopeOf(applied(this, [{ key, value: MARKED } as StateNode])), MARKED) ?? null) : null;
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
const SHAREABLE_KEYS = new Set<StateKey>(
  ['name', 'is_private', ...SETTINGS.filter((key) => ['string', 'integer', 'number', 'boolean', 'enum'].includes(settingSchema(key).kind))].filter(
    (key) => !KEYS_THE_RULES_READ.has(key),
  ) as StateKey[],
);

const EMPTY = new Fold(undefined, undefined, SETTINGS.map(() => undefined), [], [], []);

/**
 * The fold up to `leaf`, kept on it. A node an earlier terminal walked past is a shared
 * template's: it is folded once and kept, so each later child starts from there instead of
 * walking the template again.
 */
function foldOf(leaf: StateNode, findShared: boolean): Fold {
  const parentFold = leaf.parent?.fold as Fold | undefined;
  // The template pattern: one call over a template already folded.
  if (parentFold !== undefined) return (leaf.fold = applied(parentFold, [leaf]));
  const pending: StateNode[] = [leaf];
  let base = EMPTY;
  for (let node = leaf.parent; node !== undefined; node = node.parent) {
    if (node.fold !== undefined) {
      base = node.fold as Fold;
      break;
    }
    if (findShared && node.seen) {
      base = foldOf(node, false);
      break;
    }
    node.seen = true;
    pending.push(node);
  }
  const fold = applied(base, pending);
  leaf.fold = fold;
  return fold;
}

/** `base` with the nodes of `pending` (newest first) applied oldest first; lists are copied only when they change. */
function applied(base: Fold, pending: readonly StateNode[]): Fold {
  let { name, isPrivate, checks, tasks, documents } = base;
  const settings = base.settings.slice();
  // Lists are shared with `base` until a node changes them.
  let ownChecks = false;
  let ownTasks = false;
  let ownDocuments = false;
  for (let index = pending.length - 1; index >= 0; index--) {
    const { key, value } = pending[index] as StateNode;
    switch (key) {
      case 'requested_checks':
        if (!ownChecks) (checks = checks.slice()), (ownChecks = true);
        (checks as unknown[]).push(value);
        break;
      case 'requested_tasks':
        if (!ownTasks) (tasks = tasks.slice()), (ownTasks = true);
        (tasks as unknown[]).push(value);
        break;
      case 'required_documents':
        if (!ownDocuments) (documents = documents.slice()), (ownDocuments = true);
        (documents as unknown[]).push(value);
        break;
      case REMOVAL: {
        // Only items older than the removal are dropped: newer ones are pushed after it.
        const { list, type } = value as Removal;
        const kept = (items: readonly unknown[]) => (type === undefined ? [] : items.filter((item) => (item as { type: string }).type !== type));
        if (list === 'requested_checks') (checks = kept(checks)), (ownChecks = true);
        else if (list === 'requested_tasks') (tasks = kept(tasks)), (ownTasks = true);
        else (documents = kept(documents)), (ownDocuments = true);
        break;
      }
      case 'name':
        name = value;
        break;
      case 'is_private':
        isPrivate = value;
        break;
      default: {
        // Strict mode off is the only other plain node; it changes nothing in the JSON.
        const slot = SETTING_INDEX.get(key);
        if (slot !== undefined) settings[slot] = value;
      }
    }
  }
  return new Fold(name, isPrivate, settings, checks, tasks, documents);
}

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
  if (leaf === undefined || !leaf.plain) return undefined;
  const template = leaf.parent?.fold as Fold | undefined;
  if (leaf.fold === undefined && template !== undefined) {
    // The template pattern: no cross-field rule reads this key, so the template's verdict is the child's.
    const literal = template.literalWith(leaf.key);
    if (literal !== undefined && (template.name !== undefined || leaf.key === 'name')) {
      return verdictOf(template) ? (literal(leaf.value) as SessionConfigEnvelope) : undefined;
    }
  }
  const fold = (leaf.fold as Fold | undefined) ?? foldOf(leaf, true);
  if (fold.name === undefined) return undefined;
  const envelope = envelopeOf(fold);
  if (fold.verdict === undefined) {
    // No cross-field rule reads the key this node set: the rules judge it as they judged its template.
    const parent = leaf.parent?.fold as Fold | undefined;
    fold.verdict = parent !== undefined && !RULES_READ.has(leaf.key) ? verdictOf(parent) : verdictOf(fold, envelope);
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
