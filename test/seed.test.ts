import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { seedChain } from './support/seed-chain.js';

const seedFile = readFileSync(new URL('../examples/seed.json', import.meta.url), 'utf8');

test('the seed chain deep-equals the documented example', () => {
  assert.equal(seedChain().toJSON(), JSON.parse(seedFile));
});

test('JSON.stringify of the builder gives the same JSON as toJSON()', () => {
  const builder = seedChain();
  assert.is(JSON.stringify(builder), JSON.stringify(builder.toJSON()));
});

test('the emitted key order matches the documented example line for line', () => {
  assert.is(`${JSON.stringify(seedChain(), null, 2)}\n`, seedFile.endsWith('\n') ? seedFile : `${seedFile}\n`);
});

test.run();
