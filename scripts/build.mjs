// `npm run build`: declarations from tsc, JavaScript bundled by esbuild, and dist/schema.json.
// Bundling matters for users: one module per entry point imports several times faster than the
// twenty-odd files tsc writes. Code splitting keeps what create() and listSessionConfigs() load
// (the HTTP client and ky) in chunks that a builder-only app never loads.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = (await import('../package.json', { with: { type: 'json' } })).default;

rmSync(`${root}dist`, { recursive: true, force: true });
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.json`, '--emitDeclarationOnly'], {
  stdio: 'inherit',
});
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', 'cli/bin': 'src/cli/bin.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Dependencies stay imports, resolved from the user's node_modules like any other package.
  external: [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})],
  logLevel: 'warning',
});
execFileSync(process.execPath, ['--import', 'tsx', `${root}scripts/write-schema.ts`], { stdio: 'inherit' });
