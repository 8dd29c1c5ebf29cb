/**
 * What importing the package costs is mostly Node loading modules and V8 compiling them, so the
 * built entry stays one module that holds neither the HTTP client nor the configurations-as-code
 * functions (`npm run build` first).
 */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const entry = readFileSync(new URL('../dist/index.js', import.meta.url), 'utf8');

test('dist/index.js imports no other module before it runs', () => {
  const staticImports = [...entry.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"/gm)].map((match) => match[1]);
  assert.equal(staticImports, []);
});

test('dist/index.js loads the HTTP client only on demand, from the files the build writes for it', () => {
  const loaded = [...entry.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((match) => match[1]).sort();
  assert.equal(loaded, ['./http/create.js', './http/list.js']);
  for (const file of loaded) assert.ok(readFileSync(new URL(`../dist/${file as string}`, import.meta.url), 'utf8').length > 0);
});

test('dist/index.js carries none of the configurations-as-code code', () => {
  for (const name of ['explainSessionConfig', 'diffSessionConfigs', 'planSessionConfigs', 'src/as-code/']) {
    assert.not.ok(entry.includes(name), `${name} is in the entry`);
  }
});

test.run();
