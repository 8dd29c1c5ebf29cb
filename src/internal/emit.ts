import { adviseSessionConfig } from '../advisories.js';
import { InvalidConfigError } from '../errors.js';
import { didYouMeanMessage, NAME_REQUIRED, unlistedRequiredMessage } from '../messages.js';
import type { Field, Schema } from '../schema/language.js';
import { envelope, requestedCheck, requestedTask, requiredDocument, sessionConfigPayload, type SessionConfigEnvelope } from '../schema/payload.js';
import { isUnlisted } from '../unlisted.js';
import { closest } from './closest.js';
import { parse } from './parse.js';
import { describeValue, reportMessage, type Issue } from './issue.js';
import { forEachUnknownValue } from './open-values.js';
import { checkCrossFieldRules } from './rules.js';
import { EXPLICIT_LISTS, LOADED, PRESENT, STRICT, type StateKey, type StateNode } from './state.js';

/**
 * Folds the node list into a raw envelope: the newest value of each setting wins, list items
 * keep call order. The result is still unvalidated; `parse` copies it into canonical order.
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
  for (let node = leaf; node !== undefined; node = node.parent) {
    const { key, value } = node;
    switch (key) {
      case 'requested_checks':
      case 'requested_tasks':
      case 'required_documents':
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
  const raw = assemble(leaf);
  const { value, issues } = checkEnvelope(raw);
  checkUnlisted(leaf, raw['session_config'], issues);
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

const LISTS = { requested_checks: requestedCheck, requested_tasks: requestedTask, required_documents: requiredDocument } as const;
const SESSION_FIELDS: Readonly<Record<string, Field>> = sessionConfigPayload.fields;

/**
 * An unknown value of an open set passed to a builder method is an error unless it was declared
 * with `unlisted()`: the compiler refuses it in TypeScript, and this gives plain JavaScript the
 * same protection. Values `fromJSON` read are left to the advisories, so every accepted JSON
 * still round-trips. Only the value each setting ends with is checked.
 */
function checkUnlisted(leaf: StateNode | undefined, config: unknown, issues: Issue[]): void {
  const report = (at: (string | number)[], value: string, known: readonly string[]) => {
    if (isUnlisted(value)) return;
    const hint = closest(value, known);
    const message = `${unlistedRequiredMessage(describeValue(value))}${hint === undefined ? '' : `; ${didYouMeanMessage(hint)}`}`;
    reportMessage(issues, at, 'unlisted_required', message);
  };
  let fromJson = false;
  for (let node = leaf; node !== undefined && !fromJson; node = node.parent) fromJson = node.key === LOADED;
  // The common case, a builder that loaded nothing: every value came from a call, so one walk of the whole config does.
  if (!fromJson) {
    forEachUnknownValue(sessionConfigPayload, config, ['session_config'], report);
    return;
  }
  const remaining = { requested_checks: 0, requested_tasks: 0, required_documents: 0 };
  let loaded = false;
  for (let node = leaf; node !== undefined; node = node.parent) {
    if (Object.hasOwn(remaining, node.key) && node.value !== PRESENT) remaining[node.key as keyof typeof remaining]++;
  }
  const settled = new Set<StateKey>();
  const path: (string | number)[] = [];
  for (let node = leaf; node !== undefined; node = node.parent) {
    const { key, value } = node;
    if (key === LOADED) loaded = true;
    if (Object.hasOwn(LISTS, key)) {
      if (value === PRESENT) continue;
      const list = key as keyof typeof LISTS;
      const index = --remaining[list];
      if (loaded) continue;
      path.push('session_config', list, index);
      forEachUnknownValue(LISTS[list], value, path, report);
      path.length = 0;
      continue;
    }
    const field = SESSION_FIELDS[key];
    if (field === undefined || settled.has(key)) continue;
    settled.add(key);
    if (loaded) continue;
    path.push('session_config', key);
    forEachUnknownValue(unwrap(field), value, path, report);
    path.length = 0;
  }
}

function unwrap(field: Field): Schema {
  return field.kind === 'optional' ? field.schema : field;
}
