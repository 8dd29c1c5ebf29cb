import { adviseSessionConfig } from '../advisories.js';
import { InvalidConfigError } from '../errors.js';
import { didYouMeanMessage, NAME_REQUIRED, unlistedRequiredMessage } from '../messages.js';
import { envelope, type SessionConfigEnvelope } from '../schema/payload.js';
import { isUnlisted } from '../unlisted.js';
import { closest } from './closest.js';
import { emitPlain } from './fold.js';
import { collectingUnknownValues, parse, type UnknownValue } from './parse.js';
import { describeValue, reportMessage, type Issue } from './issue.js';
import { checkCrossFieldRules } from './rules.js';
import { EXPLICIT_LISTS, isRemoved, LOADED, PRESENT, REMOVAL, STRICT, type Removal, type StateNode } from './state.js';

/**
 * Folds the node list into a raw envelope: the newest value of each setting wins, list items
 * keep call order, and a removal hides the matching items older than itself. The result is
 * still unvalidated; `parse` copies it into canonical order.
 */
export function assemble(leaf: StateNode | undefined): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  const checks: unknown[] = [];
  const tasks: unknown[] = [];
  const documents: unknown[] = [];
  const present = { requested_checks: false, requested_tasks: false, required_documents: false };
  let name: unknown;
  let isPrivate: unknown;
  let explicitLists = false;
  // Walking from the newest node, a removal is met before everything it removes.
  const removals: Removal[] = [];
  for (let node = leaf; node !== undefined; node = node.parent) {
    const { key, value } = node;
    switch (key) {
      case REMOVAL:
        removals.push(value as Removal);
        break;
      case 'requested_checks':
      case 'requested_tasks':
      case 'required_documents':
        if (removals.length > 0 && isRemoved(removals, key, value === PRESENT ? undefined : value)) break;
        if (value === PRESENT) present[key] = true;
        else (key === 'requested_checks' ? checks : key === 'requested_tasks' ? tasks : documents).push(value);
        break;
      case 'name':
        if (name === undefined) name = value;
        break;
      case 'is_private':
        if (isPrivate === undefined) isPrivate = value;
        break;
      case EXPLICIT_LISTS:
        explicitLists = true;
        break;
      case STRICT:
      case LOADED:
        break;
      default:
        if (!Object.hasOwn(config, key)) config[key] = value;
    }
  }
  // The official SDKs send both request lists together; a config loaded from JSON keeps its own layout.
  const requestsPresent = checks.length > 0 || tasks.length > 0;
  if (explicitLists ? present.requested_checks || checks.length > 0 : requestsPresent) config['requested_checks'] = checks.reverse();
  if (explicitLists ? present.requested_tasks || tasks.length > 0 : requestsPresent) config['requested_tasks'] = tasks.reverse();
  if (present.required_documents || documents.length > 0) config['required_documents'] = documents.reverse();
  return { name, is_private: isPrivate ?? false, session_config: config };
}

/**
 * Validates and copies a raw envelope in one pass; returns the clean copy and every problem.
 * A caller that must survive hostile input passes its own `issues` and `path`: if a getter or
 * proxy throws, they still hold what was found and where reading stopped.
 */
export function checkEnvelope(
  raw: unknown,
  issues: Issue[] = [],
  path: (string | number)[] = [],
): { value: SessionConfigEnvelope | undefined; issues: Issue[] } {
  const value = parse(envelope, raw, path, issues) as SessionConfigEnvelope | undefined;
  checkCrossFieldRules(value?.session_config as Record<string, unknown> | undefined, issues);
  return { value, issues };
}

/** The terminal: a fresh, valid envelope, or `InvalidConfigError` listing every problem. */
export function emit(leaf: StateNode | undefined): SessionConfigEnvelope {
  return emitPlain(leaf) ?? emitFullPath(leaf);
}

/** Parses the whole assembled envelope: what every configuration the fast path cannot vouch for goes through. */
function emitFullPath(leaf: StateNode | undefined): SessionConfigEnvelope {
  const unknown: UnknownValue[] = [];
  const { value, issues } = collectingUnknownValues(unknown, () => checkEnvelope(assemble(leaf)));
  if (unknown.length > 0) checkUnlisted(leaf, unknown, issues);
  if (value !== undefined && isStrict(leaf)) {
    // An unknown value the builder already refuses is not listed a second time as an advisory.
    const refused = new Set(issues.filter((issue) => issue.code === 'unlisted_required').map((issue) => issue.path.join('\u0000')));
    issues.push(...adviseSessionConfig(value).filter((advisory) => !(advisory.code === 'unknown_value' && refused.has(advisory.path.join('\u0000')))));
  }
  if (issues.length === 0) return value as SessionConfigEnvelope;
  throw new InvalidConfigError(
    issues.map((issue) =>
      issue.code === 'missing_key' && issue.path.length === 1 && issue.path[0] === 'name'
        ? { path: issue.path, code: 'name_required', message: `name: ${NAME_REQUIRED}` }
        : issue,
    ),
  );
}

/** The newest `strict` node decides; a builder without one is not strict. */
function isStrict(leaf: StateNode | undefined): boolean {
  for (let node = leaf; node !== undefined; node = node.parent) if (node.key === STRICT) return node.value === true;
  return false;
}

/**
 * An unknown value of an open set passed to a builder method is an error unless it was declared
 * with `unlisted()`: the compiler refuses it in TypeScript, and this gives plain JavaScript the
 * same protection. Values `fromJSON` read stay advisories, so every accepted JSON still
 * round-trips: they are the first items of each list, and the settings no later call replaced.
 */
function checkUnlisted(leaf: StateNode | undefined, unknown: readonly UnknownValue[], issues: Issue[]): void {
  const loaded = loadedParts(leaf);
  for (const { path, value, known } of unknown) {
    if (isUnlisted(value) || (loaded !== undefined && isLoaded(path, loaded))) continue;
    const hint = closest(value, known);
    reportMessage(issues, path, 'unlisted_required', `${unlistedRequiredMessage(describeValue(value))}${hint === undefined ? '' : `; ${didYouMeanMessage(hint)}`}`);
  }
}

/** What `fromJSON` put in: the number of loaded items per list, and the settings still as loaded. */
interface LoadedParts {
  readonly items: Map<string, number>;
  readonly settings: Set<string>;
}

function loadedParts(leaf: StateNode | undefined): LoadedParts | undefined {
  let boundary: StateNode | undefined;
  for (let node = leaf; node !== undefined && boundary === undefined; node = node.parent) if (node.key === LOADED) boundary = node;
  if (boundary === undefined) return undefined;
  const items = new Map<string, number>();
  const settings = new Set<string>();
  const replaced = new Set<string>();
  // A loaded item taken back by `.without` no longer counts: the builder's items move up into its place.
  const removals: Removal[] = [];
  for (let node = leaf; node !== boundary && node !== undefined; node = node.parent) {
    replaced.add(node.key);
    if (node.key === REMOVAL) removals.push(node.value as Removal);
  }
  for (let node: StateNode | undefined = boundary.parent; node !== undefined; node = node.parent) {
    if (node.key === 'requested_checks' || node.key === 'requested_tasks' || node.key === 'required_documents') {
      if (node.value !== PRESENT && !isRemoved(removals, node.key, node.value)) items.set(node.key, (items.get(node.key) ?? 0) + 1);
    } else if (!replaced.has(node.key)) settings.add(node.key);
  }
  return { items, settings };
}

function isLoaded(path: readonly (string | number)[], { items, settings }: LoadedParts): boolean {
  const key = String(path[1]);
  const loadedItems = items.get(key);
  if (loadedItems !== undefined) return typeof path[2] === 'number' && path[2] < loadedItems;
  return settings.has(key);
}
