import type { ObjectSchema, Schema } from './schema-dsl.js';
import { isPlainObject } from './parse.js';

/**
 * Copies builder options into wire shape, renaming camelCase keys to the schema's snake_case
 * keys. It validates nothing: values keep whatever they are, and a key the schema does not know
 * is kept (in snake_case) so the parse at the terminal reports it instead of dropping it.
 * Copying here is what keeps a builder immune to later changes of the caller's objects.
 */
export function toWire(schema: Schema, value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items = schema.kind === 'array' ? schema.items : schema;
    return value.map((item) => toWire(items, item));
  }
  if (!isPlainObject(value)) return value;
  switch (schema.kind) {
    case 'object':
      return convertObject(schema, value);
    case 'tagged': {
      const tag = value[schema.tag];
      const variant = typeof tag === 'string' && Object.hasOwn(schema.variants, tag) ? schema.variants[tag] : undefined;
      return convertObject(variant, value);
    }
    case 'record': {
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        Object.defineProperty(copy, key, { value: toWire(schema.values, value[key]), enumerable: true, writable: true, configurable: true });
      }
      return copy;
    }
    default:
      return convertObject(undefined, value);
  }
}

function convertObject(schema: ObjectSchema | undefined, value: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined) continue;
    const wireKey = snakeCase(key);
    const field = schema !== undefined && Object.hasOwn(schema.fields, wireKey) ? schema.fields[wireKey] : undefined;
    if (field === undefined) {
      // A key the schema does not know: defineProperty, so that "__proto__" stays an ordinary key.
      Object.defineProperty(copy, wireKey, { value: toWire(UNKNOWN, item), enumerable: true, writable: true, configurable: true });
    } else {
      // A schema key is never "__proto__"; plain assignment is several times faster than defineProperty.
      copy[wireKey] = toWire(field.kind === 'optional' ? field.schema : field, item);
    }
  }
  return copy;
}

const UNKNOWN: Schema = { kind: 'object', fields: {} };
const snakeCache = new Map<string, string>();

/** `manualCheck` → `manual_check`; keys that are already snake or UPPER_SNAKE pass through. */
export function snakeCase(key: string): string {
  let snake = snakeCache.get(key);
  if (snake === undefined) {
    snake = /^[A-Z0-9_]+$/.test(key) ? key : key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    if (snakeCache.size < 512) snakeCache.set(key, snake);
  }
  return snake;
}
