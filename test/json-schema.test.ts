import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { COUNTRY_CODES, LIVENESS_TYPES, validateSessionConfig, type IssueCode, type SessionConfigEnvelope } from '../src/index.js';
import { sessionConfigJsonSchema, sessionConfigJsonSchemaText } from '../src/internal/json-schema.js';
import type { Schema, StringFormat } from '../src/schema/language.js';
import { envelope } from '../src/schema/payload.js';
import { legalChainArbitrary, runChain } from './support/chains.js';
import { isValidAgainst, jsonEqual } from './support/json-schema-evaluator.js';
import { mutate, mutationArbitrary, type JsonPath } from './support/mutations.js';

const schema = sessionConfigJsonSchema();
const EXAMPLES = new URL('../examples/', import.meta.url);
const exampleFiles = readdirSync(EXAMPLES).filter((file) => file.endsWith('.json')).sort();
const example = (file: string) => JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8')) as SessionConfigEnvelope;

// ---------------------------------------------------------------------------------------------
// The evaluator first: the agreement tests below are only as good as it is.

test('the evaluator applies each keyword the schema uses', () => {
  const cases: [unknown, unknown, boolean][] = [
    [{ type: 'integer' }, 1, true],
    [{ type: 'integer' }, 1.5, false],
    [{ type: 'number' }, 1.5, true],
    [{ type: 'string' }, 1, false],
    [{ type: 'object' }, [], false],
    [{ type: 'array' }, {}, false],
    [{ type: 'boolean' }, 'true', false],
    [{ enum: ['A', 'B'] }, 'B', true],
    [{ enum: ['A', 'B'] }, 'C', false],
    [{ const: 'A' }, 'A', true],
    [{ const: 'A' }, 'a', false],
    [{ pattern: '\\S' }, ' x ', true],
    [{ pattern: '\\S' }, '  ', false],
    [{ pattern: '^a$' }, 1, true],
    [{ minimum: 2, maximum: 3 }, 2, true],
    [{ minimum: 2, maximum: 3 }, 1, false],
    [{ minimum: 2, maximum: 3 }, 4, false],
    [{ minItems: 1 }, [], false],
    [{ uniqueItems: true }, ['a', 'b'], true],
    [{ uniqueItems: true }, [{ a: 1, b: 2 }, { b: 2, a: 1 }], false],
    [{ items: { type: 'string' } }, ['a', 1], false],
    [{ properties: { a: { type: 'string' } } }, { a: 1 }, false],
    [{ properties: { a: { type: 'string' } } }, { b: 1 }, true],
    [{ required: ['a'] }, { b: 1 }, false],
    [{ properties: { a: true }, additionalProperties: false }, { a: 1 }, true],
    [{ properties: { a: true }, additionalProperties: false }, { a: 1, b: 2 }, false],
    [{ additionalProperties: { type: 'integer' } }, { a: 1, b: 'x' }, false],
    [{ propertyNames: { pattern: '^[A-Z]+$' } }, { AB: 1 }, true],
    [{ propertyNames: { pattern: '^[A-Z]+$' } }, { ab: 1 }, false],
    [{ oneOf: [{ const: 1 }, { type: 'integer' }] }, 1, false],
    [{ oneOf: [{ const: 1 }, { type: 'integer' }] }, 2, true],
    [{ oneOf: [{ const: 1 }, { type: 'integer' }] }, 'x', false],
    [{ not: {} }, null, false],
    [{ $defs: { n: { type: 'integer' } }, $ref: '#/$defs/n' }, 1, true],
    [{ $defs: { n: { type: 'integer' } }, $ref: '#/$defs/n' }, 'x', false],
    [{ format: 'uri', description: 'annotations only', examples: ['x'], title: 't' }, 'not a uri', true],
  ];
  for (const [keywords, instance, expected] of cases) {
    assert.is(isValidAgainst(keywords, instance), expected, `${JSON.stringify(keywords)} on ${JSON.stringify(instance)}`);
  }
  assert.throws(() => isValidAgainst({ minLength: 1 }, 'x'), /does not know the keyword minLength/);
  assert.throws(() => isValidAgainst({ $ref: '#/$defs/missing' }, 1), /unresolvable/);
  assert.ok(jsonEqual({ a: [1, { b: null }] }, { a: [1, { b: null }] }));
});

// ---------------------------------------------------------------------------------------------
// The schema's shape.

test('the schema declares draft 2020-12 and describes the envelope', () => {
  assert.is(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
  assert.is(schema['type'], 'object');
  assert.equal(schema['required'], ['name', 'is_private', 'session_config']);
  assert.is(schema['additionalProperties'], false);
});

test('every closed object forbids unknown keys and every reference resolves', () => {
  const refs: string[] = [];
  walk(schema, (node) => {
    if ('properties' in node && !('oneOf' in node)) assert.is(node['additionalProperties'], false, JSON.stringify(node).slice(0, 120));
    if (typeof node['$ref'] === 'string') refs.push(node['$ref']);
  });
  assert.ok(refs.length > 0);
  const definitions = schema['$defs'] as Record<string, unknown>;
  for (const ref of refs) assert.ok(Object.hasOwn(definitions, ref.replace('#/$defs/', '')), ref);
});

test('tagged unions are oneOf variants that pin their tag with const', () => {
  const checks = (((schema['properties'] as Record<string, Node>)['session_config'] as Node)['properties'] as Record<string, Node>)['requested_checks'] as Node;
  const items = checks['items'] as Node;
  const variants = items['oneOf'] as Node[];
  assert.equal(
    variants.map((variant) => ((variant['properties'] as Record<string, Node>)['type'] as Node)['const']),
    Object.keys((envelope.fields.session_config.fields.requested_checks.schema.items as { variants: object }).variants),
  );
  for (const variant of variants) assert.ok((variant['required'] as string[]).includes('type'));
});

test('enums and formats come from the same source as the types', () => {
  const text = JSON.stringify(schema);
  assert.ok(text.includes(JSON.stringify(LIVENESS_TYPES)));
  assert.ok(text.includes(JSON.stringify(COUNTRY_CODES)));
  assert.ok(text.includes('"pattern":"^#[0-9A-Fa-f]{6}$"'));
  assert.ok(text.includes('"minimum":301'));
});

test('dist/schema.json is the generated schema, as the package ships it', () => {
  const built = new URL('../dist/schema.json', import.meta.url);
  assert.ok(existsSync(built), 'run the build first: npm run build');
  assert.is(readFileSync(built, 'utf8'), sessionConfigJsonSchemaText());
  assert.ok(sessionConfigJsonSchemaText().endsWith('}\n'));
});

// ---------------------------------------------------------------------------------------------
// Agreement with validateSessionConfig.

for (const file of exampleFiles) {
  test(`${file} is valid for both the JSON Schema and validateSessionConfig`, () => {
    const input = example(file);
    assert.ok(validateSessionConfig(input).ok);
    assert.ok(isValidAgainst(schema, input));
  });
}

test('every generated invalid case that JSON Schema can express is rejected by both', () => {
  let cases = 0;
  for (const file of exampleFiles) {
    const document = example(file);
    for (const { path, description, value } of invalidCases(envelope, document, [])) {
      const mutated = replaceAt(document, path, value);
      const where = `${file} ${path.join('.')}: ${description}`;
      assert.is(validateSessionConfig(mutated).ok, false, `validateSessionConfig accepted ${where}`);
      assert.is(isValidAgainst(schema, mutated), false, `the JSON Schema accepted ${where}`);
      cases++;
    }
  }
  assert.ok(cases > 500, `${cases} cases`);
});

test('random legal builder chains are valid for the JSON Schema too', () => {
  fc.assert(
    fc.property(legalChainArbitrary, (steps) => {
      const json = JSON.parse(JSON.stringify(runChain(steps).toJSON())) as unknown;
      assert.ok(isValidAgainst(schema, json));
    }),
    { numRuns: 200 },
  );
});

/** Rules JSON Schema cannot state: across fields, a URL that must parse, a date that must exist, the total size. */
const BEYOND_JSON_SCHEMA: ReadonlySet<IssueCode> = new Set([
  'duplicate_request',
  'supplementary_document_required',
  'id_document_required',
  'two_documents_required',
  'resources_ttl_too_short',
  'auth_token_required',
  'scheme_objective_required',
  'too_many_items',
]);
const PARSED_FORMATS = /(?:endpoint|_url|session_deadline)$/;

test('on random edits the schema is never stricter than the library, and each disagreement is a rule JSON Schema cannot state', () => {
  const valid = fc.oneof(fc.constantFrom(...exampleFiles.map(example)), legalChainArbitrary.map((steps) => runChain(steps).toJSON()));
  fc.assert(
    fc.property(valid, fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), (document, mutations) => {
      const mutated = mutations.reduce<unknown>((current, mutation) => mutate(current, mutation), document);
      const result = validateSessionConfig(mutated);
      const schemaValid = isValidAgainst(schema, mutated);
      if (result.ok) assert.ok(schemaValid, 'the schema rejected what the library accepts');
      else if (schemaValid) {
        for (const issue of result.issues) {
          const beyond = BEYOND_JSON_SCHEMA.has(issue.code) || (issue.code === 'invalid_format' && PARSED_FORMATS.test(String(issue.path.at(-1))));
          assert.ok(beyond, `the schema accepted what this rule rejects: ${issue.message}`);
        }
      }
    }),
    { numRuns: 400 },
  );
});

// ---------------------------------------------------------------------------------------------

type Node = Record<string, unknown>;

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) for (const item of node) walk(item, visit);
  else if (typeof node === 'object' && node !== null) {
    visit(node as Node);
    for (const child of Object.values(node)) walk(child, visit);
  }
}

function replaceAt(document: unknown, path: JsonPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = JSON.parse(JSON.stringify(document)) as Record<string | number, unknown>;
  let holder = copy;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (value === DELETE) delete holder[last];
  else holder[last] = value;
  return copy;
}

const DELETE = Symbol('delete');

/** A value each format rejects by its pattern alone, so JSON Schema can say so too. */
const BREAKS_FORMAT: Record<StringFormat, string> = {
  'non-blank': ' \t',
  'upper-snake': 'lower_case',
  'hex-colour': '#12345',
  locale: 'e',
  'https-url': 'http://example.com/',
  url: 'ftp://example.com/',
  'url-reference': 'ftp://example.com/',
  'date-time': '2030-06-30',
};

interface InvalidCase {
  readonly path: JsonPath;
  readonly description: string;
  readonly value: unknown;
}

/** Single-field edits of a valid `value` that break `node`, walking the example and the schema together. */
function invalidCases(node: Schema, value: unknown, path: JsonPath): InvalidCase[] {
  const cases: InvalidCase[] = [];
  const add = (description: string, replacement: unknown, at: JsonPath = path) => cases.push({ path: at, description, value: replacement });
  switch (node.kind) {
    case 'string':
      add('a number for a string', 42);
      if (node.format !== undefined) add(`breaks ${node.format}`, BREAKS_FORMAT[node.format]);
      break;
    case 'enum':
      add('an unknown enum value', 'NOT_A_KNOWN_VALUE');
      break;
    case 'integer':
      add('a fraction for an integer', 1.5);
      if (node.min !== undefined) add('below the minimum', node.min - 1);
      if (node.max !== undefined) add('above the maximum', node.max + 1);
      break;
    case 'number':
      add('a string for a number', '0.5');
      if (node.min !== undefined) add('below the minimum', node.min - 0.5);
      if (node.max !== undefined) add('above the maximum', node.max + 0.5);
      break;
    case 'boolean':
      add('a string for a boolean', 'true');
      break;
    case 'array': {
      const items = value as unknown[];
      add('an object for an array', {});
      if (node.minItems !== undefined) add('an empty list', []);
      items.forEach((item, index) => cases.push(...invalidCases(node.items, item, [...path, index])));
      break;
    }
    case 'object':
    case 'tagged': {
      const object = value as Record<string, unknown>;
      const variant = node.kind === 'object' ? node : node.variants[object[node.tag] as string];
      if (variant === undefined) break;
      add('an array for an object', []);
      add('an unknown key', { ...object, unexpected_key: 1 });
      if (node.kind === 'tagged') {
        add('an unknown tag', { ...object, [node.tag]: 'NOT_A_VARIANT' });
        add('no tag', DELETE, [...path, node.tag]);
      }
      for (const [key, field] of Object.entries(variant.fields)) {
        if (field.kind === 'forbidden') add(`the forbidden key ${key}`, { ...object, [key]: 'NEVER' });
        else if (!Object.hasOwn(object, key)) continue;
        else {
          if (field.kind !== 'optional') add(`no required ${key}`, DELETE, [...path, key]);
          cases.push(...invalidCases(field.kind === 'optional' ? field.schema : field, object[key], [...path, key]));
        }
      }
      break;
    }
    case 'record': {
      const record = value as Record<string, unknown>;
      const [first] = Object.keys(record);
      add('a key its schema rejects', { ...record, [node.keys.kind === 'string' && node.keys.format === 'upper-snake' ? 'lower' : ' ']: record[first ?? ''] ?? '' });
      if (first !== undefined) add('a value of the wrong type', { ...record, [first]: node.values.kind === 'integer' ? 'x' : 1 });
      break;
    }
    case 'nullable':
      if (value !== null) cases.push(...invalidCases(node.schema, value, path));
      break;
    case 'json':
    case 'forbidden':
      break;
  }
  return cases;
}

test.run();
