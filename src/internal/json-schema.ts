/**
 * Generates the JSON Schema (draft 2020-12) of the envelope from the same schema-language nodes that
 * drive the parser and the wire types, so editors check fixture files against the very rules
 * `validateSessionConfig` applies. What JSON Schema cannot say (cross-field rules, a URL that
 * must also parse, a date that must exist) is left to the library; the schema is never stricter.
 */
import { envelope } from '../schema/payload.js';
import { FORMAT_NAMES, FORMAT_PATTERNS } from './parse.js';
import { schemaOfField, type Field, type ObjectSchema, type Schema, type TaggedSchema } from '../schema/language.js';

export type JsonSchema = { [keyword: string]: unknown };

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
/** Enums longer than this are worth a shared definition when they appear twice. */
const LONG_ENUM = 12;

/** The envelope's JSON Schema: what `dist/schema.json` holds and `yoti-session-config schema` prints. */
export function sessionConfigJsonSchema(): JsonSchema {
  const { definitions, body } = new Generator(envelope).run();
  return {
    $schema: DRAFT,
    title: 'Yoti Sign session configuration',
    description: 'The body of POST /v2/idv/sessions/configs: { name, is_private, session_config }. Generated from the yoti-session-config schema; cross-field rules are checked by validateSessionConfig.',
    ...body,
    $defs: definitions,
  };
}

/** The schema as shipped in `dist/schema.json`: 2-space indent, newline at the end. */
export function sessionConfigJsonSchemaText(): string {
  return `${JSON.stringify(sessionConfigJsonSchema(), null, 2)}\n`;
}

/** Nodes are shared by identity in the payload description; enums by their value list. */
const identity = (schema: Schema): object => (schema.kind === 'enum' ? schema.values : schema);

class Generator {
  readonly #uses = new Map<object, number>();
  readonly #names = new Map<object, string>();
  readonly #definitions: Record<string, JsonSchema> = {};

  constructor(private readonly root: Schema) {}

  run(): { definitions: Record<string, JsonSchema>; body: JsonSchema } {
    this.#count(this.root);
    return { body: this.#node(this.root, 'session_config_envelope'), definitions: this.#definitions };
  }

  /** Counts each node's uses; a shared node's children are counted once, as they are written once. */
  #count(schema: Schema): void {
    const key = identity(schema);
    const seen = this.#uses.get(key) ?? 0;
    this.#uses.set(key, seen + 1);
    if (seen > 0) return;
    for (const child of children(schema)) this.#count(child);
  }

  #shared(schema: Schema): boolean {
    if ((this.#uses.get(identity(schema)) ?? 0) < 2) return false;
    return schema.kind === 'enum' ? schema.values.length > LONG_ENUM : schema.kind !== 'string' && schema.kind !== 'integer' && schema.kind !== 'number' && schema.kind !== 'boolean' && schema.kind !== 'forbidden';
  }

  /** `name` is the JSON key the node sits under: it names a shared definition. */
  #node(schema: Schema, name: string): JsonSchema {
    if (!this.#shared(schema)) return this.#inline(schema, name);
    const key = identity(schema);
    let definition = this.#names.get(key);
    if (definition === undefined) {
      definition = this.#freeName(pascalCase(name));
      this.#names.set(key, definition);
      this.#definitions[definition] = this.#inline(schema, name);
    }
    return { $ref: `#/$defs/${definition}` };
  }

  #freeName(base: string): string {
    let name = base;
    for (let suffix = 2; Object.hasOwn(this.#definitions, name); suffix++) name = `${base}${suffix}`;
    // Reserved before the body is generated, so a recursive use sees the name as taken.
    this.#definitions[name] = {};
    return name;
  }

  #inline(schema: Schema, name: string): JsonSchema {
    switch (schema.kind) {
      case 'string': {
        const format = schema.format;
        return {
          type: 'string',
          ...(format === undefined
            ? {}
            : {
                // No `format`: a validator that asserts `format: "uri"` (ajv-formats) rejects URLs the
                // library accepts, such as `https://example.com/ä` or `https://example.com/{x}`.
                pattern: FORMAT_PATTERNS[format].source,
                description: FORMAT_NAMES[format],
              }),
          ...(schema.known === undefined ? {} : { examples: [...schema.known] }),
        };
      }
      case 'integer':
      case 'number':
        return {
          type: schema.kind,
          ...(schema.min === undefined ? {} : { minimum: schema.min }),
          ...(schema.max === undefined ? {} : { maximum: schema.max }),
        };
      case 'boolean':
        return { type: 'boolean' };
      case 'enum':
        if (schema.caseInsensitive === true) {
          // The library takes these values in any case; a pattern of [Xx] classes says exactly that.
          return { type: 'string', pattern: `^(?:${schema.values.map(anyCase).join('|')})$`, examples: [...schema.values] };
        }
        return { type: 'string', enum: [...schema.values], ...(schema.message === undefined ? {} : { description: schema.message }) };
      case 'nullable':
        return { anyOf: [{ type: 'null' }, this.#node(schema.schema, name)] };
      case 'json':
        return {};
      case 'array':
        return {
          type: 'array',
          items: this.#node(schema.items, `${name}_item`),
          ...(schema.minItems === undefined ? {} : { minItems: schema.minItems }),
        };
      case 'object':
        return this.#object(schema);
      case 'record':
        return { type: 'object', propertyNames: this.#node(schema.keys, `${name}_key`), additionalProperties: this.#node(schema.values, `${name}_value`) };
      case 'tagged':
        return this.#tagged(schema);
      case 'forbidden':
        // `false` would do, but cannot say why; editors show this description.
        return { not: {}, description: schema.message };
    }
  }

  #object(schema: ObjectSchema, tag?: { name: string; value: string }): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    if (tag !== undefined) {
      properties[tag.name] = { const: tag.value };
      required.push(tag.name);
    }
    for (const [key, field] of Object.entries(schema.fields) as [string, Field][]) {
      properties[key] = this.#node(schemaOfField(field), key);
      if (field.kind !== 'optional' && field.kind !== 'forbidden') required.push(key);
    }
    return { type: 'object', properties, ...(required.length === 0 ? {} : { required }), additionalProperties: false };
  }

  /** A `oneOf` of closed variants, each pinning its tag with `const`; the outer tag enum gives editors a short error and completions. */
  #tagged(schema: TaggedSchema): JsonSchema {
    const variants = Object.entries(schema.variants);
    return {
      type: 'object',
      properties: { [schema.tag]: { type: 'string', enum: variants.map(([value]) => value) } },
      required: [schema.tag],
      oneOf: variants.map(([value, variant]) => this.#object(variant, { name: schema.tag, value })),
    };
  }
}

function children(schema: Schema): Schema[] {
  switch (schema.kind) {
    case 'array':
      return [schema.items];
    case 'object':
      return fieldSchemas(schema);
    case 'record':
      return [schema.keys, schema.values];
    case 'nullable':
      return [schema.schema];
    case 'tagged':
      return Object.values(schema.variants).flatMap(fieldSchemas);
    default:
      return [];
  }
}

function fieldSchemas(schema: ObjectSchema): Schema[] {
  return Object.values(schema.fields).map(schemaOfField);
}

/** `country_codes_item` → `CountryCodesItem`. */
function pascalCase(key: string): string {
  return key
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]?.toUpperCase() + part.slice(1).toLowerCase())
    .join('');
}

/** `session_completion` → `[Ss][Ee]...`: a value matched in any case, in a pattern without flags. */
function anyCase(value: string): string {
  return [...value]
    .map((character) => {
      const upper = character.toUpperCase();
      const lower = character.toLowerCase();
      if (upper !== lower) return `[${upper}${lower}]`;
      return /[A-Za-z0-9_]/.test(character) ? character : `\\${character}`;
    })
    .join('');
}
