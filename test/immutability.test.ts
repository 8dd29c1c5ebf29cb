import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fromJSON, sessionConfig, type AnySessionConfigBuilder } from '../src/index.js';

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

test('every call returns a new builder, and no method of a shared template can be replaced', () => {
  const next = template.userTrackingId('u1');
  assert.is.not(next, template);
  // The state lives in a private field; the prototype is frozen, so assigning a method throws
  // instead of shadowing it (instances themselves are not frozen: see docs/performance.md).
  for (const builder of [template, next, template.check, template.task, template.document, template.without, template.without.check]) {
    assert.ok(Object.isFrozen(Object.getPrototypeOf(builder)));
  }
  assert.throws(() => {
    'use strict';
    (template as unknown as { toJSON: () => unknown }).toJSON = () => ({});
  }, TypeError);
  assert.throws(() => {
    'use strict';
    (template as unknown as { check: unknown }).check = {};
  }, TypeError);
  assert.throws(() => {
    'use strict';
    (template.check as unknown as { liveness: unknown }).liveness = () => template;
  }, TypeError);
  assert.is(template.toJSON().name, 'Shared template');
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

const kycBase = sessionConfig()
  .name('KYC')
  .check.liveness({ maxRetries: 3 })
  .check.faceMatch({ manualCheck: 'FALLBACK' })
  .task.textExtraction({ manualCheck: 'FALLBACK' })
  .document.id()
  .document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL']);

test('without.check drops the check from the JSON, and the same check can be requested again with new options', () => {
  const before = JSON.stringify(kycBase);
  const dropped = kycBase.without.check.liveness();
  assert.equal(dropped.toJSON().session_config.requested_checks, [{ type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'FALLBACK' } }]);
  const readded = dropped.check.liveness({ maxRetries: 5 });
  assert.equal(readded.toJSON().session_config.requested_checks, [
    { type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'FALLBACK' } },
    { type: 'LIVENESS', config: { liveness_type: 'ZOOM', max_retries: 5 } },
  ]);
  // The template is untouched and shared nodes are not rewritten.
  assert.is(JSON.stringify(kycBase), before);
  assert.is(kycBase.toJSON().session_config.requested_checks?.[0]?.type, 'LIVENESS');
  assert.ok(Object.isFrozen(Object.getPrototypeOf(dropped)));
  assert.is.not(dropped, kycBase);
});

test('without.task drops the task; the request lists stay present for the checks', () => {
  const json = kycBase.without.task.textExtraction().toJSON().session_config;
  assert.equal(json.requested_tasks, []);
  assert.is(json.requested_checks?.length, 2);
  assert.equal(kycBase.toJSON().session_config.requested_tasks?.map((task) => task.type), ['ID_DOCUMENT_TEXT_DATA_EXTRACTION']);
});

test('every check and task has a without method, and each removes only its own kind', () => {
  const everything = sessionConfig()
    .name('All')
    .check.documentAuthenticity()
    .check.documentComparison()
    .check.faceMatch({ manualCheck: 'NEVER' })
    .check.liveness()
    .check.faceComparison({ manualCheck: 'NEVER' })
    .check.thirdPartyIdentity()
    .check.watchlistScreening({ categories: ['SANCTIONS'] })
    .check.watchlistAdvancedCa({ type: 'WITH_YOTI_ACCOUNT', sources: { type: 'TYPE_LIST', types: ['pep'] }, matchingStrategy: { type: 'EXACT' } })
    .task.textExtraction({ manualCheck: 'NEVER' })
    .task.supplementaryTextExtraction({ manualCheck: 'NEVER' })
    .document.id()
    .document.supplementary('PROOF_OF_ADDRESS');
  const types = (builder: AnySessionConfigBuilder) => {
    const { requested_checks: checks = [], requested_tasks: tasks = [] } = builder.toJSON().session_config;
    return [...checks, ...tasks].map((request) => request.type);
  };
  const all = types(everything);
  const removals: [() => AnySessionConfigBuilder, string][] = [
    [() => everything.without.check.documentAuthenticity(), 'ID_DOCUMENT_AUTHENTICITY'],
    [() => everything.without.check.documentComparison(), 'ID_DOCUMENT_COMPARISON'],
    [() => everything.without.check.faceMatch(), 'ID_DOCUMENT_FACE_MATCH'],
    [() => everything.without.check.liveness(), 'LIVENESS'],
    [() => everything.without.check.faceComparison(), 'FACE_COMPARISON'],
    [() => everything.without.check.thirdPartyIdentity(), 'THIRD_PARTY_IDENTITY'],
    [() => everything.without.check.watchlistScreening(), 'WATCHLIST_SCREENING'],
    [() => everything.without.check.watchlistAdvancedCa(), 'WATCHLIST_ADVANCED_CA'],
    [() => everything.without.task.textExtraction(), 'ID_DOCUMENT_TEXT_DATA_EXTRACTION'],
    [() => everything.without.task.supplementaryTextExtraction(), 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION'],
  ];
  for (const [remove, type] of removals) {
    assert.equal(types(remove()), all.filter((kept) => kept !== type), type);
  }
});

test('without.documents drops every document listed so far, and documents listed afterwards are kept', () => {
  const none = kycBase.without.documents();
  assert.not.ok('required_documents' in none.toJSON().session_config);
  const own = none.document.id({ filter: { type: 'ORTHOGONAL_RESTRICTIONS', allowExpiredDocuments: true } });
  assert.equal(own.toJSON().session_config.required_documents, [
    { type: 'ID_DOCUMENT', filter: { type: 'ORTHOGONAL_RESTRICTIONS', allow_expired_documents: true } },
  ]);
  assert.is(kycBase.toJSON().session_config.required_documents?.length, 2);
});

test('taking back what was never requested changes nothing', () => {
  const plain = sessionConfig().name('Plain').check.liveness();
  assert.equal(plain.without.check.faceMatch().toJSON(), plain.toJSON());
});

test('without works on a builder loaded from JSON, whose lists are kept where the JSON had them', () => {
  const loaded = fromJSON({
    name: 'Loaded',
    is_private: false,
    session_config: {
      requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'ZOOM', max_retries: 1 } }],
      requested_tasks: [],
      required_documents: [],
    },
  });
  const adjusted = loaded.without.check.liveness().without.documents().toJSON().session_config;
  assert.equal(adjusted.requested_checks, []);
  assert.equal(adjusted.requested_tasks, []);
  assert.not.ok('required_documents' in adjusted);
  assert.is(loaded.toJSON().session_config.requested_checks?.length, 1);
});

test('after .without takes back loaded documents, a typo the builder adds in their place is still refused', () => {
  const loaded = fromJSON({
    name: 'Loaded',
    is_private: false,
    session_config: {
      required_documents: [{ type: 'SUPPLEMENTARY_DOCUMENT', document_types: ['GAS_BILL'], objective: { type: 'PROOF_OF_ADDRESS' } }],
    },
  });
  // Read from JSON, the unknown type is only an advisory.
  assert.is(loaded.toJSON().session_config.required_documents?.length, 1);
  const replaced = loaded.without.documents().document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BIL' as 'UTILITY_BILL']);
  try {
    replaced.toJSON();
    assert.unreachable('a typo from a builder call must be refused');
  } catch (error) {
    assert.equal(
      (error as { issues: { code: string; path: unknown[] }[] }).issues.map((issue) => [issue.code, issue.path.join('.')]),
      [['unlisted_required', 'session_config.required_documents.0.document_types.0']],
    );
  }
});

test.run();
