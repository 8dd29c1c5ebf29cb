/**
 * The corpus of payloads the official SDKs' own builders produce: every check, task, document,
 * filter and sdk_config option they offer. Each is accepted and round-trips unchanged
 * (`fromJSON(x).toJSON()` deep-equals `x`), the verdict principle's third rule.
 *
 * The node SDK (`yoti` 4.x, a devDependency) is called for real here. The Java, Go, PHP, Python
 * and .NET payloads are JSON fixtures in test/fixtures/sdk-corpus/, each naming the SDK file it
 * was written from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fromJSON, sessionConfigSchema, validateSessionConfig } from '../src/index.js';
import { sessionConfigJsonSchema } from '../src/internal/json-schema.js';
import { isValidAgainst } from './support/json-schema-evaluator.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK ships no types
const yoti = createRequire(import.meta.url)('yoti') as Record<string, any>;
// The package exports the config class under the builder's name, so the builder is loaded by its path.
const SchemeConfigBuilder = createRequire(import.meta.url)('yoti/src/idv_service/session/create/identity_profile/advanced/advanced.identity.profile.scheme.config.builder.js') as new () => any;
const CORPUS_DIRECTORY = new URL('./fixtures/sdk-corpus/', import.meta.url);

type Json = Record<string, unknown>;

/** What the SDK would send for one specification, in the Yoti Sign envelope. */
function envelopeOf(name: string, specification: unknown): Json {
  return { name, is_private: false, session_config: JSON.parse(JSON.stringify(specification)) as Json };
}

const spec = () => new yoti.SessionSpecificationBuilder();
const build = (builder: { build(): unknown }) => builder.build();

/** Each entry: a name, and the node SDK's own builder chain that makes it. */
function nodePayloads(): [string, Json][] {
  // Rules kept as errors need their partners: a comparison two documents, supplementary extraction its document.
  const withDocuments = (builder: any, documents: unknown[]): any => documents.reduce((current: any, made) => current.withRequiredDocument(made), builder);
  const check = (name: string, made: unknown, documents: unknown[] = []): [string, Json] => [name, envelopeOf(name, withDocuments(spec().withRequestedCheck(made), documents).build())];
  const task = (name: string, made: unknown, documents: unknown[] = []): [string, Json] => [name, envelopeOf(name, withDocuments(spec().withRequestedTask(made), documents).build())];
  const addressDocument = () => new yoti.RequiredSupplementaryDocumentBuilder().withObjective(new yoti.ProofOfAddressObjectiveBuilder().build()).build();
  const document = (name: string, made: unknown): [string, Json] => [name, envelopeOf(name, spec().withRequiredDocument(made).build())];
  const sdk = (name: string, configure: (builder: any) => any): [string, Json] => [
    name,
    envelopeOf(name, spec().withSdkConfig(configure(new yoti.SdkConfigBuilder()).build()).build()),
  ];
  const idDocumentFilter = (filter: unknown) => new yoti.RequiredIdDocumentBuilder().withFilter(filter).build();
  const typeList = new yoti.RequestedTypeListSourcesBuilder().withTypes(['sanction', 'pep', 'adverse-media']).build();
  const profileSources = new yoti.RequestedSearchProfileSourcesBuilder().withSearchProfile('search-profile-1').build();
  const exact = new yoti.RequestedExactMatchingStrategyBuilder().build();
  const fuzzy = new yoti.RequestedFuzzyMatchingStrategyBuilder().withFuzziness(0.6).build();
  const restriction = new yoti.DocumentRestrictionBuilder().withCountries(['GBR', 'USA']).withDocumentTypes(['PASSPORT']).build();
  const scheme = new yoti.AdvancedIdentityProfileSchemeBuilder()
    .withType('DBS')
    .withObjective('STANDARD')
    .withLabel('dbs-standard')
    .withConfig(new SchemeConfigBuilder().withFilter(new yoti.OrthogonalRestrictionsFilterBuilder().withWhitelistedCountries(['GBR']).build()).build())
    .build();
  const rtw = new yoti.AdvancedIdentityProfileSchemeBuilder().withType('RTW').withLabel('rtw').build();
  const advanced = new yoti.AdvancedIdentityProfileRequirementsBuilder()
    .withProfile(new yoti.AdvancedIdentityProfileBuilder().withTrustFramework('UK_TFIDA').withScheme(scheme).withScheme(rtw).build())
    .withProfile(
      new yoti.AdvancedIdentityProfileBuilder()
        .withTrustFramework('YOTI_GLOBAL')
        .withScheme(new yoti.AdvancedIdentityProfileSchemeBuilder().withType('IDENTITY').withObjective('AL_L1').withLabel('identity').build())
        .build(),
    )
    .build();

  return [
    // Checks: every builder and every option.
    check('document authenticity, no options', build(new yoti.RequestedDocumentAuthenticityCheckBuilder())),
    check('document authenticity, manual check ALWAYS', build(new yoti.RequestedDocumentAuthenticityCheckBuilder().withManualCheckAlways())),
    check('document authenticity, manual check FALLBACK', build(new yoti.RequestedDocumentAuthenticityCheckBuilder().withManualCheckFallback())),
    check('document authenticity, manual check NEVER', build(new yoti.RequestedDocumentAuthenticityCheckBuilder().withManualCheckNever())),
    check('face match ALWAYS', build(new yoti.RequestedFaceMatchCheckBuilder().withManualCheckAlways())),
    check('face match FALLBACK', build(new yoti.RequestedFaceMatchCheckBuilder().withManualCheckFallback())),
    check('face match NEVER', build(new yoti.RequestedFaceMatchCheckBuilder().withManualCheckNever())),
    check('face comparison NEVER', build(new yoti.RequestedFaceComparisonCheckBuilder().withManualCheckNever())),
    check('liveness, default retries', build(new yoti.RequestedLivenessCheckBuilder().forZoomLiveness())),
    check('liveness ZOOM, 3 retries', build(new yoti.RequestedLivenessCheckBuilder().forZoomLiveness().withMaxRetries(3))),
    check('liveness STATIC', build(new yoti.RequestedLivenessCheckBuilder().forStaticLiveness())),
    check('liveness by type', build(new yoti.RequestedLivenessCheckBuilder().forLivenessType('STATIC').withMaxRetries(9))),
    check('third party identity', build(new yoti.RequestedThirdPartyIdentityCheckBuilder())),
    check('watchlist screening, default (empty categories)', build(new yoti.RequestedWatchlistScreeningCheckBuilder())),
    check('watchlist screening, both categories', build(new yoti.RequestedWatchlistScreeningCheckBuilder().withAdverseMediaCategory().withSanctionsCategory())),
    check('watchlist screening, category by name', build(new yoti.RequestedWatchlistScreeningCheckBuilder().withCategory('SANCTIONS'))),
    check(
      'advanced CA, Yoti account, type list, exact',
      build(
        new yoti.RequestedWatchlistAdvancedCaCheckBuilder().withConfig(
          new yoti.RequestedYotiAccountWatchlistAdvancedCaConfigBuilder().withRemoveDeceased(true).withShareUrl(true).withSources(typeList).withMatchingStrategy(exact).build(),
        ),
      ),
    ),
    check(
      'advanced CA, Yoti account, profile, fuzzy',
      build(new yoti.RequestedWatchlistAdvancedCaCheckBuilder().withConfig(new yoti.RequestedYotiAccountWatchlistAdvancedCaConfigBuilder().withSources(profileSources).withMatchingStrategy(fuzzy).build())),
    ),
    check(
      'advanced CA, custom account, every option',
      build(
        new yoti.RequestedWatchlistAdvancedCaCheckBuilder().withConfig(
          new yoti.RequestedCustomAccountWatchlistAdvancedCaConfigBuilder()
            .withApiKey('ca-api-key')
            .withClientRef('client-ref')
            .withMonitoring(true)
            .withTags({ team: 'kyc', region: 'uk' })
            .withRemoveDeceased(false)
            .withShareUrl(false)
            .withSources(typeList)
            .withMatchingStrategy(fuzzy)
            .build(),
        ),
      ),
    ),
    check('document comparison', build(new yoti.RequestedIdDocumentComparisonCheckBuilder()), [build(new yoti.RequiredIdDocumentBuilder()), addressDocument()]),
    // Tasks.
    task('text extraction ALWAYS', build(new yoti.RequestedTextExtractionTaskBuilder().withManualCheckAlways())),
    task('text extraction FALLBACK, chip DESIRED, expanded fields', build(new yoti.RequestedTextExtractionTaskBuilder().withManualCheckFallback().withChipDataDesired().withCreateExpandedDocumentFields(true))),
    task('text extraction NEVER, chip IGNORE', build(new yoti.RequestedTextExtractionTaskBuilder().withManualCheckNever().withChipDataIgnore())),
    task('supplementary text extraction ALWAYS', build(new yoti.RequestedSupplementaryDocTextExtractionTaskBuilder().withManualCheckAlways()), [addressDocument()]),
    task('supplementary text extraction FALLBACK', build(new yoti.RequestedSupplementaryDocTextExtractionTaskBuilder().withManualCheckFallback()), [addressDocument()]),
    task('supplementary text extraction NEVER', build(new yoti.RequestedSupplementaryDocTextExtractionTaskBuilder().withManualCheckNever()), [addressDocument()]),
    // Documents and filters.
    document('ID document, no filter', build(new yoti.RequiredIdDocumentBuilder())),
    document(
      'ID document, orthogonal whitelist',
      idDocumentFilter(
        new yoti.OrthogonalRestrictionsFilterBuilder().withWhitelistedCountries(['GBR', 'FRA']).withWhitelistedDocumentTypes(['PASSPORT', 'DRIVING_LICENCE']).withAllowExpiredDocuments(true).withAllowNonLatinDocuments(false).build(),
      ),
    ),
    document('ID document, orthogonal blacklist', idDocumentFilter(new yoti.OrthogonalRestrictionsFilterBuilder().withBlacklistedCountries(['USA']).withBlacklistedDocumentTypes(['NATIONAL_ID']).build())),
    document(
      'ID document, document restrictions whitelist',
      idDocumentFilter(new yoti.DocumentRestrictionsFilterBuilder().forWhitelist().withDocumentRestriction(restriction).withAllowExpiredDocuments(false).withAllowNonLatinDocuments(true).build()),
    ),
    document('ID document, document restrictions blacklist', idDocumentFilter(new yoti.DocumentRestrictionsFilterBuilder().forBlacklist().withDocumentRestriction(new yoti.DocumentRestrictionBuilder().withDocumentTypes(['PASS_CARD']).build()).build())),
    document('supplementary document, objective only', build(new yoti.RequiredSupplementaryDocumentBuilder().withObjective(new yoti.ProofOfAddressObjectiveBuilder().build()))),
    document(
      'supplementary document, types and countries',
      build(
        new yoti.RequiredSupplementaryDocumentBuilder()
          .withObjective(new yoti.ProofOfAddressObjectiveBuilder().build())
          .withDocumentTypes(['UTILITY_BILL', 'COUNCIL_TAX_BILL', 'PHONE_BILL', 'BANK_STATEMENT'])
          .withCountryCodes(['GBR']),
      ),
    ),
    // sdk_config, option by option.
    sdk('sdk config, camera', (builder) => builder.withAllowsCamera()),
    sdk('sdk config, camera and upload', (builder) => builder.withAllowsCameraAndUpload()),
    sdk('sdk config, capture methods by name', (builder) => builder.withAllowedCaptureMethods('CAMERA')),
    sdk('sdk config, colours', (builder) => builder.withPrimaryColour('#2d9fff').withSecondaryColour('#FFFFFF').withFontColour('#FFFFFF')),
    sdk('sdk config, locale', (builder) => builder.withLocale('en-GB')),
    sdk('sdk config, preset issuing country', (builder) => builder.withPresetIssuingCountry('GBR')),
    sdk('sdk config, URLs', (builder) => builder.withSuccessUrl('https://example.com/success').withErrorUrl('https://example.com/error').withPrivacyPolicyUrl('https://example.com/privacy')),
    sdk('sdk config, early consent', (builder) => builder.withEarlyBiometricConsentFlow()),
    sdk('sdk config, just-in-time consent', (builder) => builder.withJustInTimeBiometricConsentFlow()),
    sdk('sdk config, consent flow by name', (builder) => builder.withBiometricConsentFlow('EARLY')),
    sdk('sdk config, handoff', (builder) => builder.withAllowHandoff(true)),
    sdk('sdk config, retries', (builder) => builder.withIdDocumentTextExtractionGenericRetries(3).withIdDocumentTextExtractionReclassificationRetries(2).withIdDocumentTextExtractionCategoryRetries('GENERIC', 4)),
    sdk('sdk config, brand', (builder) => builder.withBrandId('brand-1')),
    sdk('sdk config, suppressed screens', (builder) => builder.withSuppressedScreens(['ID_DOCUMENT_EDUCATION', 'FLOW_COMPLETION'])),
    // Notifications, every topic helper and both auth types.
    [
      'notifications, basic auth, core topics',
      envelopeOf(
        'notifications, basic auth, core topics',
        spec()
          .withNotifications(
            new yoti.NotificationConfigBuilder().withEndpoint('https://example.com/hooks').withAuthTypeBasic().withAuthToken('user:password').forResourceUpdate().forTaskCompletion().forCheckCompletion().forSessionCompletion().build(),
          )
          .build(),
      ),
    ],
    [
      'notifications, bearer auth, topic by name',
      envelopeOf(
        'notifications, bearer auth, topic by name',
        spec().withNotifications(new yoti.NotificationConfigBuilder().withEndpoint('https://example.com/hooks').withAuthTypeBearer().withAuthToken('token').withTopic('CLIENT_SESSION_TOKEN_DELETED').build()).build(),
      ),
    ],
    // Session-wide fields, identity profiles and the subject.
    [
      'session fields',
      envelopeOf(
        'session fields',
        spec()
          .withClientSessionTokenTtl(900)
          .withResourcesTtl(90000)
          .withUserTrackingId('user-1')
          .withBlockBiometricConsent(false)
          .withSubject({ subject_id: 'subject-1' })
          .build(),
      ),
    ],
    ['session deadline', envelopeOf('session deadline', spec().withSessionDeadline(new Date('2030-06-30T17:00:00.000Z')).build())],
    ['identity profile, DBS basic', envelopeOf('identity profile, DBS basic', spec().withIdentityProfileRequirements({ trust_framework: 'UK_TFIDA', scheme: { type: 'DBS', objective: 'BASIC' } }).build())],
    ['advanced identity profile', envelopeOf('advanced identity profile', spec().withAdvancedIdentityProfileRequirements(advanced).build())],
  ];
}

/** The fixtures of the other SDKs: `{ sdk, source, payloads: [{ name, session_config }] }` per file. */
function fixturePayloads(): [string, Json][] {
  return readdirSync(CORPUS_DIRECTORY)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => {
      const corpus = JSON.parse(readFileSync(new URL(file, CORPUS_DIRECTORY), 'utf8')) as { sdk: string; payloads: { name: string; source: string; session_config: Json }[] };
      return corpus.payloads.map((payload): [string, Json] => [
        `${corpus.sdk}: ${payload.name} (${payload.source})`,
        { name: payload.name, is_private: false, session_config: payload.session_config },
      ]);
    });
}

const jsonSchema = sessionConfigJsonSchema();

/** Accepted by `validateSessionConfig`, the Standard Schema and the JSON Schema alike, and round-tripped. */
function expectAcceptedAndRoundTrips(label: string, payload: Json): void {
  const result = validateSessionConfig(payload);
  assert.ok(result.ok, `${label} was rejected:\n${result.ok ? '' : result.issues.map((issue) => issue.message).join('\n')}`);
  assert.equal(fromJSON(payload).toJSON(), payload, `${label} did not round-trip`);
  const standard = sessionConfigSchema['~standard'].validate(payload);
  assert.ok(!(standard instanceof Promise) && standard.issues === undefined, `${label}: the Standard Schema rejected it`);
  assert.ok(isValidAgainst(jsonSchema, payload), `${label}: the JSON Schema rejected it`);
}

test('node SDK 4.x: every check, task, document, filter, sdk_config and notification option its builders offer is accepted and round-trips', () => {
  const payloads = nodePayloads();
  assert.ok(payloads.length >= 50, 'the node corpus lost entries');
  for (const [label, payload] of payloads) expectAcceptedAndRoundTrips(`node: ${label}`, payload);
});

test('Java, Go, PHP, Python and .NET: the payloads their builders produce are accepted and round-trip', () => {
  const payloads = fixturePayloads();
  const sdks = new Set(payloads.map(([label]) => label.split(':')[0]));
  assert.equal([...sdks].sort(), ['.NET', 'Go', 'Java', 'PHP', 'Python']);
  for (const [label, payload] of payloads) expectAcceptedAndRoundTrips(label, payload);
});

test('every corpus fixture names the SDK file each payload was written from', () => {
  for (const [label] of fixturePayloads()) assert.match(label, /\(.+\.(java|go|php|py|cs)\b.*\)$/, `${label} names no source file`);
});

test.run();
