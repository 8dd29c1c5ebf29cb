import { runInNewContext } from 'node:vm';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  ApiError,
  InvalidConfigError,
  isApiError,
  isInvalidConfigError,
  isSessionConfigError,
  listSessionConfigs,
  SessionConfigError,
  sessionConfig,
} from '../src/index.js';
import { startYotiSignEmulator, type YotiSignEmulator } from '../src/testing/index.js';
import { API_KEY, apiErrorOf, CONFIGS_PATH, OTHER_KEY } from './support/http.js';

const kyc = sessionConfig().name('KYC').check.liveness();

let emulator: YotiSignEmulator;
let baseUrl: string;
let endpoint: string;
test.before(async () => {
  emulator = await startYotiSignEmulator({ apiKeys: [API_KEY] });
  baseUrl = emulator.url;
  endpoint = `${baseUrl}${CONFIGS_PATH}`;
});
test.before.each(() => emulator.reset());
test.after(() => emulator.close());

const create = (options: object = {}, key = API_KEY) => kyc.create(key, { baseUrl, ...options });

test('a 400 is bad_request, with the parsed body, Yoti’s message and a summary of ky’s HTTPError as cause', async () => {
  const body = { code: 'PAYLOAD_VALIDATION', message: 'There were errors validating the payload', errors: [{ property: 'name', message: 'required' }] };
  emulator.failNext({ status: 400, body });
  const error = await apiErrorOf(create(), 'bad_request', 400);
  assert.equal(error.body, body);
  assert.is(error.yotiMessage, 'There were errors validating the payload');
  assert.is(error.method, 'POST');
  assert.is(error.url, endpoint);
  assert.is(error.message, `POST ${endpoint} failed with 400 Bad Request: the API rejected the request. Yoti Sign says: "There were errors validating the payload"`);
  assert.is((error.cause as Error).name, 'HTTPError');
  assert.is((error.cause as Error).message, `Request failed with status code 400 Bad Request: POST ${endpoint}`);
  // A summary, not ky's error: the request, response and options (headers, body) are not kept.
  assert.equal(Object.getOwnPropertyNames(error.cause).sort(), ['message', 'name', 'stack']);
});

test('a key the API does not know is unauthorized (403)', async () => {
  const error = await apiErrorOf(create({}, OTHER_KEY), 'unauthorized', 403);
  assert.ok(error.message.includes('the API key was refused'), error.message);
  assert.is(error.yotiMessage, 'The API key is not valid for this service');
});

test('a 401 is unauthorized too', async () => {
  emulator.failNext({ status: 401 });
  await apiErrorOf(create(), 'unauthorized', 401);
});

test('a wrong path prefix in baseUrl is not_found (404)', async () => {
  const error = await apiErrorOf(create({ baseUrl: `${baseUrl}/proxy` }), 'not_found', 404);
  assert.is(error.url, `${baseUrl}/proxy${CONFIGS_PATH}`);
  assert.ok(error.message.includes('check the `baseUrl` option'), error.message);
});

test('a name that exists is conflict (409), with the API’s explanation', async () => {
  await create();
  const error = await apiErrorOf(create(), 'conflict', 409);
  assert.is(error.yotiMessage, 'A session configuration named "KYC" already exists');
  assert.ok(error.message.includes('choose another name'), error.message);
});

test('a prebuilt configuration’s name is taken as well', async () => {
  await apiErrorOf(sessionConfig().name('HR').create(API_KEY, { baseUrl }), 'conflict', 409);
});

test('a 429 is rate_limited', async () => {
  emulator.failNext({ status: 429, headers: { 'retry-after': '30' } });
  const error = await apiErrorOf(create(), 'rate_limited', 429);
  assert.ok(error.message.includes('wait before trying again'), error.message);
});

for (const status of [500, 502, 503, 504, 599]) {
  test(`a ${status} is server_error`, async () => {
    emulator.failNext({ status });
    await apiErrorOf(create(), 'server_error', status);
  });
}

test('any other non-2xx status is unexpected_status', async () => {
  emulator.failNext({ status: 418 });
  await apiErrorOf(create(), 'unexpected_status', 418);
});

test('a text error body is kept as text, with no Yoti message', async () => {
  emulator.failNext({ status: 502, body: '<html>Bad gateway</html>' });
  const error = await apiErrorOf(create(), 'server_error', 502);
  assert.is(error.body, '<html>Bad gateway</html>');
  assert.is(error.yotiMessage, undefined);
  assert.is(error.message, `POST ${endpoint} failed with 502 Bad Gateway: the API failed: try again later`);
});

test('an empty error body leaves body undefined', async () => {
  emulator.failNext({ status: 500, body: undefined });
  const error = await apiErrorOf(create(), 'server_error', 500);
  assert.is(error.body, undefined);
});

test('no response within the timeout is a timeout, with ky’s TimeoutError as cause and no status', async () => {
  emulator.failNext({ delayMs: 5_000 });
  const error = await apiErrorOf(create({ timeout: 50 }), 'timeout');
  assert.is(error.status, undefined);
  assert.is(error.body, undefined);
  assert.is((error.cause as Error).name, 'TimeoutError');
  assert.is(error.message, `POST ${endpoint} did not complete within 50 ms (the response body included): raise the \`timeout\` option or try again later`);
});

test('a dropped connection is network, with fetch’s reason in the message', async () => {
  emulator.failNext({ drop: true });
  const error = await apiErrorOf(create(), 'network');
  assert.is(error.status, undefined);
  assert.instance(error.cause, TypeError);
  assert.ok(error.message.includes('failed before a response arrived (fetch failed: other side closed)'), error.message);
});

test('a server that is not running is network', async () => {
  const gone = await startYotiSignEmulator({ apiKeys: [API_KEY] });
  await gone.close();
  const error = await apiErrorOf(kyc.create(API_KEY, { baseUrl: gone.url }), 'network');
  assert.ok(error.message.includes('ECONNREFUSED'), error.message);
});

test('a signal aborted before the call is aborted, and nothing is sent', async () => {
  const error = await apiErrorOf(create({ signal: AbortSignal.abort() }), 'aborted');
  assert.is(error.message, `POST ${endpoint} was aborted by its \`signal\``);
  assert.is((error.cause as Error).name, 'AbortError');
  assert.is(emulator.requests().length, 0);
});

test('a signal aborted while waiting for the response is aborted', async () => {
  emulator.failNext({ delayMs: 5_000 });
  const controller = new AbortController();
  const pending = create({ signal: controller.signal });
  // Abort once the emulator holds the request, so the abort lands mid-flight.
  while (emulator.requests().length === 0) await new Promise((resolve) => setImmediate(resolve));
  controller.abort();
  await apiErrorOf(pending, 'aborted');
});

test('a signal from AbortSignal.timeout() that fires is reported as a timeout', async () => {
  emulator.failNext({ delayMs: 5_000 });
  const error = await apiErrorOf(create({ signal: AbortSignal.timeout(50) }), 'timeout');
  assert.ok(error.message.includes('ran past the deadline of its `signal`'), error.message);
});

test('listSessionConfigs() fails with the same kinds', async () => {
  const error = await apiErrorOf(listSessionConfigs(OTHER_KEY, { baseUrl }), 'unauthorized', 403);
  assert.is(error.method, 'GET');
});

test('ApiError belongs to the one hierarchy, apart from InvalidConfigError', async () => {
  emulator.failNext({ status: 500 });
  const error = await apiErrorOf(create(), 'server_error');
  assert.instance(error, ApiError);
  assert.instance(error, SessionConfigError);
  assert.is(error.name, 'ApiError');
  assert.ok(isSessionConfigError(error));
  assert.not.ok(isInvalidConfigError(error));
  assert.not.ok(isApiError(new InvalidConfigError([])));
});

test('isApiError(error, kind) narrows to one kind', async () => {
  emulator.failNext({ status: 409 });
  const error = await apiErrorOf(create(), 'conflict');
  assert.ok(isApiError(error, 'conflict'));
  assert.not.ok(isApiError(error, 'server_error'));
});

test('the guards recognise an ApiError from another realm', () => {
  const foreign: unknown = runInNewContext("Object.assign(new Error('x'), { name: 'ApiError', kind: 'conflict', status: 409 })");
  assert.not.ok(foreign instanceof ApiError);
  assert.ok(isApiError(foreign));
  assert.ok(isApiError(foreign, 'conflict'));
  assert.not.ok(isApiError(foreign, 'timeout'));
  assert.ok(isSessionConfigError(foreign));
});

test('the guards reject look-alikes', () => {
  assert.not.ok(isApiError(new Error('x')));
  assert.not.ok(isApiError({ name: 'ApiError' }));
  assert.not.ok(isApiError(Object.assign(new Error('x'), { name: 'ApiError' })));
  assert.not.ok(isApiError(null));
  assert.not.ok(isApiError('ApiError'));
});

test('an ApiError serialises to its fields as JSON', async () => {
  emulator.failNext({ status: 409, body: { message: 'taken' } });
  const error = await apiErrorOf(create(), 'conflict');
  assert.equal(JSON.parse(JSON.stringify(error)), {
    name: 'ApiError',
    kind: 'conflict',
    method: 'POST',
    url: endpoint,
    status: 409,
    body: { message: 'taken' },
    yotiMessage: 'taken',
  });
});

test.run();
