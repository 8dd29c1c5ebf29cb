/**
 * The Standard Schema v1 interface (https://standardschema.dev), written out here rather than
 * imported: the spec asks implementers to copy it, and a type-only copy costs users nothing.
 */
import type { SessionConfigEnvelope } from './schema/payload.js';
import { validateSessionConfig } from './validate.js';

/**
 * The Standard Schema v1 interface: any library that accepts a Standard Schema (form
 * libraries, tRPC, Hono validators, ...) accepts {@link sessionConfigSchema}.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}

/** The parts of {@link StandardSchemaV1}, as the spec names them. */
export declare namespace StandardSchemaV1 {
  /** The Standard Schema properties. */
  export interface Props<Input = unknown, Output = Input> {
    /** The version of the standard. */
    readonly version: 1;
    /** The library that implements the schema. */
    readonly vendor: string;
    /** Validates an unknown value. */
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    /** The input and output types, for inference only: absent at run time. */
    readonly types?: Types<Input, Output> | undefined;
  }

  /** The result of `validate`. */
  export type Result<Output> = SuccessResult<Output> | FailureResult;

  /** A valid value. */
  export interface SuccessResult<Output> {
    /** The validated value. */
    readonly value: Output;
    /** Absent on success. */
    readonly issues?: undefined;
  }

  /** An invalid value: at least one issue. */
  export interface FailureResult {
    /** Every problem found. */
    readonly issues: ReadonlyArray<Issue>;
  }

  /** One problem. */
  export interface Issue {
    /** What is wrong and what was expected. */
    readonly message: string;
    /** Where the problem is. */
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }

  /** A path segment in object form. */
  export interface PathSegment {
    /** The key of the segment. */
    readonly key: PropertyKey;
  }

  /** The types a schema carries, for inference. */
  export interface Types<Input = unknown, Output = Input> {
    /** What the schema accepts. */
    readonly input: Input;
    /** What the schema returns. */
    readonly output: Output;
  }

  /** The input type of a Standard Schema. */
  export type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['input'];

  /** The output type of a Standard Schema. */
  export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['output'];
}

/**
 * The envelope (`{ name, is_private, session_config }`) as a Standard Schema v1 object, for any
 * library that validates with one. It runs {@link validateSessionConfig}: every error-level rule,
 * the same messages, synchronously, and never throws. Each issue keeps its `code` next to the
 * standard `message` and `path`. On success, `value` is a fresh copy in canonical key order.
 *
 * @example
 * ```ts
 * const result = sessionConfigSchema['~standard'].validate(JSON.parse(text));
 * if (result instanceof Promise) throw new TypeError('never: validation is synchronous');
 * if (result.issues) for (const issue of result.issues) console.error(issue.message);
 * else console.log(result.value.name);
 * ```
 */
export const sessionConfigSchema: StandardSchemaV1<SessionConfigEnvelope, SessionConfigEnvelope> = Object.freeze({
  '~standard': Object.freeze({
    version: 1,
    vendor: 'yoti-session-config',
    validate(value: unknown): StandardSchemaV1.Result<SessionConfigEnvelope> {
      const result = validateSessionConfig(value);
      return result.ok ? { value: result.value } : { issues: result.issues };
    },
  }),
});
