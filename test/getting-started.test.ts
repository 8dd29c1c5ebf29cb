/**
 * docs/getting-started.md is followed as written by scripts/getting-started.ts (in CI: it
 * installs TypeScript and tsx). Here, offline: the guide marks the steps that script runs, and
 * they make a project of its own that an editor with default settings understands.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as messages from '../src/messages.js';
import { guideSteps, type Step } from '../scripts/getting-started.js';
import { ROOT } from './support/cli.js';

const steps = guideSteps(readFileSync(join(ROOT, 'docs/getting-started.md'), 'utf8'));
const files = new Map(steps.flatMap((step) => (step.kind === 'file' ? [[step.name, step.content] as const] : [])));
const runs = steps.filter((step): step is Extract<Step, { kind: 'run' }> => step.kind === 'run');

test('the guide makes its own project that installs the package, with TypeScript, tsx and a tsconfig.json', () => {
  const setup = runs[0]?.commands ?? '';
  for (const command of ['npm run build', 'cd ..', 'mkdir my-configs && cd my-configs', 'npm pkg set type=module', 'npm install ../yoti-session-config', 'npm install --save-dev typescript tsx']) {
    assert.ok(setup.split('\n').includes(command), `the first step lacks: ${command}\n${setup}`);
  }
  const tsconfig = JSON.parse(files.get('tsconfig.json') ?? '') as { compilerOptions: Record<string, unknown> };
  assert.is(tsconfig.compilerOptions['module'], 'nodenext');
  assert.is(tsconfig.compilerOptions['strict'], true);
});

test('the files, commands and expected outputs the script follows', () => {
  assert.match(files.get('kyc.ts') ?? '', /^import \{ sessionConfig \} from 'yoti-session-config';$/m);
  assert.match(files.get('store.ts') ?? '', /from 'yoti-session-config\/testing'/);
  assert.ok(runs.some((step) => step.commands === 'npx tsc'));
  const emit = runs.find((step) => step.commands.startsWith('npx yoti-session-config emit kyc.ts'));
  assert.equal(emit?.expected, ['wrote fixtures/kyc.json', '1 configuration from 1 module: 1 written, 0 unchanged']);
  const validate = runs.find((step) => step.commands.startsWith('npx yoti-session-config validate'));
  assert.equal(validate?.expected, ['fixtures/kyc.json: valid']);
  assert.ok(runs.some((step) => step.commands === 'npx tsx store.ts' && step.expected.includes('201')));
});

test('each compile error the guide promises is a message of the library', () => {
  const errors = steps.filter((step): step is Extract<Step, { kind: 'compile error' }> => step.kind === 'compile error');
  assert.is(errors.length, 2);
  const texts = Object.values(messages).map((value) => (typeof value === 'function' ? String(value('check.liveness')) : String(value)));
  for (const { messages: expected } of errors) {
    for (const message of expected) assert.ok(texts.some((text) => text.includes(message)), message);
  }
});

test('a text block belongs only to the command right before it', () => {
  const parsed = guideSteps(['## 2. x', '<!-- getting-started: run -->', '```sh', 'echo a', '```', '', '```sh', 'not run', '```', '', '```text', 'b', '```'].join('\n'));
  assert.equal(parsed, [{ kind: 'run', commands: 'echo a', expected: [], line: 3 }]);
  assert.throws(() => guideSteps(['## 2. x', '<!-- getting-started: dance -->', '```sh', 'x', '```'].join('\n')), /unknown mark "dance"/);
});

test.run();
