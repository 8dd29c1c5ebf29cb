// Prints what each runtime dependency adds to a bundle, for the table in docs/dependencies.md.
// Run: npx tsx scripts/dependency-sizes.ts
import { readFileSync } from 'node:fs';
import { dependencySizes } from './lib/dependency-sizes.js';
import { isMain } from './lib/project.js';

if (isMain(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
  const sizes = await dependencySizes(Object.keys(manifest.dependencies));
  for (const [name, size] of Object.entries(sizes)) {
    console.log(`${name}: ${size.minified.toLocaleString('en-US')} B minified, ~${(size.gzip / 1000).toFixed(1)} KB gzip, loaded: ${size.loaded}`);
  }
}
