/**
 * The terminal's fast path, for builders emitted more than once and children of a shared
 * template. Each node's value is validated once and kept clean on its node (node-validation.ts),
 * so `toJSON()` need not parse the envelope again: it folds the clean copies into place, checks
 * the cross-field rules (or shares its template's verdict) and returns a fresh copy. Anything
 * else (a value that was not plainly valid, a configuration read by `fromJSON`, strict mode, a
 * broken rule) goes to the full path in emit.ts, which reports exactly as it always did.
 */
import type { SessionConfigEnvelope } from '../schema/payload.js';
import { copyEnvelope, SETTINGS } from './copy-wire.generated.js';
import { MAX_LIST_ITEMS } from './parse.js';
import { checkCrossFieldRules, KEYS_THE_RULES_READ } from './rules.js';
import { validateNode } from './node-validation.js';
import { EXPLICIT_LISTS, LOADED, NOT_VALIDATED, PENDING, PRESENT, REMOVAL, STRICT, type Removal, type StateNode } from './state.js';
import type { Issue } from './issue.js';

const SETTING_INDEX = new Map(SETTINGS.map((key, index) => [key, index]));

/** A list item that was not plainly valid: kept with its `type` so a removal can still find it. */
class Unvalidated {
  constructor(readonly type: unknown) {}
}

/** The state the nodes up to one node describe, with the newest value of each setting. */
class Fold {
  constructor(
    public name: unknown,
    public isPrivate: unknown,
    readonly settings: unknown[],
    readonly requested_checks: unknown[],
    readonly requested_tasks: unknown[],
    readonly required_documents: unknown[],
    public strict: boolean,
    /** Set by what only the full path handles: nodes `fromJSON` made. */
    public fullPathOnly: boolean,
    public items: number,
  ) {}

  clone(): Fold {
    return new Fold(
      this.name,
      this.isPrivate,
      this.settings.slice(),
      this.requested_checks.slice(),
      this.requested_tasks.slice(),
      this.required_documents.slice(),
      this.strict,
      this.fullPathOnly,
      this.items,
    );
  }

  /**
   * The fold of a child that sets no list: it shares this fold's lists, which no kept fold ever
   * changes (`foldOf` applies nodes to a clone), and copies only the settings.
   */
  childWithoutListChange(node: StateNode): Fold {
    const child = new Fold(
      this.name,
      this.isPrivate,
      this.settings.slice(),
      this.requested_checks,
      this.requested_tasks,
      this.required_documents,
      this.strict,
      this.fullPathOnly,
      this.items,
    );
    child.apply(node);
    return child;
  }

  /** Applies one node, oldest first: a setting replaces, an item appends, a removal drops what is already there. */
  apply(node: StateNode): void {
    if (node.clean === PENDING) validateNode(node);
    const { key, clean } = node;
    this.items += node.items;
    switch (key) {
      case 'requested_checks':
      case 'requested_tasks':
      case 'required_documents':
        this.items++;
        this[key].push(clean === NOT_VALIDATED ? new Unvalidated((node.value as { type?: unknown } | null)?.type) : clean);
        if (node.value === PRESENT) this.fullPathOnly = true;
        break;
      case REMOVAL:
        remove(this[(node.value as Removal).list], (node.value as Removal).type);
        break;
      case 'name':
        this.name = clean;
        break;
      case 'is_private':
        this.isPrivate = clean;
        break;
      case STRICT:
        this.strict = node.value === true;
        break;
      case LOADED:
      case EXPLICIT_LISTS:
        this.fullPathOnly = true;
        break;
      default: {
        const index = SETTING_INDEX.get(key);
        if (index === undefined) this.fullPathOnly = true;
        else this.settings[index] = clean;
      }
    }
  }

  /** Whether the full parse would find nothing to report; the cross-field rules are asked separately. */
  plainlyValid(): boolean {
    if (this.fullPathOnly || this.strict || this.items > MAX_LIST_ITEMS) return false;
    if (this.name === undefined || this.name === NOT_VALIDATED || this.isPrivate === NOT_VALIDATED) return false;
    if (this.settings.includes(NOT_VALIDATED)) return false;
    return !(hasUnvalidated(this.requested_checks) || hasUnvalidated(this.requested_tasks) || hasUnvalidated(this.required_documents));
  }
}

function hasUnvalidated(items: readonly unknown[]): boolean {
  for (const item of items) if (item instanceof Unvalidated) return true;
  return false;
}

function remove(items: unknown[], type: string | undefined): void {
  if (type === undefined) {
    items.length = 0;
    return;
  }
  let kept = 0;
  for (const item of items) if ((item as { type?: unknown }).type !== type) items[kept++] = item;
  items.length = kept;
}

/** Keys whose nodes can change what a cross-field rule sees: a removal changes a list. */
const RULES_READ = new Set<string>([...KEYS_THE_RULES_READ, REMOVAL]);

const EMPTY = new Fold(undefined, undefined, SETTINGS.map(() => undefined), [], [], [], false, false, 0);

/**
 * The fold up to `leaf`. Folds are kept on the nodes: on the leaf, and on its parent, so the
 * children of a shared template start from the template's fold instead of walking it again.
 */
function foldOf(leaf: StateNode): Fold {
  if (leaf.fold !== undefined) return leaf.fold as Fold;
  const pending: StateNode[] = [];
  let node: StateNode | undefined = leaf;
  for (; node !== undefined && node.fold === undefined; node = node.parent) pending.push(node);
  const fold = (node === undefined ? EMPTY : (node.fold as Fold)).clone();
  for (let index = pending.length - 1; index > 0; index--) fold.apply(pending[index] as StateNode);
  const parent = leaf.parent;
  if (parent !== undefined && parent.fold === undefined) parent.fold = fold.clone();
  fold.apply(leaf);
  leaf.fold = fold;
  return fold;
}

/** A fresh envelope from a fold, in the wire's key order: each call returns new objects. */
function envelopeOf(fold: Fold): SessionConfigEnvelope {
  const { settings, requested_checks: checks, requested_tasks: tasks, required_documents: documents } = fold;
  return copyEnvelope(fold.name, fold.isPrivate ?? false, settings, checks, tasks, documents) as SessionConfigEnvelope;
}

/**
 * The fast terminal: a fresh envelope, or `undefined` when only the full path can decide.
 * The verdict is remembered on the node, never the output: a builder asked twice, and a child
 * that only changes a setting no cross-field rule reads, skip the rules their parent passed.
 */
export function emitValidated(leaf: StateNode | undefined): SessionConfigEnvelope | undefined {
  if (leaf === undefined) return undefined;
  const parent = leaf.parent;
  // Built and emitted once, a chain is cheapest through the full path's single parse. The second
  // terminal of a builder, or of a child of one template, shows the state is shared: only then
  // is it folded and kept.
  if (!leaf.seen && (parent === undefined || !parent.seen)) {
    leaf.seen = true;
    if (parent !== undefined) parent.seen = true;
    return undefined;
  }
  // A template's fold kept by an earlier child: it is shared, so its own verdict is worth working out.
  const shared = parent !== undefined && parent.fold !== undefined;
  if (shared && leaf.fold === undefined && !RULES_READ.has(leaf.key)) {
    // The template pattern: one setting over a template that passed every check. Its lists are
    // shared, and the rules hold because the template's did and no rule reads this key.
    if (!parent.verdict) parent.verdict = rulesHold(parent.fold as Fold);
    if (parent.verdict) {
      const fold = (parent.fold as Fold).childWithoutListChange(leaf);
      leaf.fold = fold;
      if (!fold.plainlyValid()) return undefined;
      leaf.verdict = true;
      return envelopeOf(fold);
    }
  }
  const fold = foldOf(leaf);
  if (leaf.verdict) return envelopeOf(fold);
  if (!fold.plainlyValid()) return undefined;
  const envelope = envelopeOf(fold);
  if (shared && !RULES_READ.has(leaf.key)) {
    if (!parent.verdict) parent.verdict = rulesHold(parent.fold as Fold);
    if (parent.verdict) {
      leaf.verdict = true;
      return envelope;
    }
  }
  const issues: Issue[] = [];
  checkCrossFieldRules(envelope.session_config as Record<string, unknown>, issues);
  if (issues.length > 0) return undefined;
  leaf.verdict = true;
  return envelope;
}

function rulesHold(fold: Fold): boolean {
  if (!fold.plainlyValid()) return false;
  const issues: Issue[] = [];
  checkCrossFieldRules(envelopeOf(fold).session_config as Record<string, unknown>, issues);
  return issues.length === 0;
}
