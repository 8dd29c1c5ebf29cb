/**
 * The verdict principle, row by row: every payload Yoti's docs or an official SDK send is
 * accepted, round-trips exactly and can be written with the builder; what Yoti rejects or what
 * cannot mean anything is an error that names what was meant; what is likely a mistake is an
 * advisory that strict mode refuses. Each test names its evidence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { adviseSessionConfig, fromJSON, sessionConfig, sessionConfigSchema, unlisted, validateSessionConfig, type AnySessionConfigBuilder, type SessionConfigJson } from '../src/index.js';
import { sessionConfigJsonSchema } from '../src/internal/json-schema.js';
import { isValidAgainst } from './support/json-schema-evaluator.js';
import { expectIssue, issuesOf, untyped } from './support/issues.js';

const named = () => sessionConfig().name('Verdicts');
const envelope = (session_config: Record<string, unknown>) => ({ name: 'Verdicts', is_private: false, session_config });
const jsonSchema = sessionConfigJsonSchema();

/** Accepted by every entry point (validate, fromJSON, Standard Schema, JSON Schema) and round-tripped exactly. */
function expectAccepted(payload: Record<string, unknown>): void {
  const result = validateSessionConfig(payload);
  assert.ok(result.ok, result.ok ? '' : result.issues.map((issue) => issue.message).join('\n'));
  assert.equal(fromJSON(payload).toJSON(), payload);
  assert.equal(JSON.stringify(fromJSON(payload).toJSON()), JSON.stringify(payload), 'the round trip changed key order');
  const standard = sessionConfigSchema['~standard'].validate(payload);
  assert.ok(!(standard instanceof Promise) && standard.issues === undefined, 'the Standard Schema rejected it');
  assert.ok(isValidAgainst(jsonSchema, payload), 'the JSON Schema rejected it');
}

/** The builder emits exactly `expected` as the session config. */
function expectBuilds(builder: AnySessionConfigBuilder, expected: Partial<SessionConfigJson> & Record<string, unknown>): void {
  assert.equal(builder.toJSON().session_config, expected);
}

const codes = (builder: AnySessionConfigBuilder) => builder.advisories().map((advisory) => advisory.code);

test('lower-case topics (Yoti docs "configure face search" and "configure face check" send "session_completion")', () => {
  const payload = envelope({ notifications: { endpoint: 'https://example.com/hooks', topics: ['session_completion'] } });
  expectAccepted(payload);
  expectBuilds(named().notifications({ endpoint: 'https://example.com/hooks', topics: ['session_completion'] }), payload.session_config);
  expectAccepted(envelope({ notifications: { endpoint: 'https://example.com/hooks', topics: ['Session_Completion'] } }));
  // Only ASCII case folds: 'ſ' upper-cases to 'S', which the JSON Schema's [Ss] would refuse.
  assert.not.ok(validateSessionConfig(envelope({ notifications: { endpoint: 'https://example.com/hooks', topics: ['ſession_completion'] } })).ok);
});

test('resources.applicant_profile with object values (Yoti "applicant profile match" page; Java ResourceCreationContainer Map<String,Object>)', () => {
  const applicantProfile = { full_name: 'Ada Lovelace', date_of_birth: '1815-12-10', structured_postal_address: { address_format: 1, building_number: '12', postal_code: 'SW1Y 4JH', country_iso: 'GBR' } };
  const payload = envelope({ resources: { applicant_profile: applicantProfile } });
  expectAccepted(payload);
  expectBuilds(named().resources({ applicantProfile }), payload.session_config);
  assert.equal(codes(named().resources({ applicantProfile })), ['unverified_sdk_field']);
});

test('scheme CAN_CRC under YOTI_GLOBAL without objective (Yoti docs "Yoti Global – CAN CRC"); other scheme strings load with an advisory (every SDK takes any string)', () => {
  const payload = envelope({ identity_profile_requirements: { trust_framework: 'YOTI_GLOBAL', scheme: { type: 'CAN_CRC' } } });
  expectAccepted(payload);
  const builder = named().identityProfile({ trustFramework: 'YOTI_GLOBAL', scheme: { type: 'CAN_CRC' } });
  expectBuilds(builder, payload.session_config);
  assert.equal(codes(builder), []);
  const unknown = envelope({ identity_profile_requirements: { trust_framework: 'YOTI_GLOBAL', scheme: { type: 'USA_CRC' } } });
  expectAccepted(unknown);
  const result = validateSessionConfig(unknown);
  assert.ok(result.ok);
  assert.equal(adviseSessionConfig(result.value).map((advisory) => advisory.code), ['unknown_value']);
  expectBuilds(named().identityProfile({ trustFramework: 'YOTI_GLOBAL', scheme: { type: unlisted('USA_CRC') } }), unknown.session_config);
});

test('documented scheme pairings: DBS needs BASIC, STANDARD or ENHANCED (error); an undocumented pairing is an advisory (Yoti documents DBS only with its level)', () => {
  expectIssue(() => untyped().identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'DBS' } }), 'scheme_objective_required', 'session_config.identity_profile_requirements.scheme');
  const rtwBasic = named().identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'RTW', objective: 'BASIC' } });
  assert.ok(rtwBasic.toJSON());
  assert.equal(codes(rtwBasic), ['undocumented_scheme_objective']);
  assert.equal(codes(named().identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'DBS', objective: 'ENHANCED' } })), []);
});

test('FAMILIAR_FACE_SEARCH { pool_id, approval_criteria } (Yoti docs "configure face search")', () => {
  const payload = envelope({ requested_checks: [{ type: 'FAMILIAR_FACE_SEARCH', config: { pool_id: 'c3a1b2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d', approval_criteria: 'NO_MATCH' } }], requested_tasks: [] });
  expectAccepted(payload);
  expectBuilds(named().check.familiarFaceSearch({ poolId: 'c3a1b2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d', approvalCriteria: 'NO_MATCH' }), payload.session_config);
  expectIssue(() => untyped().check.familiarFaceSearch({ poolId: 'p', approvalCriteria: 'NO_MATCHES' }), 'invalid_value', 'session_config.requested_checks[0].config.approval_criteria', 'did you mean NO_MATCH?');
});

test('text-extraction tasks without manual_check (Java RequestedIdDocTextExtractionTask, Go text_extraction.go / supplementary_text_extraction.go, .NET supplementary builder)', () => {
  const payload = envelope({
    requested_checks: [],
    requested_tasks: [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { chip_data: 'DESIRED' } }, { type: 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION', config: {} }],
    required_documents: [{ type: 'ID_DOCUMENT' }, { type: 'SUPPLEMENTARY_DOCUMENT', objective: { type: 'PROOF_OF_ADDRESS' } }],
  });
  expectAccepted(payload);
  expectBuilds(named().task.textExtraction({ chipData: 'DESIRED' }).task.supplementaryTextExtraction().document.id().document.supplementary('PROOF_OF_ADDRESS'), payload.session_config);
});

test('WATCHLIST_SCREENING with categories [] (node/PHP/Python), absent (Java) or null (Go): accepted, with an advisory', () => {
  for (const config of [{ categories: [] }, {}, { categories: null }]) {
    const payload = envelope({ requested_checks: [{ type: 'WATCHLIST_SCREENING', config }], requested_tasks: [] });
    expectAccepted(payload);
    const result = validateSessionConfig(payload);
    assert.ok(result.ok && adviseSessionConfig(result.value).some((advisory) => advisory.code === 'empty_watchlist_categories'));
  }
  expectBuilds(named().check.watchlistScreening({ categories: [] }), { requested_checks: [{ type: 'WATCHLIST_SCREENING', config: { categories: [] } }], requested_tasks: [] });
  expectBuilds(named().check.watchlistScreening({ categories: null }), { requested_checks: [{ type: 'WATCHLIST_SCREENING', config: { categories: null } }], requested_tasks: [] });
  expectBuilds(named().check.watchlistScreening(), { requested_checks: [{ type: 'WATCHLIST_SCREENING', config: {} }], requested_tasks: [] });
  assert.throws(() => named().check.watchlistScreening({ categories: [] }).strict().toJSON(), (error: unknown) => String(error).includes('lists no categories'));
  // Unknown categories stay errors (a closed set), naming the closest.
  expectIssue(() => untyped().check.watchlistScreening({ categories: ['ADVERSE_MEDIA'] }), 'invalid_value', 'session_config.requested_checks[0].config.categories[0]', 'did you mean ADVERSE-MEDIA?');
});

test('WATCHLIST_ADVANCED_CA without sources or matching_strategy (Yoti AML docs: all sources, 50% fuzziness when not stated)', () => {
  const payload = envelope({ requested_checks: [{ type: 'WATCHLIST_ADVANCED_CA', config: { type: 'WITH_YOTI_ACCOUNT' } }], requested_tasks: [] });
  expectAccepted(payload);
  expectBuilds(named().check.watchlistAdvancedCa({ type: 'WITH_YOTI_ACCOUNT' }), payload.session_config);
  expectIssue(() => untyped().check.watchlistAdvancedCa({ type: 'WITH_CUSTOM_ACCOUNT', clientRef: 'ref' }), 'missing_key', 'session_config.requested_checks[0].config.api_key');
});

test('ephemeral_media: true (Go SDK session_spec.go WithEphemeralMedia, v3.13.0)', () => {
  const payload = envelope({ ephemeral_media: true });
  expectAccepted(payload);
  expectBuilds(named().ephemeralMedia(true), payload.session_config);
  assert.equal(codes(named().ephemeralMedia(true)), ['unverified_sdk_field']);
});

test('suppressed screen SUPPLEMENTARY_DOCUMENT_EDUCATION is known (Python SDK 2.14.6 constants.py): strict mode passes', () => {
  const payload = envelope({ sdk_config: { suppressed_screens: ['SUPPLEMENTARY_DOCUMENT_EDUCATION'] } });
  expectAccepted(payload);
  expectBuilds(named().strict().sdkConfig({ suppressedScreens: ['SUPPLEMENTARY_DOCUMENT_EDUCATION'] }), payload.session_config);
});

test('Java in-branch checks IBV_VISUAL_REVIEW_CHECK, PROFILE_DOCUMENT_MATCH, DOCUMENT_SCHEME_VALIDITY_CHECK with manual_check IBV (Java docs/session/create/check/*)', () => {
  const payload = envelope({
    requested_checks: [
      { type: 'IBV_VISUAL_REVIEW_CHECK', config: { manual_check: 'IBV' } },
      { type: 'PROFILE_DOCUMENT_MATCH', config: { manual_check: 'FALLBACK' } },
      { type: 'DOCUMENT_SCHEME_VALIDITY_CHECK', config: { manual_check: 'IBV', scheme: 'UK_DBS' } },
    ],
    requested_tasks: [],
    ibv_options: { support: 'MANDATORY' },
  });
  expectAccepted(payload);
  const builder = named()
    .check.ibvVisualReview({ manualCheck: 'IBV' })
    .check.profileDocumentMatch({ manualCheck: 'FALLBACK' })
    .check.documentSchemeValidity({ manualCheck: 'IBV', scheme: 'UK_DBS' })
    .ibvOptions({ support: 'MANDATORY' });
  expectBuilds(builder, payload.session_config);
  assert.equal(codes(builder), ['unverified_sdk_field', 'unverified_sdk_field', 'unverified_sdk_field', 'unverified_sdk_field']);
  // IBV review exists on the in-branch checks only.
  expectIssue(() => untyped().check.documentAuthenticity({ manualCheck: 'IBV' }), 'invalid_value', 'session_config.requested_checks[0].config.manual_check', 'ALWAYS, FALLBACK, NEVER');
});

test('a check without config (PHP RequestedCheck drops a null config) is accepted and its absence round-trips', () => {
  const payload = envelope({
    requested_checks: [{ type: 'ID_DOCUMENT_AUTHENTICITY' }, { type: 'THIRD_PARTY_IDENTITY' }, { type: 'ID_DOCUMENT_COMPARISON' }],
    requested_tasks: [],
    required_documents: [{ type: 'ID_DOCUMENT' }, { type: 'ID_DOCUMENT' }],
  });
  expectAccepted(payload);
  // Where config holds a required key it stays required (the SDKs require it).
  const faceMatch = validateSessionConfig(envelope({ requested_checks: [{ type: 'ID_DOCUMENT_FACE_MATCH' }] }));
  assert.ok(!faceMatch.ok && faceMatch.issues[0]?.code === 'missing_key');
});

test('advanced identity profile without label or with empty lists (Java/Go allow): accepted with advisories', () => {
  const payload = envelope({ advanced_identity_profile_requirements: { profiles: [{ trust_framework: 'UK_TFIDA', schemes: [{ type: 'RTW' }] }, { trust_framework: 'YOTI_GLOBAL', schemes: [] }] } });
  expectAccepted(payload);
  const result = validateSessionConfig(payload);
  assert.ok(result.ok);
  assert.equal(adviseSessionConfig(result.value).map((advisory) => advisory.code), ['scheme_without_label', 'empty_identity_profile']);
});

test('import_token.ttl outside 30 to 365 days (only the PHP SDK bounds it): accepted with an advisory', () => {
  const payload = envelope({ import_token: { ttl: 86400 } });
  expectAccepted(payload);
  assert.ok(codes(named().importToken({ ttl: 86400 })).includes('import_token_ttl_out_of_range'));
});

test('relative success_url and error_url (Yoti node face-comparison example uses /success): accepted with an advisory', () => {
  const payload = envelope({ sdk_config: { success_url: '/success', error_url: './error' } });
  expectAccepted(payload);
  const builder = named().sdkConfig({ successUrl: '/success', errorUrl: './error' });
  expectBuilds(builder, payload.session_config);
  assert.equal(codes(builder), ['relative_url', 'relative_url']);
  // Not a URL at all, or another scheme, stays an error; so does a relative privacy policy.
  expectIssue(() => untyped().sdkConfig({ successUrl: 'javascript:alert(1)' }), 'invalid_format', 'session_config.sdk_config.success_url');
  expectIssue(() => untyped().sdkConfig({ successUrl: '//evil.example.com' }), 'invalid_format', 'session_config.sdk_config.success_url');
  expectIssue(() => untyped().sdkConfig({ privacyPolicyUrl: '/privacy' }), 'invalid_format', 'session_config.sdk_config.privacy_policy_url');
});

test('typo of an open-set value from plain JavaScript is a run-time error naming the closest value; the same value in JSON is an advisory', () => {
  const issue = expectIssue(
    () => untyped().document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BIL']),
    'unlisted_required',
    'session_config.required_documents[0].document_types[0]',
    '"UTILITY_BIL" is not a known value',
    'unlisted(...)',
    'did you mean UTILITY_BILL?',
  );
  assert.ok(issue);
  // Wrapped in unlisted(), the value is sent (still an advisory, so strict mode refuses it).
  const declared = named().document.supplementary('PROOF_OF_ADDRESS', [unlisted('WATER_BILL')]);
  assert.equal(declared.toJSON().session_config.required_documents?.[0], { type: 'SUPPLEMENTARY_DOCUMENT', document_types: ['WATER_BILL'], objective: { type: 'PROOF_OF_ADDRESS' } });
  assert.equal(codes(declared), ['unknown_value']);
  // In JSON: accepted, with the advisory naming the closest value; fromJSON keeps it and round-trips.
  const payload = envelope({ required_documents: [{ type: 'SUPPLEMENTARY_DOCUMENT', document_types: ['UTILITY_BIL'], objective: { type: 'PROOF_OF_ADDRESS' } }] });
  expectAccepted(payload);
  const result = validateSessionConfig(payload);
  assert.ok(result.ok);
  const [advisory] = adviseSessionConfig(result.value);
  assert.is(advisory?.code, 'unknown_value');
  assert.ok(advisory?.message.endsWith('did you mean UTILITY_BILL?'), advisory?.message);
  // Strict mode reports the builder's error once, not again as an advisory.
  const strictIssues = issuesOf(() => untyped().strict().document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BIL']));
  assert.equal(strictIssues.map((found) => found.code), ['unlisted_required']);
  // Extending a loaded configuration keeps the loaded value an advisory, while a new builder value is checked.
  const extended = fromJSON(payload) as AnySessionConfigBuilder;
  assert.ok(extended.toJSON());
  expectIssue(() => (extended as ReturnType<typeof untyped>).sdkConfig({ suppressedScreens: ['ID_DOCUMENT_EDUCATON'] }), 'unlisted_required', 'session_config.sdk_config.suppressed_screens[0]', 'did you mean ID_DOCUMENT_EDUCATION?');
  const added = issuesOf(() => (extended as ReturnType<typeof untyped>).document.supplementary('PROOF_OF_ADDRESS', ['BANK_STATMENT']));
  assert.equal(added.map((found) => [found.code, found.path.join('.')]), [['unlisted_required', 'session_config.required_documents.1.document_types.0']]);
  assert.ok(added[0]?.message.endsWith('did you mean BANK_STATEMENT?'));
});

test('a two-letter country code is an error that names its alpha-3 form (docs identity-profiles/create-a-session: three-letter ISO 3166)', () => {
  expectIssue(() => untyped().sdkConfig({ presetIssuingCountry: 'GB' }), 'invalid_value', 'session_config.sdk_config.preset_issuing_country', 'GB is ISO alpha-2; Yoti takes alpha-3: GBR');
  const result = validateSessionConfig(
    envelope({ required_documents: [{ type: 'ID_DOCUMENT', filter: { type: 'ORTHOGONAL_RESTRICTIONS', country_restriction: { inclusion: 'WHITELIST', country_codes: ['us', 'GBX'] } } }] }),
  );
  assert.ok(!result.ok);
  assert.ok(result.issues[0]?.message.endsWith('received "us"; us is ISO alpha-2; Yoti takes alpha-3: USA'), result.issues[0]?.message);
  assert.ok(result.issues[1]?.message.includes('did you mean GBR?'), result.issues[1]?.message);
});

test('notifications without endpoint is an error (Yoti notifications page: nothing can be sent without it)', () => {
  const result = validateSessionConfig(envelope({ notifications: { auth_type: 'BEARER', auth_token: 'token' } }));
  assert.ok(!result.ok);
  assert.equal(result.issues.map((issue) => issue.code), ['missing_key']);
  assert.ok(!isValidAgainst(jsonSchema, envelope({ notifications: {} })), 'the JSON Schema states the rule too');
});

test('closed sets name the closest known value: check types, keys and enums', () => {
  const result = validateSessionConfig(envelope({ requested_checks: [{ type: 'LIVENES', config: {} }], sdk_config: { dark_mod: 'on' } }));
  assert.ok(!result.ok);
  assert.equal(
    result.issues.map((issue) => issue.message.slice(issue.message.lastIndexOf(';') + 2)),
    ['did you mean LIVENESS?', 'did you mean dark_mode?'],
  );
  expectIssue(() => untyped().check.liveness({ livenessType: 'static' }), 'invalid_value', 'session_config.requested_checks[0].config.liveness_type', 'did you mean STATIC?');
});

test('a repeated category or topic loads with an advisory (Go watchlist_screening.go appends without dropping repeats); the builder drops repeats as node does', () => {
  const payload = envelope({
    notifications: { endpoint: 'https://example.com/hooks', topics: ['SESSION_COMPLETION', 'SESSION_COMPLETION'] },
    requested_checks: [{ type: 'WATCHLIST_SCREENING', config: { categories: ['SANCTIONS', 'SANCTIONS'] } }],
    requested_tasks: [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: {} }],
  });
  expectAccepted(payload);
  const result = validateSessionConfig(payload);
  assert.ok(result.ok);
  assert.equal(
    adviseSessionConfig(result.value).filter((advisory) => advisory.code === 'repeated_value').map((advisory) => advisory.path.join('.')),
    ['session_config.notifications.topics.1', 'session_config.requested_checks.0.config.categories.1'],
  );
  assert.equal(named().check.watchlistScreening({ categories: ['SANCTIONS', 'SANCTIONS'] }).toJSON().session_config.requested_checks?.[0]?.config, { categories: ['SANCTIONS'] });
});

/** The verdict of every example payload before the principle was applied: accepted, with these advisories. */
const EXAMPLE_VERDICTS: Readonly<Record<string, readonly string[]>> = {
  'face-comparison-static-liveness-just-in-time-consent.json': ['token_ttl_short', 'face_comparison_in_stored_config'],
  'id-document-comparison-two-ids-and-proof-of-address.json': ['token_ttl_short'],
  'identity-profile-uk-tfida-rtw-with-subject.json': ['token_ttl_short'],
  'orthogonal-filter-expired-passport-text-extraction.json': ['token_ttl_short'],
  'seed.json': [],
  'session-deadline-bearer-notifications-authenticity-always.json': [],
  'static-liveness-face-match-early-consent-sdk-config.json': ['token_ttl_short'],
  'suppressed-screens-handoff-branding.json': [],
  'watchlist-screening-and-advanced-ca-yoti-account-fuzzy.json': ['token_ttl_short'],
  'yoti-sign-prebuilt-hr-no-required-documents.json': [],
  'yoti-sign-prebuilt-real-estate.json': [],
};

test('no example payload changes verdict: each is still accepted with the same advisories, and round-trips byte for byte', () => {
  const directory = new URL('../examples/', import.meta.url);
  const files = readdirSync(directory).filter((file) => file.endsWith('.json')).sort();
  assert.equal(files, Object.keys(EXAMPLE_VERDICTS).sort());
  for (const file of files) {
    const text = readFileSync(new URL(file, directory), 'utf8');
    const result = validateSessionConfig(JSON.parse(text));
    assert.ok(result.ok, `${file} is no longer accepted`);
    assert.equal(adviseSessionConfig(result.value, { now: 0 }).map((advisory) => advisory.code), EXAMPLE_VERDICTS[file], file);
    assert.is(`${JSON.stringify(fromJSON(JSON.parse(text)).toJSON(), null, 2)}\n`.replace(/\s+/g, ''), text.replace(/\s+/g, ''), `${file} no longer round-trips`);
  }
});

test.run();
