// @ts-check
/**
 * Renders bench/results.json as Markdown tables and writes them into docs/performance.md,
 * between the results markers. `node bench/report.mjs` re-renders the last run without measuring.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH, fixed, ROOT } from './lib.mjs';

export const RUNTIME_BUDGET = 1.25;
/** The shared-template pattern: a template built once, one more call, `toJSON()` and `JSON.stringify` per request. */
export const TEMPLATE_BUDGET = 1.05;
export const CHECK_TIME_BUDGET = 2;
export const GROWTH_BUDGET = 12;
export const LONG_CHAIN_CALLS = 60;
/** A hover is "short" when it names the builder type (no member dump) within this many characters. */
export const HOVER_MAX_CHARS = 400;

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';
const DOCS = join(ROOT, 'docs', 'performance.md');

/** @param {boolean} met */
const verdict = (met) => (met ? 'met' : '**missed**');
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/** @param {any} results the content of bench/results.json */
export function renderTables(results) {
  const { runtime, compile, bundles, importCost, machine } = results;
  const at = (/** @type {number} */ count) => compile.sizes.find((/** @type {any} */ row) => row.count === count);
  const hundred = at(100);
  const long = compile.longChains.find((/** @type {any} */ chain) => chain.calls >= LONG_CHAIN_CALLS);
  const hoverShort =
    compile.hover.errors.length === 0 && compile.hover.length <= HOVER_MAX_CHARS && /SessionConfigBuilder</.test(compile.hover.text) && !compile.hover.text.includes('{');

  const budgets = [
    ['Run time: builder / literal (seed, toJSON + JSON.stringify)', fixed(runtime.builder.ratio), `≤ ${RUNTIME_BUDGET}`, runtime.builder.ratio <= RUNTIME_BUDGET],
    [
      'Run time: shared template + one call / literal (toJSON + JSON.stringify)',
      runtime.template ? fixed(runtime.template.ratio) : 'not run',
      `≤ ${TEMPLATE_BUDGET}`,
      runtime.template ? runtime.template.ratio <= TEMPLATE_BUDGET : false,
    ],
    [
      'Compile: builder / literal check time, N = 100',
      hundred ? fixed(hundred.ratio.checkTime) : 'not run',
      `≤ ${CHECK_TIME_BUDGET}`,
      hundred ? hundred.ratio.checkTime <= CHECK_TIME_BUDGET : false,
    ],
    [
      'Compile: N = 1000 / N = 100 (builder check time; instantiations)',
      compile.growth ? `${fixed(compile.growth.checkTime, 1)}x; ${fixed(compile.growth.instantiations, 1)}x` : 'not run',
      `≤ ${GROWTH_BUDGET}x`,
      compile.growth ? compile.growth.checkTime <= GROWTH_BUDGET && compile.growth.instantiations <= GROWTH_BUDGET : false,
    ],
    [
      `Compile: ${LONG_CHAIN_CALLS}-call chain`,
      long ? `${long.errors.length} errors${long.excessivelyDeep ? ', excessively deep' : ''}` : 'not run',
      'no "excessively deep"',
      long ? !long.excessivelyDeep && long.errors.length === 0 : false,
    ],
    [
      'Compile: every legal chain compiles, every misuse chain fails',
      compile.sizes.map((/** @type {any} */ row) => `N = ${row.count}: ${row.builder.errors} errors, ${row.misuse.chainsFailing} of ${row.count} fail`).join('; '),
      'all',
      compile.sizes.every((/** @type {any} */ row) => row.builder.errors === 0 && row.literal.errors === 0 && row.misuse.chainsFailing === row.count),
    ],
    [`Editor: hover of a ${compile.hover.calls}-call chain`, `${compile.hover.length} characters`, `a named type, ≤ ${HOVER_MAX_CHARS} characters`, hoverShort],
    [
      'Bundle: builder-only app, initial load',
      `${kb(bundles.emit.initial.gzip)} gzip${bundles.emit.initial.containsKy ? ', contains ky' : ', no ky'}`,
      `≤ ${kb(bundles.budgetGzip)} gzip, no ky`,
      bundles.emit.initial.gzip <= bundles.budgetGzip && !bundles.emit.initial.containsKy,
    ],
    [
      'Import of the package entry over an empty module (fresh process, medians of 20)',
      `${fixed(importCost.library.medianMs - importCost.emptyModule.medianMs)} ms`,
      `≤ ${importCost.budgetMs} ms`,
      importCost.library.medianMs - importCost.emptyModule.medianMs <= importCost.budgetMs,
    ],
  ];

  const lines = [];
  lines.push(
    `Measured ${results.date.slice(0, 10)} on ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, TypeScript ${machine.typescript}, ${machine.os}; the run took ${results.durationSeconds} s.`,
    '',
    '| Budget | Measured | Limit | |',
    '|---|---:|---:|---|',
    ...budgets.map(([label, value, limit, met]) => `| ${label} | ${value} | ${limit} | ${verdict(Boolean(met))} |`),
    '',
    '#### Run time: the seed envelope to a JSON string',
    '',
    `Medians of ${runtime.builder.pairs} paired batches of ${runtime.builder.batchSize} calls; the ratio is the median of the per-pair ratios, with its interquartile range.`,
    '',
    '| Variant | µs per call | Ratio to the literal |',
    '|---|---:|---:|',
    `| (a) object literal + \`JSON.stringify\` (floor) | ${fixed(runtime.literalUs)} | 1 |`,
    `| (b) builder chain + \`toJSON()\` + \`JSON.stringify\` | ${fixed(runtime.builder.candidateUs)} | ${fixed(runtime.builder.ratio)} (${fixed(runtime.builder.ratioP25)}–${fixed(runtime.builder.ratioP75)}) |`,
    runtime.template
      ? `| (e) shared template + one call + \`toJSON()\` + \`JSON.stringify\` | ${fixed(runtime.template.candidateUs)} | ${fixed(runtime.template.ratio)} (${fixed(runtime.template.ratioP25)}–${fixed(runtime.template.ratioP75)}) |`
      : '| (e) shared template + one call | not run | |',
    `| (c) official \`yoti\` SDK builders + \`JSON.stringify\` | ${fixed(runtime.officialSdk.candidateUs)} | ${fixed(runtime.officialSdk.ratio)} (${fixed(runtime.officialSdk.ratioP25)}–${fixed(runtime.officialSdk.ratioP75)}) |`,
    `| \`validateSessionConfig\` of the seed JSON | ${fixed(runtime.validate.candidateUs)} | ${fixed(runtime.validate.ratio)} |`,
  );
  if (runtime.breakdown) {
    lines.push(
      `| of (b): the chain alone / the chain and \`toJSON()\` / \`JSON.stringify\` alone | ${fixed(runtime.breakdown.chain)} / ${fixed(runtime.breakdown.chainAndToJSON)} / ${fixed(runtime.breakdown.stringify)} | |`,
    );
  }
  lines.push(
    '',
    '#### Compile time: N distinct full-featured configurations',
    '',
    `Each configuration uses ${compile.coverage.used.length} builder methods (every check, task, document kind and setting` +
      (compile.coverage.notInCatalogue.length > 0 ? `; not yet generated: ${compile.coverage.notInCatalogue.join(', ')}` : '') +
      '). ' +
      `Check time is a median over rounds that rotate the order of the three files; its ratio is the median of per-round ratios.`,
    '',
    '| N | Variant | Check time (s) | Ratio | Instantiations | Types | Memory (MB) | Errors |',
    '|---:|---|---:|---:|---:|---:|---:|---|',
  );
  for (const row of compile.sizes) {
    lines.push(
      `| ${row.count} | object literals (floor) | ${fixed(row.literal.checkTime)} | 1 | ${row.literal.instantiations} | ${row.literal.types} | ${fixed(row.literal.memoryMb, 0)} | ${row.literal.errors} |`,
      `| ${row.count} | builder chains | ${fixed(row.builder.checkTime)} | ${fixed(row.ratio.checkTime)} | ${row.builder.instantiations} | ${row.builder.types} | ${fixed(row.builder.memoryMb, 0)} | ${row.builder.errors} |`,
      `| ${row.count} | misuse: one illegal call each | ${fixed(row.misuse.checkTime)} | ${fixed(row.ratio.misuseCheckTime)} | ${row.misuse.instantiations} | ${row.misuse.types} | ${fixed(row.misuse.memoryMb, 0)} | ${row.misuse.chainsFailing} of ${row.count} chains fail |`,
    );
  }
  lines.push(
    '',
    `Misuse kinds, in turn: ${compile.misuseKinds.join('; ')}. ` +
      compile.longChains.map((/** @type {any} */ chain) => `A ${chain.calls}-call chain, then \`.toJSON()\`: ${chain.errors.length} errors, ${chain.instantiations} instantiations.`).join(' '),
    '',
    `Hover of a ${compile.hover.calls}-call chain (\`getQuickInfoAtPosition\`, ${compile.hover.length} characters):`,
    '',
    '```text',
    compile.hover.text,
    '```',
    '',
    ...(results.consumer === undefined
      ? []
      : [
          '#### A consumer\'s check: one chain and `toJSON()`, `skipLibCheck` on and off',
          '',
          '| skipLibCheck | Files | Check time (s) | Total time (s) |',
          '|---|---:|---:|---:|',
          `| true | ${results.consumer.skipLibCheck.files} | ${fixed(results.consumer.skipLibCheck.checkTime)} | ${fixed(results.consumer.skipLibCheck.totalTime)} |`,
          `| false | ${results.consumer.libCheck.files} | ${fixed(results.consumer.libCheck.checkTime)} | ${fixed(results.consumer.libCheck.totalTime)} |`,
          `| false, a module that imports nothing | ${results.consumer.libCheckFloor.files} | ${fixed(results.consumer.libCheckFloor.checkTime)} | ${fixed(results.consumer.libCheckFloor.totalTime)} |`,
          '',
          `The package's own declarations add ${fixed(results.consumer.packageLibCheckTime)} s of check time with \`skipLibCheck: false\`; the rest is TypeScript's own lib files, which every project pays.`,
          `Ratio false / true (median of ${results.consumer.rounds} paired rounds): check time ${fixed(results.consumer.checkTimeRatio)}, total time ${fixed(results.consumer.totalTimeRatio)}.`,
          '',
        ]),
    '#### Bundle size: esbuild `--bundle --minify`, ESM with code splitting',
    '',
    '| App | Minified | gzip -9 | ky |',
    '|---|---:|---:|---|',
    `| (i) builds and emits a config: initial load | ${bundles.emit.initial.minified} B | ${bundles.emit.initial.gzip} B | ${bundles.emit.initial.containsKy ? 'yes' : 'no'} |`,
    `| (ii) also calls \`create()\`: initial load | ${bundles.create.initial.minified} B | ${bundles.create.initial.gzip} B | ${bundles.create.initial.containsKy ? 'yes' : 'no'} |`,
    `| (ii) with the chunks \`create()\` loads | ${bundles.create.withLazy.minified} B | ${bundles.create.withLazy.gzip} B | ${bundles.create.withLazy.containsKy ? 'yes' : 'no'} |`,
    `| (i) as one file, no splitting | ${bundles.emitSingleFile.minified} B | ${bundles.emitSingleFile.gzip} B | ${bundles.emitSingleFile.containsKy ? 'yes' : 'no'} |`,
    `| official SDK: its builder files for the seed | ${bundles.officialSdkBuilders.minified} B | ${bundles.officialSdkBuilders.gzip} B | |`,
    '',
    `Largest modules of (i), minified bytes: ${bundles.emit.byModule
      .slice(0, 10)
      .map((/** @type {{ module: string, bytes: number }} */ item) => `${item.module.replace(/^dist\//, '')} ${item.bytes}`)
      .join(', ')}.`,
    '',
    '#### Import cost: `await import()` timed inside a fresh process, median of 20',
    '',
    '| Module | Median (ms) | p90 (ms) |',
    '|---|---:|---:|',
    `| \`yoti-session-config\` (dist/index.js, ${importCost.library.modules} modules) | ${fixed(importCost.library.medianMs)} | ${fixed(importCost.library.p90Ms)} |`,
    `| the same code bundled into one module | ${fixed(importCost.libraryAsOneModule.medianMs)} | ${fixed(importCost.libraryAsOneModule.p90Ms)} |`,
    `| an empty module (what one \`import()\` costs Node itself) | ${fixed(importCost.emptyModule.medianMs)} | ${fixed(importCost.emptyModule.p90Ms)} |`,
    `| official SDK: its session builder files | ${fixed(importCost.officialSdkBuilders.medianMs)} | ${fixed(importCost.officialSdkBuilders.p90Ms)} |`,
    `| official SDK: its package entry | ${fixed(importCost.officialSdkEntry.medianMs)} | ${fixed(importCost.officialSdkEntry.p90Ms)} |`,
  );
  return `${lines.join('\n')}\n`;
}

/** Replaces the results section of docs/performance.md. @param {string} tables */
export function updateDocs(tables) {
  const text = readFileSync(DOCS, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) throw new Error(`docs/performance.md has no ${START} ... ${END} section`);
  writeFileSync(DOCS, `${text.slice(0, start + START.length)}\n${tables}${text.slice(end)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tables = renderTables(JSON.parse(readFileSync(join(BENCH, 'results.json'), 'utf8')));
  updateDocs(tables);
  console.log(tables);
}
