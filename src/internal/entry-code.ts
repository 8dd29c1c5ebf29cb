/**
 * The check a builder call makes on its value, as straight-line code generated from the schema:
 * one function per object, constant keys, small enums as comparisons, and no paths, issue lists
 * or messages, because it only decides whether a value is plainly valid and copies it. It must
 * never accept what the parse would report (`test/entry-code.test.ts` holds the two to the same
 * verdicts); when in doubt it answers `NOT_PLAIN`, which costs only speed: the caller then keeps
 * the raw value and the terminal's full parse reports on it with every message.
 *
 * Where code cannot be generated (a Content Security Policy without `unsafe-eval`, edge
 * runtimes), the parse itself makes the same decision, more slowly (`plainCopier` in parse.ts).
 */
import { schemaOfField, type Field, type ObjectSchema, type Schema, type TaggedSchema } from '../schema/language.js';
import { isPlainObject } from './issue.js';
import { optionKeyOf } from './option-keys.js';
import { canGenerateCode, FORMATS, listItemsOfLastCopy, MAX_LIST_ITEMS, MAX_STRING_LENGTH, NOT_PLAIN, plainCopier, type Reading } from './parse.js';

/** Validates and copies one value; reports how many list items the last value held. */
export interface PlainCopier {
  copy(value: unknown): unknown;
  items(): number;
}

/** Values a method sends for options left out, by option name. */
export type Defaults = Readonly<Record<string, unknown>>;

/**
 * Generated code where the runtime allows it, the parse's own walk elsewhere. `defaults` fill
 * the options of the value's own object that are left out (`undefined`), before the check.
 */
export function compilePlainCopier(schema: Schema, reading: Reading, defaults: Defaults = {}): PlainCopier {
  if (canGenerateCode()) return generate(schema, reading, defaults);
  const copy = plainCopier(schema, reading);
  const optionKeys = Object.keys(defaults);
  if (optionKeys.length === 0) return { copy, items: listItemsOfLastCopy };
  return { copy: (value) => copy(withDefaults(value, optionKeys, defaults)), items: listItemsOfLastCopy };
}

/** The options with the defaults in place of what is left out; the options themselves when nothing is. */
function withDefaults(value: unknown, optionKeys: readonly string[], defaults: Defaults): unknown {
  // Anything but a plain object is left for the parse to refuse: spreading it would make it one.
  if (!isPlainObject(value) || optionKeys.every((key) => value[key] !== undefined)) return value;
  const prepared: Record<string, unknown> = { ...value };
  for (const key of optionKeys) prepared[key] ??= defaults[key];
  return prepared;
}

/** `isPlainObject` written out: the prototype decides, and only a null-prototype value can still be an array. */
const PLAIN_OBJECT_TEST = [
  '  if (typeof value !== "object" || value === null) return NP;',
  '  const prototype = getPrototypeOf(value);',
  '  if (prototype !== objectPrototype && (prototype !== null || Array.isArray(value))) return NP;',
].join('\n');

/** Enums this small are tested with `===`, faster than a `Set` lookup. */
const SMALL_ENUM = 6;

/** The generated copier alone, whether or not the runtime allows code generation: tests hold it to the parse. */
export function generate(schema: Schema, reading: Reading, defaults: Defaults = {}): PlainCopier {
  /** The value's own object: the defaults are its options. */
  const root = schema;
  const functions: string[] = [];
  const names = new Map<Schema, string>();
  /** Values the code refers to by name: format tests, sets, fallbacks. */
  const constants: unknown[] = [];
  const constant = (value: unknown) => `k${constants.push(value) - 1}`;
  let variables = 0;
  /** List items counted over one value, as the parse counts them against its bound. */
  const counter = { items: 0 };
  const variable = () => `v${variables++}`;
  const readKey = (wireKey: string) => JSON.stringify(reading === 'options' ? optionKeyOf(wireKey) : wireKey);

  /** Statements that check `source` against `schema` and leave its copy in `target`, or return NOT_PLAIN. */
  function check(schema: Schema, source: string, target: string): string {
    switch (schema.kind) {
      case 'string': {
        const lines = [`if (typeof ${source} !== "string" || ${source}.length > ${MAX_STRING_LENGTH}) return NP;`];
        const { format, known } = schema;
        // An unknown value of an open set needs `unlisted()`, which only the full path looks up;
        // a known value that has the format (they all do) needs no second test.
        if (known !== undefined) lines.push(`if (!${constant(new Set(known))}.has(${source})) return NP;`);
        if (format !== undefined && (known === undefined || !known.every((value) => FORMATS[format].test(value)))) {
          lines.push(`if (!${constant(FORMATS[format])}.test(${source})) return NP;`);
        }
        return `${lines.join(' ')} ${target} = ${source};`;
      }
      case 'integer':
      case 'number': {
        const tests = [`typeof ${source} !== "number"`, `!Number.isFinite(${source})`];
        if (schema.kind === 'integer') tests.push(`!Number.isInteger(${source})`);
        if (schema.min !== undefined) tests.push(`${source} < ${schema.min}`);
        if (schema.max !== undefined) tests.push(`${source} > ${schema.max}`);
        return `if (${tests.join(' || ')}) return NP; ${target} = ${source};`;
      }
      case 'boolean':
        return `if (typeof ${source} !== "boolean") return NP; ${target} = ${source};`;
      case 'enum': {
        // Any case is accepted for some enums; the parse decides those.
        if (schema.caseInsensitive === true) return fallback(schema, source, target);
        const known =
          schema.values.length <= SMALL_ENUM
            ? `(${schema.values.map((value) => `${source} === ${JSON.stringify(value)}`).join(' || ')})`
            : `${constant(new Set(schema.values))}.has(${source})`;
        return `if (!${known}) return NP; ${target} = ${source};`;
      }
      case 'nullable':
        return `if (${source} === null) ${target} = null; else { ${check(schema.schema, source, target)} }`;
      case 'array':
      case 'object':
      case 'tagged':
        return `${target} = ${functionFor(schema)}(${source}); if (${target} === NP) return NP;`;
      case 'forbidden':
        return 'return NP;';
      case 'record':
      case 'json':
        return fallback(schema, source, target);
    }
  }

  /** The parse's own decision for what is rare in options and costly to generate. */
  function fallback(schema: Schema, source: string, target: string): string {
    const copy = plainCopier(schema, reading);
    const counted = (value: unknown) => {
      const clean = copy(value);
      counter.items += listItemsOfLastCopy();
      return clean;
    };
    return `${target} = ${constant(counted)}(${source}); if (${target} === NP) return NP;`;
  }

  function functionFor(schema: Schema): string {
    const known = names.get(schema);
    if (known !== undefined) return known;
    const name = `f${names.size}`;
    names.set(schema, name);
    if (schema.kind === 'array') {
      const item = variable();
      functions.push(
        `function ${name}(value) {`,
        '  if (!Array.isArray(value)) return NP;',
        '  const length = value.length >>> 0;',
        `  if (length < ${schema.minItems ?? 0} || (counter.items += length) > ${MAX_LIST_ITEMS}) return NP;`,
        '  const copy = new Array(length);',
        `  for (let index = 0; index < length; index++) { const source = value[index]; let ${item}; ${check(schema.items, 'source', item)} copy[index] = ${item}; }`,
        '  return copy;',
        '}',
      );
    } else if (schema.kind === 'object') {
      functions.push(`function ${name}(value) {`, PLAIN_OBJECT_TEST, ...fields(schema, undefined, schema === root ? defaults : {}), '}');
    } else if (schema.kind === 'tagged') {
      functions.push(...tagged(name, schema));
    }
    return name;
  }

  function tagged(name: string, schema: TaggedSchema): string[] {
    const tag = JSON.stringify(schema.tag);
    const lines = [`function ${name}(value) {`, PLAIN_OBJECT_TEST, `  switch (hasOwn(value, ${tag}) ? value[${tag}] : undefined) {`];
    for (const [variantTag, variant] of Object.entries(schema.variants) as [string, ObjectSchema][]) {
      lines.push(`    case ${JSON.stringify(variantTag)}: {`, ...fields(variant, schema.tag, {}).map((line) => `    ${line}`), '    }');
    }
    lines.push('    default: return NP;', '  }', '}');
    return lines;
  }

  /**
   * The body that checks and copies an object's fields, the tag first; any key the schema does
   * not know makes it not plain. An option left out that has a default is checked and copied as
   * if the caller had written the default; an inherited one leaves the decision to the parse.
   */
  function fields(schema: ObjectSchema, tagKey: string | undefined, defaults: Defaults): string[] {
    const lines = [
      tagKey === undefined ? '  const copy = {};' : `  const copy = { ${JSON.stringify(tagKey)}: value[${JSON.stringify(tagKey)}] };`,
      `  let seen = ${tagKey === undefined ? 0 : 1};`,
    ];
    for (const [key, field] of Object.entries(schema.fields) as [string, Field][]) {
      const read = readKey(key);
      const item = variable();
      const present = `const ${item}$ = value[${read}]; if (${item}$ !== undefined && hasOwn(value, ${read}))`;
      if (field.kind === 'forbidden') {
        lines.push(`  { ${present} return NP; }`);
        continue;
      }
      const inner = schemaOfField(field);
      const copied = (source: string) => `let ${item}; ${check(inner, source, item)} copy[${JSON.stringify(key)}] = ${item};`;
      const optionKey = reading === 'options' ? optionKeyOf(key) : key;
      const absent = Object.hasOwn(defaults, optionKey)
        ? ` else if (${item}$ !== undefined) return NP; else { ${copied(constant(defaults[optionKey]))} }`
        : field.kind === 'optional'
          ? ''
          : ' else return NP;';
      lines.push(`  { ${present} { seen++; ${copied(`${item}$`)} }${absent} }`);
    }
    // More keys than were read: the parse reports only own keys it does not know (a key set to
    // undefined, or an inherited enumerable one, is not reported).
    const known = constant(new Set([...Object.keys(schema.fields).map((key) => (reading === 'options' ? optionKeyOf(key) : key)), ...(tagKey === undefined ? [] : [tagKey])]));
    lines.push('  let keys = 0;', '  for (const _key in value) keys++;', `  return keys === seen || onlyKnownKeys(value, ${known}) ? copy : NP;`);
    return lines;
  }

  // A getter or proxy that throws makes the value not plain: the terminal's parse reports it where it always has.
  const body = `return function plainCopy(source) { counter.items = 0; try { let target; ${check(schema, 'source', 'target')} return target; } catch { return NP; } };`;
  const parameters = ['NP', 'getPrototypeOf', 'objectPrototype', 'hasOwn', 'onlyKnownKeys', 'counter', ...constants.map((_value, index) => `k${index}`)];
  const factory = new Function(...parameters, `${functions.join('\n')}\n${body}`);
  const copy = factory(NOT_PLAIN, Object.getPrototypeOf, Object.prototype, Object.hasOwn, onlyKnownKeys, counter, ...constants) as (value: unknown) => unknown;
  return { copy, items: () => counter.items };
}

function onlyKnownKeys(value: object, known: ReadonlySet<string>): boolean {
  for (const key of Object.keys(value)) if (!known.has(key)) return false;
  return true;
}
