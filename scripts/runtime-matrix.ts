/**
 * Runs the runtime tests (`npm run test:runtime`) on every supported Node.js line. A line other
 * than the running one comes from npm's `node` package through `npx -p node@<major>`, which puts
 * that binary first on PATH for the command.
 *
 * Usage: tsx scripts/runtime-matrix.ts [major ...]   (default: every line in NODE_LINES)
 */
import { elapsed, isMain, run } from './lib/project.js';

/** Every Node.js line `engines` promises (>=20) that is still maintained. */
export const NODE_LINES = ['20', '22', '24'] as const;

const TEST_COMMAND = 'node --version && npm run --silent test:runtime';

function runOn(major: string): { ok: boolean; output: string } {
  const current = process.versions.node.split('.')[0] === major;
  const result = current
    ? run('sh', ['-c', TEST_COMMAND])
    : run('npx', ['--yes', '--package', `node@${major}`, '--call', TEST_COMMAND]);
  const output = `${result.stdout}${result.stderr}`;
  // The first line is the version that really ran, so a wrong PATH cannot pass for another line.
  const ranOn = output.split('\n', 1)[0]?.trim() ?? '';
  return { ok: result.code === 0 && ranOn.startsWith(`v${major}.`), output };
}

function main(): void {
  const requested = process.argv.slice(2);
  let failed = false;
  for (const major of requested.length > 0 ? requested : NODE_LINES) {
    const startedAt = performance.now();
    const { ok, output } = runOn(major);
    const lines = output.trimEnd().split('\n');
    const ranOn = lines[0] ?? '';
    const totals = lines
      .map((line) => line.replace(/\x1b\[[0-9;]*m/g, '').replace(/\s+/g, ' ').trim())
      .filter((line) => /^(Total|Passed|Skipped):/.test(line));
    if (ok) {
      console.log(`Node ${ranOn}: passed (${totals.join(', ')}) in ${elapsed(startedAt)}`);
      continue;
    }
    failed = true;
    console.error(`Node ${major}: FAILED in ${elapsed(startedAt)}\n${output}`);
  }
  if (failed) process.exit(1);
}

if (isMain(import.meta.url)) main();
