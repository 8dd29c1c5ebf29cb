/**
 * A builder call checks its value with code generated from the schema (entry-code.ts). It must
 * decide exactly as the parse does: a value it calls plainly valid skips the terminal's parse,
 * so accepting anything the parse reports would send it to the API unchecked. Random values
 * drawn from each schema, mostly well-formed and often a little wrong, are judged both ways.
 */
import * as fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Field, ObjectSchema, Schema } from '../src/schema/language.js';
import { envelope, requestedCheck, requestedTask, requiredDocument, sessionConfigPayload } from '../src/schema/payload.js';
import { generate } from '../src/internal/entry-code.js';
import { NOT_PLAIN, plainCopier, type Reading } from '../src/internal/parse.js';
import { optionKeyOf } from '../src/internal/option-keys.js';

const schemaOf = (field: Field): Schema => (field.kind === 'optional' ? field.schema : (field as Schema));

/** Strings that pass or fail each format, and values near the known ones. */
const STRINGS = ['', ' ', 'x', 'UTILITY_BILL', 'utility_bill', 'https://example.com/hook', 'http://example.com', '/success', 'ftp://x', '2030-06-30T17:00:00Z', '2030-02-30T17:00:00Z', '#a1b2c3', '#abc', 'en-GB', 'e', 'NEW_VALUE'];
const WRONG = fc.constantFrom<unknown>(undefined, null, 0, -1, 1.5, Number.NaN, Infinity, 'text', true, {}, [], [1], { unknownKey: 1 });

function valueOf(schema: Schema, reading: Reading, depth: number): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 8, arbitrary: wellFormed(schema, reading, depth) }, { weight: 1, arbitrary: WRONG });
}

function wellFormed(schema: Schema, reading: Reading, depth: number): fc.Arbitrary<unknown> {
  switch (schema.kind) {
    case 'string':
      return fc.constantFrom(...STRINGS, ...(schema.known ?? []));
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer({ min: -2, max: 400 }), fc.constantFrom(schema.min ?? 0, schema.max ?? 1, (schema.min ?? 0) - 1, (schema.max ?? 1) + 1, 0.25, 86400, 31536000));
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...schema.values, ...schema.values.map((value) => value.toLowerCase()), 'NOPE');
    case 'nullable':
      return fc.oneof(fc.constant(null), valueOf(schema.schema, reading, depth));
    case 'array':
      return fc.array(valueOf(schema.items, reading, depth + 1), { maxLength: depth > 3 ? 1 : 3 });
    case 'object':
      return fields(schema, reading, depth, {});
    case 'tagged':
      return fc.oneof(...Object.entries(schema.variants).map(([tag, variant]) => fields(variant as ObjectSchema, reading, depth, { [schema.tag]: tag })));
    case 'record':
      return fc.dictionary(fc.constantFrom('ID_DOCUMENT_TEXT_DATA_EXTRACTION', 'given_names', 'x', ''), valueOf(schema.values, reading, depth + 1), { maxKeys: 2 });
    case 'json':
      return fc.jsonValue({ maxDepth: 2 });
    case 'forbidden':
      return fc.constant('anything');
  }
}

function fields(schema: ObjectSchema, reading: Reading, depth: number, tag: Record<string, string>): fc.Arbitrary<unknown> {
  const entries = Object.entries(schema.fields).map(([key, field]) => [reading === 'options' ? optionKeyOf(key) : key, valueOf(schemaOf(field as Field), reading, depth + 1)] as const);
  const record = fc.record(Object.fromEntries(entries), { requiredKeys: [] });
  // Sometimes a key the schema does not know, spelt the other way (snake_case in options).
  return fc.tuple(record, fc.option(fc.constantFrom('max_retries', 'extra', 'manualcheck'), { nil: undefined })).map(([value, extra]) =>
    extra === undefined ? { ...tag, ...(value as object) } : { ...tag, ...(value as object), [extra]: 1 },
  );
}

/** What the builder validates as it receives it: each setting, each check's and task's config, each document. */
const ENTRIES: [string, Schema, Reading][] = [
  ['name', envelope.fields.name, 'wire'],
  ['is_private', envelope.fields.is_private, 'wire'],
  ...Object.entries(sessionConfigPayload.fields).map(([key, field]) => [key, schemaOf(field as Field), 'options'] as [string, Schema, Reading]),
  ...[requestedCheck, requestedTask].flatMap((list) =>
    Object.entries(list.variants).flatMap(([type, variant]) => {
      const config = (variant as ObjectSchema).fields['config'];
      return config === undefined ? [] : [[`${type} config`, schemaOf(config as Field), 'options'] as [string, Schema, Reading]];
    }),
  ),
  ...Object.entries(requiredDocument.variants).map(([type, variant]) => [type, variant as Schema, 'options'] as [string, Schema, Reading]),
];

test('the generated entry check accepts and copies exactly what the parse accepts, for every value a builder call takes', () => {
  let plain = 0;
  let total = 0;
  for (const [name, schema, reading] of ENTRIES) {
    const generated = generate(schema, reading);
    const parsed = plainCopier(schema, reading);
    fc.assert(
      fc.property(valueOf(schema, reading, 0), (value) => {
        const fromCode = generated.copy(value);
        const fromParse = parsed(value);
        total++;
        if (fromParse !== NOT_PLAIN) plain++;
        assert.equal(fromCode === NOT_PLAIN, fromParse === NOT_PLAIN, `${name}: ${JSON.stringify(value)}`);
        if (fromCode !== NOT_PLAIN) assert.equal(fromCode, fromParse, name);
      }),
      { numRuns: 300, seed: 20261130 },
    );
  }
  // Not vacuous: a fair share of the values drawn is plainly valid, the rest is not.
  assert.ok(plain > total / 10 && plain < total, `${plain} of ${total} values plainly valid`);
});

test('a getter that throws or a proxy makes a value not plain, never an exception in the call', () => {
  const [, schema, reading] = ENTRIES.find(([name]) => name === 'LIVENESS config') as [string, Schema, Reading];
  const copier = generate(schema, reading);
  const throwing = {
    get maxRetries(): number {
      throw new Error('boom');
    },
  };
  assert.is(copier.copy(throwing), NOT_PLAIN);
  assert.equal(copier.copy({ livenessType: 'ZOOM', maxRetries: 2 }), { liveness_type: 'ZOOM', max_retries: 2 });
});

test('defaults fill what the options leave out, and the check never accepts more than the parse of the filled options', () => {
  const [, schema, reading] = ENTRIES.find(([name]) => name === 'LIVENESS config') as [string, Schema, Reading];
  const defaults = { livenessType: 'ZOOM', maxRetries: 1 };
  const withDefaults = generate(schema, reading, defaults);
  const parsed = plainCopier(schema, reading);
  /** What the options mean: every default in place of an option left out. */
  const filled = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const options: Record<string, unknown> = { ...value };
    for (const [key, fallback] of Object.entries(defaults)) if (options[key] === undefined) options[key] = fallback;
    return options;
  };
  let plain = 0;
  fc.assert(
    fc.property(valueOf(schema, reading, 0), (value) => {
      const fromCode = withDefaults.copy(value);
      const fromParse = parsed(filled(value));
      if (fromCode === NOT_PLAIN) return;
      plain++;
      assert.equal(fromCode, fromParse, JSON.stringify(value));
    }),
    { numRuns: 2000, seed: 20261130 },
  );
  // Not vacuous: the schema has more options than the two defaults, so most values drawn are wrong somewhere.
  assert.ok(plain > 40, `${plain} of 2000 values plainly valid`);
  assert.equal(withDefaults.copy({}), { liveness_type: 'ZOOM', max_retries: 1 });
  assert.equal(withDefaults.copy({ maxRetries: 3, livenessType: undefined }), { liveness_type: 'ZOOM', max_retries: 3 });
  // A default is checked like any value: one the schema refuses never makes a value plain.
  assert.is(generate(schema, reading, { maxRetries: 0 }).copy({ livenessType: 'ZOOM' }), NOT_PLAIN);
});

test('list items are counted as the parse counts them, so the bound on items holds across calls', () => {
  const copier = generate(sessionConfigPayload.fields.notifications.schema, 'options');
  assert.equal(copier.copy({ endpoint: 'https://example.com/hook', topics: ['SESSION_COMPLETION', 'CHECK_COMPLETION'] }), {
    endpoint: 'https://example.com/hook',
    topics: ['SESSION_COMPLETION', 'CHECK_COMPLETION'],
  });
  assert.is(copier.items(), 2);
  const huge = new Array(200_000).fill('SESSION_COMPLETION');
  assert.is(copier.copy({ endpoint: 'https://example.com/hook', topics: huge }), NOT_PLAIN);
});

test.run();
