/**
 * `yoti-session-config emulator`: a process a user starts, copies a command from, and stops
 * with Ctrl-C.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { EMULATOR_DEFAULTS } from '../src/cli/help.js';
import { BIN, cli, ROOT, startCli } from './support/cli.js';

let work: string;

test.before.each(() => {
  assert.ok(existsSync(BIN), 'build first: npm run build');
  work = mkdtempSync(join(tmpdir(), 'yoti-session-config-cli-emulator-'));
});
test.after.each(() => rmSync(work, { recursive: true, force: true }));

/** The printed example, as pasted (with this package's bin in place of `npx yoti-session-config`). */
function pastedCommand(stdout: string): { env: Record<string, string>; args: string[] } {
  const line = /^ {2}(\w+)=(\S+) npx yoti-session-config (.+)$/m.exec(stdout);
  assert.ok(line !== null, stdout);
  return { env: { [line[1] as string]: line[2] as string }, args: (line[3] as string).split(' ') };
}

test('emulator prints its URL and a command that works against it, and stops cleanly on SIGINT', async () => {
  const emulator = startCli(['emulator', '--port', '0'], { cwd: work });
  try {
    const [, url] = await emulator.waitFor(/^Yoti Sign emulator at (http:\/\/127\.0\.0\.1:\d+) \(accepts the API key local-key/m);
    await emulator.waitFor(/^Ctrl-C stops it\.$/m);
    const pasted = pastedCommand(emulator.output().stdout);
    assert.equal(pasted.env, { YOTI_SIGN_API_KEY: EMULATOR_DEFAULTS.apiKey });
    assert.equal(pasted.args, ['list', '--base-url', url]);

    const listed = await cli(pasted.args, { cwd: work, env: pasted.env });
    assert.is(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, /^6 configurations: 0 custom, 6 prebuilt$/m);

    writeFileSync(join(work, 'seed.json'), readFileSync(join(ROOT, 'examples/seed.json')));
    const created = await cli(['create', 'seed.json', '--base-url', url as string], { cwd: work, env: pasted.env });
    assert.is(created.code, 0, created.stderr);
    const answer = await fetch(`${url}/v2/idv/sessions/configs`, { headers: { authorization: `Bearer ${EMULATOR_DEFAULTS.apiKey}` } });
    assert.is(answer.status, 200);
    assert.ok(((await answer.json()) as { session_configs: { name: string }[] }).session_configs.some((config) => config.name === 'My Custom Session config'));
  } finally {
    emulator.child.kill('SIGINT');
  }
  const stopped = await emulator.exited;
  assert.is(stopped.code, 0, stopped.stderr);
  assert.is(stopped.stderr, '');
  assert.match(stopped.stdout, /^emulator stopped \(SIGINT\): 1 configuration stored$/m);
});

test('emulator takes --api-key and stops on SIGTERM too', async () => {
  const emulator = startCli(['emulator', '--port', '0', '--api-key', 'team-key'], { cwd: work });
  await emulator.waitFor(/^Ctrl-C stops it\.$/m);
  const pasted = pastedCommand(emulator.output().stdout);
  assert.equal(pasted.env, { YOTI_SIGN_API_KEY: 'team-key' });
  assert.is((await cli(pasted.args, { cwd: work, env: { YOTI_SIGN_API_KEY: 'other-key' } })).code, 1, 'another key is refused');
  emulator.child.kill('SIGTERM');
  const stopped = await emulator.exited;
  assert.is(stopped.code, 0, stopped.stderr);
  assert.match(stopped.stdout, /^emulator stopped \(SIGTERM\): 0 configurations stored$/m);
});

test('emulator explains a busy port in one line (exit 1) and a malformed one as usage (exit 2)', async () => {
  const blocker = createServer();
  await new Promise<void>((listening) => blocker.listen(0, '127.0.0.1', listening));
  try {
    const { port } = blocker.address() as AddressInfo;
    const busy = await cli(['emulator', '--port', String(port)], { cwd: work, timeoutMs: 10_000 });
    assert.is(busy.code, 1);
    assert.is(busy.stderr, `error port ${port} is in use: choose another with --port, or --port 0 for a free one\n`);
  } finally {
    blocker.close();
  }
  for (const port of ['abc', '70000', '-1', '4.5']) {
    const run = await cli(['emulator', `--port=${port}`], { cwd: work, timeoutMs: 10_000 });
    assert.is(run.code, 2, port);
    assert.match(run.stderr, /^error --port must be a number from 0 to 65535/);
  }
  assert.is((await cli(['emulator', 'extra'], { cwd: work })).code, 2);
});

test.run();
