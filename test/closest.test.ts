import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closest } from '../src/internal/closest.js';
import { alpha3Of, COUNTRY_CODES } from '../src/schema/countries.js';
import { SUPPLEMENTARY_DOCUMENT_TYPES, WATCHLIST_CATEGORIES } from '../src/schema/enums.js';

test('closest: a typo names the nearest known value', () => {
  assert.is(closest('UTILITY_BIL', SUPPLEMENTARY_DOCUMENT_TYPES), 'UTILITY_BILL');
  assert.is(closest('BANK_STATMENT', SUPPLEMENTARY_DOCUMENT_TYPES), 'BANK_STATEMENT');
});

test('closest: case and the -/_ spelling are ignored before distance counts', () => {
  assert.is(closest('adverse_media', WATCHLIST_CATEGORIES), 'ADVERSE-MEDIA');
  assert.is(closest('sanctions', WATCHLIST_CATEGORIES), 'SANCTIONS');
});

test('closest: nothing is suggested for a value that is no near miss, or empty, or huge', () => {
  assert.is(closest('PASSPORT', SUPPLEMENTARY_DOCUMENT_TYPES), undefined);
  assert.is(closest('', WATCHLIST_CATEGORIES), undefined);
  assert.is(closest('S'.repeat(10_000), WATCHLIST_CATEGORIES), undefined);
});

test('alpha3Of: every alpha-2 code of the packed table maps back to its own alpha-3 entry', () => {
  assert.is(alpha3Of('GB'), 'GBR');
  assert.is(alpha3Of('us'), 'USA');
  assert.is(alpha3Of('AX'), 'ALA');
  assert.is(alpha3Of('KP'), 'PRK');
  assert.is(alpha3Of('ZA'), 'ZAF');
  assert.is(alpha3Of('XK'), undefined);
  // 249 distinct alpha-2 codes, one per alpha-3 code, and each alpha-3 code starts where ISO puts it.
  const alpha2 = COUNTRY_CODES.map((code) => [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].flatMap((a) => [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((b) => a + b)).find((candidate) => alpha3Of(candidate) === code));
  assert.ok(alpha2.every((code) => code !== undefined), 'an alpha-3 code has no alpha-2 code');
  assert.is(new Set(alpha2).size, 249);
});

test('COUNTRY_CODES holds 249 distinct codes of three capital letters in order', () => {
  assert.is(COUNTRY_CODES.length, 249);
  assert.ok(COUNTRY_CODES.every((code) => /^[A-Z]{3}$/.test(code)), JSON.stringify(COUNTRY_CODES.filter((code) => !/^[A-Z]{3}$/.test(code))));
  assert.equal([...COUNTRY_CODES].sort(), COUNTRY_CODES);
  assert.is(new Set(COUNTRY_CODES).size, 249);
  assert.equal([COUNTRY_CODES[0], COUNTRY_CODES[248]], ['ABW', 'ZWE']);
});

test('the compile-time alpha-2 table says exactly what the run-time table says', () => {
  // The type-level copy exists because the packed run-time string cannot be read by the compiler
  // cheaply; this keeps the two from drifting.
  const source = readFileSync(new URL('../src/types/country-alpha-2.ts', import.meta.url), 'utf8');
  const entries = [...source.matchAll(/\b([A-Z]{2}): '([A-Z]{3})';/g)].map(([, alpha2, alpha3]) => [alpha2, alpha3]);
  assert.is(entries.length, COUNTRY_CODES.length);
  for (const [alpha2, alpha3] of entries) assert.is(alpha3Of(alpha2 as string), alpha3, `${alpha2 as string}`);
});

test.run();
