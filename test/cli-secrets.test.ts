/**
 * Secret values inside configurations (a webhook `auth_token`, a custom screening account's
 * `api_key`) are never printed by the CLI, and never written to a fixture file unless asked.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { secretPaths } from '../src/cli/secrets.js';
import { isSecretField } from '../src/schema/secrets.js';
import { startYotiSignEmulator } from '../src/testing/index.js';
import { BIN, cli as runCli, ROOT } from './support/cli.js';

const KEY = 'sk_test_cli_secrets_41aa_DO-NOT-PRINT';
const WEBHOOK_TOKEN = 'whk_canary_7c21_DO-NOT-PRINT';
const SCREENING_KEY = 'ca_canary_90d3_DO-NOT-PRINT';
const DIST_INDEX = pathToFileURL(join(ROOT, 'dist/index.js')).href;

type Envelope = { name: string; session_config: Record<string, unknown> };
const example = (name: string) => JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8')) as Envelope;

/** The seed with a webhook whose token is the canary. */
function withWebhook(): Envelope {
  const envelope = example('seed.json');
  envelope.name = 'With webhook';
  envelope.session_config['notifications'] = { endpoint: 'https://example.com/hook', auth_type: 'BEARER', auth_token: WEBHOOK_TOKEN };
  return envelope;
}

/** The advanced screening example, moved to a custom account whose key is the canary. */
function withCustomAccount(): Envelope {
  const envelope = example('watchlist-screening-and-advanced-ca-yoti-account-fuzzy.json');
  envelope.name = 'With custom account';
  const checks = envelope.session_config['requested_checks'] as { type: string; config: Record<string, unknown> }[];
  const advanced = checks.find((check) => check.type === 'WATCHLIST_ADVANCED_CA');
  assert.ok(advanced !== undefined);
  advanced.config = { ...advanced.config, type: 'WITH_CUSTOM_ACCOUNT', api_key: SCREENING_KEY, client_ref: 'client-ref-1' };
  return envelope;
}

let work: string;
const cli = (args: readonly string[], env?: Record<string, string>) => runCli(args, { cwd: work, ...(env === undefined ? {} : { env }) });
const canaries = (text: string) => [KEY, WEBHOOK_TOKEN, SCREENING_KEY].filter((canary) => text.includes(canary));

test.before.each(() => {
  assert.ok(existsSync(BIN), 'build first: npm run build');
  work = mkdtempSync(join(tmpdir(), 'yoti-session-config-cli-secrets-'));
});
test.after.each(() => rmSync(work, { recursive: true, force: true }));

test('the secret keys come from the schema, and are found at any depth', () => {
  assert.equal(['api_key', 'auth_token', 'client_ref', 'client_session_token_ttl', 'endpoint'].filter(isSecretField), ['api_key', 'auth_token']);
  assert.equal(secretPaths(withWebhook()), ['session_config.notifications.auth_token']);
  assert.equal(secretPaths(withCustomAccount()), ['session_config.requested_checks[1].config.api_key']);
  assert.equal(secretPaths(example('seed.json')), []);
});

test('create --format json shows secret values in the answer as "(hidden)"', async () => {
  const emulator = await startYotiSignEmulator({ apiKeys: [KEY] });
  try {
    for (const [file, envelope] of [['webhook.json', withWebhook()], ['custom.json', withCustomAccount()]] as const) {
      writeFileSync(join(work, file), JSON.stringify(envelope));
      const run = await cli(['create', file, '--format', 'json', '--base-url', emulator.url], { YOTI_SIGN_API_KEY: KEY });
      assert.is(run.code, 0, run.stderr);
      const printed = JSON.parse(run.stdout) as { name: string; status: number; body: unknown };
      assert.is(printed.name, envelope.name);
      assert.ok(run.stdout.includes('"(hidden)"'), run.stdout);
      assert.equal(canaries(run.stdout + run.stderr), []);
    }
    // What was sent and stored is the real value: only the printout hides it.
    assert.ok(emulator.requests().some((request) => request.body.includes(WEBHOOK_TOKEN)));
  } finally {
    await emulator.close();
  }
});

test('emit writes no secret into a fixture file, says how to keep it out, and --allow-secrets overrides', async () => {
  writeFileSync(
    join(work, 'templates.mjs'),
    `import { fromJSON, sessionConfig } from '${DIST_INDEX}';
export const plain = sessionConfig().name('Plain').check.liveness({ maxRetries: 2 });
export const webhook = fromJSON(${JSON.stringify(withWebhook())});
export const custom = fromJSON(${JSON.stringify(withCustomAccount())});
`,
  );
  for (const extra of [[], ['--check']]) {
    const refused = await cli(['emit', 'templates.mjs', '--out', 'fixtures', ...extra]);
    assert.is(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, /^error templates\.mjs export webhook: session_config\.notifications\.auth_token holds a secret, which a fixture file must not: /m);
    assert.match(refused.stderr, /^error templates\.mjs export custom: session_config\.requested_checks\[1\]\.config\.api_key holds a secret/m);
    assert.match(refused.stderr, /read from an environment variable .*or pass --allow-secrets to write it anyway/);
    assert.match(refused.stderr, new RegExp(`^nothing ${extra.length === 0 ? 'written' : 'checked'}: 2 problems$`, 'm'));
    assert.equal(canaries(refused.stdout + refused.stderr), []);
    assert.not.ok(existsSync(join(work, 'fixtures')), 'nothing written, not even the directory');
  }
  const allowed = await cli(['emit', 'templates.mjs', '--out', 'fixtures', '--allow-secrets']);
  assert.is(allowed.code, 0, allowed.stderr);
  assert.ok(readFileSync(join(work, 'fixtures/webhook.json'), 'utf8').includes(WEBHOOK_TOKEN));
  assert.ok(readFileSync(join(work, 'fixtures/custom.json'), 'utf8').includes(SCREENING_KEY));
  assert.equal(canaries(allowed.stdout + allowed.stderr), []);
});

test.run();
