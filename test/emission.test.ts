import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sessionConfig, unlisted } from '../src/index.js';

const named = sessionConfig().name('Emission');

test('a named builder alone emits the envelope with is_private false and an empty payload', () => {
  assert.equal(named.toJSON(), { name: 'Emission', is_private: false, session_config: {} });
});

test('each scalar setting emits its JSON key, and calling it again replaces the value', () => {
  const json = named
    .name('Renamed')
    .isPrivate(true)
    .clientSessionTokenTtl(900)
    .clientSessionTokenTtl(1200)
    .resourcesTtl(90000)
    .userTrackingId('first')
    .userTrackingId('second')
    .blockBiometricConsent(true)
    .toJSON();
  assert.equal(json, {
    name: 'Renamed',
    is_private: true,
    session_config: { client_session_token_ttl: 1200, resources_ttl: 90000, user_tracking_id: 'second', block_biometric_consent: true },
  });
});

test('sessionDeadline sends a Date as its ISO string and a string as written', () => {
  assert.is(named.sessionDeadline(new Date(Date.UTC(2030, 5, 30, 17))).toJSON().session_config.session_deadline, '2030-06-30T17:00:00.000Z');
  assert.is(named.sessionDeadline('2030-06-30T18:00:00+01:00').toJSON().session_config.session_deadline, '2030-06-30T18:00:00+01:00');
});

test('liveness defaults to ZOOM with one attempt and always emits both keys', () => {
  assert.equal(named.check.liveness().toJSON().session_config.requested_checks, [
    { type: 'LIVENESS', config: { liveness_type: 'ZOOM', max_retries: 1 } },
  ]);
  assert.equal(named.check.liveness({ livenessType: 'STATIC' }).toJSON().session_config.requested_checks, [
    { type: 'LIVENESS', config: { liveness_type: 'STATIC', max_retries: 1 } },
  ]);
});

test('every check kind emits its type and config in call order', () => {
  const checks = named
    .check.watchlistAdvancedCa({
      type: 'WITH_CUSTOM_ACCOUNT',
      apiKey: 'ca-key',
      clientRef: 'client-1',
      monitoring: true,
      tags: { team: 'kyc' },
      removeDeceased: true,
      shareUrl: false,
      sources: { type: 'PROFILE', searchProfile: 'profile-1' },
      matchingStrategy: { type: 'EXACT', exactMatch: true },
    })
    .check.documentAuthenticity()
    .check.documentComparison()
    .check.faceMatch({ manualCheck: 'ALWAYS' })
    .check.faceComparison({ manualCheck: 'NEVER' })
    .check.thirdPartyIdentity()
    .check.watchlistScreening({ categories: ['ADVERSE-MEDIA', 'SANCTIONS', 'ADVERSE-MEDIA'] })
    .document.id()
    .document.id()
    .toJSON().session_config.requested_checks;
  assert.equal(checks, [
    {
      type: 'WATCHLIST_ADVANCED_CA',
      config: {
        type: 'WITH_CUSTOM_ACCOUNT',
        remove_deceased: true,
        share_url: false,
        sources: { type: 'PROFILE', search_profile: 'profile-1' },
        matching_strategy: { type: 'EXACT', exact_match: true },
        api_key: 'ca-key',
        client_ref: 'client-1',
        monitoring: true,
        tags: { team: 'kyc' },
      },
    },
    { type: 'ID_DOCUMENT_AUTHENTICITY', config: {} },
    { type: 'ID_DOCUMENT_COMPARISON', config: {} },
    { type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'ALWAYS' } },
    { type: 'FACE_COMPARISON', config: { manual_check: 'NEVER' } },
    { type: 'THIRD_PARTY_IDENTITY', config: {} },
    { type: 'WATCHLIST_SCREENING', config: { categories: ['ADVERSE-MEDIA', 'SANCTIONS'] } },
  ]);
});

test('tasks emit their options as snake_case keys', () => {
  const json = named
    .task.textExtraction({ manualCheck: 'FALLBACK', chipData: 'IGNORE', createExpandedDocumentFields: false })
    .task.supplementaryTextExtraction({ manualCheck: 'NEVER' })
    .document.id()
    .document.supplementary('PROOF_OF_ADDRESS')
    .toJSON().session_config;
  assert.equal(json.requested_tasks, [
    { type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'FALLBACK', chip_data: 'IGNORE', create_expanded_document_fields: false } },
    { type: 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'NEVER' } },
  ]);
});

test('documents emit both filter kinds, country codes and unlisted document types', () => {
  const documents = named
    .document.id({
      filter: {
        type: 'ORTHOGONAL_RESTRICTIONS',
        countryRestriction: { inclusion: 'WHITELIST', countryCodes: ['GBR', 'IRL'] },
        typeRestriction: { inclusion: 'BLACKLIST', documentTypes: ['PASS_CARD', unlisted('RESIDENCE_PERMIT')] },
        allowExpiredDocuments: true,
        allowNonLatinDocuments: false,
      },
    })
    .document.id({
      filter: {
        type: 'DOCUMENT_RESTRICTIONS',
        inclusion: 'WHITELIST',
        documents: [{ countryCodes: ['USA'], documentTypes: ['DRIVING_LICENCE'] }, { documentTypes: ['PASSPORT'] }],
      },
    })
    .document.supplementary('PROOF_OF_ADDRESS', ['BANK_STATEMENT'], {
      countryCodes: ['GBR'],
      filter: { type: 'ORTHOGONAL_RESTRICTIONS', allowNonLatinDocuments: true },
    })
    .toJSON().session_config.required_documents;
  assert.equal(documents, [
    {
      type: 'ID_DOCUMENT',
      filter: {
        type: 'ORTHOGONAL_RESTRICTIONS',
        country_restriction: { inclusion: 'WHITELIST', country_codes: ['GBR', 'IRL'] },
        type_restriction: { inclusion: 'BLACKLIST', document_types: ['PASS_CARD', 'RESIDENCE_PERMIT'] },
        allow_expired_documents: true,
        allow_non_latin_documents: false,
      },
    },
    {
      type: 'ID_DOCUMENT',
      filter: {
        type: 'DOCUMENT_RESTRICTIONS',
        inclusion: 'WHITELIST',
        documents: [{ country_codes: ['USA'], document_types: ['DRIVING_LICENCE'] }, { document_types: ['PASSPORT'] }],
      },
    },
    {
      type: 'SUPPLEMENTARY_DOCUMENT',
      document_types: ['BANK_STATEMENT'],
      country_codes: ['GBR'],
      objective: { type: 'PROOF_OF_ADDRESS' },
      filter: { type: 'ORTHOGONAL_RESTRICTIONS', allow_non_latin_documents: true },
    },
  ]);
});

test('requested_checks and requested_tasks are sent together once either has an entry', () => {
  assert.equal(named.check.liveness().toJSON().session_config.requested_tasks, []);
  assert.equal(named.task.textExtraction({ manualCheck: 'NEVER' }).toJSON().session_config.requested_checks, []);
  assert.not.ok('requested_checks' in named.document.id().toJSON().session_config);
});

test('unset keys are left out, never sent as null or undefined', () => {
  const json = named.check.thirdPartyIdentity({ manualCheck: undefined } as never).document.id({ filter: undefined } as never).toJSON();
  assert.equal(json.session_config.requested_checks, [{ type: 'THIRD_PARTY_IDENTITY', config: {} }]);
  assert.equal(json.session_config.required_documents, [{ type: 'ID_DOCUMENT' }]);
  assert.not.match(JSON.stringify(json), /null|undefined/);
});

test('keys come out in one canonical order whatever the call order', () => {
  const a = named.resourcesTtl(90000).userTrackingId('u').clientSessionTokenTtl(600).document.id().check.liveness();
  const b = named.check.liveness().clientSessionTokenTtl(600).document.id().userTrackingId('u').resourcesTtl(90000);
  assert.is(JSON.stringify(a), JSON.stringify(b));
  assert.equal(Object.keys(a.toJSON().session_config), [
    'client_session_token_ttl',
    'resources_ttl',
    'user_tracking_id',
    'requested_checks',
    'requested_tasks',
    'required_documents',
  ]);
});

test('inspecting a builder shows what it requests and none of the option values', async () => {
  const { inspect } = await import('node:util');
  const text = inspect(
    named.check.watchlistAdvancedCa({
      type: 'WITH_CUSTOM_ACCOUNT',
      apiKey: 'secret-ca-key',
      clientRef: 'ref',
      sources: { type: 'TYPE_LIST', types: ['pep'] },
      matchingStrategy: { type: 'EXACT' },
    }),
  );
  assert.match(text, /WATCHLIST_ADVANCED_CA/);
  assert.not.match(text, /secret-ca-key/);
});

test.run();
