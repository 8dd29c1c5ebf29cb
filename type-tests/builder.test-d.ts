import { expectAssignable, expectError, expectType } from 'tsd';
import {
  sessionConfig,
  unlisted,
  type AnySessionConfigBuilder,
  type SessionConfigBuilder,
  type SessionConfigEnvelope,
} from 'yoti-session-config';

// The seed chain: every step legal, the state a flat union of facts, the JSON the envelope type.
const seed = sessionConfig()
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

expectType<
  SessionConfigBuilder<
    | 'name'
    | 'documentAuthenticity'
    | 'liveness'
    | 'faceMatch'
    | 'watchlistScreening'
    | 'thirdPartyIdentity'
    | 'textExtraction'
    | 'supplementaryTextExtraction'
    | 'doc:id'
    | 'docs:1'
    | 'doc:supplementary'
    | 'docs:2'
  >
>(seed);
expectType<SessionConfigEnvelope>(seed.toJSON());

// The start state is empty; settings that no rule depends on leave the state alone.
expectType<SessionConfigBuilder<never>>(sessionConfig());
expectType<SessionConfigBuilder<'name'>>(sessionConfig().name('a').isPrivate(true).userTrackingId('u').name('b'));

// Every check, task and document kind with its options.
const everything = sessionConfig()
  .name('Everything')
  .sessionDeadline(new Date('2030-06-30T17:00:00Z'))
  .sessionDeadline('2030-06-30T17:00:00.000+01:00')
  .check.documentAuthenticity({
    manualCheck: 'ALWAYS',
    issuingAuthoritySubCheck: { requested: true, filter: { type: 'ORTHOGONAL_RESTRICTIONS', allowNonLatinDocuments: true } },
  })
  .check.documentComparison()
  .check.faceMatch({ manualCheck: 'NEVER' })
  .check.liveness()
  .check.faceComparison({ manualCheck: 'NEVER' })
  .check.thirdPartyIdentity()
  .check.watchlistScreening({ categories: ['SANCTIONS'] })
  .check.watchlistAdvancedCa({
    type: 'WITH_CUSTOM_ACCOUNT',
    apiKey: 'ca-key',
    clientRef: 'ref',
    monitoring: true,
    tags: { team: 'kyc' },
    sources: { type: 'PROFILE', searchProfile: 'profile' },
    matchingStrategy: { type: 'EXACT', exactMatch: true },
  })
  .task.textExtraction({ manualCheck: 'FALLBACK', chipData: 'DESIRED', createExpandedDocumentFields: true })
  .document.id({
    filter: {
      type: 'DOCUMENT_RESTRICTIONS',
      inclusion: 'BLACKLIST',
      documents: [{ countryCodes: ['GBR', 'USA'], documentTypes: ['PASSPORT', unlisted('RESIDENCE_PERMIT')] }],
      allowExpiredDocuments: false,
    },
  })
  .document.supplementary('PROOF_OF_ADDRESS', ['BANK_STATEMENT', unlisted('MORTGAGE_STATEMENT')], {
    countryCodes: ['GBR'],
    filter: {
      type: 'ORTHOGONAL_RESTRICTIONS',
      countryRestriction: { inclusion: 'WHITELIST', countryCodes: ['GBR', 'IRL'] },
      typeRestriction: { inclusion: 'WHITELIST', documentTypes: ['DRIVING_LICENCE'] },
    },
  });
expectType<SessionConfigEnvelope>(everything.toJSON());

// A shared template is a value; teams extend it without changing it, and export it with its type.
const template = sessionConfig().name('Template').check.liveness({ maxRetries: 3 });
const teamA = template.check.faceMatch({ manualCheck: 'FALLBACK' });
const teamB = template.document.id();
expectType<SessionConfigBuilder<'name' | 'liveness'>>(template);
expectType<SessionConfigBuilder<'name' | 'liveness' | 'faceMatch'>>(teamA);
expectType<SessionConfigBuilder<'name' | 'liveness' | 'doc:id' | 'docs:1'>>(teamB);

// Every builder flows into helpers typed with AnySessionConfigBuilder, whatever it already requested.
const addLiveness = (builder: AnySessionConfigBuilder): AnySessionConfigBuilder => builder.check.liveness({ maxRetries: 2 });
expectAssignable<AnySessionConfigBuilder>(seed);
expectAssignable<AnySessionConfigBuilder>(sessionConfig());
expectType<AnySessionConfigBuilder>(addLiveness(teamA));
// ...and a helper's result keeps every method callable; its rules are checked when it is emitted.
expectType<SessionConfigEnvelope>(addLiveness(sessionConfig()).check.liveness().toJSON());

// Edge inputs: `any`, `never` and widened primitives are accepted and checked at run time.
declare const anything: any;
declare const nothing: never;
declare const wide: string;
declare const count: number;
declare const livenessType: 'ZOOM' | 'STATIC';
expectType<SessionConfigBuilder<'name' | 'liveness'>>(sessionConfig().name(anything).check.liveness(anything));
expectType<SessionConfigBuilder<'name'>>(sessionConfig().name(nothing));
expectType<SessionConfigEnvelope>(sessionConfig().name(wide).userTrackingId(wide).toJSON());
expectType<SessionConfigBuilder<'liveness'>>(
  sessionConfig().clientSessionTokenTtl(count).resourcesTtl(count).check.liveness({ maxRetries: count, livenessType }),
);
expectType<SessionConfigEnvelope>(JSON.parse('{}') as ReturnType<typeof seed.toJSON>);

// Blocked members do not stop a builder from flowing into a helper: its blocked faceMatch and
// toJSON are ConfigError types, and the builder is still an AnySessionConfigBuilder.
const blocked = sessionConfig().check.faceMatch({ manualCheck: 'NEVER' });
expectError(blocked.check.faceMatch({ manualCheck: 'NEVER' }));
expectError(blocked.toJSON());
expectAssignable<AnySessionConfigBuilder>(blocked);
const takesAny = (builder: AnySessionConfigBuilder): AnySessionConfigBuilder => builder.name('Helper');
expectType<AnySessionConfigBuilder>(takesAny(blocked));
