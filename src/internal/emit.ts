import { adviseSessionConfig } from '../advisories.js';
import { InvalidConfigError } from '../errors.js';
import { NAME_REQUIRED } from '../messages.js';
import { envelope, type SessionConfigEnvelope } from '../schema/payload.js';
import { parse } from './parse.js';
import type { Issue } from './issue.js';
import { checkCrossFieldRules } from './rules.js';
import { EXPLICIT_LISTS, PRESENT, REMOVAL, STRICT, type Removal, type StateNode } from './state.js';

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
  const removed = (list: Removal['list'], item: unknown) =>
    removals.some((removal) => removal.list === list && (removal.type === undefined || removal.type === (item as { type?: unknown } | null)?.type));
  for (let node = leaf; node !== undefined; node = node.parent) {
    const { key, value } = node;
    switch (key) {
      case REMOVAL:
        removals.push(value as Removal);
        break;
      case 'requested_checks':
      case 'requested_tasks':
      case 'required_documents':
        if (removals.length > 0 && removed(key, value === PRESENT ? undefined : value)) break;
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
  const { value, issues } = checkEnvelope(assemble(leaf));
  if (value !== undefined && isStrict(leaf)) issues.push(...adviseSessionConfig(value));
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
