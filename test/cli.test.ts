/**
 * The real bin, built to dist/ (`npm run build` first), run as a child process against
 * temporary files. Runs are asynchronous so that the emulator in this process can answer.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { expandFileArguments } from '../src/cli/files.js';
import { startYotiSignEmulator, type YotiSignEmulator } from '../src/testing/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'dist/cli/bin.js');
const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));
const SOURCE_INDEX = pathToFileURL(join(ROOT, 'src/index.ts')).href;
const DIST_INDEX = pathToFileURL(join(ROOT, 'dist/index.js')).href;
const KEY = 'sk_test_cli_5d1e_DO-NOT-PRINT';
const ANSI = /\u001b\[/;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let work: string;

/** `yoti-session-config ...args` in `cwd` (the temp dir by default), with a clean environment plus `env`. */
function cli(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; bin?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [options.bin ?? BIN, ...args],
      { cwd: options.cwd ?? work, env: { PATH: process.env['PATH'] ?? '', ...options.env }, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });
}

/** The same, on a pseudo-terminal (`script`), so that stdout is a TTY. */
function cliOnTerminal(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const command = [process.execPath, BIN, ...args].map((part) => `'${part}'`).join(' ');
  return new Promise((resolve) => {
    execFile('script', ['-qec', command, '/dev/null'], { cwd: work, env: { PATH: process.env['PATH'] ?? '', TERM: 'xterm', ...env }, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });
}

const write = (name: string, content: unknown) => {
  const path = join(work, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  return path;
};
const seed = () => JSON.parse(readFileSync(join(EXAMPLES, 'seed.json'), 'utf8')) as { name: string; session_config: Record<string, unknown> };
const json = (run: Run) => JSON.parse(run.stdout) as Record<string, unknown>;

test.before.each(() => {
  assert.ok(existsSync(BIN), 'build first: npm run build');
  work = mkdtempSync(join(tmpdir(), 'yoti-session-config-cli-'));
});
test.after.each(() => rmSync(work, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
// The command line itself.

test('--version prints the package version', async () => {
  const run = await cli(['--version']);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
  assert.equal(run, { code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  assert.is(manifest.bin['yoti-session-config'], 'dist/cli/bin.js');
  assert.ok(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n'));
});

test('--help lists every command, and each command has its own --help', async () => {
  const main = await cli(['--help']);
  assert.is(main.code, 0);
  for (const command of ['emit', 'validate', 'create', 'list', 'schema']) {
    assert.match(main.stdout, new RegExp(`\\n  ${command} `));
    for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
      const run = await cli(args);
      assert.is(run.code, 0, args.join(' '));
      assert.ok(run.stdout.startsWith(`Usage: yoti-session-config ${command}`), run.stdout);
    }
  }
});

test('no command prints the help on stderr and exits 2; an unknown command or option exits 2', async () => {
  const none = await cli([]);
  assert.is(none.code, 2);
  assert.match(none.stderr, /^Usage: yoti-session-config <command>/);
  const unknown = await cli(['publish']);
  assert.is(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "publish"/);
  const option = await cli(['validate', 'x.json', '--fast']);
  assert.is(option.code, 2);
  assert.match(option.stderr, /unknown option --fast\nRun `yoti-session-config validate --help` for usage\./);
  const badFormat = await cli(['validate', 'x.json', '--format', 'xml']);
  assert.is(badFormat.code, 2);
  assert.match(badFormat.stderr, /--format must be text or json, received "xml"/);
  const missingValue = await cli(['emit', 'x.ts', '--out', '--check']);
  assert.is(missingValue.code, 2);
  assert.match(missingValue.stderr, /--out needs a value/);
});

test('an API key on the command line is refused without being printed', async () => {
  for (const args of [['create', 'x.json', `--api-key=${KEY}`], ['list', '--token', KEY], [`--api-key=${KEY}`], ['list', '--api-key-env', KEY]]) {
    const run = await cli(args);
    assert.is(run.code, 2, args.join(' '));
    assert.not.ok(run.stdout.includes(KEY) || run.stderr.includes(KEY), run.stderr);
  }
  assert.match((await cli(['list', `--api-key=${KEY}`])).stderr, /credentials are read from the environment only/);
});

test('schema prints the JSON Schema the package ships', async () => {
  const run = await cli(['schema']);
  assert.is(run.code, 0);
  assert.is(run.stdout, readFileSync(join(ROOT, 'dist/schema.json'), 'utf8'));
  assert.is(json(run)['$schema'], 'https://json-schema.org/draft/2020-12/schema');
});

// ---------------------------------------------------------------------------------------------
// validate

test('file arguments: literal paths first, then *, ?, [...], [!...], {a,b} and ** patterns', () => {
  for (const name of ['a1.json', 'a2.json', 'b1.json', 'x/y/z.json', 'x/y.json', '.hidden/h.json', 'lit{eral.json']) write(name, '{}');
  const expand = (...patterns: string[]) => {
    const { files, unmatched } = expandFileArguments(patterns, work);
    return [files.map((file) => file.slice(work.length + 1)), unmatched];
  };
  assert.equal(expand('a?.json'), [['a1.json', 'a2.json'], []]);
  assert.equal(expand('[ab]1.json', '[!a]*.json'), [['a1.json', 'b1.json', 'lit{eral.json'], []]);
  assert.equal(expand('{a1,x/y}.json'), [['a1.json', 'x/y.json'], []]);
  assert.equal(expand('**/*.json'), [['a1.json', 'a2.json', 'b1.json', 'lit{eral.json', 'x/y.json', 'x/y/z.json'], []]);
  assert.equal(expand('.hidden/*.json', 'lit{eral.json', 'lit{*'), [['.hidden/h.json', 'lit{eral.json'], []]);
  assert.equal(expand('none/*.json', 'a1.json'), [['a1.json'], ['none/*.json']]);
});

test('validate accepts every example and prints a one-line summary', async () => {
  const files = readdirSync(EXAMPLES).filter((file) => file.endsWith('.json'));
  const run = await cli(['validate', ...files.map((file) => join(EXAMPLES, file))]);
  assert.is(run.code, 0, run.stdout);
  assert.is(run.stdout.trimEnd().split('\n').at(-1), `${files.length} files checked: ${files.length} valid, 0 invalid`);
  assert.is(run.stdout.match(/: valid$/gm)?.length, files.length);
});

test('validate reports every issue with the file, the JSON path and the message, and exits 1', async () => {
  const broken = seed();
  broken.name = '';
  broken.session_config['resources_ttl'] = 10;
  broken.session_config['colour'] = 'red';
  write('fixtures/broken.json', broken);
  write('fixtures/good.json', seed());
  const run = await cli(['validate', 'fixtures/broken.json', 'fixtures/good.json']);
  assert.is(run.code, 1);
  const lines = run.stdout.trimEnd().split('\n');
  assert.equal(lines, [
    'fixtures/broken.json: error: name: expected a non-empty string, received ""',
    'fixtures/broken.json: error: session_config.resources_ttl: expected an integer of at least 86400, received 10',
    'fixtures/broken.json: error: session_config.colour is not a known key: expected one of client_session_token_ttl, session_deadline, resources_ttl, user_tracking_id, block_biometric_consent, notifications, requested_checks, requested_tasks, required_documents, identity_profile_requirements, advanced_identity_profile_requirements, subject, sdk_config, create_identity_profile_preview, import_token, ibv_options, resources, ephemeral_media',
    'fixtures/good.json: valid',
    '2 files checked: 1 valid, 1 invalid',
  ]);
  assert.not.ok(ANSI.test(run.stdout), 'no colours on a pipe');
});

test('validate --format json gives each file with its issues, paths as arrays, and the summary', async () => {
  const broken = seed();
  broken.session_config['resources_ttl'] = 10;
  write('broken.json', broken);
  const run = await cli(['validate', 'broken.json', '--format', 'json']);
  assert.is(run.code, 1);
  assert.equal(json(run), {
    valid: false,
    strict: false,
    summary: { checked: 1, valid: 0, invalid: 1 },
    files: [
      {
        file: 'broken.json',
        valid: false,
        issues: [
          {
            severity: 'error',
            path: ['session_config', 'resources_ttl'],
            code: 'too_small',
            message: 'session_config.resources_ttl: expected an integer of at least 86400, received 10',
          },
        ],
      },
    ],
  });
});

test('validate expands quoted globs, ** included, and skips node_modules', async () => {
  write('a/one.json', seed());
  write('a/b/two.json', seed());
  write('a/b/c/three.json', { ...seed(), name: '' });
  write('a/node_modules/dep/ignored.json', { not: 'a config' });
  write('a/b/notes.txt', 'not json');
  const run = await cli(['validate', 'a/**/*.json', '--format', 'json']);
  const files = (json(run)['files'] as { file: string; valid: boolean }[]).map(({ file, valid }) => [file, valid]);
  assert.equal(files, [
    ['a/b/c/three.json', false],
    ['a/b/two.json', true],
    ['a/one.json', true],
  ]);
  assert.is(run.code, 1);
  const braces = await cli(['validate', 'a/{one,b/two}.json']);
  assert.is(braces.code, 0, braces.stdout);
  assert.match(braces.stdout, /2 files checked: 2 valid, 0 invalid/);
});

test('validate --strict also fails on advisories, which are shown either way', async () => {
  write('short-ttl.json', JSON.parse(readFileSync(join(EXAMPLES, 'orthogonal-filter-expired-passport-text-extraction.json'), 'utf8')));
  const lenient = await cli(['validate', 'short-ttl.json']);
  assert.is(lenient.code, 0);
  assert.match(lenient.stdout, /^short-ttl\.json: advisory: session_config\.client_session_token_ttl: /m);
  assert.match(lenient.stdout, /^short-ttl\.json: valid$/m);
  const strict = await cli(['validate', 'short-ttl.json', '--strict', '--format', 'json']);
  assert.is(strict.code, 1);
  const [file] = json(strict)['files'] as { valid: boolean; issues: { severity: string; code: string }[] }[];
  assert.is(file?.valid, false);
  assert.equal(file?.issues.map((issue) => [issue.severity, issue.code]), [['advisory', 'token_ttl_short']]);
});

test('validate explains missing files and broken JSON without quoting the file', async () => {
  write('broken.json', `{\n  "name": "x",\n  "api_key": "${KEY}" oops\n}`);
  write('bom.json', `\uFEFF${JSON.stringify(seed())}`);
  const run = await cli(['validate', 'broken.json', 'missing.json', 'nothing/*.json', 'bom.json']);
  assert.is(run.code, 1);
  assert.match(run.stdout, /^broken\.json: error: \(root\): not valid JSON at line 3, column \d+: Expected ',' or '}' after property value$/m);
  assert.match(run.stdout, /^missing\.json: error: \(root\): no file matches this path or pattern$/m);
  assert.match(run.stdout, /^nothing\/\*\.json: error: \(root\): no file matches this path or pattern$/m);
  assert.match(run.stdout, /^bom\.json: valid$/m);
  assert.not.ok(run.stdout.includes(KEY));
});

test('colours appear only on a terminal, and never with NO_COLOR', async () => {
  write('broken.json', { name: '' });
  const terminal = await cliOnTerminal(['validate', 'broken.json']);
  assert.ok(ANSI.test(terminal.stdout), JSON.stringify(terminal.stdout));
  const noColour = await cliOnTerminal(['validate', 'broken.json'], { NO_COLOR: '1' });
  assert.match(noColour.stdout, /broken\.json: error: /);
  assert.not.ok(ANSI.test(noColour.stdout), JSON.stringify(noColour.stdout));
  const piped = await cli(['validate', 'broken.json']);
  assert.not.ok(ANSI.test(piped.stdout + piped.stderr));
});

// ---------------------------------------------------------------------------------------------
// emit

test('emit reproduces every example file byte for byte from a TypeScript module', async () => {
  // One example holds a made-up webhook token, which only --allow-secrets writes.
  const run = await cli(['emit', join(ROOT, 'test/fixtures/examples.ts'), '--out', 'out', '--allow-secrets']);
  assert.is(run.code, 0, run.stderr);
  const examples = readdirSync(EXAMPLES).filter((file) => file.endsWith('.json')).sort();
  assert.equal(readdirSync(join(work, 'out')).sort(), examples);
  for (const file of examples) assert.is(readFileSync(join(work, 'out', file), 'utf8'), readFileSync(join(EXAMPLES, file), 'utf8'), file);
  assert.is(run.stdout.trimEnd().split('\n').at(-1), `${examples.length} configurations from 1 module: ${examples.length} written, 0 unchanged`);
});

test('emit writes <export-name>.json with 2-space indent and a final newline, and ignores other exports', async () => {
  write(
    'templates/kyc.ts',
    `import { sessionConfig } from '${SOURCE_INDEX}';
export const kyc = sessionConfig().name('KYC').check.liveness({ maxRetries: 3 });
export default sessionConfig().name('Default');
export const helper = (name: string) => sessionConfig().name(name);
export const looksLikeABuilder = { toJSON: () => ({ name: 'impostor' }) };
export const count = 3;
`,
  );
  const run = await cli(['emit', 'templates/kyc.ts', '--out', 'out']);
  assert.is(run.code, 0, run.stderr);
  assert.equal(readdirSync(join(work, 'out')).sort(), ['kyc.json']);
  const text = readFileSync(join(work, 'out/kyc.json'), 'utf8');
  assert.is(text, `${JSON.stringify({ name: 'KYC', is_private: false, session_config: { requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'ZOOM', max_retries: 3 } }], requested_tasks: [] } }, null, 2)}\n`);
  assert.match(run.stdout, /^wrote out\/kyc\.json$/m);
});

test('a default export is written under the module name; JavaScript modules and the built package work too', async () => {
  write('default-name.mjs', `import { sessionConfig } from '${DIST_INDEX}';\nexport default sessionConfig().name('From JS');\n`);
  const run = await cli(['emit', 'default-name.mjs']);
  assert.is(run.code, 0, run.stderr);
  assert.is((JSON.parse(readFileSync(join(work, 'default-name.json'), 'utf8')) as { name: string }).name, 'From JS');
});

test('emit names each export that is not named yet or invalid, and writes nothing', async () => {
  write(
    'bad.ts',
    `import { sessionConfig } from '${SOURCE_INDEX}';
export const good = sessionConfig().name('Good');
export const unnamed = sessionConfig().check.liveness({ maxRetries: 3 });
export const invalid = sessionConfig().name('Bad').clientSessionTokenTtl(5 as number).resourcesTtl(1 as number);
`,
  );
  const run = await cli(['emit', 'bad.ts', '--out', 'out']);
  assert.is(run.code, 1);
  assert.equal(run.stderr.trimEnd().split('\n'), [
    'error bad.ts export invalid: session_config.client_session_token_ttl: expected an integer of at least 301, received 5',
    'error bad.ts export invalid: session_config.resources_ttl: expected an integer of at least 86400, received 1',
    'error bad.ts export unnamed: name: a stored configuration needs a name: call .name(...) before toJSON() or create()',
    'nothing written: 3 problems',
  ]);
  assert.not.ok(existsSync(join(work, 'out')));
});

test('emit refuses modules without builders, failing imports, clashing names and export names that are not file names', async () => {
  write('none.ts', 'export const value = 1;\n');
  write('throws.ts', "throw new Error('broken module');\n");
  write('one.ts', `import { sessionConfig } from '${SOURCE_INDEX}';\nexport const kyc = sessionConfig().name('A');\n`);
  write('two.ts', `import { sessionConfig } from '${SOURCE_INDEX}';\nconst b = sessionConfig().name('B');\nexport { b as kyc, b as '../escape' };\n`);
  const run = await cli(['emit', 'none.ts', 'throws.ts', 'one.ts', 'two.ts', 'missing.ts']);
  assert.is(run.code, 1);
  assert.match(run.stderr, /^error missing\.ts: no such module$/m);
  assert.match(run.stderr, /^error none\.ts: exports no builder; export the result of sessionConfig\(\)\.\.\.$/m);
  assert.match(run.stderr, /^error could not import .*throws\.ts: broken module$/m);
  assert.match(run.stderr, /^error two\.ts export kyc: one\.ts export kyc also writes kyc\.json; rename one of them$/m);
  assert.match(run.stderr, /^error two\.ts export \.\.\/escape: the export name cannot be a file name; rename the export$/m);
  assert.equal(readdirSync(work).sort(), ['none.ts', 'one.ts', 'throws.ts', 'two.ts']);
});

test('emit leaves files that are already right untouched, and --check fails only when one is missing or differs', async () => {
  write('kyc.ts', `import { sessionConfig } from '${SOURCE_INDEX}';\nexport const kyc = sessionConfig().name('KYC');\nexport const hr = sessionConfig().name('HR');\n`);
  assert.is((await cli(['emit', 'kyc.ts', '--check'])).code, 1, 'nothing emitted yet');
  assert.is((await cli(['emit', 'kyc.ts'])).code, 0);
  const before = statSync(join(work, 'kyc.json')).mtimeMs;
  const again = await cli(['emit', 'kyc.ts']);
  assert.match(again.stdout, /2 configurations from 1 module: 0 written, 2 unchanged/);
  assert.is(statSync(join(work, 'kyc.json')).mtimeMs, before);
  assert.is((await cli(['emit', 'kyc.ts', '--check'])).code, 0);
  writeFileSync(join(work, 'hr.json'), '{}\n');
  const stale = await cli(['emit', 'kyc.ts', '--check']);
  assert.is(stale.code, 1);
  assert.match(stale.stderr, /^out of date hr\.json \(from kyc\.ts export hr\)$/m);
  assert.is(readFileSync(join(work, 'hr.json'), 'utf8'), '{}\n', '--check writes nothing');
});

test('emit explains how to get tsx when a TypeScript module is named and tsx cannot be found', async () => {
  // A copy of the package whose only dependency is ts-pattern: no tsx anywhere up the tree.
  const isolated = mkdtempSync(join(tmpdir(), 'yoti-session-config-no-tsx-'));
  try {
    cpSync(join(ROOT, 'dist'), join(isolated, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(isolated, 'package.json'));
    mkdirSync(join(isolated, 'node_modules'));
    symlinkSync(join(ROOT, 'node_modules/ts-pattern'), join(isolated, 'node_modules/ts-pattern'));
    write('kyc.ts', 'export {};\n');
    write('templates/hr.ts', 'export {};\n');
    const run = await cli(['emit', 'kyc.ts', 'templates/hr.ts'], { bin: join(isolated, 'dist/cli/bin.js') });
    assert.is(run.code, 1);
    // Once, naming every module it stops, whatever their number.
    assert.equal(run.stderr.split('\n').filter((line) => line.includes('tsx')), [
      'error kyc.ts, templates/hr.ts: importing a TypeScript module needs tsx (4.9 or later): run `npm install --save-dev tsx`, or compile the module and pass the .js file',
    ]);
    assert.match(run.stderr, /^nothing written: 1 problem$/m);
    const create = await cli(['create', 'kyc.ts'], { bin: join(isolated, 'dist/cli/bin.js'), env: { YOTI_SIGN_API_KEY: KEY } });
    assert.is(create.code, 1);
    assert.match(create.stderr, /^error kyc\.ts: importing a TypeScript module needs tsx/);
  } finally {
    rmSync(isolated, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// create and list, against the emulator over loopback.

let emulator: YotiSignEmulator;
const remote = (args: readonly string[], env: Record<string, string> = { YOTI_SIGN_API_KEY: KEY }) => cli([...args, '--base-url', emulator.url], { env });

test('create sends a JSON file with the key from the environment, and list shows it', async () => {
  emulator = await startYotiSignEmulator({ apiKeys: [KEY] });
  try {
    write('kyc.json', seed());
    const created = await remote(['create', 'kyc.json']);
    assert.is(created.code, 0, created.stderr);
    assert.match(created.stdout, /^created "My Custom Session config" \(HTTP 20\d\)$/m);
    const [request] = emulator.requests();
    assert.is(request?.headers['authorization'], `Bearer ${KEY}`);
    assert.equal(JSON.parse(request?.body ?? ''), seed());

    const listed = await remote(['list']);
    assert.is(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, /^My Custom Session config {2}\(custom, shared\)$/m);
    assert.match(listed.stdout, /^\d+ configurations: 1 custom, \d+ prebuilt$/m);
    const asJson = await remote(['list', '--format', 'json']);
    assert.ok((json(asJson)['session_configs'] as { name: string }[]).some((config) => config.name === 'My Custom Session config'));
    for (const run of [created, listed, asJson]) assert.not.ok(run.stdout.includes(KEY) || run.stderr.includes(KEY));
  } finally {
    await emulator.close();
  }
});

test('create sends the builder a module exports, and asks which one when there are several', async () => {
  emulator = await startYotiSignEmulator({ apiKeys: [KEY] });
  try {
    write('one.ts', `import { sessionConfig } from '${SOURCE_INDEX}';\nexport const kyc = sessionConfig().name('KYC').check.liveness({ maxRetries: 2 });\n`);
    write('two.ts', `import { sessionConfig } from '${SOURCE_INDEX}';\nexport const a = sessionConfig().name('A');\nexport const b = sessionConfig().name('B');\n`);
    assert.is((await remote(['create', 'one.ts'])).code, 0);
    const ambiguous = await remote(['create', 'two.ts']);
    assert.is(ambiguous.code, 1);
    assert.match(ambiguous.stderr, /two\.ts exports 2 builders \(a, b\): choose one with --export NAME/);
    assert.is((await remote(['create', 'two.ts', '--export', 'b'])).code, 0);
    assert.equal(emulator.stored().map((config) => config.name), ['KYC', 'B']);
  } finally {
    await emulator.close();
  }
});

test('create sends nothing for an invalid configuration or without a key, and reports API errors without the key', async () => {
  emulator = await startYotiSignEmulator({ apiKeys: [KEY] });
  try {
    write('bad.json', { ...seed(), name: '' });
    write('good.json', seed());
    const invalid = await remote(['create', 'bad.json']);
    assert.is(invalid.code, 1);
    assert.match(invalid.stderr, /bad\.json is not a valid configuration; nothing was sent:\n {2}name: expected a non-empty string/);
    const noKey = await remote(['create', 'good.json'], {});
    assert.is(noKey.code, 1);
    assert.match(noKey.stderr, /no API key: set the YOTI_SIGN_API_KEY environment variable/);
    const otherVariable = await remote(['create', 'good.json', '--api-key-env', 'MY_KEY'], { MY_KEY: KEY });
    assert.is(otherVariable.code, 0, otherVariable.stderr);
    assert.is(emulator.requests().length, 1, 'only the valid call with a key reached the API');

    const wrongKey = `${KEY}-wrong`;
    const rejected = await remote(['create', 'good.json'], { YOTI_SIGN_API_KEY: wrongKey });
    assert.is(rejected.code, 1);
    assert.match(rejected.stderr, /^error /);
    assert.not.ok(rejected.stderr.includes(wrongKey) || rejected.stdout.includes(wrongKey));
  } finally {
    await emulator.close();
  }
});

test('list --detailed shows payloads with secret values hidden', async () => {
  emulator = await startYotiSignEmulator({ apiKeys: [KEY] });
  try {
    const secret = 'ca-account-secret-81f2';
    const withCustomAccount = seed();
    withCustomAccount.session_config['notifications'] = { endpoint: 'https://example.com/hook', auth_type: 'BEARER', auth_token: secret };
    write('custom.json', withCustomAccount);
    assert.is((await remote(['create', 'custom.json'])).code, 0);
    for (const format of ['text', 'json']) {
      const run = await remote(['list', '--detailed', '--format', format]);
      assert.is(run.code, 0, run.stderr);
      assert.ok(run.stdout.includes('"auth_token": "(hidden)"'), run.stdout);
      assert.not.ok(run.stdout.includes(secret));
    }
    assert.ok(emulator.requests().some((request) => request.query['detailed_session_configs'] === 'true'));
  } finally {
    await emulator.close();
  }
});

test.run();
