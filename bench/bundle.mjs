// @ts-check
/**
 * Bundle size of apps that use the built package, as an app's bundler sees it: esbuild
 * `--bundle --minify`, ESM with code splitting so dynamic imports become lazy chunks. For each
 * app, "initial" is what loads before any `create()` (the entry and its static imports) and
 * "with lazy chunks" adds what `create()` loads. Sizes are minified bytes and `gzip -9` bytes.
 *
 * Usage: node bench/bundle.mjs [--json]
 *        node bench/bundle.mjs --without dist/advisories.js,dist/messages.js   what stubbing modules saves
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { BENCH, ROOT } from './lib.mjs';

export const BUDGET_GZIP_BYTES = 6 * 1024;

/** @param {Uint8Array | string} bytes */
const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * An esbuild plugin that replaces modules of `dist/` with stubs that export the same names, to
 * see how many bytes a design change that drops a module would save.
 * @param {string[]} modules paths relative to the project, such as `dist/advisories.js`
 * @returns {Promise<esbuild.Plugin>}
 */
async function stubs(modules) {
  /** @type {Map<string, string>} */
  const contents = new Map();
  for (const module of modules) {
    const path = join(ROOT, module);
    const names = Object.keys(await import(pathToFileURL(path).href));
    contents.set(path, names.map((name) => `export const ${name} = void 0;`).join('\n'));
  }
  return {
    name: 'stub-modules',
    setup(build) {
      build.onLoad({ filter: /\.js$/ }, (args) => {
        const stub = contents.get(args.path);
        return stub === undefined ? undefined : { contents: stub, loader: 'js' };
      });
    },
  };
}

/**
 * @param {string} entry path of the app
 * @param {{ splitting?: boolean, format?: 'esm' | 'cjs', platform?: 'neutral' | 'node', without?: string[] }} [options]
 */
export async function bundle(entry, { splitting = true, format = 'esm', platform = 'neutral', without = [] } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'ysc-bundle-'));
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      absWorkingDir: ROOT,
      bundle: true,
      minify: true,
      format,
      splitting,
      platform,
      mainFields: ['module', 'main'],
      target: 'es2022',
      outdir,
      metafile: true,
      write: true,
      logLevel: 'silent',
      plugins: without.length > 0 ? [await stubs(without)] : [],
    });
    const outputs = result.metafile.outputs;
    const key = (/** @type {string} */ file) => relative(ROOT, file).split('\\').join('/');
    const entryKey = Object.keys(outputs).find((file) => outputs[file]?.entryPoint !== undefined);
    if (entryKey === undefined) throw new Error(`esbuild produced no entry chunk for ${entry}`);
    /** Chunks reached from `start`: static imports only, or dynamic ones too. @param {boolean} lazy */
    const reach = (lazy) => {
      const seen = new Set([entryKey]);
      const queue = [entryKey];
      while (queue.length > 0) {
        const output = outputs[/** @type {string} */ (queue.shift())];
        for (const imported of output?.imports ?? []) {
          if (imported.external || (!lazy && imported.kind === 'dynamic-import')) continue;
          const target = key(join(ROOT, imported.path)) in outputs ? key(join(ROOT, imported.path)) : imported.path;
          if (!seen.has(target) && target in outputs) {
            seen.add(target);
            queue.push(target);
          }
        }
      }
      return [...seen];
    };
    /** @param {string[]} chunks */
    const measure = (chunks) => {
      const texts = chunks.map((chunk) => readFileSync(join(ROOT, chunk)));
      const inputs = chunks.flatMap((chunk) => Object.keys(outputs[chunk]?.inputs ?? {}));
      return {
        chunks: chunks.length,
        minified: texts.reduce((sum, text) => sum + text.length, 0),
        gzip: texts.reduce((sum, text) => sum + gzipSize(text), 0),
        containsKy: inputs.some((input) => /(^|\/)node_modules\/ky\//.test(input)),
        inputs,
      };
    };
    const initial = measure(reach(false));
    const withLazy = measure(reach(true));
    /** The heaviest modules of the initial load, to show where the bytes are. */
    const byModule = Object.entries(outputs[entryKey]?.inputs ?? {})
      .concat(
        reach(false)
          .filter((chunk) => chunk !== entryKey)
          .flatMap((chunk) => Object.entries(outputs[chunk]?.inputs ?? {})),
      )
      .map(([input, { bytesInOutput }]) => ({ module: input.replace(/^.*node_modules\//, ''), bytes: bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes);
    return { initial: { ...initial, inputs: undefined }, withLazy: { ...withLazy, inputs: undefined }, byModule };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

export async function bundleFigures() {
  const emitApp = join(BENCH, 'apps', 'emit-config.mjs');
  const createApp = join(BENCH, 'apps', 'create-config.mjs');
  const emit = await bundle(emitApp);
  const create = await bundle(createApp);
  // Without splitting, esbuild inlines dynamically imported modules: what a single-file bundle costs.
  const emitSingleFile = await bundle(emitApp, { splitting: false });
  const officialSdk = await bundle(join(BENCH, 'apps', 'official-sdk-builders.cjs'), { splitting: false, format: 'cjs', platform: 'node' });
  return {
    budgetGzip: BUDGET_GZIP_BYTES,
    emit,
    create,
    emitSingleFile: emitSingleFile.initial,
    officialSdkBuilders: officialSdk.initial,
  };
}

const withoutIndex = process.argv.indexOf('--without');
if (import.meta.url === `file://${process.argv[1]}` && withoutIndex !== -1) {
  const without = /** @type {string} */ (process.argv[withoutIndex + 1]).split(',');
  const { initial } = await bundle(join(BENCH, 'apps', 'emit-config.mjs'), { without });
  console.log(`(i) initial load without ${without.join(', ')}: ${initial.minified} B min, ${initial.gzip} B gzip`);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await bundleFigures();
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(figures));
  else {
    const line = (/** @type {string} */ label, /** @type {{ minified: number, gzip: number, containsKy: boolean }} */ size) =>
      console.log(`${label.padEnd(44)} ${String(size.minified).padStart(7)} B min ${String(size.gzip).padStart(7)} B gzip${size.containsKy ? '  (contains ky)' : ''}`);
    line('(i) build + emit, initial load', figures.emit.initial);
    line('(ii) + create(), initial load', figures.create.initial);
    line('(ii) + create(), with the lazy chunks', figures.create.withLazy);
    line('(i) as one file (no splitting)', figures.emitSingleFile);
    line('official SDK builder files', figures.officialSdkBuilders);
    console.log('largest modules of (i):');
    for (const { module, bytes } of figures.emit.byModule.slice(0, 12)) console.log(`  ${String(bytes).padStart(6)} ${module}`);
  }
}
