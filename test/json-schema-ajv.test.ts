/**
 * The JSON Schema as a real validator reads it: ajv (draft 2020-12, strict) with ajv-formats, so
 * that `format` keywords are asserted, not just annotations. The expectation is always the
 * library's own verdict: wherever `validateSessionConfig` accepts, ajv must accept too, whatever
 * the rules of the day are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { validateSessionConfig } from '../src/index.js';
import { sessionConfigJsonSchema } from '../src/internal/json-schema.js';
import { legalChainArbitrary, runChain } from './support/chains.js';
import { jsonValueArbitrary, mutate, mutationArbitrary, pathsOf, type JsonPath } from './support/mutations.js';

const ajv = new Ajv2020({ strict: true, allErrors: true });
// A CommonJS module: its function is the namespace's `default`, seen from an ES module.
ajvFormats.default(ajv);
const schemaValid = ajv.compile(sessionConfigJsonSchema());

const EXAMPLES = new URL('../examples/', import.meta.url);
const examples = readdirSync(EXAMPLES)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ file, document: JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8')) as unknown }));

/** Fails when the library accepts `document` and ajv does not; returns whether the library accepted. */
function agrees(document: unknown, where: string): boolean {
  if (!validateSessionConfig(document).ok) return false;
  const valid = schemaValid(document);
  assert.ok(valid, `ajv rejected what the library accepts (${where}): ${ajv.errorsText(schemaValid.errors)}`);
  return true;
}

/**
 * Strings that strict URI grammars (RFC 3986, as ajv-formats checks `format: "uri"`) refuse but
 * a WHATWG URL parser takes, and other strings worth putting in any field.
 */
const AWKWARD_STRINGS = [
  'https://example.com/ä',
  'https://example.com/{x}',
  'https://example.com/a|b',
  'https://example.com/a^b`c',
  'https://example.com/%zz',
  'https://café.example/hooks',
  'https://例え.テスト/',
  'https://example.com/path?q=a b'.replace(' ', '%20'),
  'https://example.com/"quoted"',
  'https://example.com/<tag>',
  'https://example.com/\\back',
  'http://example.com/hooks',
  'HTTPS://EXAMPLE.COM/',
  'https://user:pass@example.com/',
  'https://example.com:8443/x#frag',
  'https://[::1]:8080/',
  'https://127.0.0.1/',
  'relative/path',
  '/absolute/path',
  'ÄÖÜ',
  'A_B',
  'lower_case',
  '#A1B2C3',
  'en-GB',
  '2030-06-30T17:00:00Z',
  '2030-06-30T17:00:00.123456789+01:00',
];

test('ajv-formats is really asserting formats here', () => {
  const uri = ajv.compile({ type: 'string', format: 'uri' });
  assert.is(uri('https://example.com/ä'), false);
  assert.is(uri('https://example.com/'), true);
});

for (const { file, document } of examples) {
  test(`${file}: ajv with formats accepts it, as the library does`, () => {
    assert.ok(agrees(document, file), 'the example is valid for the library');
  });
}

test('every string in every example, replaced by each awkward string: where the library accepts, ajv accepts', () => {
  let accepted = 0;
  let urlsAccepted = 0;
  for (const { file, document } of examples) {
    for (const path of pathsOf(document)) {
      if (typeof valueAt(document, path) !== 'string') continue;
      for (const replacement of AWKWARD_STRINGS) {
        if (agrees(replaceAt(document, path, replacement), `${file} ${path.join('.')} = ${JSON.stringify(replacement)}`)) {
          accepted++;
          if (replacement.includes('://')) urlsAccepted++;
        }
      }
    }
  }
  // Not vacuous: the library accepted many of these, URLs with non-ASCII letters, braces and pipes among them.
  assert.ok(accepted > 200, `${accepted} accepted edits`);
  assert.ok(urlsAccepted > 50, `${urlsAccepted} accepted URL edits`);
});

test('random edits of examples and legal builder chains: where the library accepts, ajv accepts', () => {
  const valid = fc.oneof(
    fc.constantFrom(...examples.map(({ document }) => document)),
    legalChainArbitrary.map((steps) => JSON.parse(JSON.stringify(runChain(steps).toJSON())) as unknown),
  );
  const edit = fc.oneof(
    mutationArbitrary,
    // A string leaf replaced by an awkward one: the edits most likely to find a stricter schema.
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(...AWKWARD_STRINGS), jsonValueArbitrary) }),
  );
  fc.assert(
    fc.property(valid, fc.array(edit, { minLength: 1, maxLength: 3 }), (document, edits) => {
      const mutated = edits.reduce<unknown>((current, mutation) => mutate(current, mutation), document);
      agrees(mutated, JSON.stringify(edits));
    }),
    { numRuns: 400 },
  );
});

function valueAt(document: unknown, path: JsonPath): unknown {
  let current = document;
  for (const key of path) current = (current as Record<string | number, unknown>)[key];
  return current;
}

function replaceAt(document: unknown, path: JsonPath, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(document)) as Record<string | number, unknown>;
  let holder = copy;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  holder[path.at(-1) as string | number] = value;
  return copy;
}

test.run();
