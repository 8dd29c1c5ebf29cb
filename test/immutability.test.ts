import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sessionConfig } from '../src/index.js';

const template = sessionConfig().name('Shared template').clientSessionTokenTtl(900).check.liveness({ maxRetries: 3 });

test('branching a shared template leaves the template unchanged', () => {
  const before = JSON.stringify(template);
  const teamA = template.check.faceMatch({ manualCheck: 'FALLBACK' }).document.id();
  const teamB = template.name('Team B').isPrivate(true).task.textExtraction({ manualCheck: 'NEVER' });
  assert.is(JSON.stringify(template), before);
  assert.equal(
    teamA.toJSON().session_config.requested_checks?.map((check) => check.type),
    ['LIVENESS', 'ID_DOCUMENT_FACE_MATCH'],
  );
  assert.is(teamB.toJSON().name, 'Team B');
  assert.is(template.toJSON().name, 'Shared template');
  assert.is(template.toJSON().is_private, false);
});

test('every call returns a new builder and builders are frozen', () => {
  const next = template.userTrackingId('u1');
  assert.is.not(next, template);
  assert.ok(Object.isFrozen(template));
  assert.ok(Object.isFrozen(next));
  assert.throws(() => {
    'use strict';
    (template as unknown as { extra: number }).extra = 1;
  }, TypeError);
});

test('toJSON returns a fresh object each time, so changing one does not change the next', () => {
  const first = template.toJSON();
  first.name = 'changed';
  first.session_config.requested_checks?.push({ type: 'FACE_COMPARISON', config: { manual_check: 'NEVER' } });
  const second = template.toJSON();
  assert.is(second.name, 'Shared template');
  assert.is(second.session_config.requested_checks?.length, 1);
  assert.is.not(first.session_config, second.session_config);
});

test('changing the objects passed to a builder afterwards does not change the builder', () => {
  const categories: ('SANCTIONS' | 'ADVERSE-MEDIA')[] = ['SANCTIONS'];
  const documentTypes: ('UTILITY_BILL' | 'PHONE_BILL')[] = ['UTILITY_BILL'];
  const filter = { type: 'ORTHOGONAL_RESTRICTIONS' as const, allowExpiredDocuments: true };
  const builder = sessionConfig()
    .name('x')
    .check.watchlistScreening({ categories })
    .document.id({ filter })
    .document.supplementary('PROOF_OF_ADDRESS', documentTypes);
  categories.push('ADVERSE-MEDIA');
  documentTypes.push('PHONE_BILL');
  filter.allowExpiredDocuments = false;
  const json = builder.toJSON().session_config;
  assert.equal(json.requested_checks, [{ type: 'WATCHLIST_SCREENING', config: { categories: ['SANCTIONS'] } }]);
  assert.equal(json.required_documents, [
    { type: 'ID_DOCUMENT', filter: { type: 'ORTHOGONAL_RESTRICTIONS', allow_expired_documents: true } },
    { type: 'SUPPLEMENTARY_DOCUMENT', document_types: ['UTILITY_BILL'], objective: { type: 'PROOF_OF_ADDRESS' } },
  ]);
});

test.run();
