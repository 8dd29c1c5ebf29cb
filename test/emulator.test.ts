import { request as httpRequest } from 'node:http';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sessionConfig } from '../src/index.js';
import { startYotiSignEmulator, type YotiSignEmulator } from '../src/testing/index.js';
import { API_KEY, CONFIGS_PATH, expectError, OTHER_KEY, rejectionOf } from './support/http.js';

let emulator: YotiSignEmulator;
let endpoint: string;
test.before(async () => {
  emulator = await startYotiSignEmulator({ apiKeys: [API_KEY, OTHER_KEY] });
  endpoint = `${emulator.url}${CONFIGS_PATH}`;
});
test.before.each(() => emulator.reset());
test.after(() => emulator.close());

const bearer = (key = API_KEY) => ({ authorization: `Bearer ${key}` });
const post = (body: unknown, headers: Record<string, string> = { ...bearer(), 'content-type': 'application/json' }) =>
  fetch(endpoint, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
const names = async (key = API_KEY) =>
  ((await (await fetch(endpoint, { headers: bearer(key) })).json()) as { session_configs: { name: string }[] }).session_configs.map((item) => item.name);
const valid = sessionConfig().name('KYC').check.liveness().toJSON();

test('it listens on 127.0.0.1 on a free port', () => {
  assert.match(emulator.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.is.not(emulator.url, 'http://127.0.0.1:0');
});

test('it refuses options without API keys, or with a bad port', async () => {
  expectError(await rejectionOf(startYotiSignEmulator({ apiKeys: [] })), TypeError, '`apiKeys` option must be a non-empty array');
  expectError(await rejectionOf(startYotiSignEmulator({ apiKeys: [''] })), TypeError, '`apiKeys` option');
  expectError(await rejectionOf(startYotiSignEmulator({ apiKeys: [API_KEY], port: 70_000 })), RangeError, '`port` option must be an integer from 0 to 65535');
});

test('a request without a bearer key gets 401', async () => {
  const response = await fetch(endpoint);
  assert.is(response.status, 401);
  assert.equal(await response.json(), { code: 'UNAUTHORIZED', message: 'Missing or malformed Authorization header: expected "Bearer <API key>"' });
});

test('a request with a key it does not know gets 403', async () => {
  const response = await fetch(endpoint, { headers: bearer('someone-else') });
  assert.is(response.status, 403);
  assert.is(((await response.json()) as { message: string }).message, 'The API key is not valid for this service');
});

test('a valid POST is stored and answered 201 with the stored item', async () => {
  const response = await post(valid);
  assert.is(response.status, 201);
  assert.equal(await response.json(), { ...valid, is_custom: true });
  assert.equal(emulator.stored(), [valid]);
});

test('an invalid body gets 400 with a Yoti-like message listing every problem, checked by the library’s rules', async () => {
  const response = await post({ name: '', is_private: 'no', session_config: { client_session_token_ttl: 10 } });
  assert.is(response.status, 400);
  const body = (await response.json()) as { code: string; message: string; errors: { property: string; message: string }[] };
  assert.is(body.code, 'PAYLOAD_VALIDATION');
  assert.ok(body.message.startsWith('There were errors validating the payload: '), body.message);
  assert.equal(
    body.errors.map((error) => error.property),
    ['name', 'is_private', 'session_config.client_session_token_ttl'],
  );
  for (const error of body.errors) assert.ok(body.message.includes(error.message), `the message lists "${error.message}"`);
  assert.equal(emulator.stored(), []);
});

test('a body that is not JSON gets 400', async () => {
  const response = await post('{ name: ');
  assert.is(response.status, 400);
  assert.is(((await response.json()) as { code: string }).code, 'INVALID_JSON');
});

test('a body over 1 MB gets 413 and is not kept', async () => {
  const response = await post(`"${'x'.repeat(1_000_000)}"`);
  assert.is(response.status, 413);
  assert.is(emulator.requests()[0]?.body, '');
});

test('a POST without a JSON content type gets 415', async () => {
  const response = await post(valid, { ...bearer(), 'content-type': 'text/plain' });
  assert.is(response.status, 415);
});

test('media types are case-insensitive and may carry parameters', async () => {
  const accepted = ['APPLICATION/JSON', 'Application/Json; Charset=UTF-8', 'application/json;charset=utf-8', ' application/json '];
  for (const [index, contentType] of accepted.entries()) {
    const response = await post({ ...valid, name: `KYC ${index}` }, { ...bearer(), 'content-type': contentType });
    assert.is(response.status, 201, contentType);
  }
});

test('a media type that only starts like JSON is not JSON: 415', async () => {
  for (const contentType of ['application/jsonx', 'application/json-patch+json', 'application/jsonp; charset=utf-8']) {
    const response = await post(valid, { ...bearer(), 'content-type': contentType });
    assert.is(response.status, 415, contentType);
  }
  assert.equal(emulator.stored(), []);
});

test('the auth scheme is case-insensitive: bearer and BEARER are accepted, other schemes get 401', async () => {
  for (const scheme of ['bearer', 'BEARER', 'BeArEr']) {
    const response = await fetch(endpoint, { headers: { authorization: `${scheme} ${API_KEY}` } });
    assert.is(response.status, 200, scheme);
  }
  assert.is((await post({ ...valid, name: 'lower' }, { authorization: `bearer ${API_KEY}`, 'content-type': 'application/json' })).status, 201);
  assert.is((await fetch(endpoint, { headers: { authorization: `Basic ${API_KEY}` } })).status, 401);
  assert.is((await fetch(endpoint, { headers: { authorization: `Bearer${API_KEY}` } })).status, 401);
});

test('a name that exists gets 409, for stored and prebuilt names alike', async () => {
  await post(valid);
  assert.is((await post(valid)).status, 409);
  assert.is((await post({ ...valid, name: 'Liveness Only' })).status, 409);
});

test('GET lists the prebuilt names and the stored ones; a private one only for the key that stored it', async () => {
  await post({ ...valid, name: 'Shared' });
  await post({ ...valid, name: 'Mine', is_private: true });
  const prebuilt = ['Real Estate', 'HR', 'Finance', 'Adult', 'Recruitment', 'Liveness Only'];
  assert.equal(await names(API_KEY), [...prebuilt, 'Shared', 'Mine']);
  assert.equal(await names(OTHER_KEY), [...prebuilt, 'Shared']);
});

test('detailed mode adds payloads where one is published, by query parameter or by a JSON body on the GET', async () => {
  const viaQuery = (await (await fetch(`${endpoint}?detailed_session_configs=true`, { headers: bearer() })).json()) as {
    session_configs: { name: string; session_config?: unknown }[];
  };
  const withPayload = viaQuery.session_configs.filter((item) => item.session_config !== undefined).map((item) => item.name);
  assert.equal(withPayload, ['Real Estate', 'HR']);
  // fetch cannot send a body with GET; node:http can, as the documentation's example does.
  const query = JSON.stringify({ detailed_session_configs: true });
  const headers = { ...bearer(), 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(query)) };
  const viaBody = await new Promise<string>((resolve, reject) => {
    const outgoing = httpRequest(endpoint, { method: 'GET', headers }, (incoming) => {
      let text = '';
      incoming.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      incoming.on('end', () => resolve(text));
    });
    outgoing.on('error', reject);
    outgoing.end(query);
  });
  assert.equal(JSON.parse(viaBody), viaQuery);
});

test('another path gets 404 and another method 405', async () => {
  assert.is((await fetch(`${emulator.url}/v2/idv/sessions`, { headers: bearer() })).status, 404);
  const deleted = await fetch(endpoint, { method: 'DELETE', headers: bearer() });
  assert.is(deleted.status, 405);
  assert.is(deleted.headers.get('allow'), 'GET, POST');
});

test('failNext answers with the given status, headers and body, then returns to normal', async () => {
  emulator.failNext({ status: 503, headers: { 'retry-after': '7' }, body: { message: 'down' } });
  const failed = await fetch(endpoint, { headers: bearer() });
  assert.is(failed.status, 503);
  assert.is(failed.headers.get('retry-after'), '7');
  assert.equal(await failed.json(), { message: 'down' });
  assert.is((await fetch(endpoint, { headers: bearer() })).status, 200);
});

test('failNext without a body answers the status’s standard text', async () => {
  emulator.failNext({ status: 502 });
  assert.equal(await (await fetch(endpoint)).json(), { code: 'INJECTED_FAILURE', message: 'Bad Gateway' });
});

test('failNext applies to as many requests as asked', async () => {
  emulator.failNext({ status: 500 }, 2);
  const statuses = [];
  for (let count = 0; count < 3; count++) statuses.push((await fetch(endpoint, { headers: bearer() })).status);
  assert.equal(statuses, [500, 500, 200]);
});

test('a delay alone answers normally once it has passed', async () => {
  emulator.failNext({ delayMs: 20 });
  assert.is((await fetch(endpoint, { headers: bearer() })).status, 200);
});

test('a dropped connection gets no answer at all', async () => {
  emulator.failNext({ drop: true });
  const error = await rejectionOf(fetch(endpoint, { headers: bearer() }));
  assert.instance(error, TypeError);
  assert.is(((error as Error).cause as Error).message, 'other side closed');
});

test('failNext refuses a status outside 200-599 and a negative delay', () => {
  assert.throws(() => emulator.failNext({ status: 99 }), /status from 200 to 599/);
  assert.throws(() => emulator.failNext({ delayMs: -1 }), /delayMs/);
  assert.throws(() => emulator.failNext({ status: 500 }, 0), /times/);
});

test('every request is recorded with its method, path, query, headers and body, faulted ones included', async () => {
  emulator.failNext({ status: 500 });
  await post(valid);
  await fetch(`${endpoint}?detailed_session_configs=true`, { headers: bearer() });
  const [first, second] = emulator.requests();
  assert.is(first?.method, 'POST');
  assert.is(first?.body, JSON.stringify(valid));
  assert.is(first?.headers['content-type'], 'application/json');
  assert.is(second?.method, 'GET');
  assert.equal(second?.query, { detailed_session_configs: 'true' });
});

test('reset forgets requests, stored configurations and pending faults', async () => {
  await post(valid);
  emulator.failNext({ status: 500 });
  emulator.reset();
  assert.equal(emulator.requests(), []);
  assert.equal(emulator.stored(), []);
  assert.is((await post(valid)).status, 201);
});

test('close ends a request held by a delay and stops listening', async () => {
  const other = await startYotiSignEmulator({ apiKeys: [API_KEY] });
  other.failNext({ delayMs: 60_000 });
  const held = rejectionOf(fetch(`${other.url}${CONFIGS_PATH}`, { headers: bearer() }));
  while (other.requests().length === 0) await new Promise((resolve) => setImmediate(resolve));
  await other.close();
  assert.instance(await held, TypeError);
  assert.instance(await rejectionOf(fetch(`${other.url}${CONFIGS_PATH}`)), TypeError);
});

test.run();
