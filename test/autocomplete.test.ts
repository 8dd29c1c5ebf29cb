import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { completionDetailAt, completionsAt, editorErrors } from './support/completions.js';

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


test('a check already requested is still listed after `.check.`, and its detail is the rule it breaks', () => {
  const source = `${header}sessionConfig().check.liveness().check.§`;
  assert.ok(completionsAt(source).includes('faceMatch'));
  assert.match(completionDetailAt(source, 'liveness'), 'ConfigError<"check.liveness() is already requested; each check and task can be requested once');
  assert.not.match(completionDetailAt(source, 'faceMatch'), 'ConfigError');
});

test('manualCheck inside liveness({ }) is marked with the rule that forbids it', () => {
  const detail = completionDetailAt(`${header}sessionConfig().check.liveness({ § });`, 'manualCheck');
  assert.match(detail, 'ConfigError<"check.liveness() has no manual review; remove manualCheck">');
});

test('the editor says which argument faceMatch() is missing, on the call line', () => {
  const errors = editorErrors(`${header}sessionConfig()\n  .check.liveness()\n  .check.faceMatch()\n  .document.id();`);
  assert.is(errors.length, 1);
  assert.is(errors[0]?.line, 4);
  assert.equal(errors[0]?.related, ["An argument for 'withManualCheck' was not provided."]);
});

test('.without offers every check to take back', () => {
  const offered = completionsAt(`${header}sessionConfig().without.check.§`);
  assert.ok(['liveness', 'faceMatch', 'documentAuthenticity', 'watchlistAdvancedCa'].every((name) => offered.includes(name)));
  assert.not.ok(offered.includes('textExtraction'));
});

test.run();
