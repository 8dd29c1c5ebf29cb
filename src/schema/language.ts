/**
 * A deliberately tiny schema language for the wire format. One description per JSON shape
 * drives runtime parsing (validate + copy in one pass), option conversion from camelCase, the
 * JSON Schema and the docs tables; the wire types are inferred from it, so a JSON key is spelt
 * in exactly one place.
 */

import type { JsonValue } from '../types/json.js';

/** Formats that a plain `string` cannot express; each is checked by the parser. */
export type StringFormat =
  | 'https-url'
  | 'url'
  /** An absolute http(s) URL, or a path (`/success`, `./done`) the page hosting the SDK resolves. */
  | 'url-reference'
  | 'date-time'
  | 'hex-colour'
  | 'locale'
  | 'upper-snake'
  | 'non-blank';

export interface StringSchema {
  readonly kind: 'string';
  readonly format?: StringFormat | undefined;
  /** Values of secret fields are never echoed in messages. */
  readonly secret?: boolean | undefined;
  /**
   * An open set: the values offered in types and docs while any well-formed value is accepted.
   * A value outside them is an advisory in JSON, and an error from the builder unless it is
   * declared with `unlisted()`; both name the closest known value.
   */
  readonly known?: readonly string[] | undefined;
}

export interface IntegerSchema {
  readonly kind: 'integer';
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

export interface NumberSchema {
  readonly kind: 'number';
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

export interface BooleanSchema {
  readonly kind: 'boolean';
}

export interface EnumSchema<Value extends string = string> {
  readonly kind: 'enum';
  readonly values: readonly Value[];
  /** Says why another value is wrong where "expected one of" is not enough. */
  readonly message?: string | undefined;
  /** Values match in any case and are kept as written (Yoti's docs write topics in lower case). */
  readonly caseInsensitive?: boolean | undefined;
  /** Says what was meant by a rejected value, where the closest known value is not the best hint. */
  readonly suggest?: ((value: string) => string | undefined) | undefined;
}

export interface ArraySchema<Item extends Schema = Schema> {
  readonly kind: 'array';
  readonly items: Item;
  readonly minItems?: number | undefined;
}

export interface OptionalField<Inner extends Schema = Schema> {
  readonly kind: 'optional';
  readonly schema: Inner;
}

export type Field = Schema | OptionalField;
export type Fields = { readonly [key: string]: Field };

export interface ObjectSchema<Shape extends Fields = Fields> {
  readonly kind: 'object';
  readonly fields: Shape;
}

export interface RecordSchema<Key extends Schema = Schema, Value extends Schema = Schema> {
  readonly kind: 'record';
  readonly keys: Key;
  readonly values: Value;
}

export interface TaggedSchema<
  Tag extends string = string,
  Variants extends { readonly [value: string]: ObjectSchema } = { readonly [value: string]: ObjectSchema },
> {
  readonly kind: 'tagged';
  readonly tag: Tag;
  readonly variants: Variants;
}

/** Any JSON value (objects, arrays, strings, finite numbers, booleans, null), copied as written. */
export interface JsonSchemaNode {
  readonly kind: 'json';
}

/** `null`, or a value of the inner schema: an official SDK sends `null` for an unset list. */
export interface NullableSchema<Inner extends Schema = Schema> {
  readonly kind: 'nullable';
  readonly schema: Inner;
}

/** A key the API has no use for in this place; its message says what to do instead. */
export interface ForbiddenSchema {
  readonly kind: 'forbidden';
  readonly message: string;
}

export type Schema =
  | StringSchema
  | IntegerSchema
  | NumberSchema
  | BooleanSchema
  | EnumSchema
  | ArraySchema
  | ObjectSchema
  | RecordSchema
  | TaggedSchema
  | JsonSchemaNode
  | NullableSchema
  | ForbiddenSchema;

export const string = (options: Omit<StringSchema, 'kind'> = {}): StringSchema => ({ kind: 'string', ...options });
export const integer = (options: Omit<IntegerSchema, 'kind'> = {}): IntegerSchema => ({ kind: 'integer', ...options });
export const number = (options: Omit<NumberSchema, 'kind'> = {}): NumberSchema => ({ kind: 'number', ...options });
export const boolean = (): BooleanSchema => ({ kind: 'boolean' });
export const oneOf = <const Value extends string>(
  values: readonly Value[],
  message?: string,
  options: Pick<EnumSchema, 'caseInsensitive' | 'suggest'> = {},
): EnumSchema<Value> => ({
  kind: 'enum',
  values,
  message,
  ...options,
});
export const list = <Item extends Schema>(items: Item, options: Omit<ArraySchema, 'kind' | 'items'> = {}): ArraySchema<Item> => ({
  kind: 'array',
  items,
  ...options,
});
export const optional = <Inner extends Schema>(schema: Inner): OptionalField<Inner> => ({ kind: 'optional', schema });
export const object = <const Shape extends Fields>(fields: Shape): ObjectSchema<Shape> => ({ kind: 'object', fields });
export const record = <Key extends Schema, Value extends Schema>(keys: Key, values: Value): RecordSchema<Key, Value> => ({
  kind: 'record',
  keys,
  values,
});
export const tagged = <const Tag extends string, const Variants extends { readonly [value: string]: ObjectSchema }>(
  tag: Tag,
  variants: Variants,
): TaggedSchema<Tag, Variants> => ({ kind: 'tagged', tag, variants });
export const json = (): JsonSchemaNode => ({ kind: 'json' });
export const nullable = <Inner extends Schema>(schema: Inner): NullableSchema<Inner> => ({ kind: 'nullable', schema });
export const forbidden = (message: string): ForbiddenSchema => ({ kind: 'forbidden', message });

/** The schema of a field: an optional field's inner schema, any other field itself. */
export function schemaOfField(field: Field): Schema {
  return field.kind === 'optional' ? field.schema : field;
}

/** Whether values of `schema` are single JSON values (no object, array or nullable around them). */
export function isScalar(schema: Schema): boolean {
  return schema.kind === 'string' || schema.kind === 'integer' || schema.kind === 'number' || schema.kind === 'boolean' || schema.kind === 'enum';
}

/**
 * Memoises a compiler of schemas: each schema object is compiled on first use and the result
 * reused, so the work of interpreting a schema is paid once per process, not once per value.
 */
export function compiledOncePerSchema<Compiled>(compile: (schema: Schema) => Compiled): (schema: Schema) => Compiled {
  const compiled = new WeakMap<Schema, Compiled>();
  return (schema) => {
    let result = compiled.get(schema);
    if (result === undefined) {
      result = compile(schema);
      compiled.set(schema, result);
    }
    return result;
  };
}

// ---------------------------------------------------------------------------------------------
// Type inference. Lookups on `kind` instead of a chain of `extends` tests keep this cheap: each
// schema is inferred once and cached by the compiler.

type Simplify<Shape> = { [Key in keyof Shape]: Shape[Key] } & {};

type RequiredKeys<Shape extends Fields> = {
  [Key in keyof Shape]: Shape[Key] extends OptionalField | ForbiddenSchema ? never : Key;
}[keyof Shape];
type OptionalKeys<Shape extends Fields> = {
  [Key in keyof Shape]: Shape[Key] extends OptionalField ? Key : never;
}[keyof Shape];

export type InferObject<Shape extends Fields> = Simplify<
  { -readonly [Key in RequiredKeys<Shape>]: Infer<Shape[Key]> } & {
    -readonly [Key in OptionalKeys<Shape>]?: Shape[Key] extends OptionalField<infer Inner> ? Infer<Inner> : never;
  }
>;

type InferTagged<Tag extends string, Variants extends { readonly [value: string]: ObjectSchema }> = {
  [Value in keyof Variants & string]: Simplify<{ -readonly [Key in Tag]: Value } & InferObject<Variants[Value]['fields']>>;
}[keyof Variants & string];

export type Infer<Described> = Described extends OptionalField<infer Inner>
  ? Infer<Inner>
  : Described extends NullableSchema<infer Inner>
    ? Infer<Inner> | null
  : Described extends EnumSchema<infer Value>
    ? Value
    : Described extends ArraySchema<infer Item>
      ? Infer<Item>[]
      : Described extends ObjectSchema<infer Shape>
        ? InferObject<Shape>
        : Described extends TaggedSchema<infer Tag, infer Variants>
          ? InferTagged<Tag, Variants>
          : Described extends RecordSchema<Schema, infer Value>
            ? { [key: string]: Infer<Value> }
            : Described extends { readonly kind: infer Kind extends keyof Primitives }
              ? Primitives[Kind]
              : never;

interface Primitives {
  string: string;
  integer: number;
  number: number;
  boolean: boolean;
  json: JsonValue;
  forbidden: never;
}
