import { builderFrom } from './builder/session-config-builder.js';
import { InvalidConfigError } from './errors.js';
import { checkEnvelope } from './internal/emit.js';
import { formatPath, MAX_ISSUES, type Issue } from './internal/issue.js';
import { EXPLICIT_LISTS, LOADED, PRESENT, withNode, type StateKey, type StateNode } from './internal/state.js';
import type { SessionConfigEnvelope } from './schema/payload.js';
import type { AnySessionConfigBuilder } from './types/builder.js';

/** The outcome of {@link validateSessionConfig}: the clean value, or every problem found. */
export type ValidationResult =
  | { readonly ok: true; readonly value: SessionConfigEnvelope }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Checks any value (parsed JSON, a fixture, a plain-JavaScript object) against every error-level
 * rule of the builder, with the same messages. Never throws. On success, `value` is a fresh plain
 * copy with keys in canonical order.
 *
 * @example
 * ```ts
 * const result = validateSessionConfig(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(issue.message);
 * ```
 */
export function validateSessionConfig(input: unknown): ValidationResult {
  const issues: Issue[] = [];
  const path: (string | number)[] = [];
  let value: SessionConfigEnvelope | undefined;
  try {
    value = checkEnvelope(input, issues, path).value;
  } catch {
    // A getter or proxy from a JavaScript caller threw. `path` still holds the object being read;
    // the thrown value is not shown, since it may carry anything, secrets included.
    const unreadable: Issue = {
      path: path.slice(),
      code: 'unreadable_input',
      message: `${formatPath(path)}: could not be read (a getter or proxy threw); expected plain JSON data`,
    };
    return { ok: false, issues: [...issues.slice(0, MAX_ISSUES), unreadable] };
  }
  return issues.length === 0 ? { ok: true, value: value as SessionConfigEnvelope } : { ok: false, issues };
}

/**
 * Lifts an existing envelope into a builder, to extend it and emit it again. Throws
 * `InvalidConfigError` with every problem for invalid input. `fromJSON(x).toJSON()` deep-equals
 * `x` for every valid `x`. The returned builder's type state is unknown, so rules that involve
 * what the JSON already holds are checked when it is emitted.
 *
 * @example
 * ```ts
 * const extended = fromJSON(JSON.parse(text)).check.liveness({ maxRetries: 3 });
 * ```
 */
export function fromJSON(input: unknown): AnySessionConfigBuilder {
  const result = validateSessionConfig(input);
  if (!result.ok) throw new InvalidConfigError(result.issues);
  const { name, is_private: isPrivate, session_config: config } = result.value;
  let leaf: StateNode | undefined = withNode(withNode(withNode(undefined, EXPLICIT_LISTS, true), 'name', name), 'is_private', isPrivate);
  for (const [key, value] of Object.entries(config) as [StateKey, unknown][]) {
    if (Array.isArray(value) && (key === 'requested_checks' || key === 'requested_tasks' || key === 'required_documents')) {
      leaf = withNode(leaf, key, PRESENT);
      for (const item of value) leaf = withNode(leaf, key, item);
    } else {
      leaf = withNode(leaf, key, value);
    }
  }
  return builderFrom(withNode(leaf, LOADED, true)) as unknown as AnySessionConfigBuilder;
}
