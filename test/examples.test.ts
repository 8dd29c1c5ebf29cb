import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { SessionConfigEnvelope } from '../src/index.js';
import * as examplesAsChains from './fixtures/examples.js';

const examples = new URL('../examples/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, examples), 'utf8');

/** Each example file written as a builder chain, keyed by file name. */
const chains: Record<string, { toJSON(): SessionConfigEnvelope }> = Object.fromEntries(
  Object.entries(examplesAsChains).map(([name, builder]) => [`${name}.json`, builder as { toJSON(): SessionConfigEnvelope }]),
);

const files = readdirSync(examples)
  .filter((file) => file.endsWith('.json'))
  .sort();

test('every example file has a builder chain, and every chain an example file', () => {
  assert.ok(files.length >= 11, `expected the 11 example files, found ${files.length}`);
  assert.equal(Object.keys(chains).sort(), files);
});

for (const file of files) {
  test(`the builder chain for ${file} deep-equals the file`, () => {
    const chain = chains[file];
    if (chain === undefined) assert.unreachable(`no chain for ${file}`);
    else assert.equal(chain.toJSON(), JSON.parse(read(file)));
  });
}

/** Every key of a JSON value with its path, in the order the text lists them. */
function keyOrder(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keyOrder(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [`${path}.${key}`, ...keyOrder(item, `${path}.${key}`)]);
}

test('JSON.stringify(chain.toJSON(), null, 2) lists the keys in the order of each file', () => {
  for (const file of files) {
    const chain = chains[file];
    if (chain === undefined) continue;
    const text = JSON.stringify(chain.toJSON(), null, 2);
    assert.equal(keyOrder(JSON.parse(text)), keyOrder(JSON.parse(read(file))), file);
    assert.is(`${text}\n`, read(file).trimEnd() + '\n', `${file} differs from the emitted text`);
  }
});

test.run();
