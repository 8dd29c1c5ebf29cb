// @ts-check
/**
 * `npm run bench`: every figure of docs/performance.md in one run, against the baselines measured
 * in the same run. Writes bench/results.json and bench/results.md, prints the tables, and
 * rewrites the results section of docs/performance.md.
 *
 * Usage: node bench/run.mjs [--skip-docs] [--sizes 10,100,1000]
 */
import { execFileSync } from 'node:child_process';
import { cpus, platform, release } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFigures } from './bundle.mjs';
import { consumerFigures } from './consumer.mjs';
import { importFigures } from './import-cost.mjs';
import { BENCH, typescriptVersion } from './lib.mjs';
import { renderTables, updateDocs } from './report.mjs';

/** Runs a benchmark script in its own process, so its JIT and heap are not shared. @param {string} script @param {string[]} args */
function child(script, args = []) {
  process.stderr.write(`running ${script} ...\n`);
  const out = execFileSync(process.execPath, [join(BENCH, script), '--json', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out);
}

const sizesIndex = process.argv.indexOf('--sizes');
const compileArgs = sizesIndex === -1 ? [] : ['--sizes', /** @type {string} */ (process.argv[sizesIndex + 1])];

const startedAt = Date.now();
const runtime = child('runtime.mjs', ['--breakdown']);
process.stderr.write('running import cost ...\n');
const importCost = await importFigures(20);
process.stderr.write('running bundles ...\n');
const bundles = await bundleFigures();
const compile = child('compile.mjs', compileArgs);
process.stderr.write('running consumer check time ...\n');
const consumer = consumerFigures();

const results = {
  date: new Date().toISOString(),
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    os: `${platform()} ${release()}`,
    typescript: await typescriptVersion(),
  },
  durationSeconds: Math.round((Date.now() - startedAt) / 1000),
  runtime,
  compile,
  consumer,
  bundles,
  importCost,
};

const tables = renderTables(results);
writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(BENCH, 'results.md'), tables);
console.log(tables);
if (!process.argv.includes('--skip-docs')) {
  updateDocs(tables);
  process.stderr.write('docs/performance.md updated\n');
}
