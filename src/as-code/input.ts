/**
 * What the configuration-as-code functions accept: an envelope (parsed JSON, a fixture) or a
 * builder. They read it loosely, never throwing on a part they do not know, because the set of
 * check and task types grows faster than any release.
 */
import { isBuilder } from '../internal/brand.js';
import { describeValue, isPlainObject } from '../internal/issue.js';
import type { SessionConfigEnvelope } from '../schema/payload.js';

/**
 * A configuration as the configuration-as-code functions take it: the envelope
 * `{ name, is_private, session_config }` (what `toJSON()` returns, or a parsed JSON file), or a
 * builder, whose `toJSON()` is read.
 *
 * @example
 * ```ts
 * import { sessionConfig } from 'yoti-session-config';
 * import type { SessionConfigSource } from 'yoti-session-config/as-code';
 *
 * const sources: SessionConfigSource[] = [sessionConfig().name('KYC'), { name: 'HR', is_private: true, session_config: {} }];
 * ```
 */
export type SessionConfigSource = SessionConfigEnvelope | EmitsSessionConfig;

/**
 * What a builder offers the configuration-as-code functions: its `toJSON()`. Any copy of this
 * package's builders qualifies.
 *
 * @example
 * ```ts
 * import { sessionConfig } from 'yoti-session-config';
 * import type { EmitsSessionConfig } from 'yoti-session-config/as-code';
 *
 * const template: EmitsSessionConfig = sessionConfig().name('KYC');
 * ```
 */
export interface EmitsSessionConfig {
  /** Returns the envelope; throws `InvalidConfigError` while a rule is broken. */
  readonly toJSON: () => unknown;
}

export type Loose = Record<string, unknown>;

/**
 * The envelope behind `source`, as a loose object. A builder's `toJSON()` may throw
 * `InvalidConfigError`; anything that is neither an object nor a builder is a `TypeError`.
 */
export function envelopeOf(source: unknown, argument = 'The configuration'): Loose {
  const value: unknown = isBuilder(source) ? source.toJSON() : source;
  if (!isPlainObject(value)) {
    throw new TypeError(`${argument} must be an envelope { name, is_private, session_config } or a builder, received ${describeValue(value)}`);
  }
  return value;
}

export const objectOr = (value: unknown): Loose | undefined => (isPlainObject(value) ? value : undefined);
export const objects = (value: unknown): Loose[] => (Array.isArray(value) ? value.map((item: unknown) => objectOr(item) ?? {}) : []);
export const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item: unknown): item is string => typeof item === 'string') : []);
export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
