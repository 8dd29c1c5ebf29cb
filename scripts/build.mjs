// `npm run build`: declarations from tsc, JavaScript bundled by esbuild, and dist/schema.json.
//
// The package entry, dist/index.js, is ONE module with every line a builder-only application
// runs: Node's ESM loader spends about 0.4 ms on each module it loads (resolving, reading,
// linking), more than the code of a small module costs to compile. So the entry is bundled on its own, and
// everything else (the HTTP client that create() and listSessionConfigs() load on first call,
// `./as-code`, `./testing`, the CLI) is bundled in a second pass that takes the public API from
// dist/index.js itself instead of carrying a second copy: a second copy would make two
// `ApiError` classes, two registries of `unlisted()` values, and so on. What the second pass may
// copy is listed below: modules without classes or state, such as the payload description.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = (await import('../package.json', { with: { type: 'json' } })).default;

/** Modules the entry loads on first call; each is an entry point of the second pass, under dist/http/. */
const LAZY = ['http/create', 'http/list'];
/** Where the second pass takes the entry's public API from: every file it writes is one folder below dist/. */
const ENTRY_FROM_OUTPUTS = '../index.js';
/**
 * Source modules of the entry that the rest imports only public names from: those imports are
 * rewritten to import dist/index.js, so there is one copy of each class and registry.
 */
const FROM_ENTRY = new Set(
  [
    'src/errors.ts',
    'src/validate.ts',
    'src/advisories.ts',
    'src/list-session-configs.ts',
    'src/standard-schema.ts',
    'src/unlisted.ts',
    'src/builder/session-config-builder.ts',
  ].map((file) => resolve(root, file)),
);
/** Modules of the entry the second pass may copy: pure functions and frozen data, no classes, no state. */
const COPIES_ALLOWED = new Set([
  // The CLI's `schema` command reads the format patterns of the parser; the copy's own state
  // (list budget, unknown-value collector) never meets values of the entry's.
  'src/internal/closest.ts',
  'src/internal/parse.ts',
  'src/internal/brand.ts',
  'src/internal/issue.ts',
  'src/internal/option-keys.ts',
  'src/messages.ts',
  'src/schema/countries.ts',
  'src/schema/enums.ts',
  'src/schema/language.ts',
  'src/schema/payload.ts',
  'src/schema/secrets.ts',
]);

const shared = {
  absWorkingDir: root,
  outdir: 'dist',
  bundle: true,
  format: /** @type {const} */ ('esm'),
  platform: /** @type {const} */ ('node'),
  target: 'node20',
  // Dependencies stay imports, resolved from the user's node_modules like any other package.
  external: [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})],
  metafile: true,
  logLevel: /** @type {const} */ ('warning'),
};

/** The source file an import names, `.js` written for `.ts` as TypeScript's NodeNext wants. */
const sourceOf = (/** @type {esbuild.OnResolveArgs} */ args) => resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');

rmSync(`${root}dist`, { recursive: true, force: true });
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.json`, '--emitDeclarationOnly'], {
  stdio: 'inherit',
});

const entry = await esbuild.build({
  ...shared,
  entryPoints: { index: 'src/index.ts' },
  plugins: [
    {
      name: 'lazy-modules-stay-apart',
      setup(build) {
        build.onResolve({ filter: /^\./ }, (args) => {
          if (args.kind !== 'dynamic-import') return undefined;
          const lazy = LAZY.find((name) => sourceOf(args) === resolve(root, `src/${name}.ts`));
          if (lazy === undefined) throw new Error(`${args.importer} loads ${args.path} on demand; add it to LAZY in scripts/build.mjs`);
          return { path: `./${lazy}.js`, external: true };
        });
      },
    },
  ],
});

const rest = await esbuild.build({
  ...shared,
  entryPoints: {
    'as-code/index': 'src/as-code/index.ts',
    'testing/index': 'src/testing/index.ts',
    'cli/bin': 'src/cli/bin.ts',
    ...Object.fromEntries(LAZY.map((name) => [name, `src/${name}.ts`])),
  },
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  plugins: [
    {
      name: 'public-api-from-the-entry',
      setup(build) {
        build.onResolve({ filter: /^\./ }, (args) =>
          FROM_ENTRY.has(sourceOf(args)) ? { path: ENTRY_FROM_OUTPUTS, external: true } : undefined,
        );
      },
    },
  ],
});

// Guards: the entry imports nothing of its own statically, and the second pass neither copies a
// module with state nor writes a file the relative import of the entry would miss.
const problems = [];
for (const [file, output] of Object.entries(entry.metafile.outputs)) {
  for (const imported of output.imports) {
    if (imported.kind === 'import-statement' && !imported.external) problems.push(`${file} imports ${imported.path}: the entry must be one module`);
  }
}
const entryInputs = new Set(Object.keys(entry.metafile.inputs));
for (const [file, output] of Object.entries(rest.metafile.outputs)) {
  if (dirname(relative('dist', file)).includes('/') || dirname(relative('dist', file)) === '.') problems.push(`${file} is not one folder below dist/`);
  for (const input of Object.keys(output.inputs)) {
    if (entryInputs.has(input) && !COPIES_ALLOWED.has(input)) problems.push(`${file} copies ${input}, which dist/index.js already holds`);
  }
}
if (problems.length > 0) throw new Error(`build:\n${problems.join('\n')}`);

execFileSync(process.execPath, ['--import', 'tsx', `${root}scripts/write-schema.ts`], { stdio: 'inherit' });
