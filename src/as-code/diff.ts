/**
 * A semantic diff of two configurations: what Yoti would do differently, not which lines moved.
 * Checks and tasks are matched by type (their order means nothing to Yoti), lists of codes are
 * sets, `null` is the same as a missing key, and an absent list of checks, tasks or documents is
 * the same as an empty one. Documents are matched by content, then by kind; their order is the
 * order the end user is asked in, so a new order is a change of its own.
 */
import { requestedCheck, requestedTask } from '../schema/payload.js';
import { envelopeOf, objectOr, objects, text, type Loose, type SessionConfigSource } from './input.js';
import { describeDocument } from './journey.js';
import { isSecretKey } from './secrets.js';
import { formatDuration } from './units.js';

/**
 * One difference between two configurations.
 *
 * @example
 * ```ts
 * import type { SessionConfigChange } from 'yoti-session-config/as-code';
 *
 * const change: SessionConfigChange = {
 *   kind: 'changed',
 *   path: ['session_config', 'requested_checks', 'LIVENESS', 'config', 'max_retries'],
 *   secret: false,
 *   text: 'check LIVENESS: max_retries 3 → 5',
 * };
 * ```
 */
export interface SessionConfigChange {
  /** `added` and `removed` compare the second configuration with the first; `reordered` is a new document order. */
  readonly kind: 'added' | 'removed' | 'changed' | 'reordered';
  /** Where, from the envelope down. Checks and tasks are named by type instead of an index, since their order is not compared. */
  readonly path: readonly (string | number)[];
  /** True when the value is a secret: the text then says only that it was added, removed or changed. */
  readonly secret: boolean;
  /** The change in words, e.g. `resources_ttl 7 days → 30 days`. Never holds a secret value. */
  readonly text: string;
}

/**
 * What {@link diffSessionConfigs} returns.
 *
 * @example
 * ```ts
 * import { sessionConfig } from 'yoti-session-config';
 * import { diffSessionConfigs } from 'yoti-session-config/as-code';
 *
 * const { equal, changes } = diffSessionConfigs(sessionConfig().name('KYC'), sessionConfig().name('KYC v2'));
 * ```
 */
export interface SessionConfigDiff {
  /** True when Yoti would treat both configurations alike. */
  readonly equal: boolean;
  /** Every difference, envelope fields first, then in payload order. */
  readonly changes: readonly SessionConfigChange[];
}

type Path = readonly (string | number)[];

interface Scope {
  /** Who the change is about, as text before a colon: `check LIVENESS`, `notifications`; empty for the payload's top level. */
  readonly subject: string;
  /** The path of the subject; field names in texts are relative to it. */
  readonly base: Path;
  /** Inside a check or task this version has no words for: keys are judged secret by their names too. */
  readonly unknownType: boolean;
}

const DURATION_KEYS = new Set(['client_session_token_ttl', 'resources_ttl', 'ttl']);
const KEYED_LISTS = { requested_checks: 'check', requested_tasks: 'task' } as const;
/** Types the payload description knows; inside any other, keys are judged secret by their names too. */
const KNOWN_TYPES: ReadonlySet<string> = new Set([...Object.keys(requestedCheck.variants), ...Object.keys(requestedTask.variants)]);
const LONGEST_VALUE = 80;

/**
 * Compares two configurations (envelopes or builders) the way Yoti reads them: checks and tasks
 * matched by type whatever their order, lists of codes (topics, categories, document types,
 * countries, screens) compared as sets, TTLs shown in human units. Secrets (`auth_token`, a
 * screening account's `api_key`) are reported as added, removed or changed, never with their
 * values.
 *
 * @example
 * ```ts
 * import { sessionConfig } from 'yoti-session-config';
 * import { diffSessionConfigs } from 'yoti-session-config/as-code';
 *
 * const before = sessionConfig().name('KYC').resourcesTtl(604800).check.liveness({ maxRetries: 3 });
 * const after = sessionConfig().name('KYC').resourcesTtl(2592000).check.liveness({ maxRetries: 5 }).check.watchlistScreening({ categories: ['SANCTIONS'] });
 * diffSessionConfigs(before, after).changes.map((change) => change.text);
 * // ['resources_ttl 7 days → 30 days', 'check LIVENESS: max_retries 3 → 5', 'added check WATCHLIST_SCREENING (SANCTIONS)']
 * ```
 */
export function diffSessionConfigs(a: SessionConfigSource, b: SessionConfigSource): SessionConfigDiff {
  const before = envelopeOf(a, 'The first configuration');
  const after = envelopeOf(b, 'The second configuration');
  const changes: SessionConfigChange[] = [];
  const top: Scope = { subject: '', base: [], unknownType: false };
  compareValue(['name'], before['name'], after['name'], top, changes);
  compareValue(['is_private'], before['is_private'], after['is_private'], top, changes);
  const session: Scope = { subject: '', base: ['session_config'], unknownType: false };
  const beforeSession = objectOr(before['session_config']) ?? {};
  const afterSession = objectOr(after['session_config']) ?? {};
  for (const key of unionKeys(beforeSession, afterSession)) {
    const path = ['session_config', key];
    const left = beforeSession[key];
    const right = afterSession[key];
    if (key === 'requested_checks' || key === 'requested_tasks') compareKeyed(path, KEYED_LISTS[key], objects(left), objects(right), changes);
    else if (key === 'required_documents') compareDocuments(path, objects(left), objects(right), changes);
    else if (key === 'notifications' || key === 'sdk_config' || key === 'import_token' || key === 'ibv_options') {
      compareValue(path, left, right, { subject: key, base: path, unknownType: false }, changes);
    } else compareValue(path, left, right, session, changes);
  }
  return { equal: changes.length === 0, changes };
}

/**
 * A diff as lines of text, one change per line, or `no differences`. Ends with a newline.
 *
 * @example
 * ```ts
 * import { sessionConfig } from 'yoti-session-config';
 * import { diffSessionConfigs, diffToText } from 'yoti-session-config/as-code';
 *
 * process.stdout.write(diffToText(diffSessionConfigs(sessionConfig().name('KYC'), sessionConfig().name('KYC').isPrivate(true))));
 * // is_private false → true
 * ```
 */
export function diffToText(diff: SessionConfigDiff): string {
  return diff.changes.length === 0 ? 'no differences\n' : `${diff.changes.map((change) => change.text).join('\n')}\n`;
}

function compareKeyed(path: Path, noun: 'check' | 'task', before: readonly Loose[], after: readonly Loose[], changes: SessionConfigChange[]): void {
  const left = keyByType(before);
  const right = keyByType(after);
  for (const [key, item] of left) {
    if (!right.has(key)) changes.push({ kind: 'removed', path: [...path, key], secret: false, text: `removed ${noun} ${key}${summary(item)}` });
  }
  for (const [key, item] of right) {
    const earlier = left.get(key);
    if (earlier === undefined) {
      changes.push({ kind: 'added', path: [...path, key], secret: false, text: `added ${noun} ${key}${summary(item)}` });
      continue;
    }
    const unknownType = !KNOWN_TYPES.has(text(item['type']) ?? '');
    for (const field of unionKeys(earlier, item)) {
      const scope: Scope = { subject: `${noun} ${key}`, base: field === 'config' ? [...path, key, 'config'] : [...path, key], unknownType };
      compareValue([...path, key, field], earlier[field], item[field], scope, changes);
    }
  }
}

/** Items by type; a type requested twice (an error, but still diffable) gets `#2`. */
function keyByType(items: readonly Loose[]): Map<string, Loose> {
  const keyed = new Map<string, Loose>();
  for (const item of items) {
    const type = text(item['type']) ?? '(no type)';
    let key = type;
    for (let count = 2; keyed.has(key); count++) key = `${type}#${count}`;
    keyed.set(key, item);
  }
  return keyed;
}

/** `(SANCTIONS)`, `(STATIC, max_retries 3)`: the item's settings, secrets left out. */
function summary(item: Loose): string {
  const config = objectOr(item['config']) ?? {};
  const unknownType = !KNOWN_TYPES.has(text(item['type']) ?? '');
  const parts = Object.entries(config).flatMap(([key, value]) => {
    if (isSecretKey(key, unknownType) || value === null || value === undefined) return [];
    if (Array.isArray(value)) return value.every(isScalar) ? [value.map(String).join(', ')] : [];
    if (!isScalar(value)) return [];
    return key === 'liveness_type' || key === 'type' ? [String(value)] : [`${key} ${String(value)}`];
  });
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

function compareDocuments(path: Path, before: readonly Loose[], after: readonly Loose[], changes: SessionConfigChange[]): void {
  const keys = (documents: readonly Loose[]) => documents.map((document) => canonical(document));
  const leftKeys = keys(before);
  const rightKeys = keys(after);
  /** For each document of `after`, the index in `before` it came from, or -1 when it is new. */
  const origin = rightKeys.map(() => -1);
  const used = new Set<number>();
  rightKeys.forEach((key, index) => {
    const match = leftKeys.findIndex((candidate, earlier) => !used.has(earlier) && candidate === key);
    if (match !== -1) {
      used.add(match);
      origin[index] = match;
    }
  });
  // Documents that changed in place: the same kind, not matched by content.
  after.forEach((document, index) => {
    if (origin[index] !== -1) return;
    const match = before.findIndex((candidate, earlier) => !used.has(earlier) && candidate['type'] === document['type']);
    if (match === -1) return;
    used.add(match);
    origin[index] = match;
    const subject = `document ${index + 1} (${kindWords(document)})`;
    for (const field of unionKeys(before[match] ?? {}, document)) {
      compareValue([...path, index, field], before[match]?.[field], document[field], { subject, base: [...path, index], unknownType: false }, changes);
    }
  });
  before.forEach((document, index) => {
    if (!used.has(index)) changes.push({ kind: 'removed', path: [...path, index], secret: false, text: `removed document: ${describeDocument(document)}` });
  });
  after.forEach((document, index) => {
    if (origin[index] === -1) changes.push({ kind: 'added', path: [...path, index], secret: false, text: `added document ${index + 1}: ${describeDocument(document)}` });
  });
  const kept = origin.filter((index) => index !== -1);
  if (kept.some((index, position) => position > 0 && index < (kept[position - 1] ?? 0))) {
    const order = (documents: readonly Loose[], indexes: readonly number[]) => indexes.map((index) => kindWords(documents[index] ?? {})).join(', ');
    changes.push({
      kind: 'reordered',
      path,
      secret: false,
      text: `required_documents: order changed (the user is asked in list order): ${order(before, [...kept].sort((x, y) => x - y))} → ${order(before, kept)}`,
    });
  }
}

function kindWords(document: Loose): string {
  return document['type'] === 'ID_DOCUMENT' ? 'ID document' : document['type'] === 'SUPPLEMENTARY_DOCUMENT' ? 'supplementary document' : (text(document['type']) ?? 'untyped document');
}

function compareValue(path: Path, before: unknown, after: unknown, scope: Scope, changes: SessionConfigChange[]): void {
  const left = before ?? undefined;
  const right = after ?? undefined;
  if (left === undefined && right === undefined) return;
  const key = String(path.at(-1));
  const secret = isSecretKey(key, scope.unknownType);
  const field = fieldName(path, scope);
  if (secret) {
    if (left === undefined || right === undefined || canonical(left) !== canonical(right)) {
      const kind = left === undefined ? 'added' : right === undefined ? 'removed' : 'changed';
      changes.push({ kind, path, secret: true, text: `${prefix(scope)}${field} ${kind} (secret, value not shown)` });
    }
    return;
  }
  // A whole block added or removed reads best field by field, each secret kept hidden.
  if (left === undefined && objectOr(right) !== undefined) return compareValue(path, {}, right, scope, changes);
  if (right === undefined && objectOr(left) !== undefined) return compareValue(path, left, {}, scope, changes);
  if (left === undefined || right === undefined) {
    const kind = left === undefined ? 'added' : 'removed';
    const shown = show(key, left ?? right, scope.unknownType);
    changes.push({ kind, path, secret: false, text: `${prefix(scope)}${field} ${kind === 'added' ? `added: ${shown}` : `removed (was ${shown})`}` });
    return;
  }
  const leftObject = objectOr(left);
  const rightObject = objectOr(right);
  if (leftObject !== undefined && rightObject !== undefined) {
    for (const child of unionKeys(leftObject, rightObject)) compareValue([...path, child], leftObject[child], rightObject[child], scope, changes);
    return;
  }
  if (Array.isArray(left) && Array.isArray(right)) {
    if (left.every(isScalar) && right.every(isScalar)) compareSets(path, left, right, scope, changes);
    else {
      for (let index = 0; index < Math.max(left.length, right.length); index++) compareValue([...path, index], left[index], right[index], scope, changes);
    }
    return;
  }
  if (canonical(left) !== canonical(right)) {
    changes.push({ kind: 'changed', path, secret: false, text: `${prefix(scope)}${field} ${show(key, left, scope.unknownType)} → ${show(key, right, scope.unknownType)}` });
  }
}

/** Lists of codes are sets; webhook topics are compared in any case, as Yoti reads them. */
function compareSets(path: Path, before: readonly unknown[], after: readonly unknown[], scope: Scope, changes: SessionConfigChange[]): void {
  const normalise = path.at(-1) === 'topics' ? (value: unknown) => String(value).toUpperCase() : (value: unknown) => JSON.stringify(value);
  const leftKeys = new Set(before.map(normalise));
  const rightKeys = new Set(after.map(normalise));
  const added = after.filter((value) => !leftKeys.has(normalise(value)));
  const removed = before.filter((value) => !rightKeys.has(normalise(value)));
  const field = fieldName(path, scope);
  if (added.length > 0) changes.push({ kind: 'added', path, secret: false, text: `${prefix(scope)}${field} added ${added.map(String).join(', ')}` });
  if (removed.length > 0) changes.push({ kind: 'removed', path, secret: false, text: `${prefix(scope)}${field} removed ${removed.map(String).join(', ')}` });
}

/** The path below the subject, `max_retries` or `filter.type_restriction`; the last key when the subject itself changed. */
function fieldName(path: Path, scope: Scope): string {
  const name = path
    .slice(scope.base.length)
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
  return name === '' ? String(path.at(-1)) : name;
}

const prefix = (scope: Scope) => (scope.subject === '' ? '' : `${scope.subject}: `);

/** A value for a change's text: TTLs in human units, codes bare, objects as compact JSON with secrets hidden. */
function show(key: string, value: unknown, unknownType: boolean): string {
  if (DURATION_KEYS.has(key) && typeof value === 'number') return formatDuration(value);
  if (key === 'endpoint' && typeof value === 'string') return JSON.stringify(withoutQuery(value));
  if (typeof value === 'string') return /^[A-Z0-9_-]+$/.test(value) ? value : JSON.stringify(value);
  if (Array.isArray(value) && value.length > 0 && value.every(isScalar)) return value.map(String).join(', ');
  const json = JSON.stringify(hideSecrets(value, unknownType)) ?? String(value);
  return json.length > LONGEST_VALUE ? `${json.slice(0, LONGEST_VALUE - 1)}…` : json;
}

/** A webhook URL may carry a credential in its query or user info: those parts are replaced by `…`. */
function withoutQuery(value: string): string {
  try {
    const url = new URL(value);
    const hidden = url.search !== '' || url.username !== '' || url.password !== '';
    return `${url.protocol}//${url.host}${url.pathname}${hidden ? '?…' : ''}`;
  } catch {
    return value.split(/[?#]/, 1)[0] ?? value;
  }
}

function hideSecrets(value: unknown, unknownType: boolean): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => hideSecrets(item, unknownType));
  const object = objectOr(value);
  if (object === undefined) return value;
  return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, isSecretKey(key, unknownType) ? '(hidden)' : hideSecrets(item, unknownType)]));
}

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

function unionKeys(left: Loose, right: Loose): string[] {
  return [...new Set([...Object.keys(left), ...Object.keys(right)])];
}

/** A stable text for equality: keys sorted, lists of codes sorted (they are sets), `null` dropped. */
function canonical(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(normalise);
    return items.every(isScalar) ? [...items].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))) : items;
  }
  const object = objectOr(value);
  if (object === undefined) return value;
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .filter((key) => object[key] !== null && object[key] !== undefined)
      .map((key) => [key, normalise(object[key])]),
  );
}
