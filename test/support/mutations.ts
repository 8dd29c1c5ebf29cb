/**
 * Random edits of a valid configuration, for property tests: pick any place in the JSON, then
 * delete it, replace it, add a key next to it, or duplicate a list item. Keys may be hostile
 * (`__proto__`, `constructor`, `prototype`); they are always set as own properties, as
 * `JSON.parse` would.
 */
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonPath = readonly (string | number)[];

export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'] as const;

export type Mutation =
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'replace'; readonly at: number; readonly value: Json }
  | { readonly kind: 'add-key'; readonly at: number; readonly key: string; readonly value: Json }
  | { readonly kind: 'duplicate-item'; readonly at: number };

/** Every path in `value`, the root first, in document order. */
export function pathsOf(value: unknown, path: JsonPath = []): JsonPath[] {
  const paths: JsonPath[] = [path];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
  return paths;
}

/** A mutated deep copy; `at` picks a path modulo the number of paths. The input is never changed. */
export function mutate(document: unknown, mutation: Mutation): unknown {
  if (document === undefined) return mutation.kind === 'replace' ? mutation.value : undefined;
  const copy = JSON.parse(JSON.stringify(document)) as Json;
  const paths = pathsOf(copy);
  const path = paths[mutation.at % paths.length] as JsonPath;
  const parentPath = path.slice(0, -1);
  const last = path.at(-1);
  const target = get(copy, path);
  const parent = path.length === 0 ? undefined : get(copy, parentPath);
  switch (mutation.kind) {
    case 'delete':
      if (parent === undefined) return undefined;
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete (parent as Record<string, Json>)[last as string];
      return copy;
    case 'replace':
      if (parent === undefined) return mutation.value;
      define(parent, last as string | number, mutation.value);
      return copy;
    case 'add-key': {
      const holder = typeof target === 'object' && target !== null && !Array.isArray(target) ? target : parent;
      if (typeof holder === 'object' && holder !== null && !Array.isArray(holder)) define(holder, mutation.key, mutation.value);
      return copy;
    }
    case 'duplicate-item':
      if (Array.isArray(parent)) parent.splice(last as number, 0, JSON.parse(JSON.stringify(target)) as Json);
      else if (Array.isArray(target) && target.length > 0) target.push(JSON.parse(JSON.stringify(target[0])) as Json);
      return copy;
  }
}

function get(value: Json, path: JsonPath): Json {
  let current = value;
  for (const key of path) current = (current as Record<string | number, Json>)[key] as Json;
  return current;
}

function define(holder: Json, key: string | number, value: Json): void {
  Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
}

const keyArbitrary = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.constantFrom('type', 'config', 'manual_check', 'name'), fc.string({ maxLength: 12 }));

/** A JSON value worth trying in a configuration: small, sometimes almost right. */
export const jsonValueArbitrary: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>('', ' ', 'NEVER', 'PASSPORT', 'GBR', 'https://example.com', 'http://example.com', '#FFFFFF', '2030-01-01T00:00:00Z', 0, 300, 301, 86400, -1, 0.5, 1.5, true, [], {}),
);

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: jsonValueArbitrary }),
  fc.record({ kind: fc.constant('add-key' as const), at: fc.nat(), key: keyArbitrary, value: jsonValueArbitrary }),
  fc.record({ kind: fc.constant('duplicate-item' as const), at: fc.nat() }),
);
