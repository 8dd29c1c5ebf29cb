/**
 * A small JSON Schema (draft 2020-12) evaluator for exactly the keywords the generated schema
 * uses. Any other keyword throws, so the generator cannot start emitting something these tests
 * do not evaluate. `format` is an annotation in 2020-12 and asserts nothing here, as in a
 * default validator. Instances are JSON values (what `JSON.parse` returns).
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type SchemaObject = { readonly [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'examples', 'format', '$defs']);
const ASSERTIONS = new Set([
  '$ref',
  'type',
  'enum',
  'const',
  'pattern',
  'minimum',
  'maximum',
  'minItems',
  'uniqueItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'oneOf',
  'anyOf',
  'not',
]);

/** True when `instance` is valid against `root`. `$ref` resolves `#/$defs/<name>` of `root` only. */
export function isValidAgainst(root: unknown, instance: unknown): boolean {
  return evaluate(root, instance as Json, root as SchemaObject);
}

function evaluate(schema: unknown, instance: Json, root: SchemaObject): boolean {
  if (schema === true) return true;
  if (schema === false) return false;
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) throw new TypeError(`not a schema: ${JSON.stringify(schema)}`);
  const keywords = schema as SchemaObject;
  for (const keyword of Object.keys(keywords)) {
    if (!ANNOTATIONS.has(keyword) && !ASSERTIONS.has(keyword)) throw new Error(`the evaluator does not know the keyword ${keyword}`);
  }
  return Object.keys(keywords).every((keyword) => ANNOTATIONS.has(keyword) || assert(keyword, keywords, instance, root));
}

function assert(keyword: string, schema: SchemaObject, instance: Json, root: SchemaObject): boolean {
  const value = schema[keyword];
  switch (keyword) {
    case '$ref':
      return evaluate(resolveRef(String(value), root), instance, root);
    case 'type':
      return typeMatches(String(value), instance);
    case 'enum':
      return (value as Json[]).some((candidate) => jsonEqual(candidate, instance));
    case 'const':
      return jsonEqual(value as Json, instance);
    case 'pattern':
      return typeof instance !== 'string' || new RegExp(String(value), 'u').test(instance);
    case 'minimum':
      return typeof instance !== 'number' || instance >= Number(value);
    case 'maximum':
      return typeof instance !== 'number' || instance <= Number(value);
    case 'minItems':
      return !Array.isArray(instance) || instance.length >= Number(value);
    case 'uniqueItems':
      return !Array.isArray(instance) || value !== true || instance.every((item, index) => instance.findIndex((other) => jsonEqual(other, item)) === index);
    case 'items':
      return !Array.isArray(instance) || instance.every((item) => evaluate(value, item, root));
    case 'properties':
      return !isObject(instance) || Object.entries(value as SchemaObject).every(([key, sub]) => !Object.hasOwn(instance, key) || evaluate(sub, instance[key] as Json, root));
    case 'required':
      return !isObject(instance) || (value as string[]).every((key) => Object.hasOwn(instance, key));
    case 'additionalProperties': {
      if (!isObject(instance)) return true;
      const declared = (schema['properties'] ?? {}) as SchemaObject;
      return Object.keys(instance).every((key) => Object.hasOwn(declared, key) || evaluate(value, instance[key] as Json, root));
    }
    case 'propertyNames':
      return !isObject(instance) || Object.keys(instance).every((key) => evaluate(value, key, root));
    case 'oneOf':
      return (value as unknown[]).filter((sub) => evaluate(sub, instance, root)).length === 1;
    case 'anyOf':
      return (value as unknown[]).some((sub) => evaluate(sub, instance, root));
    case 'not':
      return !evaluate(value, instance, root);
    default:
      throw new Error(`unhandled keyword ${keyword}`);
  }
}

function resolveRef(ref: string, root: SchemaObject): unknown {
  const name = /^#\/\$defs\/([^/]+)$/.exec(ref)?.[1];
  const definitions = root['$defs'] as SchemaObject | undefined;
  if (name === undefined || definitions === undefined || !Object.hasOwn(definitions, name)) throw new Error(`unresolvable $ref ${ref}`);
  return definitions[name];
}

function typeMatches(type: string, instance: Json): boolean {
  switch (type) {
    case 'null':
      return instance === null;
    case 'boolean':
      return typeof instance === 'boolean';
    case 'string':
      return typeof instance === 'string';
    case 'number':
      return typeof instance === 'number' && Number.isFinite(instance);
    case 'integer':
      return typeof instance === 'number' && Number.isInteger(instance);
    case 'array':
      return Array.isArray(instance);
    case 'object':
      return isObject(instance);
    default:
      throw new Error(`unknown type ${type}`);
  }
}

function isObject(instance: Json): instance is { [key: string]: Json } {
  return typeof instance === 'object' && instance !== null && !Array.isArray(instance);
}

/** JSON equality: same type, same value; objects regardless of key order. */
export function jsonEqual(left: Json, right: Json): boolean {
  if (left === right) return true;
  if (Array.isArray(left)) return Array.isArray(right) && left.length === right.length && left.every((item, index) => jsonEqual(item, right[index] as Json));
  if (isObject(left) && isObject(right)) {
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key] as Json, right[key] as Json));
  }
  return false;
}
