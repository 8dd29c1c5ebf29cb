// @ts-check
/**
 * Import cost: the time `import()` of a module takes inside a fresh Node process, measured in
 * that process (so Node's own start-up is not counted), median of 20 processes. The official
 * SDK is measured the same way, both its builder files alone and its package entry, and so is
 * this package's entry bundled into one module, to show what loading many files costs.
 *
 * Usage: node bench/import-cost.mjs [--json] [--runs 20]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { BENCH, DIST_ENTRY, median, quantile } from './lib.mjs';

export const BUDGET_MS = 3;

const require = createRequire(import.meta.url);

/** @param {string} specifier a file URL @param {number} runs */
export function importCost(specifier, runs) {
  // One discarded run warms the file-system cache, as it is warm for a server that restarts.
  // The probe is a module file, not `-e` code: Node then sets up its ESM loader before the clock starts.
  const once = () => Number(execFileSync(process.execPath, [join(BENCH, 'import-probe.mjs'), specifier], { cwd: BENCH, encoding: 'utf8' }));
  once();
  const times = Array.from({ length: runs }, once);
  return { medianMs: median(times), p90Ms: quantile(times, 0.9), runs };
}

/**
 * The package entry bundled into one module (dynamic imports split off, as in `dist/`), in a
 * scratch directory, with the number of modules `dist/index.js` loads before it runs: the
 * comparison shows how much of the import is spent loading files rather than running code. The
 * build already makes the entry one module, so the two figures should agree.
 */
async function bundledEntry() {
  const outdir = mkdtempSync(join(tmpdir(), 'ysc-import-'));
  const result = await esbuild.build({
    entryPoints: [DIST_ENTRY],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir,
    // .mjs: a .js file outside a "type": "module" package is first compiled as CommonJS, to
    // detect its format, which would add a second compile to the figure.
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'silent',
  });
  /** @type {Set<string>} */
  const loaded = new Set();
  const visit = (/** @type {string} */ input) => {
    if (loaded.has(input)) return;
    loaded.add(input);
    for (const imported of result.metafile.inputs[input]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  const entryInput = Object.keys(result.metafile.inputs).find((input) => DIST_ENTRY.endsWith(input));
  if (entryInput !== undefined) visit(entryInput);
  const entryOutput = Object.keys(result.metafile.outputs).find((output) => result.metafile.outputs[output]?.entryPoint !== undefined);
  return { modules: loaded.size, file: join(process.cwd(), /** @type {string} */ (entryOutput)), remove: () => rmSync(outdir, { recursive: true, force: true }) };
}

export async function importFigures(runs = 20) {
  const bundled = await bundledEntry();
  try {
    return {
      budgetMs: BUDGET_MS,
      emptyModule: importCost(pathToFileURL(join(BENCH, 'apps', 'empty-module.mjs')).href, runs),
      library: { ...importCost(pathToFileURL(DIST_ENTRY).href, runs), modules: bundled.modules },
      libraryAsOneModule: importCost(pathToFileURL(bundled.file).href, runs),
      officialSdkBuilders: importCost(pathToFileURL(require.resolve('./apps/official-sdk-import.cjs')).href, runs),
      officialSdkEntry: importCost(pathToFileURL(require.resolve('yoti')).href, runs),
    };
  } finally {
    bundled.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const index = process.argv.indexOf('--runs');
  const figures = await importFigures(index === -1 ? 20 : Number(process.argv[index + 1]));
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(figures));
  else {
    console.log(`yoti-session-config (dist/index.js)   ${figures.library.medianMs.toFixed(2)} ms (p90 ${figures.library.p90Ms.toFixed(2)}), ${figures.library.modules} modules`);
    console.log(`the same, bundled as one module       ${figures.libraryAsOneModule.medianMs.toFixed(2)} ms`);
    console.log(`an empty module                       ${figures.emptyModule.medianMs.toFixed(2)} ms`);
    console.log(`official SDK builder files            ${figures.officialSdkBuilders.medianMs.toFixed(2)} ms`);
    console.log(`official SDK package entry            ${figures.officialSdkEntry.medianMs.toFixed(2)} ms`);
  }
}
