import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  adviseSessionConfig,
  fromJSON,
  InvalidConfigError,
  sessionConfig,
  unlisted,
  validateSessionConfig,
  type Advisory,
  type AdvisoryCode,
  type AnySessionConfigBuilder,
} from '../src/index.js';
import { issuesOf, pathText, untyped } from './support/issues.js';

const NOW = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;
const named = () => sessionConfig().name('Advice');
const advice = (builder: AnySessionConfigBuilder): Advisory[] => builder.advisories({ now: NOW });
const codes = (builder: AnySessionConfigBuilder): AdvisoryCode[] => advice(builder).map((advisory) => advisory.code);

/** The one advisory with this code; fails unless there is exactly one. */
function only(builder: AnySessionConfigBuilder, code: AdvisoryCode): Advisory {
  const found = advice(builder).filter((advisory) => advisory.code === code);
  assert.is(found.length, 1, `expected one ${code}, got ${JSON.stringify(advice(builder))}`);
  return found[0] as Advisory;
}

const profile = { trustFramework: 'UK_TFIDA', scheme: { type: 'RTW' } } as const;
const advancedProfile = { profiles: [{ trustFramework: 'YOTI_GLOBAL', schemes: [{ type: 'IDENTITY', objective: 'AL_L1', label: 'id' }] }] } as const;

test('a plain configuration has no advisories', () => {
  assert.equal(advice(named()), []);
  assert.equal(advice(named().clientSessionTokenTtl(900).check.liveness().check.faceMatch({ manualCheck: 'NEVER' })), []);
});

test('token_ttl_short: a token TTL under 900 seconds', () => {
  const advisory = only(named().clientSessionTokenTtl(600), 'token_ttl_short');
  assert.equal(advisory.path, ['session_config', 'client_session_token_ttl']);
  assert.is(
    advisory.message,
    'session_config.client_session_token_ttl: a token TTL under 900 seconds soon shows users a "session nearly expired" prompt: set .clientSessionTokenTtl(900) or more',
  );
  assert.ok(codes(named().clientSessionTokenTtl(301)).includes('token_ttl_short'));
  assert.equal(codes(named().clientSessionTokenTtl(900)), []);
});

test('deadline_with_token_ttl: a session deadline together with a token TTL', () => {
  const deadline = new Date(NOW + 24 * 60 * MINUTE);
  const advisory = only(named().clientSessionTokenTtl(900).sessionDeadline(deadline), 'deadline_with_token_ttl');
  assert.equal(advisory.path, ['session_config', 'session_deadline']);
  assert.is(
    advisory.message,
    'session_config.session_deadline: session_deadline and client_session_token_ttl are alternatives: keep .sessionDeadline(...) or .clientSessionTokenTtl(...), not both',
  );
  assert.equal(codes(named().sessionDeadline(deadline)), []);
});

test('deadline_too_soon: a deadline in the past or under five minutes ahead', () => {
  const at = (offset: number) => named().sessionDeadline(new Date(NOW + offset));
  assert.equal(codes(at(-60 * MINUTE)), ['deadline_too_soon']);
  assert.equal(codes(at(4 * MINUTE)), ['deadline_too_soon']);
  assert.equal(codes(at(6 * MINUTE)), []);
  const advisory = only(at(0), 'deadline_too_soon');
  assert.equal(advisory.path, ['session_config', 'session_deadline']);
  assert.is(advisory.message, 'session_config.session_deadline: session_deadline is past or less than 5 minutes away, too soon to finish a session: set a later deadline');
  // Without a `now`, the current time is used.
  assert.equal(named().sessionDeadline('2000-01-01T00:00:00Z').advisories().map((advisory) => advisory.code), ['deadline_too_soon']);
  assert.equal(named().sessionDeadline(new Date(Date.now() + 60 * MINUTE)).advisories(), []);
});

test('auth_token_without_auth_type: a webhook token without its auth type, never echoing the token', () => {
  const token = 'token-that-must-not-leak';
  const advisory = only(named().notifications({ endpoint: 'https://example.com/hooks', authToken: token }), 'auth_token_without_auth_type');
  assert.equal(advisory.path, ['session_config', 'notifications', 'auth_token']);
  assert.is(advisory.message, 'session_config.notifications.auth_token: notifications.auth_token goes with an auth_type: add authType BASIC or BEARER');
  assert.not.ok(advisory.message.includes(token));
  assert.equal(codes(named().notifications({ endpoint: 'https://example.com/hooks', authType: 'BASIC', authToken: token })), []);
});

test('face_match_without_liveness: face match without a liveness check, in either order', () => {
  const advisory = only(named().check.documentAuthenticity().check.faceMatch({ manualCheck: 'FALLBACK' }), 'face_match_without_liveness');
  assert.equal(advisory.path, ['session_config', 'requested_checks', 1]);
  assert.is(advisory.message, 'session_config.requested_checks[1]: check.faceMatch() without check.liveness() matches a plain selfie: add .check.liveness(...)');
  assert.equal(codes(named().check.faceMatch({ manualCheck: 'FALLBACK' }).check.liveness()), []);
  assert.equal(codes(named().check.liveness().check.faceMatch({ manualCheck: 'FALLBACK' })), []);
});

test('manual_check_no_effect: NEVER on liveness as other SDKs send it, ALWAYS or FALLBACK on face comparison', () => {
  const loaded = fromJSON({
    name: 'From the Go SDK',
    is_private: false,
    session_config: { requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'STATIC', max_retries: 1, manual_check: 'NEVER' } }] },
  });
  const liveness = only(loaded, 'manual_check_no_effect');
  assert.equal(liveness.path, ['session_config', 'requested_checks', 0, 'config', 'manual_check']);
  assert.is(liveness.message, 'session_config.requested_checks[0].config.manual_check: check.liveness() has no manual review, so manual_check has no effect: remove it');
  const comparison = only(named().check.faceComparison({ manualCheck: 'ALWAYS' }), 'manual_check_no_effect');
  assert.equal(comparison.path, ['session_config', 'requested_checks', 0, 'config', 'manual_check']);
  assert.is(comparison.message, 'session_config.requested_checks[0].config.manual_check: check.faceComparison() has no manual review: use manualCheck NEVER');
  assert.ok(codes(named().check.faceComparison({ manualCheck: 'FALLBACK' })).includes('manual_check_no_effect'));
  assert.not.ok(codes(named().check.faceComparison({ manualCheck: 'NEVER' })).includes('manual_check_no_effect'));
  assert.equal(codes(named().check.liveness({ livenessType: 'STATIC' })), []);
});

test('face_comparison_in_stored_config: face comparison has no reference-image step in a stored configuration', () => {
  const advisory = only(named().check.liveness().check.faceComparison({ manualCheck: 'NEVER' }), 'face_comparison_in_stored_config');
  assert.equal(advisory.path, ['session_config', 'requested_checks', 1]);
  assert.is(
    advisory.message,
    'session_config.requested_checks[1]: check.faceComparison() needs a reference image uploaded after each session starts, a step stored configurations lack: remove it unless your integration uploads one',
  );
  assert.equal(codes(named().check.liveness()), []);
});

test('watchlist_without_text_extraction: either watchlist check without ID text extraction', () => {
  const screening = named().check.watchlistScreening({ categories: ['SANCTIONS'] });
  assert.equal(only(screening, 'watchlist_without_text_extraction').path, ['session_config', 'requested_checks', 0]);
  const advanced = named().check.watchlistAdvancedCa({ type: 'WITH_YOTI_ACCOUNT', sources: { type: 'TYPE_LIST', types: ['pep'] }, matchingStrategy: { type: 'EXACT' } });
  assert.is(
    only(advanced, 'watchlist_without_text_extraction').message,
    'session_config.requested_checks[0]: watchlist checks need the name and date of birth read from the ID document, or return NOT_AVAILABLE: add .task.textExtraction(...)',
  );
  assert.equal(codes(screening.task.textExtraction({ manualCheck: 'NEVER' })), []);
  assert.equal(codes(advanced.task.textExtraction({ manualCheck: 'NEVER' })), []);
});

test('third_party_without_text_extraction: the address check with nothing extracted', () => {
  const thirdParty = named().check.thirdPartyIdentity();
  const advisory = only(thirdParty, 'third_party_without_text_extraction');
  assert.equal(advisory.path, ['session_config', 'requested_checks', 0]);
  assert.is(
    advisory.message,
    'session_config.requested_checks[0]: check.thirdPartyIdentity() needs a name and address read from a document: add .task.textExtraction(...) or .task.supplementaryTextExtraction(...)',
  );
  assert.equal(codes(thirdParty.task.textExtraction({ manualCheck: 'NEVER' })), []);
  // The address can come from a supplementary document alone.
  assert.equal(codes(thirdParty.task.supplementaryTextExtraction({ manualCheck: 'NEVER' }).document.supplementary('PROOF_OF_ADDRESS')), []);
});

test('comparison_without_text_extraction: document comparison without the extraction task of each document kind', () => {
  const twoIds = named().check.documentComparison().document.id().document.id();
  const missingId = only(twoIds, 'comparison_without_text_extraction');
  assert.equal(missingId.path, ['session_config', 'requested_checks', 0]);
  assert.is(missingId.message, 'session_config.requested_checks[0]: check.documentComparison() compares data read from each document: add .task.textExtraction(...)');
  assert.equal(codes(twoIds.task.textExtraction({ manualCheck: 'NEVER' })), []);

  const idAndBill = named().check.documentComparison().document.id().document.supplementary('PROOF_OF_ADDRESS').task.textExtraction({ manualCheck: 'NEVER' });
  assert.ok(only(idAndBill, 'comparison_without_text_extraction').message.endsWith('add .task.supplementaryTextExtraction(...)'));
  assert.equal(codes(idAndBill.task.supplementaryTextExtraction({ manualCheck: 'NEVER' })), []);

  const neither = named().check.documentComparison().document.id().document.supplementary('PROOF_OF_ADDRESS');
  assert.equal(codes(neither), ['comparison_without_text_extraction', 'comparison_without_text_extraction']);
});

test('identity_profile_with_requests: an identity profile mixed with explicit checks, tasks or documents', () => {
  const advisory = only(named().identityProfile(profile).check.liveness(), 'identity_profile_with_requests');
  assert.equal(advisory.path, ['session_config', 'identity_profile_requirements']);
  assert.is(
    advisory.message,
    'session_config.identity_profile_requirements: an identity profile makes Yoti choose the checks, tasks and documents, and adding your own is undocumented: remove them, or the profile',
  );
  assert.equal(codes(named().identityProfile(profile).document.id()), ['identity_profile_with_requests']);
  assert.equal(
    only(named().advancedIdentityProfile(advancedProfile).task.textExtraction({ manualCheck: 'NEVER' }), 'identity_profile_with_requests').path,
    ['session_config', 'advanced_identity_profile_requirements'],
  );
  assert.equal(codes(named().identityProfile(profile).subject({ subjectId: 's' })), []);
  assert.equal(codes(named().advancedIdentityProfile(advancedProfile)), []);
});

test('both_identity_profiles: simple and advanced identity profiles at once', () => {
  const advisory = only(named().identityProfile(profile).advancedIdentityProfile(advancedProfile), 'both_identity_profiles');
  assert.equal(advisory.path, ['session_config', 'advanced_identity_profile_requirements']);
  assert.is(
    advisory.message,
    'session_config.advanced_identity_profile_requirements: both kinds of identity profile at once is undocumented: keep .identityProfile(...) or .advancedIdentityProfile(...), not both',
  );
});

test('unknown_value: an unlisted screen id (PHP SDK tests) is sent, with the closest documented id named', () => {
  const builder = named().sdkConfig({ suppressedScreens: ['ID_DOCUMENT_EDUCATION', unlisted('IDENTITY_DOCUMENT_EDUCATION')] });
  const advisory = only(builder, 'unknown_value');
  assert.equal(advisory.path, ['session_config', 'sdk_config', 'suppressed_screens', 1]);
  assert.is(
    advisory.message,
    'session_config.sdk_config.suppressed_screens[1]: "IDENTITY_DOCUMENT_EDUCATION" is not a value Yoti documents here; it is sent as written, but may be ignored or refused: check the spelling; did you mean ID_DOCUMENT_EDUCATION?',
  );
  // Python SDK 2.14.6 constants.py: SUPPLEMENTARY_DOCUMENT_EDUCATION is known.
  assert.equal(codes(named().sdkConfig({ suppressedScreens: ['ID_DOCUMENT_EDUCATION', 'SUPPLEMENTARY_DOCUMENT_EDUCATION', 'FLOW_COMPLETION'] })), []);
});

test('unverified_sdk_field: each field sent only by some official SDKs', () => {
  const all = named().createIdentityProfilePreview(false).importToken().ibvOptions({ support: 'NOT_ALLOWED' }).resources({ applicantProfile: {} });
  const found = advice(all);
  assert.equal(
    found.map((advisory) => [advisory.code, pathText(advisory.path)]),
    [
      ['unverified_sdk_field', 'session_config.create_identity_profile_preview'],
      ['unverified_sdk_field', 'session_config.import_token'],
      ['unverified_sdk_field', 'session_config.ibv_options'],
      ['unverified_sdk_field', 'session_config.resources'],
    ],
  );
  assert.is(
    found[1]?.message,
    'session_config.import_token: importToken() is sent by some official SDKs only and is not verified with the Yoti Sign API: test a session before relying on it',
  );
  assert.equal(codes(named().subject({ subjectId: 's' })), []);
});

test('the example files report exactly the advisories they are known to trigger', () => {
  const examples = new URL('../examples/', import.meta.url);
  const expected: Record<string, AdvisoryCode[]> = {
    'face-comparison-static-liveness-just-in-time-consent.json': ['token_ttl_short', 'face_comparison_in_stored_config'],
    'id-document-comparison-two-ids-and-proof-of-address.json': ['token_ttl_short'],
    'identity-profile-uk-tfida-rtw-with-subject.json': ['token_ttl_short'],
    'orthogonal-filter-expired-passport-text-extraction.json': ['token_ttl_short'],
    'static-liveness-face-match-early-consent-sdk-config.json': ['token_ttl_short'],
    'watchlist-screening-and-advanced-ca-yoti-account-fuzzy.json': ['token_ttl_short'],
  };
  for (const file of readdirSync(examples).filter((name) => name.endsWith('.json'))) {
    const builder = fromJSON(JSON.parse(readFileSync(new URL(file, examples), 'utf8')));
    assert.equal(codes(builder), expected[file] ?? [], file);
  }
});

test('adviseSessionConfig works on validated JSON, as a command line tool uses it', () => {
  const result = validateSessionConfig({
    name: 'Loaded',
    is_private: false,
    session_config: { client_session_token_ttl: 600, requested_checks: [{ type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'NEVER' } }] },
  });
  if (!result.ok) return assert.unreachable(JSON.stringify(result.issues));
  assert.equal(
    adviseSessionConfig(result.value).map((advisory) => advisory.code),
    ['token_ttl_short', 'face_match_without_liveness'],
  );
});

test('advisories() never throws: it reads what it can of an unnamed or invalid builder', () => {
  assert.equal(untyped().check.faceMatch({ manualCheck: 'SOMETIMES' }).clientSessionTokenTtl('soon').advisories({ now: NOW }).map((advisory: Advisory) => advisory.code), [
    'face_match_without_liveness',
  ]);
  assert.equal(sessionConfig().clientSessionTokenTtl(600).advisories().length, 1);
});

test('a strict builder throws InvalidConfigError listing the advisories as issues', () => {
  const builder = named().strict().clientSessionTokenTtl(600).check.faceMatch({ manualCheck: 'NEVER' });
  const issues = issuesOf(() => builder);
  assert.equal(
    issues.map((issue) => issue.code),
    ['token_ttl_short', 'face_match_without_liveness'],
  );
  assert.equal(
    issues.map((issue) => issue.message),
    builder.advisories().map((advisory) => advisory.message),
  );
  assert.throws(() => JSON.stringify(builder), (error: unknown) => error instanceof InvalidConfigError);
});

test('a strict builder reports errors and advisories together', () => {
  const issues = issuesOf(() => untyped().strict().clientSessionTokenTtl(600).check.faceMatch({}));
  assert.equal(issues.map((issue) => issue.code).sort(), ['face_match_without_liveness', 'missing_key', 'token_ttl_short']);
});

test('a strict builder without advisories emits the same JSON, and strict(false) turns strict mode off', () => {
  const base = named().clientSessionTokenTtl(900).check.liveness();
  assert.equal(base.strict().toJSON(), base.toJSON());
  assert.is(JSON.stringify(base.strict()), JSON.stringify(base));
  const template = named().strict().clientSessionTokenTtl(600);
  assert.throws(() => template.toJSON(), (error: unknown) => error instanceof InvalidConfigError);
  assert.equal(template.strict(false).toJSON().session_config, { client_session_token_ttl: 600 });
  // Branches of a strict template stay strict.
  assert.throws(() => template.userTrackingId('u').toJSON(), (error: unknown) => error instanceof InvalidConfigError);
});

test('strict() takes only a boolean', () => {
  assert.throws(() => untyped().strict('yes'), (error: unknown) => error instanceof TypeError && /`enabled` argument of strict\(\) must be true or false, received "yes"/.test(error.message));
});

test.run();
