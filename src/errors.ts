import type { Issue } from './internal/parse.js';

/**
 * The base of every error this library throws. Catch it to handle all of them; use the `is*`
 * guards rather than `instanceof` when errors may cross realms (workers, vm contexts, two
 * copies of the package).
 */
export class SessionConfigError extends Error {
  override name = 'SessionConfigError';
}

/**
 * A configuration that breaks the API's rules. `issues` lists every problem at once, each with
 * its JSON path; the message repeats them one per line.
 *
 * @example
 * ```ts
 * try {
 *   sessionConfig().name('KYC').clientSessionTokenTtl(Number(process.env.TTL)).toJSON();
 * } catch (error) {
 *   if (isInvalidConfigError(error)) console.error(error.issues);
 * }
 * ```
 */
export class InvalidConfigError extends SessionConfigError {
  override name = 'InvalidConfigError';
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid session configuration (${count}):\n${issues.map((issue) => `- ${issue.message}`).join('\n')}`);
    this.issues = issues;
  }
}

/** Every error name this package throws; subclasses add theirs here. */
const ERROR_NAMES: ReadonlySet<string> = new Set(['SessionConfigError', 'InvalidConfigError']);

function hasErrorName(error: unknown, names: ReadonlySet<string>): error is Error {
  return typeof error === 'object' && error !== null && names.has(String((error as Error).name)) && typeof (error as Error).message === 'string';
}

/** True for any error thrown by this library, from any realm. */
export function isSessionConfigError(error: unknown): error is SessionConfigError {
  return error instanceof SessionConfigError || hasErrorName(error, ERROR_NAMES);
}

/** True for an {@link InvalidConfigError}, from any realm. */
export function isInvalidConfigError(error: unknown): error is InvalidConfigError {
  return (
    error instanceof InvalidConfigError ||
    (hasErrorName(error, INVALID_CONFIG) && Array.isArray((error as InvalidConfigError).issues))
  );
}

const INVALID_CONFIG: ReadonlySet<string> = new Set(['InvalidConfigError']);
