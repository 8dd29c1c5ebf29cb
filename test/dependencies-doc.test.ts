import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dependencySizes } from '../scripts/lib/dependency-sizes.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
const doc = read('docs/dependencies.md');
const dependencies = Object.keys(manifest.dependencies);

/** The table row of a package, as cells. */
function row(name: string): string[] {
  const line = doc.split('\n').find((candidate) => candidate.startsWith(`| \`${name}\``));
  assert.ok(line, `docs/dependencies.md has a row for ${name}`);
  return (line ?? '').split(' | ').map((cell) => cell.replace(/^\| |\|$/g, '').trim());
}

test('every runtime dependency has a row, and every row is a runtime dependency', () => {
  const documented = [...doc.matchAll(/^\| `([^`]+)`/gm)].map((match) => match[1]);
  assert.equal(documented.sort(), [...dependencies].sort());
  for (const name of dependencies) assert.is(row(name).length, 4, `${name}: what, when, weight`);
});

test('the README links the page', () => {
  assert.ok(read('README.md').includes('(docs/dependencies.md)'));
});

test('the weights and load times in the table are the measured ones', async () => {
  const sizes = await dependencySizes(dependencies);
  for (const name of dependencies) {
    const [, , when, weight] = row(name);
    const size = sizes[name];
    assert.ok(size, name);
    if (size === undefined) continue;
    const documented = Number(/^([\d,]+) B/.exec(weight ?? '')?.[1]?.replaceAll(',', '') ?? Number.NaN);
    assert.ok(Math.abs(documented - size.minified) <= Math.max(100, size.minified * 0.1), `${name}: documented ${documented} B, measured ${size.minified} B`);
    const expected = { entry: 'At import', lazy: 'Lazily', none: 'Never' }[size.loaded];
    assert.ok(when?.startsWith(expected), `${name} is loaded ${size.loaded}, the table says: ${when}`);
  }
});

test.run();
