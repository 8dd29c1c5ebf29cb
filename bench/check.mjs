// @ts-check
/**
 * The figures that noise cannot reach, as a gate against regressions: the instantiation count
 * of a fixed type workload and the gzip size of a builder-only app (and that it loads no ky),
 * each against a recorded ceiling. The bundle's 5 KB budget is reported beside its ceiling but
 * does not fail the gate while it is missed: docs/performance.md says by how much and why.
 * Timing figures are never gated here; `npm run bench` reports them.
 *
 * Usage: node bench/check.mjs            check (exit code 1 on a regression)
 *        node bench/check.mjs --record   record both ceilings (count + 10%, size + 3%)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET_GZIP_BYTES, bundle } from './bundle.mjs';
import { BENCH, runTsc, typescriptVersion } from './lib.mjs';

const CEILING_FILE = join(BENCH, 'type-cost-ceiling.json');
const HEADROOM = 1.1;
// esbuild output is deterministic for a given version; 3% leaves room for a message or two.
const BUNDLE_HEADROOM = 1.03;

const typescript = await typescriptVersion();
const workload = runTsc(join(BENCH, 'fixtures', 'tsconfig.json'));
/** @type {string[]} */
const failures = [];

if (workload.errors.length > 0 || workload.exitCode !== 0) {
  failures.push(`bench/fixtures/type-cost.ts no longer compiles, so its count means nothing:\n  ${workload.errors.join('\n  ')}`);
}

if (process.argv.includes('--record')) {
  if (failures.length > 0) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
  const { initial: recordedBundle } = await bundle(join(BENCH, 'apps', 'emit-config.mjs'));
  const record = {
    typescript,
    instantiations: workload.instantiations,
    ceiling: Math.ceil(workload.instantiations * HEADROOM),
    bundleGzip: recordedBundle.gzip,
    bundleCeiling: Math.ceil(recordedBundle.gzip * BUNDLE_HEADROOM),
    recordedOn: new Date().toISOString().slice(0, 10),
  };
  writeFileSync(CEILING_FILE, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`recorded: ${record.instantiations} instantiations with TypeScript ${typescript}, ceiling ${record.ceiling}; bundle ${record.bundleGzip} B gzip, ceiling ${record.bundleCeiling} B`);
  process.exit(0);
}

const recorded = JSON.parse(readFileSync(CEILING_FILE, 'utf8'));
if (recorded.typescript !== typescript) {
  console.warn(`note: the ceiling was recorded with TypeScript ${recorded.typescript}, this is ${typescript}; re-record it if the count moved with the compiler`);
}
console.log(`instantiations of bench/fixtures/type-cost.ts: ${workload.instantiations} (ceiling ${recorded.ceiling}, recorded ${recorded.instantiations})`);
if (workload.instantiations > recorded.ceiling) {
  failures.push(
    `instantiations ${workload.instantiations} exceed the ceiling ${recorded.ceiling} (recorded ${recorded.instantiations} + 10%): ` +
      'profile with `node node_modules/typescript/bin/tsc -p bench/fixtures --generateTrace trace` and find the type that grew',
  );
}

const { initial } = await bundle(join(BENCH, 'apps', 'emit-config.mjs'));
console.log(
  `builder-only app: ${initial.minified} B minified, ${initial.gzip} B gzip (ceiling ${recorded.bundleCeiling} B, recorded ${recorded.bundleGzip} B), ky ${initial.containsKy ? 'included' : 'not included'}`,
);
console.log(`budget ${BUDGET_GZIP_BYTES} B gzip: ${initial.gzip <= BUDGET_GZIP_BYTES ? 'met' : `missed by ${initial.gzip - BUDGET_GZIP_BYTES} B (see docs/performance.md)`}`);
if (initial.gzip > recorded.bundleCeiling) {
  failures.push(`the builder-only app is ${initial.gzip} B gzip, over its recorded ceiling ${recorded.bundleCeiling} B: find what the change added to the builder's import graph`);
}
if (initial.containsKy) failures.push('the builder-only app bundles ky: the HTTP client must stay behind the dynamic import in create()');

if (failures.length > 0) {
  console.error(`\nbench:check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('bench:check passed');
