import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fromJSON, InvalidConfigError, sessionConfig, type AnySessionConfigBuilder } from '../src/index.js';
import { startYotiSignEmulator, type YotiSignEmulator } from '../src/testing/index.js';
import { API_KEY, apiErrorOf, CONFIGS_PATH, expectError, rejectionOf } from './support/http.js';

const seed = JSON.parse(readFileSync(new URL('../examples/seed.json', import.meta.url), 'utf8')) as unknown;
const kyc = sessionConfig().name('KYC').check.liveness({ maxRetries: 3 }).check.faceMatch({ manualCheck: 'FALLBACK' }).document.id();

let emulator: YotiSignEmulator;
test.before(async () => {
  emulator = await startYotiSignEmulator({ apiKeys: [API_KEY] });
});
test.before.each(() => emulator.reset());
test.after(() => emulator.close());

test('create() sends one POST to /v2/idv/sessions/configs with the bearer key, JSON headers and exactly the toJSON() body', async () => {
  await kyc.create(API_KEY, { baseUrl: emulator.url });
  const requests = emulator.requests();
  assert.is(requests.length, 1);
  const [request] = requests;
  assert.is(request?.method, 'POST');
  assert.is(request?.path, CONFIGS_PATH);
  assert.equal(request?.query, {});
  assert.is(request?.headers['authorization'], `Bearer ${API_KEY}`);
  assert.is(request?.headers['content-type'], 'application/json');
  assert.is(request?.headers['accept'], 'application/json');
  assert.is(request?.body, JSON.stringify(kyc.toJSON()));
});

test('create() resolves with the envelope it sent, the status and the response body', async () => {
  const created = await kyc.create(API_KEY, { baseUrl: emulator.url });
  assert.equal(created.sent, kyc.toJSON());
  assert.is(created.status, 201);
  assert.equal(created.body, { name: 'KYC', is_custom: true, is_private: false, session_config: kyc.toJSON().session_config });
});

test('the seed configuration, lifted from its JSON file, is stored exactly as written', async () => {
  await fromJSON(seed).create(API_KEY, { baseUrl: emulator.url });
  assert.equal(emulator.stored(), [seed]);
});

test('create() is callable on a builder typed as AnySessionConfigBuilder', async () => {
  const loose: AnySessionConfigBuilder = kyc;
  const created = await loose.create(API_KEY, { baseUrl: emulator.url });
  assert.is(created.status, 201);
});

test('a base URL with a trailing slash or as a URL object reaches the same endpoint', async () => {
  await sessionConfig().name('slash').create(API_KEY, { baseUrl: `${emulator.url}/` });
  await sessionConfig().name('object').create(API_KEY, { baseUrl: new URL(emulator.url) });
  assert.equal(
    emulator.requests().map((request) => request.path),
    [CONFIGS_PATH, CONFIGS_PATH],
  );
});

for (const host of ['localhost', '127.0.0.2', '[::1]']) {
  test(`an http base URL to the loopback host ${host} passes the checks and is sent`, async () => {
    // Port 1 refuses the connection: a network error proves the request left, a RangeError would not.
    await apiErrorOf(kyc.create(API_KEY, { baseUrl: `http://${host}:1` }), 'network');
  });
}

test('an invalid configuration rejects with InvalidConfigError and sends nothing', async () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const invalid = (sessionConfig().name('KYC') as any).clientSessionTokenTtl(10);
  const error = await rejectionOf(invalid.create(API_KEY, { baseUrl: emulator.url }));
  expectError(error, InvalidConfigError, 'client_session_token_ttl');
  assert.is(emulator.requests().length, 0);
});

test('a configuration without a name rejects like toJSON() does, and sends nothing', async () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const error = await rejectionOf((sessionConfig() as any).create(API_KEY, { baseUrl: emulator.url }));
  expectError(error, InvalidConfigError, 'call .name(...) before toJSON() or create()');
  assert.is(emulator.requests().length, 0);
});

const badKeys: [string, unknown, string][] = [
  ['an empty key', '', 'must not be empty or blank, received an empty string'],
  ['a whitespace-only key', '  \t', 'must not be empty or blank, received 3 whitespace characters'],
  ['a key that is not a string', 42, 'must be a string, received 42'],
  ['a missing key', undefined, 'must be a string, received nothing'],
  ['a key with a trailing newline', `${API_KEY}\n`, 'a trailing newline from a file or an environment variable is the usual cause'],
  ['a key with an inner space', 'two words', 'printable ASCII without spaces'],
];
for (const [label, key, message] of badKeys) {
  test(`${label} rejects with a TypeError before any request`, async () => {
    const error = await rejectionOf(kyc.create(key as string, { baseUrl: emulator.url }));
    expectError(error, TypeError, 'The API key', message);
    assert.is(emulator.requests().length, 0);
  });
}

const badOptions: [string, unknown, new (...args: never[]) => Error, string][] = [
  ['a plain-http base URL to a remote host', { baseUrl: 'http://api.yotisign.com' }, RangeError, 'must use https: (http: only to a loopback host), received http://api.yotisign.com'],
  ['a base URL of another scheme', { baseUrl: 'ftp://127.0.0.1' }, RangeError, 'must use https:'],
  ['a relative base URL', { baseUrl: '/v2' }, TypeError, '`baseUrl` option must be an absolute URL'],
  ['a base URL with credentials', { baseUrl: 'https://user:pass@api.yotisign.com' }, RangeError, 'without credentials, query or fragment'],
  ['a base URL with a query', { baseUrl: 'https://api.yotisign.com/?x=1' }, RangeError, 'without credentials, query or fragment'],
  ['a base URL that is not a string', { baseUrl: 443 }, TypeError, '`baseUrl` option must be a string or a URL'],
  ['a zero timeout', { timeout: 0 }, RangeError, '`timeout` option must be a number of milliseconds from 1 to 2147483647, received 0'],
  ['a negative timeout', { timeout: -5 }, RangeError, 'received -5'],
  ['a NaN timeout', { timeout: Number.NaN }, RangeError, 'received NaN'],
  ['an infinite timeout', { timeout: Number.POSITIVE_INFINITY }, RangeError, 'received Infinity'],
  ['a timeout beyond what timers hold', { timeout: 2 ** 31 }, RangeError, 'from 1 to 2147483647'],
  ['a timeout given as a string', { timeout: '100' }, TypeError, '`timeout` option must be a number of milliseconds or false'],
  ['a signal that is not an AbortSignal', { signal: {} }, TypeError, '`signal` option must be an AbortSignal'],
  ['a fetch that is not a function', { fetch: 'fetch' }, TypeError, '`fetch` option must be a function'],
  ['a negative retry count', { retry: -1 }, RangeError, '`retry` option must be an integer from 0 to 10, received -1'],
  ['a fractional retry count', { retry: 1.5 }, RangeError, 'received 1.5'],
  ['a retry policy without a numeric limit', { retry: { limit: 'twice' } }, TypeError, '`retry.limit` option must be a number'],
  ['a negative retry wait cap', { retry: { limit: 1, maxRetryAfter: -1 } }, RangeError, '`retry.maxRetryAfter` option must be 0 or more'],
  ['an unknown option', { timout: 5 }, TypeError, 'Unknown option `timout`'],
  ['options that are not an object', 'fast', TypeError, 'The options must be an object'],
];
for (const [label, options, type, message] of badOptions) {
  test(`${label} rejects before any request`, async () => {
    const error = await rejectionOf(kyc.create(API_KEY, options as never));
    expectError(error, type, message);
    assert.is(emulator.requests().length, 0);
  });
}

test('timeout: false and an explicit retry policy are accepted', async () => {
  const created = await kyc.create(API_KEY, { baseUrl: emulator.url, timeout: false, retry: { limit: 0, backoffLimit: 0, maxRetryAfter: 0 } });
  assert.is(created.status, 201);
});

test('a POST is not retried by default: one 503 ends the call', async () => {
  emulator.failNext({ status: 503, headers: { 'retry-after': '0' } });
  await apiErrorOf(kyc.create(API_KEY, { baseUrl: emulator.url }), 'server_error', 503);
  assert.is(emulator.requests().length, 1);
  assert.equal(emulator.stored(), []);
});

test('a POST is not retried after a dropped connection either', async () => {
  emulator.failNext({ drop: true });
  await apiErrorOf(kyc.create(API_KEY, { baseUrl: emulator.url }), 'network');
  assert.is(emulator.requests().length, 1);
});

test('a POST is retried when the caller sets retry', async () => {
  emulator.failNext({ status: 503, headers: { 'retry-after': '0' } });
  const created = await kyc.create(API_KEY, { baseUrl: emulator.url, retry: 1 });
  assert.is(created.status, 201);
  assert.is(emulator.requests().length, 2);
});

test('a custom fetch sends the request', async () => {
  const seen: string[] = [];
  const fetch = (input: Request, init?: RequestInit) => {
    seen.push(`${input.method} ${new URL(input.url).pathname}`);
    return globalThis.fetch(input, init);
  };
  await kyc.create(API_KEY, { baseUrl: emulator.url, fetch });
  assert.equal(seen, [`POST ${CONFIGS_PATH}`]);
  assert.is(emulator.requests().length, 1);
});

test('an app that only builds JSON bundles without ky: ky sits in a chunk loaded by create()', async () => {
  const result = await build({
    stdin: {
      contents: "import { sessionConfig } from './src/index.ts'; console.log(JSON.stringify(sessionConfig().name('KYC').check.liveness()));",
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: 'out',
    write: false,
    metafile: true,
  });
  const outputs = Object.entries(result.metafile.outputs);
  const entry = outputs.find(([, output]) => output.entryPoint !== undefined);
  assert.ok(entry, 'the bundle has an entry chunk');
  const inEntry = Object.keys(entry[1].inputs);
  assert.not.ok(inEntry.some((input) => input.includes('node_modules/ky/')), 'ky is not in the entry chunk');
  assert.ok(inEntry.some((input) => input.includes('src/builder/session-config-builder.ts')), 'the entry chunk holds the builder');
  assert.not.ok(entry[1].imports.some((imported) => imported.kind === 'import-statement' && outputs.some(([path, output]) => path === imported.path && Object.keys(output.inputs).some((input) => input.includes('node_modules/ky/')))), 'the entry chunk does not statically import ky');
  assert.ok(outputs.some(([, output]) => Object.keys(output.inputs).some((input) => input.includes('node_modules/ky/'))), 'ky is bundled in a lazy chunk');
});

test.run();
