/**
 * explain, diff, plan and apply through the real bin (built to dist/), as child processes, the
 * way test/cli.test.ts runs the other commands.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startYotiSignEmulator, type YotiSignEmulator } from '../src/testing/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'dist/cli/bin.js');
const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));
const SOURCE_INDEX = pathToFileURL(join(ROOT, 'src/index.ts')).href;
const KEY = 'sk_test_as_code_9b2f_DO-NOT-PRINT';
const CANARY_TOKEN = 'canary-cli-webhook-token-77aa';
const CANARY_KEY = 'canary-cli-screening-key-88bb';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let work: string;

function cli(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: work, env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });
}

/** On a pseudo-terminal (`script`), so that stdout is a TTY. */
function cliOnTerminal(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const command = [process.execPath, BIN, ...args].map((part) => `'${part}'`).join(' ');
  return new Promise((resolve) => {
    execFile('script', ['-qec', command, '/dev/null'], { cwd: work, env: { PATH: process.env['PATH'] ?? '', TERM: 'dumb', ...env }, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout: stdout.replace(/\r\n/g, '\n'), stderr }),
    );
  });
}

const write = (name: string, content: unknown) => {
  const path = join(work, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  return path;
};
const example = (file: string) => JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as { name: string; session_config: Record<string, unknown> };
const secretFixture = () => {
  const config = example('session-deadline-bearer-notifications-authenticity-always.json');
  (config.session_config['notifications'] as Record<string, unknown>)['auth_token'] = CANARY_TOKEN;
  config.session_config['requested_checks'] = [
    ...(config.session_config['requested_checks'] as unknown[]),
        {
      type: 'WATCHLIST_ADVANCED_CA',
      config: { type: 'WITH_CUSTOM_ACCOUNT', api_key: CANARY_KEY, client_ref: 'acme', sources: { type: 'TYPE_LIST', types: ['pep'] }, matching_strategy: { type: 'EXACT' } },
    },
  ];
  config.session_config['requested_tasks'] = [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'ALWAYS' } }];
  return config;
};
const leaks = (run: Run, ...secrets: string[]) => secrets.filter((secret) => run.stdout.includes(secret) || run.stderr.includes(secret));

test.before.each(() => {
  assert.ok(existsSync(BIN), 'build first: npm run build');
  work = mkdtempSync(join(tmpdir(), 'yoti-session-config-as-code-'));
});
test.after.each(() => rmSync(work, { recursive: true, force: true }));

test('the four commands are listed in --help and each has its own', async () => {
  const main = await cli(['--help']);
  for (const command of ['explain', 'diff', 'plan', 'apply']) {
    assert.match(main.stdout, new RegExp(`\\n  ${command} `));
    const own = await cli([command, '--help']);
    assert.is(own.code, 0);
    assert.ok(own.stdout.startsWith(`Usage: yoti-session-config ${command}`), own.stdout);
  }
});

test('explain prints every example, each format on a third of them (the library test reads every one in all three)', async () => {
  const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json')).sort();
  for (const [index, file] of files.entries()) {
    const { name } = example(file);
    const format = (['text', 'markdown', 'json'] as const)[index % 3];
    const run = await cli(['explain', join(EXAMPLES, file), `--format=${format}`]);
    assert.is(run.code, 0, `${file}: ${run.stderr}`);
    if (format === 'text') assert.ok(run.stdout.startsWith(name) && run.stdout.includes('\nThe end user:\n  1. '), file);
    if (format === 'markdown') assert.ok(run.stdout.startsWith(`### ${name}`) && run.stdout.includes('```mermaid\nflowchart TD\n'), file);
    if (format === 'json') assert.is((JSON.parse(run.stdout) as { name: string }).name, name, file);
  }
});

test('explain takes a module and --export, exits 1 with the errors for an invalid file, 2 on usage errors', async () => {
  write('kyc.ts', `import { sessionConfig } from '${SOURCE_INDEX}';\nexport const kyc = sessionConfig().name('KYC').check.liveness({ maxRetries: 2 });\nexport const hr = sessionConfig().name('HR');\n`);
  const chosen = await cli(['explain', 'kyc.ts', '--export', 'kyc']);
  assert.is(chosen.code, 0, chosen.stderr);
  assert.match(chosen.stdout, /^ {2}\d\. moves their face as the camera asks \(active liveness, ZOOM\), up to 2 attempts \(max_retries 2\)$/m);
  const ambiguous = await cli(['explain', 'kyc.ts']);
  assert.is(ambiguous.code, 1);
  assert.match(ambiguous.stderr, /kyc\.ts exports 2 builders \(hr, kyc\): choose one with --export NAME/);

  write('unknown.json', { name: 'New', is_private: false, session_config: { requested_checks: [{ type: 'FAMILIAR_FACE_SEARCH', config: { pool_id: 'p1', approval_criteria: 'MATCH' } }, { type: 'NEXT_YEAR_CHECK', config: {} }] } });
  const unknown = await cli(['explain', 'unknown.json']);
  assert.match(unknown.stdout, /- FAMILIAR_FACE_SEARCH: searches a face pool for the user's face; /);
  assert.match(unknown.stdout, /- NEXT_YEAR_CHECK: runs the check NEXT_YEAR_CHECK \(this version has no description for it\)/);
  assert.match(unknown.stdout, /\nErrors \(the API would refuse this configuration\):\n/);
  assert.match(unknown.stdout, /^ {2}- session_config\.requested_checks\[1\]\.type: .*received "NEXT_YEAR_CHECK"$/m);
  assert.is(unknown.code, 1, 'an unknown type is an error today, and explained anyway');
  assert.is(unknown.stderr, '');

  assert.is((await cli(['explain'])).code, 2);
  assert.is((await cli(['explain', 'a.json', 'b.json'])).code, 2);
  assert.match((await cli(['explain', 'x.json', '--format', 'html'])).stderr, /--format must be text or markdown or json/);
  write('list.json', []);
  const notAnEnvelope = await cli(['explain', 'list.json']);
  assert.is(notAnEnvelope.code, 1);
  assert.match(notAnEnvelope.stderr, /list\.json: The configuration must be an envelope \{ name, is_private, session_config \} or a builder, received an array of 0/);
  assert.is((await cli(['diff', 'list.json', 'unknown.json'])).code, 2);
  const missing = await cli(['explain', 'missing.json']);
  assert.is(missing.code, 1);
  assert.match(missing.stderr, /missing\.json: could not be read \(ENOENT\)/);
});

test('diff exits 0 when equal, 1 when different, 2 on usage or an unreadable file; --format json gives the changes', async () => {
  const seed = example('seed.json');
  write('a.json', seed);
  const reordered = structuredClone(seed);
  (reordered.session_config['requested_checks'] as unknown[]).reverse();
  write('b.json', reordered);
  const changed = structuredClone(seed);
  changed.session_config['resources_ttl'] = 604800;
  write('c.json', changed);
  assert.equal(await cli(['diff', 'a.json', 'b.json']), { code: 0, stdout: 'no differences\n', stderr: '' });
  assert.equal(await cli(['diff', 'a.json', 'c.json']), { code: 1, stdout: 'resources_ttl 30.4 days (2630000 s) → 7 days\n', stderr: '' });
  const json = await cli(['diff', 'a.json', 'c.json', '--format', 'json']);
  assert.equal(JSON.parse(json.stdout), {
    equal: false,
    changes: [{ kind: 'changed', path: ['session_config', 'resources_ttl'], secret: false, text: 'resources_ttl 30.4 days (2630000 s) → 7 days' }],
  });
  assert.is((await cli(['diff', 'a.json'])).code, 2);
  const missing = await cli(['diff', 'a.json', 'nope.json']);
  assert.is(missing.code, 2);
  assert.match(missing.stderr, /nope\.json: could not be read/);
  write('kyc.ts', `import { sessionConfig } from '${SOURCE_INDEX}';\nexport const kyc = sessionConfig().name('My Custom Session config');\nexport const other = sessionConfig().name('Other');\n`);
  const templateAgainstFixture = await cli(['diff', 'a.json', 'kyc.ts', '--export', 'kyc']);
  assert.is(templateAgainstFixture.code, 1, templateAgainstFixture.stderr);
  assert.match(templateAgainstFixture.stdout, /^removed check LIVENESS \(ZOOM, max_retries 3\)$/m);
});

test('explain and diff print no secret in any format', async () => {
  const secret = secretFixture();
  write('secret.json', secret);
  const other = structuredClone(secret);
  (other.session_config['notifications'] as Record<string, unknown>)['auth_token'] = `${CANARY_TOKEN}-rotated`;
  write('rotated.json', other);
  write('plain.json', example('session-deadline-bearer-notifications-authenticity-always.json'));
  for (const format of ['text', 'markdown', 'json']) {
    const run = await cli(['explain', 'secret.json', '--format', format]);
    assert.is(run.code, 0, run.stderr);
    assert.equal(leaks(run, CANARY_TOKEN, CANARY_KEY), [], format);
  }
  for (const format of ['text', 'json']) {
    for (const [a, b] of [['secret.json', 'rotated.json'], ['plain.json', 'secret.json'], ['secret.json', 'plain.json']]) {
      const run = await cli(['diff', a ?? '', b ?? '', '--format', format]);
      assert.is(run.code, 1);
      assert.equal(leaks(run, CANARY_TOKEN, CANARY_KEY), [], `${format} ${a} ${b}`);
      assert.match(run.stdout, /(auth_token|api_key)/);
    }
  }
});

// ---------------------------------------------------------------------------------------------
// plan and apply, against the emulator over loopback.

let emulator: YotiSignEmulator;
const remote = (args: readonly string[], env: Record<string, string> = { YOTI_SIGN_API_KEY: KEY }) => cli([...args, '--base-url', emulator.url], env);

test('plan, apply, plan again: nothing to do; a changed template shows its diff and exits 1', async () => {
  emulator = await startYotiSignEmulator({ apiKeys: [KEY] });
  try {
    write('configs/hr.json', example('yoti-sign-prebuilt-hr-no-required-documents.json'));
    write('templates.ts', `import { sessionConfig } from '${SOURCE_INDEX}';\nexport const kyc = sessionConfig().name('KYC').check.liveness({ maxRetries: 3 });\nexport const aml = sessionConfig().name('AML').check.watchlistScreening({ categories: ['SANCTIONS'] }).task.textExtraction({ manualCheck: 'FALLBACK' });\n`);
    const first = await remote(['plan', 'configs/*.json', 'templates.ts']);
    assert.is(first.code, 0, first.stderr);
    assert.equal(first.stdout.trimEnd().split('\n'), [
      '+ "HR copy": not in the account; apply creates it',
      '+ "AML": not in the account; apply creates it',
      '+ "KYC": not in the account; apply creates it',
      '3 configurations: 3 to create, 0 unchanged, 0 changed, 0 not compared',
    ]);
    assert.is(emulator.stored().length, 0, 'plan creates nothing');

    const applied = await remote(['apply', 'configs/*.json', 'templates.ts']);
    assert.is(applied.code, 0, applied.stderr);
    assert.match(applied.stdout, /^created "KYC" \(HTTP 201\)$/m);
    assert.match(applied.stdout, /^applied: 3 created, 0 failed, 0 left as they are$/m);
    assert.equal(emulator.stored().map((config) => config.name).sort(), ['AML', 'HR copy', 'KYC']);

    const second = await remote(['plan', 'configs/hr.json', 'templates.ts', '--format', 'json']);
    assert.is(second.code, 0);
    const statuses = (JSON.parse(second.stdout) as { configurations: { status: string }[] }).configurations.map((item) => item.status);
    assert.equal(statuses, ['unchanged', 'unchanged', 'unchanged']);

    write('templates.ts', `import { sessionConfig } from '${SOURCE_INDEX}';\nexport const kyc = sessionConfig().name('KYC').check.liveness({ maxRetries: 5 });\n`);
    const changed = await remote(['plan', 'templates.ts', '--version-suffix']);
    assert.is(changed.code, 1);
    assert.equal(changed.stdout.trimEnd().split('\n'), [
      '~ "KYC": differs from the account under that name:',
      '    check LIVENESS: max_retries 3 → 5',
      '    way forward: the API cannot update a stored configuration; rename it to "KYC v2" (free in the account), then point your envelopes at the new name',
      '1 configuration: 0 to create, 0 unchanged, 1 changed, 0 not compared',
    ]);
    const refused = await remote(['apply', 'templates.ts']);
    assert.is(refused.code, 1, 'apply cannot bring the account in line');
    assert.match(refused.stdout, /^applied: 0 created, 0 failed, 1 left as they are$/m);
    assert.is(emulator.requests().filter((request) => request.method === 'POST').length, 3, 'only the three creations were ever sent');
    for (const run of [first, applied, second, changed, refused]) assert.equal(leaks(run, KEY), []);
  } finally {
    await emulator.close();
  }
});

test('apply on a terminal creates nothing without --yes, and with --yes creates', async () => {
  emulator = await startYotiSignEmulator({ apiKeys: [KEY] });
  try {
    write('kyc.json', example('seed.json'));
    const asked = await cliOnTerminal(['apply', 'kyc.json', '--base-url', emulator.url], { YOTI_SIGN_API_KEY: KEY });
    assert.is(asked.code, 1, asked.stdout);
    assert.match(asked.stdout, /nothing created: on a terminal apply asks first; run it again with --yes to create 1 configuration/);
    assert.is(emulator.stored().length, 0);
    const confirmed = await cliOnTerminal(['apply', 'kyc.json', '--yes', '--base-url', emulator.url], { YOTI_SIGN_API_KEY: KEY });
    assert.is(confirmed.code, 0, confirmed.stdout);
    assert.match(confirmed.stdout, /created "My Custom Session config" \(HTTP 201\)/);
    assert.is(emulator.stored().length, 1);
  } finally {
    await emulator.close();
  }
});

test('plan sends nothing for invalid or clashing files and needs a key; no secret is printed', async () => {
  emulator = await startYotiSignEmulator({ apiKeys: [KEY] });
  try {
    write('bad.json', { ...example('seed.json'), name: '' });
    write('a.json', example('seed.json'));
    write('b.json', example('seed.json'));
    const invalid = await remote(['plan', 'bad.json', 'a.json', 'b.json', 'none/*.json']);
    assert.is(invalid.code, 1);
    assert.match(invalid.stderr, /none\/\*\.json: no such file or module/);
    assert.match(invalid.stderr, /bad\.json is not a valid configuration:\n {2}name: expected a non-empty string/);
    assert.match(invalid.stderr, /b\.json: a\.json has the same name "My Custom Session config"; rename one/);
    assert.match(invalid.stderr, /nothing was sent to the API: 3 problems/);
    assert.is(emulator.requests().length, 0);
    const noKey = await remote(['plan', 'a.json'], {});
    assert.is(noKey.code, 1);
    assert.match(noKey.stderr, /no API key/);
    assert.is((await remote(['plan'])).code, 2);
    const plainHttp = await cli(['plan', 'a.json', '--base-url', 'http://example.com'], { YOTI_SIGN_API_KEY: KEY });
    assert.is(plainHttp.code, 2);
    assert.match(plainHttp.stderr, /error --base-url must use https: \(http: only to a loopback host\), received http:\/\/example\.com/);
    const badKey = await cli(['plan', 'a.json', '--base-url', emulator.url], { YOTI_SIGN_API_KEY: `${KEY} with spaces` });
    assert.is(badKey.code, 1);
    assert.match(badKey.stderr, /error the API key in YOTI_SIGN_API_KEY must be printable ASCII without spaces/);
    assert.equal(leaks(badKey, KEY), []);

    write('secret.json', secretFixture());
    const created = await remote(['apply', 'secret.json']);
    assert.is(created.code, 0, created.stderr);
    const rotated = secretFixture();
    (rotated.session_config['notifications'] as Record<string, unknown>)['auth_token'] = `${CANARY_TOKEN}-rotated`;
    write('secret.json', rotated);
    for (const format of ['text', 'json']) {
      const run = await remote(['plan', 'secret.json', '--format', format]);
      assert.is(run.code, 1);
      assert.match(run.stdout, /auth_token changed \(secret, value not shown\)/);
      assert.equal(leaks(run, CANARY_TOKEN, CANARY_KEY, KEY), [], format);
    }
  } finally {
    await emulator.close();
  }
});

test.run();
