import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { completionsAt } from './support/completions.js';

const header = "import { sessionConfig } from 'yoti-session-config';\n";

test('the editor offers the known liveness types', () => {
  assert.equal(completionsAt(`${header}sessionConfig().check.liveness({ livenessType: '§' });`).sort(), ['STATIC', 'ZOOM']);
});

test('the editor offers the manual-check values and the watchlist categories', () => {
  assert.equal(completionsAt(`${header}sessionConfig().check.faceMatch({ manualCheck: '§' });`).sort(), ['ALWAYS', 'FALLBACK', 'NEVER']);
  assert.equal(completionsAt(`${header}sessionConfig().check.watchlistScreening({ categories: ['§'] });`).sort(), ['ADVERSE-MEDIA', 'SANCTIONS']);
});

test('the editor offers supplementary document types and country codes', () => {
  assert.ok(completionsAt(`${header}sessionConfig().document.supplementary('PROOF_OF_ADDRESS', ['§']);`).includes('COUNCIL_TAX_BILL'));
  const countries = completionsAt(`${header}sessionConfig().document.supplementary('PROOF_OF_ADDRESS', undefined, { countryCodes: ['§'] });`);
  assert.ok(countries.includes('GBR') && countries.includes('USA'));
  assert.is(countries.length, 249);
});

test.run();
