/**
 * Follows docs/getting-started.md as written, from its second step on: the commands of every
 * block marked `<!-- getting-started: run -->`, the files of every `file NAME` block, and a
 * compiler run for every `compile error` block, which must fail with the message its
 * `// @error:` comment names, in the guide's own project and with its own tsconfig.json (what an
 * editor with default settings uses). A ```text block right after a command holds lines its
 * output must contain.
 *
 * The clone is this project, seen through a link in an empty temporary folder, so `cd ..` and
 * `npm install ../yoti-session-config` work as in the guide. npm installs prefer its cache.
 *
 * Usage: node --import tsx scripts/getting-started.ts
 */
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elapsed, isMain, ROOT, run, tempDir } from './lib/project.js';

const GUIDE = join(ROOT, 'docs', 'getting-started.md');
const FIRST_FOLLOWED_STEP = '## 2.';
const MARK = /^<!-- getting-started: (.+) -->$/;

export type Step =
  | { readonly kind: 'run'; readonly commands: string; readonly expected: readonly string[]; readonly line: number }
  | { readonly kind: 'file'; readonly name: string; readonly content: string; readonly line: number }
  | { readonly kind: 'compile error'; readonly code: string; readonly messages: readonly string[]; readonly line: number };

/** The marked blocks of the guide from `FIRST_FOLLOWED_STEP` on, in order. */
export function guideSteps(markdown: string): Step[] {
  const lines = markdown.split('\n');
  const steps: Step[] = [];
  let mark: string | undefined;
  let following = false;
  /** A text block belongs to the command right before it, not to one further up. */
  let afterRun = false;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index] as string;
    if (text.startsWith(FIRST_FOLLOWED_STEP)) following = true;
    if (!following) continue;
    const marked = MARK.exec(text);
    if (marked !== null) {
      mark = marked[1];
      continue;
    }
    const fence = /^```(\w*)$/.exec(text);
    if (fence === null) continue;
    const end = lines.indexOf('```', index + 1);
    if (end === -1) throw new Error(`${GUIDE}:${index + 1}: unclosed code block`);
    const body = lines.slice(index + 1, end).join('\n');
    const line = index + 1;
    const previous = steps.at(-1);
    const wasAfterRun = afterRun;
    afterRun = mark === 'run' || mark === 'run from the clone';
    if (mark === undefined && fence[1] === 'text' && wasAfterRun && previous?.kind === 'run') {
      steps[steps.length - 1] = { ...previous, expected: body.split('\n').filter((expected) => expected.trim() !== '') };
    } else if (mark === 'run' || mark === 'run from the clone') {
      steps.push({ kind: 'run', commands: body, expected: [], line });
    } else if (mark?.startsWith('file ')) {
      steps.push({ kind: 'file', name: mark.slice('file '.length), content: `${body}\n`, line });
    } else if (mark === 'compile error') {
      const messages = [...body.matchAll(/\/\/\s*@error:\s*(.+?)\s*$/gm)].map((found) => found[1] as string);
      if (messages.length === 0) throw new Error(`${GUIDE}:${line}: a compile error block without an // @error: comment`);
      steps.push({ kind: 'compile error', code: body, messages, line });
    } else if (mark !== undefined) {
      throw new Error(`${GUIDE}:${line}: unknown mark "${mark}"`);
    }
    mark = undefined;
    index = end;
  }
  return steps;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ');

/** Runs the steps; returns the problems (empty when the guide holds). */
export function followGuide(steps: readonly Step[], log: (line: string) => void = () => {}): string[] {
  const parent = tempDir('getting-started');
  const clone = join(parent, 'yoti-session-config');
  symlinkSync(ROOT, clone, 'dir');
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  delete env['YOTI_SIGN_API_KEY'];
  // The project's own npm scripts set these; the guide's project must not inherit them.
  for (const name of Object.keys(env)) if (name.startsWith('npm_package_') || name === 'npm_lifecycle_event' || name === 'INIT_CWD') delete env[name];
  let cwd = clone;
  const problems: string[] = [];
  try {
    for (const step of steps) {
      const where = `docs/getting-started.md:${step.line}`;
      if (step.kind === 'file') {
        writeFileSync(join(cwd, step.name), step.content);
        log(`${where}: wrote ${step.name}`);
        continue;
      }
      if (step.kind === 'run') {
        const cwdFile = join(parent, '.cwd');
        log(`${where}: ${step.commands.split('\n').join(' && ')}`);
        // PWD tells bash the path through the link; without it `cd ..` would leave from the link's target.
        const result = run('bash', ['-euo', 'pipefail', '-c', `${step.commands}\nprintf '%s' "$PWD" > '${cwdFile}'`], { cwd, env: { ...env, PWD: cwd } });
        if (result.code !== 0) {
          problems.push(`${where}: the commands failed (exit ${result.code}):\n${result.stdout}${result.stderr}`);
          break;
        }
        cwd = readFileSync(cwdFile, 'utf8');
        if (!cwd.startsWith(`${parent}/`)) {
          problems.push(`${where}: the commands left the temporary folder for ${cwd}; stopped`);
          break;
        }
        for (const expected of step.expected) {
          if (!result.stdout.includes(expected)) problems.push(`${where}: the output lacks "${expected}":\n${result.stdout}`);
        }
        continue;
      }
      const file = join(cwd, 'broken-rule.ts');
      writeFileSync(file, `${step.code}\n`);
      const result = run('npx', ['tsc'], { cwd, env });
      rmSync(file);
      const output = squeeze(result.stdout + result.stderr);
      log(`${where}: npx tsc fails with ${step.messages.length} expected message(s)`);
      if (result.code === 0) problems.push(`${where}: compiles, but the guide says it is a compile error`);
      for (const message of step.messages) {
        if (!output.includes(squeeze(message))) problems.push(`${where}: the compiler does not say "${message}":\n${result.stdout}${result.stderr}`);
      }
      if (!output.includes('broken-rule.ts')) problems.push(`${where}: the errors are not in the file that breaks the rule:\n${result.stdout}`);
    }
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
  return problems;
}

if (isMain(import.meta.url)) {
  const startedAt = performance.now();
  const steps = guideSteps(readFileSync(GUIDE, 'utf8'));
  const missing = (['run', 'file', 'compile error'] as const).filter((kind) => !steps.some((step) => step.kind === kind));
  const problems = missing.length > 0 ? [`the guide marks no ${missing.join(', ')} step; nothing would be proved`] : followGuide(steps, (line) => console.log(line));
  if (problems.length > 0) {
    console.error(`\ngetting started failed:\n${problems.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`getting started holds: ${steps.length} steps followed, ${elapsed(startedAt)}`);
  }
}
