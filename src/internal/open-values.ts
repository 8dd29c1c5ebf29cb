/**
 * Finds the values of open sets (`string({ known })`) that are not among the known ones. One
 * walk serves both verdicts on them: an advisory when JSON holds one, and an error when a
 * builder call passed one without `unlisted()`. It reads only well-formed parts of the value,
 * so it never repeats what the parse reports.
 */
import { compiledOncePerSchema, type Field, type Schema } from '../schema/language.js';
import { isPlainObject } from './issue.js';
import { FORMAT_PATTERNS } from './parse.js';

/** Called for each unknown value, with its path (a fresh array) and the set's known values. */
export type UnknownValueVisitor = (path: (string | number)[], value: string, known: readonly string[]) => void;

type Walker = (value: unknown, path: (string | number)[], visit: UnknownValueVisitor) => void;

/**
 * Visits every unknown open-set value in `value`, read as `schema`, in JSON order. `path` is
 * where `value` sits; it is used as a stack and left as it was given.
 */
export function forEachUnknownValue(schema: Schema, value: unknown, path: (string | number)[], visit: UnknownValueVisitor): void {
  walkerFor(schema)?.(value, path, visit);
}

/** `null` (cached, unlike `undefined`) for a schema with no open set anywhere inside: most checks, so the walk skips them. */
const walkerFor = compiledOncePerSchema(compile);

function compile(schema: Schema): Walker | null {
  switch (schema.kind) {
    case 'string': {
      const { known } = schema;
      if (known === undefined) return null;
      const set = new Set(known);
      // A value the parse refuses for its format (`rtw` for UPPER_SNAKE_CASE) is that error alone.
      const pattern = schema.format === undefined ? undefined : FORMAT_PATTERNS[schema.format];
      return (value, path, visit) => {
        if (typeof value === 'string' && !set.has(value) && (pattern === undefined || pattern.test(value))) visit(path.slice(), value, known);
      };
    }
    case 'nullable':
      return walkerFor(schema.schema);
    case 'array': {
      const item = walkerFor(schema.items);
      if (item === null) return null;
      return (value, path, visit) => {
        if (!Array.isArray(value)) return;
        for (let index = 0; index < value.length; index++) {
          path.push(index);
          item(value[index], path, visit);
          path.pop();
        }
      };
    }
    case 'object':
      return compileFields(schema.fields);
    case 'tagged': {
      const variants = new Map<unknown, Walker>();
      for (const [tag, variant] of Object.entries(schema.variants)) {
        const walker = compileFields(variant.fields);
        if (walker !== null) variants.set(tag, walker);
      }
      if (variants.size === 0) return null;
      return (value, path, visit) => {
        if (isPlainObject(value)) variants.get(value[schema.tag])?.(value, path, visit);
      };
    }
    case 'record': {
      const keys = walkerFor(schema.keys);
      const values = walkerFor(schema.values);
      if (keys === null && values === null) return null;
      return (value, path, visit) => {
        if (!isPlainObject(value)) return;
        for (const key of Object.keys(value)) {
          path.push(key);
          keys?.(key, path, visit);
          values?.(value[key], path, visit);
          path.pop();
        }
      };
    }
    default:
      return null;
  }
}

function compileFields(fields: Readonly<Record<string, Field>>): Walker | null {
  const keys: string[] = [];
  const walkers: Walker[] = [];
  for (const [key, field] of Object.entries(fields)) {
    const walker = walkerFor(field.kind === 'optional' ? field.schema : field);
    if (walker !== null) {
      keys.push(key);
      walkers.push(walker);
    }
  }
  if (walkers.length === 0) return null;
  const count = keys.length;
  // Runs on every toJSON(): plain indexed loops, and most optional keys are absent.
  return (value, path, visit) => {
    if (!isPlainObject(value)) return;
    for (let index = 0; index < count; index++) {
      const key = keys[index] as string;
      const item = value[key];
      if (item === undefined || !Object.hasOwn(value, key)) continue;
      path.push(key);
      (walkers[index] as Walker)(item, path, visit);
      path.pop();
    }
  };
}
