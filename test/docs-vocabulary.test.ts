import { existsSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderVocabulary, VOCABULARY_FILE } from '../scripts/generate-vocabulary.js';
import { COUNTRY_CODES } from '../src/schema/countries.js';
import * as enums from '../src/schema/enums.js';

const STALE = 'docs/vocabulary.md is out of date: run `npm run docs:vocabulary` and commit the result';

test('the committed docs/vocabulary.md is exactly what the generator writes from the source lists', () => {
  assert.ok(existsSync(VOCABULARY_FILE), STALE);
  assert.fixture(readFileSync(VOCABULARY_FILE, 'utf8'), renderVocabulary(), STALE);
});

test('the generated page shows every value of every list in src/schema', () => {
  const lists = [...Object.values(enums).filter(Array.isArray), COUNTRY_CODES] as readonly (readonly string[])[];
  const page = renderVocabulary();
  const missing = lists.flat().filter((value) => !page.includes(`\`${value}\``));
  assert.ok(lists.length > 20, 'the source lists were not found');
  assert.equal(missing, [], 'values missing from the generated page');
});

test.run();
