import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { InvalidConfigError, isApiError, SessionConfigError, sessionConfig, type SessionConfigEnvelope } from '../src/index.js';
import { applyPlan, planSessionConfigs, planToText } from '../src/as-code/index.js';
import { startYotiSignEmulator, type YotiSignEmulator } from '../src/testing/index.js';
import { API_KEY, CONFIGS_PATH, expectError, OTHER_KEY, rejectionOf } from './support/http.js';

const example = (file: string) => JSON.parse(readFileSync(new URL(`../examples/${file}`, import.meta.url), 'utf8')) as SessionConfigEnvelope;
const CANARY_TOKEN = 'canary-plan-webhook-token-0d15';

let emulator: YotiSignEmulator;
let options: { apiKey: string; baseUrl: string };
test.before(async () => {
  emulator = await startYotiSignEmulator({ apiKeys: [API_KEY, OTHER_KEY] });
  options = { apiKey: API_KEY, baseUrl: emulator.url };
});
test.before.each(() => emulator.reset());
test.after(() => emulator.close());

const kyc = sessionConfig().name('KYC').clientSessionTokenTtl(1200).check.liveness({ maxRetries: 3 }).check.faceMatch({ manualCheck: 'FALLBACK' }).document.id();
const hr = example('yoti-sign-prebuilt-hr-no-required-documents.json');

test('plan → apply → plan: the missing ones are created, and then there is nothing to do', async () => {
  const locals = [kyc, hr];
  const first = await planSessionConfigs(locals, options);
  assert.equal(first.items.map((item) => [item.name, item.status]), [['KYC', 'missing'], ['HR copy', 'missing']]);
  assert.is(first.payloadsListed, true);
  assert.equal(first.items[0]?.envelope, kyc.toJSON(), 'the plan holds what apply sends');
  assert.is(planToText(first), '+ "KYC": not in the account; apply creates it\n+ "HR copy": not in the account; apply creates it\n2 configurations: 2 to create, 0 unchanged, 0 changed, 0 not compared\n');

  const applied = await applyPlan(first, options);
  assert.equal(applied.created, [{ name: 'KYC', status: 201 }, { name: 'HR copy', status: 201 }]);
  assert.equal(applied.failed, []);
  assert.equal(emulator.stored(), [kyc.toJSON(), hr]);

  const second = await planSessionConfigs(locals, options);
  assert.equal(second.items.map((item) => item.status), ['unchanged', 'unchanged']);
  assert.is(planToText(second), '= "KYC": in the account, unchanged\n= "HR copy": in the account, unchanged\n2 configurations: 0 to create, 2 unchanged, 0 changed, 0 not compared\n');
  const again = await applyPlan(second, options);
  assert.equal([again.created, again.failed, again.untouched.length], [[], [], 2]);
  const methods = emulator.requests().map((request) => `${request.method} ${request.path}?${new URLSearchParams(request.query as Record<string, string>).toString()}`);
  assert.equal(methods, [
    `GET ${CONFIGS_PATH}?detailed_session_configs=true`,
    `POST ${CONFIGS_PATH}?`,
    `POST ${CONFIGS_PATH}?`,
    `GET ${CONFIGS_PATH}?detailed_session_configs=true`,
  ]);
});

test('a changed template shows its diff and the way forward, and apply never touches it', async () => {
  await applyPlan(await planSessionConfigs([kyc], options), options);
  const changed = kyc.clientSessionTokenTtl(3600).check.watchlistScreening({ categories: ['SANCTIONS'] });
  const plan = await planSessionConfigs([changed], options);
  const [item] = plan.items;
  assert.is(item?.status, 'changed');
  assert.equal(item?.changes.map((change) => change.text), ['client_session_token_ttl 20 minutes → 1 hour', 'added check WATCHLIST_SCREENING (SANCTIONS)']);
  assert.is(item?.suggestedName, 'KYC v2');
  assert.is(
    planToText(plan, { suggestNames: true }),
    [
      '~ "KYC": differs from the account under that name:',
      '    client_session_token_ttl 20 minutes → 1 hour',
      '    added check WATCHLIST_SCREENING (SANCTIONS)',
      '    way forward: the API cannot update a stored configuration; rename it to "KYC v2" (free in the account), then point your envelopes at the new name',
      '1 configuration: 0 to create, 0 unchanged, 1 changed, 0 not compared',
      '',
    ].join('\n'),
  );
  assert.match(planToText(plan), /way forward: the API cannot update a stored configuration; give it a new name \(plan --version-suffix proposes a free one\)/);
  const requestsBefore = emulator.requests().length;
  const applied = await applyPlan(plan, options);
  assert.equal([applied.created, applied.failed, applied.untouched.map((untouched) => untouched.name)], [[], [], ['KYC']]);
  assert.is(emulator.requests().length, requestsBefore, 'nothing was sent');

  // The suggestion skips names in the account and in the repository.
  await applyPlan(await planSessionConfigs([kyc.name('KYC v2')], options), options);
  const skipping = await planSessionConfigs([changed, kyc.name('KYC v3')], options);
  assert.equal(skipping.items.map((entry) => [entry.status, entry.suggestedName]), [['changed', 'KYC v4'], ['missing', undefined]]);
  const versioned = await planSessionConfigs([changed.name('KYC v2')], options);
  assert.is(versioned.items[0]?.suggestedName, 'KYC v3');
});

test("a name of Yoti's prebuilt configurations is compared with it, and flagged", async () => {
  const plan = await planSessionConfigs([sessionConfig().name('Real Estate').check.liveness({ maxRetries: 3 })], options);
  const [item] = plan.items;
  assert.equal([item?.status, item?.prebuilt, item?.suggestedName], ['changed', true, 'Real Estate v2']);
  assert.match(planToText(plan), /~ "Real Estate": differs from Yoti's prebuilt configuration under that name:/);
});

test('without payloads in the listing, the plan says so and compares names only', async () => {
  await applyPlan(await planSessionConfigs([kyc], options), options);
  const namesOnly = async (input: Request) => {
    const response = await fetch(input);
    const body = (await response.json()) as { session_configs: Record<string, unknown>[] };
    const stripped = body.session_configs.map(({ session_config: _payload, ...summary }) => summary);
    return new Response(JSON.stringify({ session_configs: stripped }), { status: response.status, headers: { 'content-type': 'application/json' } });
  };
  const plan = await planSessionConfigs([kyc.clientSessionTokenTtl(3600), hr], { ...options, fetch: namesOnly });
  assert.is(plan.payloadsListed, false);
  assert.equal(plan.items.map((item) => [item.name, item.status]), [['KYC', 'unverified'], ['HR copy', 'missing']]);
  const text = planToText(plan);
  assert.ok(text.startsWith('note: the account listing returned no payloads (the detailed listing was not honoured), so configurations found by name were compared by name only\n'));
  assert.match(text, /^\? "KYC": in the account; not compared, since the listing returned no payload$/m);
  const applied = await applyPlan(plan, options);
  assert.equal(applied.created.map((created) => created.name), ['HR copy']);
});

test('invalid or clashing local configurations stop the plan before any request', async () => {
  const invalid = await rejectionOf(planSessionConfigs([kyc, { ...hr, name: '' }], options));
  expectError(invalid, InvalidConfigError, 'configuration 2: name: expected a non-empty string');
  const clash = await rejectionOf(planSessionConfigs([kyc, kyc.check.documentAuthenticity()], options));
  expectError(clash, SessionConfigError, 'Two configurations are named "KYC"');
  const notAList = await rejectionOf(planSessionConfigs(kyc as never, options));
  expectError(notAList, TypeError, 'must be an array');
  const notAConfig = await rejectionOf(planSessionConfigs([kyc, 'hr.json' as never], options));
  expectError(notAConfig, TypeError, 'Configuration 2 must be an envelope');
  assert.is(emulator.requests().length, 0);
});

test('apply goes on past a failed creation and reports it; a failed listing rejects the plan with an ApiError', async () => {
  // Another key's private configuration is invisible in the listing, so the plan thinks it is missing.
  await sessionConfig().name('Hidden').isPrivate(true).create(OTHER_KEY, { baseUrl: emulator.url });
  const plan = await planSessionConfigs([sessionConfig().name('Hidden'), kyc], options);
  assert.equal(plan.items.map((item) => item.status), ['missing', 'missing']);
  const applied = await applyPlan(plan, options);
  assert.equal(applied.created.map((created) => created.name), ['KYC']);
  assert.is(applied.failed[0]?.name, 'Hidden');
  assert.ok(isApiError(applied.failed[0]?.error) && applied.failed[0]?.error.kind === 'conflict');

  emulator.failNext({ status: 503 }, 3);
  const unavailable = await rejectionOf(planSessionConfigs([kyc], options));
  assert.ok(isApiError(unavailable) && unavailable.kind === 'server_error');
  const wrongKey = await rejectionOf(planSessionConfigs([kyc], { ...options, apiKey: 'nope' }));
  assert.ok(isApiError(wrongKey) && wrongKey.kind === 'unauthorized');
});

test('a plan with secrets prints none of them', async () => {
  const withHooks = example('session-deadline-bearer-notifications-authenticity-always.json');
  const local = { ...withHooks, session_config: { ...withHooks.session_config, notifications: { ...withHooks.session_config.notifications, auth_token: CANARY_TOKEN } } } as SessionConfigEnvelope;
  await applyPlan(await planSessionConfigs([withHooks], options), options);
  const plan = await planSessionConfigs([local], options);
  assert.equal(plan.items[0]?.changes.map((change) => change.text), ['notifications: auth_token changed (secret, value not shown)']);
  const text = planToText(plan, { suggestNames: true });
  assert.not.ok(text.includes(CANARY_TOKEN) || text.includes(API_KEY));
  assert.is(plan.items[0]?.envelope.session_config.notifications?.auth_token, CANARY_TOKEN, 'apply still has what it sends');
  for (const shown of [JSON.stringify(plan), inspect(plan, { depth: 10 }), JSON.stringify(await applyPlan(plan, options))]) {
    assert.not.ok(shown.includes(CANARY_TOKEN) || shown.includes(API_KEY), shown);
  }
});

test.run();
