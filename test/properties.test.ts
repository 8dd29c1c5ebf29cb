import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fromJSON, isInvalidConfigError, sessionConfig, validateSessionConfig, type SessionConfigEnvelope } from '../src/index.js';
import { legalChainArbitrary, runChain } from './support/chains.js';
import { pathText } from './support/issues.js';
import { HOSTILE_KEYS, mutate, mutationArbitrary, pathsOf } from './support/mutations.js';

// Bounded so the whole file runs in a few seconds; a failure prints its seed and shrunk case.
const RUNS = { numRuns: 300 };

const EXAMPLES = new URL('../examples/', import.meta.url);
const examples = readdirSync(EXAMPLES)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8')) as SessionConfigEnvelope);

/** What a prototype looks like now; compared after hostile input to prove nothing was added or replaced. */
function prototypeSnapshot(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].flatMap((prototype) =>
    Reflect.ownKeys(prototype).map((key) => `${String(key)}:${typeof Object.getOwnPropertyDescriptor(prototype, key)?.value}`),
  );
}
const pristine = prototypeSnapshot();

function assertNoPollution(): void {
  assert.equal(prototypeSnapshot(), pristine);
  for (const probe of [{}, [], () => 0, Object.create(null)]) assert.is((probe as { polluted?: unknown }).polluted, undefined);
}

/** Validation's whole contract for any input: a result, never an exception; issues that are well formed. */
function checkContract(input: unknown): ReturnType<typeof validateSessionConfig> {
  const result = validateSessionConfig(input);
  if (!result.ok) {
    assert.ok(result.issues.length > 0);
    for (const issue of result.issues) {
      assert.ok(Array.isArray(issue.path));
      assert.ok(issue.message.startsWith(issue.path.length === 0 ? '' : pathText(issue.path)), issue.message);
      // JSON data is always readable: this code would mean validation itself threw.
      assert.is.not(issue.code, 'unreadable_input', issue.message);
    }
  }
  return result;
}

test('random legal builder chains emit JSON that validates and round-trips through fromJSON', () => {
  fc.assert(
    fc.property(legalChainArbitrary, (steps) => {
      const json = runChain(steps).toJSON();
      const result = validateSessionConfig(json);
      assert.ok(result.ok, JSON.stringify(result));
      if (!result.ok) return;
      assert.equal(result.value, json);
      assert.equal(fromJSON(json).toJSON(), json);
      const text = JSON.stringify(json);
      assert.is(JSON.stringify(fromJSON(JSON.parse(text)).toJSON()), text);
    }),
    RUNS,
  );
});

test('random mutations of valid configurations are valid or rejected with issues, never an exception', () => {
  const valid = fc.oneof(fc.constantFrom(...examples), legalChainArbitrary.map((steps) => runChain(steps).toJSON()));
  fc.assert(
    fc.property(valid, fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), (document, mutations) => {
      const mutated = mutations.reduce<unknown>((current, mutation) => mutate(current, mutation), document);
      const result = checkContract(mutated);
      if (result.ok) {
        // A valid input is lifted and emitted unchanged, whatever the edits were.
        assert.equal(fromJSON(mutated).toJSON(), mutated);
      } else {
        try {
          fromJSON(mutated);
          assert.unreachable('fromJSON accepts only what validates');
        } catch (error) {
          assert.ok(isInvalidConfigError(error));
          assert.equal(error.issues, result.issues);
        }
      }
      assertNoPollution();
    }),
    RUNS,
  );
});

test('arbitrary values of any shape never make validation throw', () => {
  fc.assert(
    fc.property(fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true }), (value) => {
      const result = validateSessionConfig(value);
      assert.type(result.ok, 'boolean');
      const wrapped = validateSessionConfig({ name: 'x', is_private: false, session_config: { sdk_config: value, requested_checks: [value] } });
      assert.type(wrapped.ok, 'boolean');
    }),
    RUNS,
  );
  assertNoPollution();
});

test('hostile keys at every level of every example never pollute a prototype', () => {
  const payloads = ['{"polluted":true}', '"polluted"', '{"prototype":{"polluted":true}}'];
  let cases = 0;
  for (const document of examples) {
    for (const path of pathsOf(document)) {
      for (const key of HOSTILE_KEYS) {
        for (const payload of payloads) {
          // Spliced into the text so that JSON.parse creates the hostile key as an own property.
          const text = injectKey(JSON.stringify(document), path, key, payload);
          if (text === undefined) continue;
          const input = JSON.parse(text) as unknown;
          const result = checkContract(input);
          if (result.ok) assert.equal(fromJSON(input).toJSON(), input);
          cases++;
        }
      }
    }
  }
  assertNoPollution();
  assert.ok(cases > 1000, `${cases} cases`);
});

test('hostile keys in builder options never pollute a prototype and are reported as unknown keys', () => {
  for (const key of HOSTILE_KEYS) {
    const options = JSON.parse(`{"${key}":{"polluted":true},"manualCheck":"NEVER"}`) as { manualCheck: 'NEVER' };
    for (const build of [
      () => sessionConfig().name('x').check.faceMatch(options),
      () => sessionConfig().name('x').sdkConfig(options as never),
      () => sessionConfig().name('x').document.id({ filter: JSON.parse(`{"type":"ORTHOGONAL_RESTRICTIONS","${key}":1}`) }),
    ]) {
      try {
        build().toJSON();
        assert.unreachable(`${key} should be reported`);
      } catch (error) {
        assert.ok(isInvalidConfigError(error));
        // Option keys are camelCase and reported in wire spelling: `toString` as `to_string`.
        const wireKey = key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
        assert.ok(error.issues.some((issue) => issue.code === 'unknown_key' && issue.path.at(-1) === wireKey), JSON.stringify(error.issues));
      }
    }
  }
  assertNoPollution();
});

test('a __proto__ key is kept as an ordinary key where the schema allows any key', () => {
  const input = JSON.parse(
    '{"name":"x","is_private":false,"session_config":{"resources":{"applicant_profile":{"__proto__":"Ada","constructor":"Lovelace"}}}}',
  ) as SessionConfigEnvelope;
  const result = validateSessionConfig(input);
  if (!result.ok) return assert.unreachable(JSON.stringify(result.issues));
  const profile = result.value.session_config.resources?.applicant_profile as Record<string, string>;
  assert.equal(Object.keys(profile), ['__proto__', 'constructor']);
  assert.is(Object.getPrototypeOf(profile), Object.prototype);
  assert.is(JSON.stringify(fromJSON(input).toJSON()), JSON.stringify(input));
  assertNoPollution();
});

/** The JSON text with `"key": payload` added to the object at `path` (or its parent when `path` holds no object). */
function injectKey(text: string, path: readonly (string | number)[], key: string, payload: string): string | undefined {
  const marker = '"__injection_marker__"';
  const document = JSON.parse(text) as unknown;
  let holder: unknown = document;
  for (const part of path) holder = (holder as Record<string | number, unknown>)[part];
  if (typeof holder !== 'object' || holder === null || Array.isArray(holder)) return undefined;
  (holder as Record<string, unknown>)['__injection_marker__'] = 0;
  return JSON.stringify(document).replace(`${marker}:0`, `${JSON.stringify(key)}:${payload}`);
}

test.run();
