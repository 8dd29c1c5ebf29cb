/**
 * Fresh copies of validated wire values: what `toJSON()` returns on the fast path. The copy is
 * generated from the payload description as straight-line code, one function per wire object,
 * constant keys in wire order, so it costs about what the literal costs to build and the result
 * stringifies as fast. Where code cannot be generated, a walk of the same description does the
 * same, more slowly (`test/no-code-generation.test.ts` holds the two to the same JSON).
 */
import { schemaOfField as schemaOf, type Field, type ObjectSchema, type Schema } from '../schema/language.js';
import { sessionConfigPayload } from '../schema/payload.js';
import { copyJson } from './copy-json.js';
import { canGenerateCode } from './parse.js';

const LISTS = ['requested_checks', 'requested_tasks', 'required_documents'];
const FIELDS = sessionConfigPayload.fields as Record<string, Field>;

/** The session settings other than the three lists, in wire order: the fold keeps their values in this order. */
export const SETTINGS: readonly string[] = Object.keys(FIELDS).filter((key) => !LISTS.includes(key));

/** The schema of one setting. */
export function settingSchema(key: string): Schema {
  return schemaOf(FIELDS[key] as Field);
}

type CopyEnvelope = (
  name: unknown,
  isPrivate: unknown,
  settings: readonly unknown[],
  checks: readonly unknown[],
  tasks: readonly unknown[],
  documents: readonly unknown[],
) => { name: unknown; is_private: unknown; session_config: Record<string, unknown> };

/** The generated copiers: the envelope's, and how to copy a value of any schema in the payload. */
export interface WireCopiers {
  readonly copyEnvelope: CopyEnvelope;
  /** An expression copying `value` (a side-effect-free expression) of `schema`, for code run by `run`. */
  readonly expression: (schema: Schema, value: string) => string;
  /** Runs `body` with every copier in scope, as `new Function` would with `parameters`. */
  readonly run: (parameters: readonly string[], body: string, ...values: unknown[]) => unknown;
}

/** `null` where code cannot be generated. */
let generated: WireCopiers | null | undefined;

/** The generated copiers, made on first use; `undefined` where code cannot be generated. */
export function wireCopiers(): WireCopiers | undefined {
  if (generated === undefined) generated = canGenerateCode() ? generate() : null;
  return generated ?? undefined;
}

/** A fresh envelope from validated values, in wire order. */
export const copyEnvelope: CopyEnvelope = (name, isPrivate, settings, checks, tasks, documents) =>
  (wireCopiers()?.copyEnvelope ?? walk)(name, isPrivate, settings, checks, tasks, documents);

function generate(): WireCopiers {
  const names = new Map<Schema, string>();
  const bodies: string[] = [];
  const prop = (value: string, key: string) => `${value}[${JSON.stringify(key)}]`;

  /** An expression copying `value` (a side-effect-free expression) of `schema`. */
  function copyOf(schema: Schema, value: string): string {
    switch (schema.kind) {
      case 'nullable':
        return `(${value} === null ? null : ${copyOf(schema.schema, value)})`;
      case 'array':
      case 'object':
      case 'tagged':
        return `${functionFor(schema)}(${value})`;
      case 'record':
      case 'json':
        return `copyJson(${value})`;
      default:
        return value;
    }
  }

  function fieldsInto(schema: ObjectSchema, lines: string[]): void {
    for (const [key, field] of Object.entries(schema.fields) as [string, Field][]) {
      if (field.kind === 'forbidden') continue;
      const read = prop('value', key);
      lines.push(`if (${read} !== undefined) ${prop('copy', key)} = ${copyOf(schemaOf(field), read)};`);
    }
  }

  function functionFor(schema: Schema): string {
    const known = names.get(schema);
    if (known !== undefined) return known;
    const name = `copy${names.size}`;
    names.set(schema, name);
    const lines = [`function ${name}(value) {`];
    if (schema.kind === 'array') {
      lines.push('const copy = [];', `for (let index = 0; index < value.length; index++) copy.push(${copyOf(schema.items, 'value[index]')});`, 'return copy;');
    } else if (schema.kind === 'object') {
      lines.push('const copy = {};');
      fieldsInto(schema, lines);
      lines.push('return copy;');
    } else if (schema.kind === 'tagged') {
      lines.push(`switch (${prop('value', schema.tag)}) {`);
      for (const [tag, variant] of Object.entries(schema.variants) as [string, ObjectSchema][]) {
        lines.push(`case ${JSON.stringify(tag)}: {`, `const copy = { ${JSON.stringify(schema.tag)}: ${prop('value', schema.tag)} };`);
        fieldsInto(variant, lines);
        lines.push('return copy;', '}');
      }
      lines.push('default: return copyJson(value);', '}');
    }
    lines.push('}');
    bodies.push(lines.join('\n'));
    return name;
  }

  const config = ['const config = {};', 'const requestsPresent = checks.length > 0 || tasks.length > 0;'];
  for (const key of Object.keys(FIELDS)) {
    const schema = schemaOf(FIELDS[key] as Field);
    if (key === 'requested_checks') config.push(`if (requestsPresent) ${prop('config', key)} = ${copyOf(schema, 'checks')};`);
    else if (key === 'requested_tasks') config.push(`if (requestsPresent) ${prop('config', key)} = ${copyOf(schema, 'tasks')};`);
    else if (key === 'required_documents') config.push(`if (documents.length > 0) ${prop('config', key)} = ${copyOf(schema, 'documents')};`);
    else {
      const read = `settings[${SETTINGS.indexOf(key)}]`;
      config.push(`if (${read} !== undefined) ${prop('config', key)} = ${copyOf(schema, read)};`);
    }
  }
  const functionNames = [...names.values()];
  const source = `${bodies.join('\n')}
return {
  functions: [${functionNames.join(', ')}],
  copyEnvelope(name, isPrivate, settings, checks, tasks, documents) {
${config.join('\n')}
return { name, is_private: isPrivate, session_config: config };
  },
};`;
  const made = new Function('copyJson', source)(copyJson) as { functions: unknown[]; copyEnvelope: CopyEnvelope };
  // Every schema of the payload has its copier by now: an expression asked for later names no new function.
  const expression = (schema: Schema, value: string) => {
    const before = names.size;
    const written = copyOf(schema, value);
    if (names.size !== before) throw new Error('copy-wire.ts: a schema outside the payload has no generated copier');
    return written;
  };
  const run = (parameters: readonly string[], body: string, ...values: unknown[]) =>
    new Function('copyJson', ...functionNames, ...parameters, body)(copyJson, ...made.functions, ...values);
  return { copyEnvelope: made.copyEnvelope, expression, run };
}

/** The same copy as a walk of the description, where code cannot be generated. */
const walk: CopyEnvelope = (name, isPrivate, settings, checks, tasks, documents) => {
  const config: Record<string, unknown> = {};
  // The official SDKs send both request lists together.
  const requestsPresent = checks.length > 0 || tasks.length > 0;
  for (const key of Object.keys(FIELDS)) {
    const schema = schemaOf(FIELDS[key] as Field);
    const value = key === 'requested_checks' ? checks : key === 'requested_tasks' ? tasks : key === 'required_documents' ? documents : settings[SETTINGS.indexOf(key)];
    const present = key === 'requested_checks' || key === 'requested_tasks' ? requestsPresent : key === 'required_documents' ? documents.length > 0 : value !== undefined;
    if (present) config[key] = copyBySchema(schema, value);
  }
  return { name, is_private: isPrivate, session_config: config };
};

function copyBySchema(schema: Schema, value: unknown): unknown {
  switch (schema.kind) {
    case 'nullable':
      return value === null ? null : copyBySchema(schema.schema, value);
    case 'array':
      return (value as unknown[]).map((item) => copyBySchema(schema.items, item));
    case 'object':
      return copyFields(schema, value as Record<string, unknown>, {});
    case 'tagged': {
      const tag = (value as Record<string, unknown>)[schema.tag];
      const variant = schema.variants[tag as string] as ObjectSchema | undefined;
      return variant === undefined ? copyJson(value) : copyFields(variant, value as Record<string, unknown>, { [schema.tag]: tag });
    }
    case 'record':
    case 'json':
      return copyJson(value);
    default:
      return value;
  }
}

function copyFields(schema: ObjectSchema, value: Record<string, unknown>, copy: Record<string, unknown>): Record<string, unknown> {
  for (const [key, field] of Object.entries(schema.fields) as [string, Field][]) {
    if (field.kind !== 'forbidden' && value[key] !== undefined) copy[key] = copyBySchema(schemaOf(field), value[key]);
  }
  return copy;
}

/** Past this many values a literal is no cheaper to compile than the copy it replaces. */
const MAX_LITERAL_VALUES = 2000;

/**
 * A function that builds `sample` again, fresh, as one literal expression, the way a hand
 * would write it: its objects and arrays written out, its primitives read from a table, and the
 * value that stands where `marked` stands taken from the argument. The shared template's
 * children differ from it in one value, so each is built at the literal's own cost.
 * `undefined` where code cannot be generated, or a key cannot be written in a literal.
 */
export function literalCopier(sample: unknown, marked: unknown): ((value: unknown) => unknown) | undefined {
  if (!canGenerateCode()) return undefined;
  const leaves: unknown[] = [];
  let found = false;
  const expression = (value: unknown): string | undefined => {
    if (value === marked) {
      found = true;
      return 'value';
    }
    if (Array.isArray(value)) {
      const items = value.map(expression);
      return items.includes(undefined) ? undefined : `[${items.join(', ')}]`;
    }
    if (typeof value === 'object' && value !== null) {
      const entries: string[] = [];
      for (const [key, item] of Object.entries(value)) {
        // In a literal, "__proto__" would set the prototype instead of making a key.
        const written = key === '__proto__' ? undefined : expression(item);
        if (written === undefined) return undefined;
        entries.push(`${JSON.stringify(key)}: ${written}`);
      }
      return `{ ${entries.join(', ')} }`;
    }
    if (leaves.length >= MAX_LITERAL_VALUES) return undefined;
    return `leaves[${leaves.push(value) - 1}]`;
  };
  const body = expression(sample);
  if (body === undefined || !found) return undefined;
  return new Function('leaves', `return function build(value) { return ${body}; };`)(leaves) as (value: unknown) => unknown;
}
