import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sessionConfigSchema, validateSessionConfig, type StandardSchemaV1 } from '../src/index.js';

const seed = () => JSON.parse(readFileSync(new URL('../examples/seed.json', import.meta.url), 'utf8')) as unknown;

/** What a library that accepts any Standard Schema does with one: call validate, await it, branch on issues. */
async function parseWith<Schema extends StandardSchemaV1>(schema: Schema, input: unknown): Promise<StandardSchemaV1.InferOutput<Schema>> {
  const result = await schema['~standard'].validate(input);
  if (result.issues !== undefined) throw new Error(result.issues.map((issue) => `${issue.path?.join('/') ?? ''} ${issue.message}`).join('\n'));
  return result.value as StandardSchemaV1.InferOutput<Schema>;
}

test('the ~standard properties are version 1 and name this library', () => {
  const props = sessionConfigSchema['~standard'];
  assert.is(props.version, 1);
  assert.is(props.vendor, 'yoti-session-config');
  assert.type(props.validate, 'function');
  assert.ok(Object.isFrozen(sessionConfigSchema) && Object.isFrozen(props));
});

test('a valid configuration gives { value } synchronously, a fresh copy in canonical order', () => {
  const input = seed();
  const result = sessionConfigSchema['~standard'].validate(input);
  assert.not.instance(result, Promise);
  assert.equal(Object.keys(result), ['value']);
  if (result instanceof Promise || result.issues !== undefined) return assert.unreachable('valid');
  assert.equal(result.value, input);
  assert.is.not(result.value, input);
});

test('an invalid configuration gives every issue with its message, path and code, as validateSessionConfig does', () => {
  const input = seed() as { name: unknown; session_config: Record<string, unknown> };
  input.name = 42;
  input.session_config['resources_ttl'] = 1;
  const result = sessionConfigSchema['~standard'].validate(input);
  if (result instanceof Promise || result.issues === undefined) return assert.unreachable('invalid');
  const direct = validateSessionConfig(input);
  assert.ok(!direct.ok);
  if (direct.ok) return;
  assert.equal(result.issues, direct.issues);
  assert.equal(
    result.issues.map((issue) => issue.path),
    [['name'], ['session_config', 'resources_ttl']],
  );
  assert.ok(result.issues.every((issue) => typeof issue.message === 'string' && issue.message.length > 0));
});

test('a generic Standard Schema consumer gets the typed envelope back', async () => {
  const value = await parseWith(sessionConfigSchema, seed());
  assert.is(value.name, 'My Custom Session config');
  assert.is(value.session_config.requested_checks?.[0]?.type, 'ID_DOCUMENT_AUTHENTICITY');
  try {
    await parseWith(sessionConfigSchema, { name: '', is_private: false, session_config: {} });
    assert.unreachable('expected a rejection');
  } catch (error) {
    assert.match(String(error), /name/);
  }
});

test('validate never throws, even for a revoked proxy, and works detached from its object', () => {
  const { validate } = sessionConfigSchema['~standard'];
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  for (const input of [proxy, undefined, Symbol('x'), () => 0]) {
    const result = validate(input);
    assert.ok(!(result instanceof Promise) && result.issues !== undefined && result.issues.length > 0);
  }
});

test.run();
