/**
 * What each runtime dependency adds to an app's bundle: esbuild bundles an app that builds a
 * configuration and calls `create()` and `listSessionConfigs()` (minified, ESM, code splitting),
 * and the metafile says how many output bytes come from each package and in which chunk they
 * sit: the entry (loaded with the library) or a chunk loaded on first use.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from './project.js';

export interface DependencySize {
  /** Minified bytes of the package's modules in the bundle. */
  readonly minified: number;
  /** Gzip -9 of those bytes alone: an estimate, as gzip works on whole files. */
  readonly gzip: number;
  /** Where the bytes sit: `entry` (loaded with the library), `lazy` (on first use), `none` (0 bytes). */
  readonly loaded: 'entry' | 'lazy' | 'none';
}

const APP = `
import { listSessionConfigs, sessionConfig } from './src/index.ts';
const config = sessionConfig().name('KYC').check.liveness();
console.log(JSON.stringify(config));
await config.create(process.env.KEY ?? '');
await listSessionConfigs(process.env.KEY ?? '');
`;

export async function dependencySizes(packages: readonly string[]): Promise<Record<string, DependencySize>> {
  const result = await build({
    stdin: { contents: APP, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    outdir: 'out',
    write: false,
    metafile: true,
  });
  const outputs = result.metafile.outputs;
  // The initial load: the app's own chunk and every chunk it imports statically, transitively.
  const initial = new Set<string>();
  const pending = Object.keys(outputs).filter((path) => outputs[path]?.entryPoint === '<stdin>');
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (initial.has(path)) continue;
    initial.add(path);
    for (const imported of outputs[path]?.imports ?? []) if (imported.kind === 'import-statement') pending.push(imported.path);
  }
  const sizes: Record<string, DependencySize> = {};
  for (const name of packages) {
    const prefix = `node_modules/${name}/`;
    let minified = 0;
    let chunkBytes = 0;
    let inInitialLoad = false;
    const code: string[] = [];
    for (const [path, output] of Object.entries(outputs)) {
      const bytes = Object.entries(output.inputs)
        .filter(([input]) => input.startsWith(prefix))
        .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
      if (bytes === 0) continue;
      minified += bytes;
      if (initial.has(path)) inInitialLoad = true;
      const file = result.outputFiles.find((candidate) => candidate.path.endsWith(path.replace(/^out\//, '/')));
      if (file === undefined) throw new Error(`esbuild wrote no file for ${path}`);
      code.push(file.text);
      chunkBytes += Buffer.byteLength(file.text);
    }
    // gzip works on whole files: the package's share of its chunks' gzip size, by minified bytes.
    const gzip = minified === 0 ? 0 : Math.round((minified * gzipSync(code.join('\n'), { level: 9 }).length) / chunkBytes);
    sizes[name] = { minified, gzip, loaded: minified === 0 ? 'none' : inInitialLoad ? 'entry' : 'lazy' };
  }
  return sizes;
}
