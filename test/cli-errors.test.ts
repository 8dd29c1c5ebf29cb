/**
 * How the command line fails: a user's mistake or an odd path is one line and exit 2 (usage) or
 * 1 (input, environment, API), never a stack and never a hang; only a bug in the package prints
 * a stack, with a request to report it.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../src/cli/main.js';
import { glob, LIMITS } from '../src/cli/files.js';
import { PathError } from '../src/cli/io.js';
import { BIN, cli as runCli, ROOT, type Run } from './support/cli.js';

const KEY = 'sk_test_cli_errors_0b7e_DO-NOT-PRINT';
const SEED = join(ROOT, 'examples/seed.json');
const DIST_INDEX = pathToFileURL(join(ROOT, 'dist/index.js')).href;
/** A Node stack frame: what a user must never see for their own mistake. */
const STACK = /^\s+at /m;

let work: string;
const cli = (args: readonly string[], env?: Record<string, string>, timeoutMs?: number) =>
  runCli(args, { cwd: work, ...(env === undefined ? {} : { env }), ...(timeoutMs === undefined ? {} : { timeoutMs }) });

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

/** Exit 2 with `pattern` on a single error line (plus, for a usage mistake, the pointer to --help). */
function assertUsage(run: Run, pattern: RegExp, label: string): void {
  assert.is(run.code, 2, `${label}: ${run.stderr}`);
  assert.not.match(run.stderr, STACK, label);
  const [first, ...rest] = lines(run.stderr);
  assert.match(first ?? '', /^error /, label);
  assert.match(first ?? '', pattern, label);
  assert.ok(rest.length === 0 || (rest.length === 1 && /^Run `yoti-session-config .*--help` for usage\.$/.test(rest[0] ?? '')), `${label}: ${run.stderr}`);
}

/** Exit 2 with exactly one line: a path that cannot be used, where `--help` would not help. */
function assertOneLine(run: Run, pattern: RegExp, label: string): void {
  assert.is(run.code, 2, `${label}: ${run.stderr}`);
  assert.equal(lines(run.stderr).length, 1, `${label}: ${run.stderr}`);
  assert.match(run.stderr.trimEnd(), pattern, label);
}

test.before.each(() => {
  assert.ok(existsSync(BIN), 'build first: npm run build');
  work = mkdtempSync(join(tmpdir(), 'yoti-session-config-cli-errors-'));
});
test.after.each(() => rmSync(work, { recursive: true, force: true }));

test('a --base-url without a scheme, over plain http to another host, or with a query is a usage error, with no stack', async () => {
  const cases = [
    { url: '127.0.0.1:4010', expected: /--base-url must be an absolute URL .*write it with its scheme, as in http:\/\/127\.0\.0\.1:4010/ },
    { url: 'http://api.example.com', expected: /--base-url must use https: \(http: only to a loopback host\)/ },
    { url: 'https://api.yotisign.com/?region=eu', expected: /--base-url must be an origin with an optional path, without credentials, query or fragment/ },
  ];
  for (const { url, expected } of cases) {
    for (const command of [['create', SEED], ['list']]) {
      const run = await cli([...command, '--base-url', url], { YOTI_SIGN_API_KEY: KEY });
      assertUsage(run, expected, `${command[0]} --base-url ${url}`);
      assert.not.ok(run.stderr.includes(KEY));
    }
  }
});

test('an API key with a trailing newline says what is wrong in one line, exit 1, without the key', async () => {
  for (const [args, env, where] of [
    [['list'], { YOTI_SIGN_API_KEY: `${KEY}\n` }, 'in YOTI_SIGN_API_KEY'],
    [['create', SEED, '--api-key-env', 'MY_KEY'], { MY_KEY: `${KEY}\n` }, 'in the variable named by --api-key-env'],
  ] as const) {
    const run = await cli(args, env);
    assert.is(run.code, 1, run.stderr);
    assert.equal(lines(run.stderr).length, 1, run.stderr);
    assert.ok(run.stderr.startsWith(`error the API key ${where} must be printable ASCII`), run.stderr);
    assert.match(run.stderr, /a trailing newline from a file or an environment variable is the usual cause/);
    assert.not.ok(run.stderr.includes(KEY) || run.stdout.includes(KEY));
  }
});

test('a bug in the package prints its stack, without a key from the environment, and asks for a report', async () => {
  const written: string[] = [];
  const code = await main(['--version'], {
    stdout: {
      write: () => {
        throw new Error(`unexpected failure while holding ${KEY}`);
      },
    },
    stderr: { write: (text: string) => written.push(text) },
    env: { YOTI_SIGN_API_KEY: KEY },
    cwd: work,
  });
  const stderr = written.join('');
  assert.is(code, 1);
  assert.match(stderr, /^Error: unexpected failure while holding \(hidden\)\n\s+at /);
  assert.match(stderr, /error this is a bug in yoti-session-config \d+\.\d+\.\d+; please report it/);
  assert.not.ok(stderr.includes(KEY));
});

test('an operating-system refusal is the environment, not a bug: one line, exit 1', async () => {
  const written: string[] = [];
  const refusal = Object.assign(new Error("EACCES: permission denied, open 'x.json'"), { code: 'EACCES', syscall: 'open' });
  const code = await main(['--version'], {
    stdout: {
      write: () => {
        throw refusal;
      },
    },
    stderr: { write: (text: string) => written.push(text) },
    env: {},
    cwd: work,
  });
  assert.is(code, 1);
  assert.equal(written, ["error EACCES: permission denied, open 'x.json'\n"]);
});

test('a mistyped command or option gets a suggestion; an unrelated word gets none', async () => {
  assertUsage(await cli(['vaildate', 'x.json']), /^error unknown command "vaildate"; did you mean validate\?$/, 'vaildate');
  assertUsage(await cli(['emultor']), /did you mean emulator\?$/, 'emultor');
  assertUsage(await cli(['validate', 'x.json', '--stric']), /^error unknown option --stric; did you mean --strict\?$/, '--stric');
  assertUsage(await cli(['list', '--detialed']), /did you mean --detailed\?$/, '--detialed');
  assertUsage(await cli(['--verison']), /did you mean --version\?$/, '--verison');
  const unrelated = await cli(['publish']);
  assertUsage(unrelated, /^error unknown command "publish"$/, 'publish');
});

test('validate --strict ends with a verdict line, passed or failed', async () => {
  const passed = await cli(['validate', '--strict', SEED]);
  assert.is(passed.code, 0, passed.stdout);
  assert.match(lines(passed.stdout).at(-1) ?? '', /^1 file checked with --strict \(advisories fail a file\): 1 valid, 0 invalid: passed$/);
  const advised = JSON.parse(readFileSync(SEED, 'utf8')) as { session_config: Record<string, unknown> };
  advised.session_config['client_session_token_ttl'] = 600;
  writeFileSync(join(work, 'short.json'), JSON.stringify(advised));
  const failed = await cli(['validate', '--strict', 'short.json', SEED]);
  assert.is(failed.code, 1);
  assert.match(failed.stdout, /^short\.json: advisory: /m);
  assert.match(lines(failed.stdout).at(-1) ?? '', /^2 files checked with --strict \(advisories fail a file\): 1 valid, 1 invalid: failed$/);
  const lenient = await cli(['validate', 'short.json']);
  assert.is(lenient.code, 0);
  assert.not.match(lenient.stdout, /--strict/);
});

test('every help aligns its option descriptions in one column', async () => {
  for (const command of ['emit', 'validate', 'create', 'list', 'emulator']) {
    const { stdout } = await cli([command, '--help']);
    const options = stdout.slice(stdout.indexOf('\nOptions:\n') + '\nOptions:\n'.length).split('\n\n')[0] ?? '';
    const rows = options.split('\n').filter((row) => row !== '');
    assert.ok(rows.length >= 2, `${command}: ${stdout}`);
    const columns = new Set(rows.map((row) => /^ {2}(?:-\S+(?: \S+)?)?\s+/.exec(row)?.[0].length));
    assert.equal([...columns].length, 1, `${command} --help:\n${options}`);
    assert.not.ok(columns.has(undefined), command);
  }
});

// ---------------------------------------------------------------------------------------------
// Odd paths: each ends, in one line, with exit 2.

test('validate refuses a device and a pipe instead of reading forever', async () => {
  assertOneLine(await cli(['validate', '/dev/zero'], undefined, 10_000), /^error \/dev\/zero: not a regular file/, '/dev/zero');
  execFileSync('mkfifo', [join(work, 'pipe.json')]);
  assertOneLine(await cli(['validate', 'pipe.json'], undefined, 10_000), /^error pipe\.json: not a regular file/, 'fifo');
  assertOneLine(await cli(['create', '/dev/zero'], { YOTI_SIGN_API_KEY: KEY }, 10_000), /^error \/dev\/zero: not a regular file/, 'create /dev/zero');
  assertOneLine(await cli(['validate', work]), /is a directory; name the files in it/, 'directory');
});

test('a file larger than the input cap is refused before it is read', async () => {
  const huge = join(work, 'huge.json');
  // Sparse: 3 GB long, no disk used; reading it whole would take seconds and 3 GB of memory.
  const descriptor = openSync(huge, 'w');
  ftruncateSync(descriptor, 3 * 1024 ** 3);
  closeSync(descriptor);
  const started = performance.now();
  assertOneLine(await cli(['validate', 'huge.json'], undefined, 10_000), /^error huge\.json: larger than 10 MB, far more than any configuration; not read$/, '3 GB');
  assert.ok(performance.now() - started < 5_000);
  writeFileSync(join(work, 'just-over.json'), Buffer.alloc(LIMITS.inputBytes + 1, 0x20));
  assertOneLine(await cli(['create', 'just-over.json'], { YOTI_SIGN_API_KEY: KEY }), /larger than 10 MB/, 'create just over');
  assert.is(LIMITS.inputBytes, 10 * 1024 * 1024);
});

test('globs are bounded: repeated braces and a range out of order end in one line', async () => {
  const braces = `${'{a,b}'.repeat(22)}.json`;
  const started = performance.now();
  assertOneLine(await cli(['validate', braces], undefined, 10_000), /its braces expand to more than 1024 patterns; narrow it$/, 'braces');
  assert.ok(performance.now() - started < 5_000, 'refused before expanding');
  assertOneLine(await cli(['validate', '[z-a].json']), /^error \[z-a\]\.json: not a valid pattern; a range in \[\.\.\.\] goes from low to high/, '[z-a]');
  // Ten alternatives stay well within the bound.
  writeFileSync(join(work, 'a.json'), readFileSync(SEED));
  assert.is((await cli(['validate', '{a,b,c,d,e,f,g,h,i,j}.json'])).code, 0);
});

test('a glob stops after its budget of directory entries, and of brace alternatives', () => {
  for (const name of ['a/1.json', 'a/2.json', 'b/c/3.json', 'b/c/4.json', 'b/5.json']) {
    mkdirSync(join(work, name, '..'), { recursive: true });
    writeFileSync(join(work, name), '{}');
  }
  assert.is(glob('**/*.json', work).length, 5);
  // Four directories of two entries each, every one listed twice by `**` (to match, then to descend): 16.
  assert.is(glob('**/*.json', work, { braceAlternatives: 4, globEntries: 16 }).length, 5, 'within the budget');
  assert.throws(() => glob('**/*.json', work, { braceAlternatives: 4, globEntries: 15 }), (error: unknown) => error instanceof PathError && /^\*\*\/\*\.json: searched more than 15 entries; narrow the pattern$/.test(error.message));
  assert.is(glob('{a,b}/*.json', work, { braceAlternatives: 2, globEntries: 100 }).length, 3);
  assert.throws(() => glob('{a,b,c}/*.json', work, { braceAlternatives: 2, globEntries: 100 }), /its braces expand to more than 2 patterns/);
});

test('emit --out refuses a path inside a file and a directory that cannot be made, without looping', async () => {
  writeFileSync(join(work, 'kyc.mjs'), `import { sessionConfig } from '${DIST_INDEX}';\nexport const kyc = sessionConfig().name('KYC').check.liveness({ maxRetries: 2 });\n`);
  writeFileSync(join(work, 'file'), 'not a directory');
  assertOneLine(await cli(['emit', 'kyc.mjs', '--out', 'file/sub']), /^error --out file\/sub: .*file is a file, not a directory$/, 'file/sub');
  if (existsSync('/proc/sys')) {
    assertOneLine(await cli(['emit', 'kyc.mjs', '--out', '/proc/sys/yoti-session-config-test'], undefined, 10_000), /^error --out \/proc\/sys\/yoti-session-config-test: cannot be created \(E[A-Z]+\)$/, '/proc/sys');
  }
  mkdirSync(join(work, 'fixtures'));
  execFileSync('mkfifo', [join(work, 'fixtures', 'kyc.json')]);
  assertOneLine(await cli(['emit', 'kyc.mjs', '--out', 'fixtures'], undefined, 10_000), /^error fixtures\/kyc\.json: exists and is not a regular file; not overwritten$/, 'fifo target');
  const written = await cli(['emit', 'kyc.mjs', '--out', 'new/nested']);
  assert.is(written.code, 0, written.stderr);
  assert.ok(existsSync(join(work, 'new/nested/kyc.json')));
});

test.run();
