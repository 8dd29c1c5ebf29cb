import type { NON_EMPTY_LIST, POSITIVE_INTEGER, FRACTION } from '../messages.js';

/**
 * The compile-time error brand. A value of this type cannot be produced, so any argument or
 * call site that meets it fails to compile, and the compiler prints `Message` in its error.
 */
export interface ConfigError<Message extends string> {
  /** The rule that was broken, in plain words; shown by the compiler in its error. */
  readonly __sessionConfigError__: Message;
}

/**
 * A call that breaks a rule. The `this` parameter carries the message: calling it fails with
 * "The 'this' context ... is not assignable to ... ConfigError<Message>" on the offending line,
 * while the function stays assignable to its callable form (a target without `this` ignores
 * the source's), so every builder remains an `AnySessionConfigBuilder`.
 */
export type Blocked<Message extends string> = (this: ConfigError<Message>, ...args: unknown[]) => never;

/**
 * Checks a number literal: `unknown` (no constraint) for a valid or non-literal value, the error
 * brand otherwise. Used as `Value & PositiveInteger<Value, 'maxRetries'>` so inference still
 * sees `Value` and the message lands on the argument.
 */
export type PositiveInteger<Value extends number, Option extends string> = number extends Value
  ? unknown
  : `${Value}` extends `-${string}` | `${string}.${string}` | '0' | `${string}e${string}`
    ? ConfigError<`${Option} ${typeof POSITIVE_INTEGER}`>
    : unknown;

/** Like {@link PositiveInteger}, for values in [0, 1]. */
export type Fraction<Value extends number, Option extends string> = number extends Value
  ? unknown
  : `${Value}` extends '0' | '1' | `0.${string}` | `${string}e-${string}`
    ? `${Value}` extends `-${string}`
      ? ConfigError<`${Option} ${typeof FRACTION}`>
      : unknown
    : ConfigError<`${Option} ${typeof FRACTION}`>;

/** Rejects an empty tuple literal; a list typed as a plain array is left to the runtime check. */
export type NonEmpty<List extends readonly unknown[], Option extends string> = List extends readonly []
  ? ConfigError<`${Option} ${typeof NON_EMPTY_LIST}`>
  : unknown;

/** Rejects the empty string literal. */
export type NonEmptyString<Value extends string, Option extends string> = Value extends ''
  ? ConfigError<`${Option} must not be empty`>
  : unknown;
