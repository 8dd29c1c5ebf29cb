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
 * A member that breaks a rule: not a function at all, so calling it fails with "This expression
 * is not callable. Type 'ConfigError<Message>' has no call signatures" on the member's name, the
 * call's own line. The call's result is an error type, so nothing cascades onto later calls.
 * Builders stay assignable to `AnySessionConfigBuilder` because the builder declares its variance
 * (see `SessionConfigBuilder`) instead of being compared member by member.
 */
export type Blocked<Message extends string> = ConfigError<Message>;

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

/**
 * Like {@link PositiveInteger}, and a whole number below `Minimum` fails with `Message`. The
 * digits are compared as strings (length first, then digit by digit): no tuple of `Minimum`
 * elements is built, so a minimum of 86400 costs what a minimum of 1 does.
 */
export type AtLeast<Value extends number, Minimum extends number, Option extends string, Message extends string> = number extends Value
  ? unknown
  : `${Value}` extends `-${string}` | `${string}.${string}` | '0' | `${string}e${string}`
    ? ConfigError<`${Option} ${typeof POSITIVE_INTEGER}`>
    : DigitsBelow<`${Value}`, `${Minimum}`> extends true
      ? ConfigError<Message>
      : unknown;

type CompareLength<A extends string, B extends string> = A extends `${string}${infer RestA}`
  ? B extends `${string}${infer RestB}`
    ? CompareLength<RestA, RestB>
    : 'longer'
  : B extends ''
    ? 'same'
    : 'shorter';

/** For digit strings of one length: is the first differing digit of `A` the smaller one? */
type SameLengthBelow<A extends string, B extends string> = A extends `${infer DigitA}${infer RestA}`
  ? B extends `${infer DigitB}${infer RestB}`
    ? DigitA extends DigitB
      ? SameLengthBelow<RestA, RestB>
      : '0123456789' extends `${string}${DigitA}${string}${DigitB}${string}`
        ? true
        : false
    : false
  : false;

type DigitsBelow<A extends string, B extends string> =
  CompareLength<A, B> extends 'shorter' ? true : CompareLength<A, B> extends 'longer' ? false : SameLengthBelow<A, B>;

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
