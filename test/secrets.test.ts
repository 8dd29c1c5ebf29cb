import { inspect } from 'node:util';
import ky from 'ky';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { listSessionConfigs, sessionConfig } from '../src/index.js';
import { startYotiSignEmulator, type EmulatorFault, type YotiSignEmulator } from '../src/testing/index.js';
import { CONFIGS_PATH, rejectionOf } from './support/http.js';

const KEY = 'sk_live_7f3a9c41_SECRET-do-not-print';
const CA_KEY = 'ca_account_key_0b9e77';

/** Every way an error can be turned into text: its own fields and each error down the cause chain. */
function serialisations(error: unknown): string[] {
  const texts = [
    inspect(error, { depth: 10, showHidden: true }),
    inspect(error, { depth: Infinity, showHidden: true, getters: true }),
    inspect(error, { depth: 10, getters: true }),
    String(error),
    JSON.stringify(error) ?? '',
  ];
  const pending: unknown[] = [error];
  for (let visited = 0; pending.length > 0 && visited < 50; visited++) {
    const current = pending.shift();
    if (!(current instanceof Error)) continue;
    texts.push(current.message, current.stack ?? '', String(current), JSON.stringify(current) ?? '', inspect(current, { depth: Infinity, showHidden: true }));
    pending.push(current.cause, ...((current as { errors?: unknown[] }).errors ?? []));
  }
  return texts;
}

function assertNoSecret(error: unknown, ...secrets: string[]): void {
  assert.ok(error instanceof Error, 'an error was thrown');
  for (const text of serialisations(error)) {
    for (const secret of secrets) assert.not.ok(text.includes(secret), `the secret leaked into: ${text.slice(Math.max(0, text.indexOf(secret) - 200), text.indexOf(secret) + 50)}`);
  }
}

let emulator: YotiSignEmulator;
let baseUrl: string;
test.before(async () => {
  emulator = await startYotiSignEmulator({ apiKeys: [KEY] });
  baseUrl = emulator.url;
});
test.before.each(() => emulator.reset());
test.after(() => emulator.close());

test('the search can fail: a raw ky HTTPError does print the key', async () => {
  emulator.failNext({ status: 500 });
  const error = await rejectionOf(ky.post(`${baseUrl}${CONFIGS_PATH}`, { json: {}, headers: { authorization: `Bearer ${KEY}` }, retry: 0 }));
  assert.ok(serialisations(error).some((text) => text.includes(KEY)));
});

// A configuration whose body holds a second secret: ky's options keep the body it sent.
const withCustomAccount = sessionConfig()
  .name('Screened')
  .check.watchlistAdvancedCa({
    type: 'WITH_CUSTOM_ACCOUNT',
    apiKey: CA_KEY,
    clientRef: 'client-ref',
    sources: { type: 'TYPE_LIST', types: ['pep'] },
    matchingStrategy: { type: 'EXACT' },
  });

const faults: [string, EmulatorFault | undefined, object][] = [
  ['400', { status: 400 }, {}],
  ['401', { status: 401 }, {}],
  ['404', undefined, { baseUrl: `{base}/proxy` }],
  ['429', { status: 429, headers: { 'retry-after': '60' } }, {}],
  ['500 with a text body', { status: 500, body: 'upstream failed' }, {}],
  ['a timeout', { delayMs: 5_000 }, { timeout: 30 }],
  ['a dropped connection', { drop: true }, {}],
];
for (const [label, fault, options] of faults) {
  test(`the ApiError for ${label} holds neither the key nor the body's secrets, in any serialisation`, async () => {
    if (fault !== undefined) emulator.failNext(fault);
    const resolved = { ...options, baseUrl: String((options as { baseUrl?: string }).baseUrl ?? '{base}').replace('{base}', baseUrl) };
    assertNoSecret(await rejectionOf(withCustomAccount.create(KEY, resolved)), KEY, CA_KEY);
  });
}

test('a 409 from a real conflict holds no key', async () => {
  await withCustomAccount.create(KEY, { baseUrl });
  assertNoSecret(await rejectionOf(withCustomAccount.create(KEY, { baseUrl })), KEY, CA_KEY);
});

test('a 403 for an unknown key holds neither key', async () => {
  const wrong = 'sk_live_WRONG_key_1234567';
  assertNoSecret(await rejectionOf(withCustomAccount.create(wrong, { baseUrl })), wrong, CA_KEY);
});

test('an abort holds no key', async () => {
  assertNoSecret(await rejectionOf(withCustomAccount.create(KEY, { baseUrl, signal: AbortSignal.abort() })), KEY, CA_KEY);
});

test('a refused connection holds no key', async () => {
  const gone = await startYotiSignEmulator({ apiKeys: [KEY] });
  await gone.close();
  assertNoSecret(await rejectionOf(withCustomAccount.create(KEY, { baseUrl: gone.url })), KEY);
});

test('a GET that failed after its retries holds no key', async () => {
  emulator.failNext({ status: 503, headers: { 'retry-after': '0' } }, 3);
  assertNoSecret(await rejectionOf(listSessionConfigs(KEY, { baseUrl })), KEY);
});

test('an invalid list response holds no key', async () => {
  emulator.failNext({ status: 200, body: { nope: true } });
  assertNoSecret(await rejectionOf(listSessionConfigs(KEY, { baseUrl })), KEY);
});

test('a server that echoes the key back has it replaced in the body, the Yoti message and the error message', async () => {
  emulator.failNext({ status: 400, body: { message: `Bad key ${KEY}`, echo: { authorization: `Bearer ${KEY}` } } });
  const error = await rejectionOf(withCustomAccount.create(KEY, { baseUrl }));
  assertNoSecret(error, KEY);
  assert.equal((error as { body: unknown }).body, { message: 'Bad key [redacted]', echo: { authorization: 'Bearer [redacted]' } });
});

test('a custom fetch that throws with the key in its message has it replaced', async () => {
  const fetch = () => Promise.reject(new Error(`proxy refused Bearer ${KEY}`, { cause: new Error(`inner ${KEY}`) }));
  assertNoSecret(await rejectionOf(withCustomAccount.create(KEY, { baseUrl, fetch })), KEY);
});

test('a server that echoes the key in a response header leaves it in no part of the error', async () => {
  emulator.failNext({ status: 400, headers: { 'x-echo-authorization': `Bearer ${KEY}`, 'x-request-key': KEY } });
  const error = await rejectionOf(withCustomAccount.create(KEY, { baseUrl }));
  assertNoSecret(error, KEY, CA_KEY);
});

/** What a custom `fetch` may throw: each holds the key somewhere other than a message. */
const thrownByFetch: [string, (request: Request) => unknown][] = [
  ['a plain object', () => ({ message: 'proxy refused', headers: { authorization: `Bearer ${KEY}` } })],
  ['a string', () => `refused: Bearer ${KEY}`],
  ['an AggregateError', () => new AggregateError([new Error(`first ${KEY}`), Object.assign(new Error('second'), { key: KEY })], `all failed for ${KEY}`)],
  ['the Request itself', (request) => request],
  ['an error with the key in an extra property', () => Object.assign(new Error('proxy refused'), { config: { headers: { authorization: `Bearer ${KEY}` } }, request: { key: KEY } })],
  ['an error whose cause is a plain object', () => new Error('outer', { cause: { token: KEY } })],
  ['an error whose cause chain is a cycle', () => {
    const error = new Error(`loop ${KEY}`);
    (error as { cause?: unknown }).cause = error;
    return error;
  }],
  ['an error with a code and a getter that throws', () => Object.defineProperties(new TypeError(`bad ${KEY}`), { code: { value: `E_${KEY}` }, secret: { get: () => { throw new Error(KEY); } } })],
];
for (const [label, thrown] of thrownByFetch) {
  test(`a custom fetch that throws ${label} leaves the key in no part of the error`, async () => {
    const fetch = (request: Request) => Promise.reject(thrown(request));
    const error = await rejectionOf(withCustomAccount.create(KEY, { baseUrl, fetch }));
    assertNoSecret(error, KEY, CA_KEY);
    assert.is((error as { kind?: unknown }).kind, 'network');
  });
}

test('the cause keeps what helps: the name, the message with the key replaced, the code and the chain', async () => {
  const inner = Object.assign(new Error(`connect ECONNREFUSED for ${KEY}`), { code: 'ECONNREFUSED' });
  const fetch = () => Promise.reject(new TypeError('fetch failed', { cause: inner }));
  const error = (await rejectionOf(withCustomAccount.create(KEY, { baseUrl, fetch }))) as Error;
  const cause = error.cause as Error & { cause: Error & { code: string } };
  assert.instance(cause, TypeError);
  assert.is(cause.message, 'fetch failed');
  assert.is(cause.cause.message, 'connect ECONNREFUSED for [redacted]');
  assert.is(cause.cause.code, 'ECONNREFUSED');
  assert.ok(error.message.includes('(fetch failed: connect ECONNREFUSED for [redacted])'), error.message);
});

test('a thrown value that is not an error is named by its type only', async () => {
  const fetch = () => Promise.reject({ authorization: KEY });
  const error = (await rejectionOf(withCustomAccount.create(KEY, { baseUrl, fetch }))) as Error;
  assert.is((error.cause as Error).message, 'an object that is not an Error was thrown (its content is not kept: it may hold the API key)');
});

test('a 2xx response that echoes the key has it replaced in the body create() resolves with', async () => {
  emulator.failNext({ status: 201, body: { name: 'Screened', echo: { authorization: `Bearer ${KEY}`, key: KEY } } });
  const created = await withCustomAccount.create(KEY, { baseUrl });
  assert.equal(created.body, { name: 'Screened', echo: { authorization: 'Bearer [redacted]', key: '[redacted]' } });
});

test('a 2xx listing that echoes the key has it replaced in what listSessionConfigs() returns', async () => {
  emulator.failNext({ status: 200, body: { session_configs: [{ name: `key ${KEY}`, is_custom: true, is_private: true }] } });
  const list = await listSessionConfigs(KEY, { baseUrl });
  assert.equal(list, { session_configs: [{ name: 'key [redacted]', is_custom: true, is_private: true }] });
});

test('a body that spells the key with JSON escapes has it replaced as well', async () => {
  const slashed = 'sk/live/7f3a9c41';
  const escapedSlashes = JSON.stringify({ echo: `Bearer ${slashed}` }).replaceAll('/', '\\/');
  const unicode = '{"echo":"\\u0073k/live/7f3a9c41"}';
  for (const [status, text] of [[201, escapedSlashes], [400, escapedSlashes], [201, unicode]] as const) {
    const fetch = () => Promise.resolve(new Response(text, { status, headers: { 'content-type': 'application/json' } }));
    const outcome = await withCustomAccount.create(slashed, { baseUrl, fetch }).catch((error: unknown) => error);
    assert.not.ok(JSON.stringify((outcome as { body: unknown }).body).includes(slashed), `${status} ${text}`);
    assert.ok(JSON.stringify((outcome as { body: unknown }).body).includes('[redacted]'), `${status} ${text}`);
  }
});

const misplaced: [string, () => Promise<unknown>][] = [
  ['a key with a trailing newline', () => sessionConfig().name('x').create(`${KEY}\n`)],
  ['a key with a space inside', () => sessionConfig().name('x').create(`${KEY} ${KEY}`)],
  ['a key passed as baseUrl', () => sessionConfig().name('x').create(KEY, { baseUrl: KEY })],
  ['a key passed as timeout', () => sessionConfig().name('x').create(KEY, { timeout: KEY as never })],
  ['a key passed as retry', () => sessionConfig().name('x').create(KEY, { retry: KEY as never })],
  ['a key passed as the options', () => sessionConfig().name('x').create(KEY, KEY as never)],
  ['a key passed as detailed', () => listSessionConfigs(KEY, { detailed: KEY as never })],
];
for (const [label, call] of misplaced) {
  test(`the input error for ${label} does not echo it`, async () => {
    assertNoSecret(await rejectionOf(call()), KEY);
  });
}

test('a successful result holds no key', async () => {
  const created = await withCustomAccount.create(KEY, { baseUrl });
  const list = await listSessionConfigs(KEY, { baseUrl, detailed: true });
  for (const text of [inspect(created, { depth: 10, showHidden: true }), JSON.stringify(created), inspect(list, { depth: 10 }), JSON.stringify(list)]) {
    assert.not.ok(text.includes(KEY));
  }
});

test.run();
