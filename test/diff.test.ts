import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sessionConfig, type RequiredDocumentJson, type SessionConfigEnvelope } from '../src/index.js';
import { diffSessionConfigs, diffToText } from '../src/as-code/index.js';

const example = (file: string) => JSON.parse(readFileSync(new URL(`../examples/${file}`, import.meta.url), 'utf8')) as SessionConfigEnvelope;
const texts = (a: unknown, b: unknown) => diffSessionConfigs(a as SessionConfigEnvelope, b as SessionConfigEnvelope).changes.map((change) => change.text);
/** A deep copy to change. */
const copy = <Value>(value: Value): Value => structuredClone(value);

const CANARY_TOKEN = 'canary-webhook-token-51a9';
const CANARY_KEY = 'canary-screening-key-beef';

test('the changes a reviewer looks for, in words: retries, an added check, TTLs in human units', () => {
  const before = sessionConfig().name('KYC').resourcesTtl(604800).check.liveness({ maxRetries: 3 });
  const after = sessionConfig().name('KYC').resourcesTtl(2592000).check.liveness({ maxRetries: 5 }).check.watchlistScreening({ categories: ['SANCTIONS'] });
  const diff = diffSessionConfigs(before, after);
  assert.is(diff.equal, false);
  assert.equal(diff.changes, [
    { kind: 'changed', path: ['session_config', 'resources_ttl'], secret: false, text: 'resources_ttl 7 days → 30 days' },
    { kind: 'changed', path: ['session_config', 'requested_checks', 'LIVENESS', 'config', 'max_retries'], secret: false, text: 'check LIVENESS: max_retries 3 → 5' },
    { kind: 'added', path: ['session_config', 'requested_checks', 'WATCHLIST_SCREENING'], secret: false, text: 'added check WATCHLIST_SCREENING (SANCTIONS)' },
  ]);
  assert.is(diffToText(diff), 'resources_ttl 7 days → 30 days\ncheck LIVENESS: max_retries 3 → 5\nadded check WATCHLIST_SCREENING (SANCTIONS)\n');
  assert.equal(texts(after, before), ['resources_ttl 30 days → 7 days', 'removed check WATCHLIST_SCREENING (SANCTIONS)', 'check LIVENESS: max_retries 5 → 3']);
});

test('equal configurations: the same file, and a builder beside the JSON it emits', () => {
  const seed = example('seed.json');
  const same = diffSessionConfigs(seed, copy(seed));
  assert.equal(same, { equal: true, changes: [] });
  assert.is(diffToText(same), 'no differences\n');
  const builder = sessionConfig().name('KYC').check.liveness({ maxRetries: 3 }).document.id();
  assert.is(diffSessionConfigs(builder, builder.toJSON()).equal, true);
});

test('what Yoti does not read is no change: order of checks and tasks, order of codes, topic case, key order, null for absent, absent lists for empty', () => {
  const seed = example('seed.json');
  const shuffled = copy(seed);
  const config = shuffled.session_config;
  config.requested_checks?.reverse();
  config.requested_tasks?.reverse();
  const watchlist = config.requested_checks?.find((check) => check.type === 'WATCHLIST_SCREENING');
  if (watchlist?.type === 'WATCHLIST_SCREENING' && watchlist.config !== undefined) watchlist.config.categories = ['ADVERSE-MEDIA', 'SANCTIONS'];
  const bill = config.required_documents?.[1];
  if (bill?.type === 'SUPPLEMENTARY_DOCUMENT') bill.document_types = ['UTILITY_BILL', 'PHONE_BILL', 'COUNCIL_TAX_BILL'];
  const reversedKeys = Object.fromEntries(Object.entries(config).reverse());
  assert.equal(texts(seed, { is_private: false, session_config: { ...reversedKeys, subject: null }, name: seed.name }), []);

  const hooks = example('session-deadline-bearer-notifications-authenticity-always.json');
  const lower = copy(hooks);
  lower.session_config.notifications = { ...lower.session_config.notifications, topics: ['session_completion', 'check_completion', 'task_completion', 'resource_update'] } as never;
  assert.equal(texts(hooks, lower), [], 'topics are read in any case');

  const bare = { name: 'Bare', is_private: false, session_config: {} };
  assert.equal(texts(bare, { ...bare, session_config: { requested_checks: [], requested_tasks: [], required_documents: [] } }), []);
});

test('documents: a new order is a change (the user is asked in list order), a changed document is named by position and kind', () => {
  const seed = example('seed.json');
  const reordered = copy(seed);
  reordered.session_config.required_documents?.reverse();
  const diff = diffSessionConfigs(seed, reordered);
  assert.equal(diff.changes.map((change) => [change.kind, change.text]), [
    ['reordered', 'required_documents: order changed (the user is asked in list order): ID document, supplementary document → supplementary document, ID document'],
  ]);

  const filtered = copy(seed);
  filtered.session_config.required_documents = [
    { type: 'ID_DOCUMENT', filter: { type: 'ORTHOGONAL_RESTRICTIONS', country_restriction: { inclusion: 'WHITELIST', country_codes: ['GBR', 'IRL'] } } },
    { type: 'SUPPLEMENTARY_DOCUMENT', document_types: ['COUNCIL_TAX_BILL', 'UTILITY_BILL', 'BANK_STATEMENT'], objective: { type: 'PROOF_OF_ADDRESS' } },
  ];
  assert.equal(texts(seed, filtered), [
    'document 1 (ID document): filter.type added: ORTHOGONAL_RESTRICTIONS',
    'document 1 (ID document): filter.country_restriction.inclusion added: WHITELIST',
    'document 1 (ID document): filter.country_restriction.country_codes added: GBR, IRL',
    'document 2 (supplementary document): document_types added BANK_STATEMENT',
    'document 2 (supplementary document): document_types removed PHONE_BILL',
  ]);

  const passport: RequiredDocumentJson = { type: 'ID_DOCUMENT', filter: { type: 'ORTHOGONAL_RESTRICTIONS', type_restriction: { inclusion: 'WHITELIST', document_types: ['PASSPORT'] } } };
  const appended = copy(seed);
  appended.session_config.required_documents = [...(seed.session_config.required_documents ?? []), passport];
  assert.equal(texts(seed, appended), ['added document 3: shows an ID document: passport from any country']);
  assert.equal(texts(appended, seed), ['removed document: shows an ID document: passport from any country']);
  // An unchanged document that moved, beside a new one: the new one is added, the move is an order change.
  const inserted = copy(seed);
  inserted.session_config.required_documents = [passport, ...(seed.session_config.required_documents ?? [])];
  assert.equal(texts(seed, inserted), ['added document 1: shows an ID document: passport from any country']);
});

test('top-level and nested settings: name, visibility, sdk_config, removed fields, a whole block added field by field', () => {
  const seed = example('seed.json');
  const changed = copy(seed);
  changed.name = 'KYC v2';
  changed.is_private = true;
  delete changed.session_config.user_tracking_id;
  changed.session_config.client_session_token_ttl = 3600;
  changed.session_config.sdk_config = { allowed_capture_methods: 'CAMERA', locale: 'en-GB' };
  changed.session_config.import_token = { ttl: 31536000 };
  assert.equal(texts(seed, changed), [
    'name "My Custom Session config" → "KYC v2"',
    'is_private false → true',
    'client_session_token_ttl 20 minutes → 1 hour',
    'user_tracking_id removed (was "string")',
    'sdk_config: allowed_capture_methods added: CAMERA',
    'sdk_config: locale added: "en-GB"',
    'import_token: ttl added: 365 days',
  ]);
});

test('secrets are reported as added, removed or changed, never with their values, and unchanged ones not at all', () => {
  const base = example('session-deadline-bearer-notifications-authenticity-always.json');
  const withToken = (token: string | undefined) => {
    const next = copy(base);
    const notifications = { ...next.session_config.notifications };
    if (token === undefined) delete notifications.auth_token;
    else notifications.auth_token = token;
    next.session_config.notifications = notifications as never;
    return next;
  };
  const screening = (apiKey: string) => {
    const next = copy(base);
    next.session_config.requested_checks = [
      ...(next.session_config.requested_checks ?? []),
      { type: 'WATCHLIST_ADVANCED_CA', config: { type: 'WITH_CUSTOM_ACCOUNT', api_key: apiKey, client_ref: 'acme' } },
    ] as never;
    return next;
  };
  assert.equal(texts(withToken('old-token'), withToken(CANARY_TOKEN)), ['notifications: auth_token changed (secret, value not shown)']);
  assert.equal(texts(withToken(undefined), withToken(CANARY_TOKEN)), ['notifications: auth_token added (secret, value not shown)']);
  assert.equal(texts(withToken(CANARY_TOKEN), withToken(undefined)), ['notifications: auth_token removed (secret, value not shown)']);
  assert.equal(texts(withToken(CANARY_TOKEN), withToken(CANARY_TOKEN)), []);
  assert.equal(texts(screening('old-key'), screening(CANARY_KEY)), ['check WATCHLIST_ADVANCED_CA: api_key changed (secret, value not shown)']);
  assert.equal(texts(base, screening(CANARY_KEY)), ['added check WATCHLIST_ADVANCED_CA (WITH_CUSTOM_ACCOUNT, client_ref acme)']);
  const noHooks = copy(base);
  delete noHooks.session_config.notifications;
  const added = texts(noHooks, withToken(CANARY_TOKEN));
  assert.ok(added.includes('notifications: auth_token added (secret, value not shown)'));
  assert.ok(added.includes('notifications: endpoint added: "https://example.com/idverify/updates"'));

  const unknownType = (secret: string) => ({ ...base, session_config: { requested_checks: [{ type: 'BRAND_NEW_CHECK', config: { partner_token: secret, nested: { password: secret } } }] } });
  assert.equal(texts(unknownType('old'), unknownType(CANARY_KEY)), [
    'check BRAND_NEW_CHECK: partner_token changed (secret, value not shown)',
    'check BRAND_NEW_CHECK: nested.password changed (secret, value not shown)',
  ]);
  const hiddenQuery = copy(base);
  hiddenQuery.session_config.notifications = { ...hiddenQuery.session_config.notifications, endpoint: `https://example.com/hook?key=${CANARY_KEY}` } as never;
  assert.equal(texts(base, hiddenQuery), ['notifications: endpoint "https://example.com/idverify/updates" → "https://example.com/hook?…"']);

  for (const [a, b] of [
    [withToken('old'), withToken(CANARY_TOKEN)],
    [noHooks, withToken(CANARY_TOKEN)],
    [base, screening(CANARY_KEY)],
    [screening('x'), screening(CANARY_KEY)],
    [unknownType('x'), unknownType(CANARY_KEY)],
    [base, hiddenQuery],
  ] as const) {
    const diff = diffSessionConfigs(a as SessionConfigEnvelope, b as SessionConfigEnvelope);
    for (const rendered of [diffToText(diff), JSON.stringify(diff)]) {
      assert.not.ok(rendered.includes(CANARY_TOKEN) || rendered.includes(CANARY_KEY), rendered);
    }
  }
});

test('changed checks and tasks are matched by type; a type requested twice is still diffed', () => {
  const seed = example('seed.json');
  const changed = copy(seed);
  changed.session_config.requested_tasks = [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'ALWAYS', chip_data: 'DESIRED' } }];
  assert.equal(texts(seed, changed), [
    'removed task SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION (manual_check FALLBACK)',
    'task ID_DOCUMENT_TEXT_DATA_EXTRACTION: manual_check FALLBACK → ALWAYS',
    'task ID_DOCUMENT_TEXT_DATA_EXTRACTION: chip_data added: DESIRED',
  ]);
  const twice = { name: 'x', is_private: false, session_config: { requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'ZOOM', max_retries: 1 } }, { type: 'LIVENESS', config: { liveness_type: 'ZOOM', max_retries: 2 } }] } };
  const once = { ...twice, session_config: { requested_checks: [twice.session_config.requested_checks[0]] } };
  assert.equal(texts(once, twice), ['added check LIVENESS#2 (ZOOM, max_retries 2)']);
});

test('anything but an envelope or a builder is a TypeError naming which argument', () => {
  assert.throws(() => diffSessionConfigs(null as never, example('seed.json')), (error: unknown) => error instanceof TypeError && error.message.startsWith('The first configuration must be an envelope'));
  assert.throws(() => diffSessionConfigs(example('seed.json'), 'seed.json' as never), (error: unknown) => error instanceof TypeError && error.message.startsWith('The second configuration must be an envelope'));
});

test.run();
