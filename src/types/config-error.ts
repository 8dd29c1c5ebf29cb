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
 * Like {@link PositiveInteger}, and a whole number below `Minimum` fails with `Message`. Per call
 * this costs one pattern match (is the literal shorter, as long, or longer than the minimum?) and,
 * at equal length, one look-up in a union of patterns built once per minimum; no tuple of
 * `Minimum` elements and no digit-by-digit recursion per literal.
 */
export type AtLeast<Value extends number, Minimum extends number, Option extends string, Message extends string> = number extends Value
  ? unknown
  : `${Value}` extends `-${string}` | `${string}.${string}` | '0' | `${string}e${string}`
    ? ConfigError<`${Option} ${typeof POSITIVE_INTEGER}`>
    : [CharactersAfter<`${Value}`, DigitCount<`${Minimum}`>>] extends [never]
      ? ConfigError<Message>
      : CharactersAfter<`${Value}`, DigitCount<`${Minimum}`>> extends ''
        ? `${Value}` extends SameLengthBelow<`${Minimum}`>
          ? ConfigError<Message>
          : unknown
        : unknown;

/** The digits smaller than each digit. */
interface SmallerDigit {
  '0': never;
  '1': '0';
  '2': '0' | '1';
  '3': '0' | '1' | '2';
  '4': '0' | '1' | '2' | '3';
  '5': '0' | '1' | '2' | '3' | '4';
  '6': '0' | '1' | '2' | '3' | '4' | '5';
  '7': '0' | '1' | '2' | '3' | '4' | '5' | '6';
  '8': '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7';
  '9': '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8';
}

/**
 * Patterns matching the digit strings as long as `Minimum` and below it: an equal prefix, then a
 * smaller digit, then anything. Built once per minimum.
 */
type SameLengthBelow<Minimum extends string, Prefix extends string = ''> = Minimum extends `${infer Digit extends keyof SmallerDigit}${infer Rest}`
  ? `${Prefix}${SmallerDigit[Digit]}${string}` | SameLengthBelow<Rest, `${Prefix}${Digit}`>
  : never;

type DigitCount<Digits extends string, Counted extends unknown[] = []> = Digits extends `${string}${infer Rest}`
  ? DigitCount<Rest, [...Counted, unknown]>
  : Counted['length'];

/**
 * What follows the first `Count` characters (`''` when there are exactly `Count`), or `never`
 * when there are fewer. Each `infer` but the last takes one character.
 */
type CharactersAfter<Text extends string, Count extends number> = Count extends 1
  ? Text extends `${string}${infer Rest}` ? Rest : never
  : Count extends 2
    ? Text extends `${infer _1}${infer _2}${infer Rest}` ? Rest : never
    : Count extends 3
      ? Text extends `${infer _1}${infer _2}${infer _3}${infer Rest}` ? Rest : never
      : Count extends 4
        ? Text extends `${infer _1}${infer _2}${infer _3}${infer _4}${infer Rest}` ? Rest : never
        : Count extends 5
          ? Text extends `${infer _1}${infer _2}${infer _3}${infer _4}${infer _5}${infer Rest}` ? Rest : never
          : Text extends `${infer _1}${infer _2}${infer _3}${infer _4}${infer _5}${infer _6}${infer Rest}` ? Rest : never;

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
