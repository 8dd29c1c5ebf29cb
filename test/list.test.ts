import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { listSessionConfigs, sessionConfig } from '../src/index.js';
import { startYotiSignEmulator, type YotiSignEmulator } from '../src/testing/index.js';
import { API_KEY, apiErrorOf, CONFIGS_PATH, expectError, OTHER_KEY, rejectionOf } from './support/http.js';

const example = (file: string) =>
  (JSON.parse(readFileSync(new URL(`../examples/${file}`, import.meta.url), 'utf8')) as { session_config: unknown }).session_config;

const prebuilt = [
  { name: 'Real Estate', is_custom: false, is_private: false },
  { name: 'HR', is_custom: false, is_private: false },
  { name: 'Finance', is_custom: false, is_private: false },
  { name: 'Adult', is_custom: false, is_private: false },
  { name: 'Recruitment', is_custom: false, is_private: false },
  { name: 'Liveness Only', is_custom: false, is_private: false },
];

let emulator: YotiSignEmulator;
let baseUrl: string;
test.before(async () => {
  emulator = await startYotiSignEmulator({ apiKeys: [API_KEY, OTHER_KEY] });
  baseUrl = emulator.url;
});
test.before.each(() => emulator.reset());
test.after(() => emulator.close());

test('listSessionConfigs() sends one GET to /v2/idv/sessions/configs with the bearer key and no body', async () => {
  await listSessionConfigs(API_KEY, { baseUrl });
  const [request, ...rest] = emulator.requests();
  assert.is(rest.length, 0);
  assert.is(request?.method, 'GET');
  assert.is(request?.path, CONFIGS_PATH);
  assert.equal(request?.query, {});
  assert.is(request?.headers['authorization'], `Bearer ${API_KEY}`);
  assert.is(request?.headers['accept'], 'application/json');
  assert.is(request?.headers['content-type'], undefined);
  assert.is(request?.body, '');
});

test('the list holds the prebuilt configurations, then the custom ones, without payloads', async () => {
  await sessionConfig().name('KYC').isPrivate(true).check.liveness().create(API_KEY, { baseUrl });
  const list = await listSessionConfigs(API_KEY, { baseUrl });
  assert.equal(list, { session_configs: [...prebuilt, { name: 'KYC', is_custom: true, is_private: true }] });
});

test('detailed: true asks with ?detailed_session_configs=true and each item carries its payload', async () => {
  const kyc = sessionConfig().name('KYC').check.liveness();
  await kyc.create(API_KEY, { baseUrl });
  const { session_configs: configs } = await listSessionConfigs(API_KEY, { baseUrl, detailed: true });
  assert.equal(emulator.requests().at(-1)?.query, { detailed_session_configs: 'true' });
  assert.equal(configs.find((config) => config.name === 'KYC'), { name: 'KYC', is_custom: true, is_private: false, session_config: kyc.toJSON().session_config });
  assert.equal(configs.find((config) => config.name === 'Real Estate')?.session_config, example('yoti-sign-prebuilt-real-estate.json'));
  assert.equal(configs.find((config) => config.name === 'HR')?.session_config, example('yoti-sign-prebuilt-hr-no-required-documents.json'));
});

test('detailed: false sends no query parameter', async () => {
  await listSessionConfigs(API_KEY, { baseUrl, detailed: false });
  assert.equal(emulator.requests()[0]?.query, {});
});

test('a detailed value that is not a boolean rejects before any request', async () => {
  const error = await rejectionOf(listSessionConfigs(API_KEY, { baseUrl, detailed: 'yes' as never }));
  expectError(error, TypeError, 'The `detailed` option must be true or false');
  assert.is(emulator.requests().length, 0);
});

test('a blank API key rejects before any request', async () => {
  const error = await rejectionOf(listSessionConfigs(' ', { baseUrl }));
  expectError(error, TypeError, 'The API key must not be empty or blank');
  assert.is(emulator.requests().length, 0);
});

test('a GET is retried after a 503 with Retry-After and then succeeds', async () => {
  emulator.failNext({ status: 503, headers: { 'retry-after': '0' } });
  const list = await listSessionConfigs(API_KEY, { baseUrl });
  assert.is(list.session_configs.length, prebuilt.length);
  assert.is(emulator.requests().length, 2);
});

test('a GET is retried after a 429 with Retry-After', async () => {
  emulator.failNext({ status: 429, headers: { 'retry-after': '0' } });
  await listSessionConfigs(API_KEY, { baseUrl });
  assert.is(emulator.requests().length, 2);
});

for (const status of [500, 502, 504]) {
  test(`a GET is retried after a ${status}`, async () => {
    emulator.failNext({ status });
    await listSessionConfigs(API_KEY, { baseUrl, retry: { limit: 2, backoffLimit: 0 } });
    assert.is(emulator.requests().length, 2);
  });
}

test('a GET is retried after a dropped connection', async () => {
  emulator.failNext({ drop: true });
  await listSessionConfigs(API_KEY, { baseUrl, retry: { limit: 2, backoffLimit: 0 } });
  assert.is(emulator.requests().length, 2);
});

test('a GET gives up after two retries by default and reports the last failure', async () => {
  emulator.failNext({ status: 503, headers: { 'retry-after': '0' } }, 3);
  const error = await apiErrorOf(listSessionConfigs(API_KEY, { baseUrl }), 'server_error', 503);
  assert.is(error.method, 'GET');
  assert.is(emulator.requests().length, 3);
});

test('a GET is not retried on a status that will not change (400, 401, 403, 404, 409)', async () => {
  for (const status of [400, 401, 403, 404, 409]) {
    emulator.reset();
    emulator.failNext({ status, headers: { 'retry-after': '0' } });
    await rejectionOf(listSessionConfigs(API_KEY, { baseUrl }));
    assert.is(emulator.requests().length, 1, `status ${status}`);
  }
});

test('retry: 0 turns GET retries off', async () => {
  emulator.failNext({ status: 503, headers: { 'retry-after': '0' } });
  await apiErrorOf(listSessionConfigs(API_KEY, { baseUrl, retry: 0 }), 'server_error');
  assert.is(emulator.requests().length, 1);
});

test('Retry-After is honoured: a long one holds the retry back until the caller’s deadline ends the call', async () => {
  // With no backoff, an ignored Retry-After would retry at once and succeed; honoured, it waits.
  emulator.failNext({ status: 503, headers: { 'retry-after': '3600' } });
  const signal = AbortSignal.timeout(150);
  await apiErrorOf(listSessionConfigs(API_KEY, { baseUrl, signal, retry: { limit: 2, backoffLimit: 0, maxRetryAfter: 3_600_000 } }), 'timeout');
  assert.is(emulator.requests().length, 1);
});

test('maxRetryAfter caps a long Retry-After', async () => {
  emulator.failNext({ status: 429, headers: { 'retry-after': '3600' } });
  await listSessionConfigs(API_KEY, { baseUrl, retry: { limit: 1, maxRetryAfter: 0 } });
  assert.is(emulator.requests().length, 2);
});

test('a timeout is not retried', async () => {
  emulator.failNext({ delayMs: 5_000 });
  await apiErrorOf(listSessionConfigs(API_KEY, { baseUrl, timeout: 50 }), 'timeout');
  assert.is(emulator.requests().length, 1);
});

test('a body without a session_configs list is an invalid_response ApiError', async () => {
  emulator.failNext({ status: 200, body: { configs: [] } });
  const error = await apiErrorOf(listSessionConfigs(API_KEY, { baseUrl }), 'invalid_response', 200);
  assert.equal(error.body, { configs: [] });
  assert.ok(error.message.includes('session_configs'), error.message);
});

test('a text body where JSON was expected is an invalid_response ApiError carrying the text', async () => {
  emulator.failNext({ status: 200, body: '<html>maintenance</html>' });
  const error = await apiErrorOf(listSessionConfigs(API_KEY, { baseUrl }), 'invalid_response', 200);
  assert.is(error.body, '<html>maintenance</html>');
});

test('items without a string name make the response invalid', async () => {
  emulator.failNext({ status: 200, body: { session_configs: [{ name: 7 }] } });
  await apiErrorOf(listSessionConfigs(API_KEY, { baseUrl }), 'invalid_response', 200);
});

test.run();
