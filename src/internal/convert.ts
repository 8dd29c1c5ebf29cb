import { compiledOncePerSchema, schemaOfField, type Field, type ObjectSchema, type Schema } from '../schema/language.js';
import { isPlainObject } from './issue.js';
import { optionKeyOf, wireKeyOf } from './option-keys.js';

/**
 * Copies builder options into wire shape, renaming camelCase keys to the schema's snake_case
 * keys. It validates nothing: values keep whatever they are, and a key the schema does not know
 * is kept (in snake_case) so the parse at the terminal reports it instead of dropping it.
 * Copying here is what keeps a builder immune to later changes of the caller's objects.
 */
export function toWire(schema: Schema, value: unknown): unknown {
  return converterFor(schema)(value);
}

type Converter = (value: unknown) => unknown;

/** Compiled once per schema, like the parsers: every option object of every call goes through here. */
const converterFor = compiledOncePerSchema(compile);

/** Objects, arrays and records are copied; anything else is kept as it is for the parse to judge. */
function compile(schema: Schema): Converter {
  switch (schema.kind) {
    case 'array': {
      const convertItem = converterFor(schema.items);
      return (value) => (Array.isArray(value) ? value.map((item) => convertItem(item)) : copyUnknown(value));
    }
    case 'object': {
      const convertFields = compileObject(schema);
      return (value) => (isPlainObject(value) ? convertFields(value) : copyUnknown(value));
    }
    case 'tagged': {
      const variants = new Map<unknown, (value: Record<string, unknown>) => Record<string, unknown>>(
        Object.entries(schema.variants).map(([tag, variant]) => [tag, compileObject(variant)]),
      );
      return (value) => {
        if (!isPlainObject(value)) return copyUnknown(value);
        return (variants.get(value[schema.tag]) ?? copyUnknownObject)(value);
      };
    }
    case 'record': {
      const convertValue = converterFor(schema.values);
      return (value) => {
        if (!isPlainObject(value)) return copyUnknown(value);
        const copy: Record<string, unknown> = {};
        for (const key of Object.keys(value)) setOwn(copy, key, convertValue(value[key]));
        return copy;
      };
    }
    case 'nullable': {
      const convertInner = converterFor(schema.schema);
      return (value) => (value === null ? null : convertInner(value));
    }
    // JSON values are data, not options: their keys are sent as written, never renamed.
    case 'json':
      return (value) => copyJson(value, 0);
    default:
      return copyUnknown;
  }
}

function copyJson(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => copyJson(item, depth + 1));
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(copy, key, copyJson(value[key], depth + 1));
  return copy;
}

function compileObject(schema: ObjectSchema): (value: Record<string, unknown>) => Record<string, unknown> {
  const wireKeys = Object.keys(schema.fields);
  // Option key → wire key and converter, for every field: `manualCheck` → `manual_check`.
  const optionKeys = wireKeys.map(optionKeyOf);
  const convertersOfFields = wireKeys.map((wireKey) => {
    const field = schema.fields[wireKey] as Field;
    return converterFor(schemaOfField(field));
  });
  const known = new Set(optionKeys);
  /** Keys the schema does not know, kept under their snake_case name for the terminal to report. */
  const copyUnknownKeys = (value: Record<string, unknown>, copy: Record<string, unknown>) => {
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (item !== undefined && !known.has(key)) setOwn(copy, wireKeyOf(key), copyUnknown(item));
    }
  };
  // Only values that are not plainly valid come here (valid ones are copied by their entry check), so a plain walk is fast enough.
  return (value) => {
    const copy: Record<string, unknown> = {};
    optionKeys.forEach((optionKey, index) => {
      const item = value[optionKey];
      // A schema key is never "__proto__", so plain assignment (several times faster) is safe there.
      if (item !== undefined && Object.hasOwn(value, optionKey)) copy[wireKeys[index] as string] = (convertersOfFields[index] as Converter)(item);
    });
    copyUnknownKeys(value, copy);
    return copy;
  };
}

/** A value under a key no schema describes: still copied, so later changes of the caller's object cannot leak in. */
function copyUnknown(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => copyUnknown(item, depth + 1));
  if (!isPlainObject(value)) return value;
  return copyUnknownObject(value, depth);
}

function copyUnknownObject(value: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item !== undefined) setOwn(copy, wireKeyOf(key), copyUnknown(item, depth + 1));
  }
  return copy;
}

/**
 * Unknown values are reported by the parse, which never looks deeper than the schema; past this
 * depth a cyclic or absurdly nested option is kept by reference instead of overflowing the stack.
 */
const MAX_DEPTH = 32;

/** defineProperty, not assignment: a key named "__proto__" must stay an ordinary key. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
