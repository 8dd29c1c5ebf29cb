import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sessionConfig } from '../src/index.js';

const seedFile = readFileSync(new URL('../../shared/spec/examples/seed.json', import.meta.url), 'utf8');

const seedChain = () =>
  sessionConfig()
    .name('My Custom Session config')
    .isPrivate(false)
    .clientSessionTokenTtl(1200)
    .resourcesTtl(2630000)
    .userTrackingId('string')
    .blockBiometricConsent(false)
    .check.documentAuthenticity({ manualCheck: 'FALLBACK' })
    .check.liveness({ livenessType: 'ZOOM', maxRetries: 3 })
    .check.faceMatch({ manualCheck: 'FALLBACK' })
    .check.watchlistScreening({ categories: ['SANCTIONS', 'ADVERSE-MEDIA'] })
    .check.thirdPartyIdentity({ manualCheck: 'NEVER' })
    .task.textExtraction({ manualCheck: 'FALLBACK' })
    .task.supplementaryTextExtraction({ manualCheck: 'FALLBACK' })
    .document.id()
    .document.supplementary('PROOF_OF_ADDRESS', ['COUNCIL_TAX_BILL', 'PHONE_BILL', 'UTILITY_BILL']);

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
