/**
 * What a newcomer meets first: the demo's output, the README's example run as written, and docs
 * that quote the program. Quoted texts are compared with the source, so they cannot drift.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tsxMissing } from '../src/cli/load.js';
import * as messages from '../src/messages.js';
import { PREBUILT_NAMES } from '../src/testing/prebuilt.js';
import { ROOT, type Run } from './support/cli.js';

/** `node --import tsx <script>` from the project root, without an API key in the environment. */
function runTypeScript(script: string): Promise<Run> {
  // Plain output whatever the test runner's colour settings.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['YOTI_SIGN_API_KEY'];
  delete env['FORCE_COLOR'];
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr }),
    );
  });
}

/** The fenced block of `language` that follows `heading` in `markdown`. */
function blockAfter(markdown: string, heading: string, language: string): string {
  const section = markdown.slice(markdown.indexOf(heading));
  const block = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'm').exec(section);
  assert.ok(markdown.includes(heading) && block !== null, `no ${language} block after ${heading}`);
  return block[1] as string;
}

const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((file) => `docs/${file}`)];
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

test('npm run demo prints the URL it posts to as one well-formed URL, then the answer', async () => {
  const run = await runTypeScript('scripts/demo.ts');
  assert.is(run.code, 0, run.stderr);
  const [first] = run.stdout.split('\n');
  const url = /^POST (\S+)(?: {3}\(local emulator; set YOTI_SIGN_API_KEY for the real API\))?$/.exec(first ?? '')?.[1];
  assert.ok(url !== undefined, first);
  const parsed = new URL(url);
  assert.is(parsed.origin, /^http:\/\/127\.0\.0\.1:\d+$/.test(parsed.origin) ? parsed.origin : 'a loopback origin');
  assert.is(parsed.pathname, '/v2/idv/sessions/configs');
  assert.match(run.stdout, /^Yoti Sign answered 201:/m);
});

test("the README's 30-second example runs as written without YOTI_SIGN_API_KEY, against the emulator", async () => {
  const source = blockAfter(read('README.md'), '## 30-second example', 'ts')
    .replaceAll("'yoti-session-config/testing'", `'${pathToFileURL(join(ROOT, 'src/testing/index.ts')).href}'`)
    .replaceAll("'yoti-session-config'", `'${pathToFileURL(join(ROOT, 'src/index.ts')).href}'`);
  assert.not.match(source, /from 'yoti-session-config/, 'every import of the package was mapped');
  const folder = mkdtempSync(join(tmpdir(), 'yoti-session-config-readme-'));
  try {
    writeFileSync(join(folder, 'kyc.mts'), source);
    const run = await runTypeScript(join(folder, 'kyc.mts'));
    assert.is(run.code, 0, run.stderr);
    assert.match(run.stdout, /^201 http:\/\/127\.0\.0\.1:\d+$/m, run.stdout + run.stderr);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('every advisory the docs quote is the current text of an advisory', () => {
  const texts = new Set(Object.values(messages as Record<string, unknown>).filter((value): value is string => typeof value === 'string'));
  let quoted = 0;
  for (const file of DOCS) {
    for (const [, message] of read(file).matchAll(/: advisory: [\w.[\]]+: (.+)$/gm)) {
      quoted++;
      assert.ok(texts.has(message as string), `${file} quotes an advisory that the library does not print:\n  ${message}`);
    }
  }
  assert.ok(quoted > 0, 'docs/cli.md shows an advisory in its validate example');
});

test('the docs count the prebuilt configurations the emulator and the API list', () => {
  const counts = DOCS.flatMap((file) => [...read(file).matchAll(/(\d+) configurations: (\d+) custom, (\d+) prebuilt/g)].map((found) => ({ file, found })));
  assert.ok(counts.length > 0);
  for (const { file, found } of counts) {
    const [, total, custom, prebuilt] = found.map(Number);
    assert.is(prebuilt, PREBUILT_NAMES.length, `${file}: ${found[0]}`);
    assert.is(total, (custom as number) + (prebuilt as number), `${file}: ${found[0]}`);
  }
});

test('the docs show compiler messages, never TypeScript error codes, which change between versions', () => {
  const offending = DOCS.filter((file) => /\bTS\d{4,5}\b/.test(read(file)));
  assert.equal(offending, []);
});

test('docs/cli.md quotes the missing-tsx message the CLI prints', () => {
  assert.ok(read('docs/cli.md').includes(`error ${tsxMissing(['templates/kyc.ts'])}`));
});

test.run();
