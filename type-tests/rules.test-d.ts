/**
 * One block per compile-time rule: the illegal form fails (`expectError`), the message is the
 * documented one (`expectType<Blocked<...>>` or `ConfigError<...>`), and the legal form compiles.
 */
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import {
  sessionConfig,
  unlisted,
  type AtLeast,
  type Blocked,
  type CheckedCountryCode,
  type ConfigError,
  type Fraction,
  type IsoDateTime,
  type NonEmptyString,
  type LivenessOptions,
  type NonEmpty,
  type PositiveInteger,
  type SessionConfigBuilder,
} from 'yoti-session-config';

/** The message a ConfigError carries, to pin the wording of option-level errors. */
type MessageOf<Type> = Type extends ConfigError<infer Message> ? Message : never;

const named = sessionConfig().name('KYC');

// Rule 1: a terminal needs .name() first.
expectError(sessionConfig().toJSON());
expectError(sessionConfig().check.liveness().document.id().toJSON());
expectType<Blocked<'a stored configuration needs a name: call .name(...) before toJSON() or create()'>>(sessionConfig().toJSON);
named.toJSON();
sessionConfig().check.liveness().name('late but fine').toJSON();

// Rule 2: each check and task kind once.
const all = named
  .check.documentAuthenticity()
  .check.documentComparison()
  .check.faceMatch({ manualCheck: 'NEVER' })
  .check.liveness()
  .check.faceComparison({ manualCheck: 'NEVER' })
  .check.thirdPartyIdentity()
  .check.watchlistScreening({ categories: ['SANCTIONS'] })
  .check.watchlistAdvancedCa({ type: 'WITH_YOTI_ACCOUNT', sources: { type: 'TYPE_LIST', types: ['pep'] }, matchingStrategy: { type: 'EXACT' } })
  .task.textExtraction({ manualCheck: 'NEVER' })
  .task.supplementaryTextExtraction({ manualCheck: 'NEVER' });
expectError(all.check.documentAuthenticity());
expectError(all.check.documentComparison());
expectError(all.check.faceMatch({ manualCheck: 'NEVER' }));
expectError(all.check.liveness());
expectError(all.check.faceComparison({ manualCheck: 'NEVER' }));
expectError(all.check.thirdPartyIdentity());
expectError(all.check.watchlistScreening({ categories: ['SANCTIONS'] }));
expectError(all.check.watchlistAdvancedCa({ type: 'WITH_YOTI_ACCOUNT', sources: { type: 'PROFILE', searchProfile: 'p' }, matchingStrategy: { type: 'EXACT' } }));
expectError(all.task.textExtraction({ manualCheck: 'NEVER' }));
expectError(all.task.supplementaryTextExtraction({ manualCheck: 'NEVER' }));
expectType<Blocked<'check.documentAuthenticity() is already requested; each check and task can be requested once, so remove the second call'>>(all.check.documentAuthenticity);
expectType<Blocked<'check.documentComparison() is already requested; each check and task can be requested once, so remove the second call'>>(all.check.documentComparison);
expectType<Blocked<'check.faceMatch() is already requested; each check and task can be requested once, so remove the second call'>>(all.check.faceMatch);
expectType<Blocked<'check.liveness() is already requested; each check and task can be requested once, so remove the second call'>>(all.check.liveness);
expectType<Blocked<'check.faceComparison() is already requested; each check and task can be requested once, so remove the second call'>>(all.check.faceComparison);
expectType<Blocked<'check.thirdPartyIdentity() is already requested; each check and task can be requested once, so remove the second call'>>(all.check.thirdPartyIdentity);
expectType<Blocked<'check.watchlistScreening() is already requested; each check and task can be requested once, so remove the second call'>>(all.check.watchlistScreening);
expectType<Blocked<'check.watchlistAdvancedCa() is already requested; each check and task can be requested once, so remove the second call'>>(all.check.watchlistAdvancedCa);
expectType<Blocked<'task.textExtraction() is already requested; each check and task can be requested once, so remove the second call'>>(all.task.textExtraction);
expectType<Blocked<'task.supplementaryTextExtraction() is already requested; each check and task can be requested once, so remove the second call'>>(all.task.supplementaryTextExtraction);
// Other kinds stay available after one is used.
named.check.liveness().check.faceMatch({ manualCheck: 'NEVER' }).task.textExtraction({ manualCheck: 'NEVER' });

// Rule 3: supplementary text extraction needs a supplementary document, in either order.
const supplementaryTask = named.task.supplementaryTextExtraction({ manualCheck: 'FALLBACK' });
expectError(supplementaryTask.toJSON());
expectError(supplementaryTask.document.id().toJSON());
expectType<Blocked<'task.supplementaryTextExtraction() reads a supplementary document: add .document.supplementary(...)'>>(supplementaryTask.toJSON);
supplementaryTask.document.supplementary('PROOF_OF_ADDRESS').toJSON();
named.document.supplementary('PROOF_OF_ADDRESS').task.supplementaryTextExtraction({ manualCheck: 'FALLBACK' }).toJSON();

// Rule 4: ID-document checks and tasks need an ID document when documents are listed.
const onlySupplementary = named.document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL']);
const idDocumentMessage =
  'checks on an ID document need one: add .document.id(), or list no documents so the API collects one ID document by default' as const;
expectError(onlySupplementary.check.documentAuthenticity().toJSON());
expectError(onlySupplementary.check.faceMatch({ manualCheck: 'NEVER' }).toJSON());
expectError(onlySupplementary.task.textExtraction({ manualCheck: 'NEVER' }).toJSON());
expectError(onlySupplementary.check.watchlistScreening({ categories: ['SANCTIONS'] }).toJSON());
expectError(
  onlySupplementary.check
    .watchlistAdvancedCa({ type: 'WITH_YOTI_ACCOUNT', sources: { type: 'TYPE_LIST', types: [] }, matchingStrategy: { type: 'EXACT' } })
    .toJSON(),
);
expectType<Blocked<typeof idDocumentMessage>>(onlySupplementary.check.documentAuthenticity().toJSON);
expectType<Blocked<typeof idDocumentMessage>>(onlySupplementary.task.textExtraction({ manualCheck: 'NEVER' }).toJSON);
// Legal: an ID document listed (before or after), no documents at all, or checks that do not need one.
onlySupplementary.check.documentAuthenticity().document.id().toJSON();
named.document.id().document.supplementary('PROOF_OF_ADDRESS').check.faceMatch({ manualCheck: 'NEVER' }).toJSON();
named.check.documentAuthenticity().check.faceMatch({ manualCheck: 'NEVER' }).toJSON();
onlySupplementary.check.thirdPartyIdentity().check.liveness().toJSON();

// Rule 5: document comparison needs two documents.
const comparison = named.check.documentComparison();
const twoDocumentsMessage =
  'check.documentComparison() compares two documents: list at least two with .document.id() or .document.supplementary(...)' as const;
expectError(comparison.toJSON());
expectError(comparison.document.id().toJSON());
expectType<Blocked<typeof twoDocumentsMessage>>(comparison.document.id().toJSON);
comparison.document.id().document.id().toJSON();
comparison.document.id().document.supplementary('PROOF_OF_ADDRESS').toJSON();

// Rule 6: manualCheck required where the API requires it (face match, face comparison)...
expectError(sessionConfig().check.faceMatch({}));
expectError(sessionConfig().check.faceComparison({}));
expectError(sessionConfig().check.faceMatch());
// ...optional on the extraction tasks: the Java, Go and .NET builders leave it out.
sessionConfig().task.textExtraction();
sessionConfig().task.textExtraction({ chipData: 'DESIRED' });
sessionConfig().task.supplementaryTextExtraction({});
// ...refused where the API has no manual review...
expectError(sessionConfig().check.liveness({ manualCheck: 'NEVER' }));
expectError(sessionConfig().check.documentComparison({ manualCheck: 'NEVER' }));
expectError(sessionConfig().check.watchlistScreening({ categories: ['SANCTIONS'], manualCheck: 'NEVER' }));
expectError(
  sessionConfig().check.watchlistAdvancedCa({
    type: 'WITH_YOTI_ACCOUNT',
    sources: { type: 'TYPE_LIST', types: [] },
    matchingStrategy: { type: 'EXACT' },
    manualCheck: 'NEVER',
  }),
);
expectType<ConfigError<'check.liveness() has no manual review; remove manualCheck'> | undefined>(
  ({} as LivenessOptions).manualCheck,
);
// ...and limited to ALWAYS, FALLBACK and NEVER.
expectError(sessionConfig().check.documentAuthenticity({ manualCheck: 'SOMETIMES' }));
expectError(sessionConfig().task.textExtraction({ manualCheck: 'always' }));
sessionConfig().check.faceMatch({ manualCheck: 'ALWAYS' }).check.thirdPartyIdentity({ manualCheck: 'FALLBACK' });

// Rule 7: unknown enum strings, and empty lists.
expectError(sessionConfig().check.liveness({ livenessType: 'ACTIVE' }));
expectError(sessionConfig().check.watchlistScreening({ categories: ['PEP'] }));
expectError(sessionConfig().check.watchlistScreening({ categories: ['ADVERSE_MEDIA'] }));
// Empty, null or absent categories compile: node/PHP/Python send [], Go null, Java nothing (an advisory).
sessionConfig().check.watchlistScreening({ categories: [] });
sessionConfig().check.watchlistScreening({ categories: null });
sessionConfig().check.watchlistScreening();
expectType<'documentTypes must list at least one value'>({} as MessageOf<NonEmpty<readonly [], 'documentTypes'>>);
expectError(sessionConfig().document.supplementary('PROOF_OF_ADDRESS', ['GAS_BILL']));
expectError(sessionConfig().document.supplementary('PROOF_OF_ADDRESS', []));
expectError(sessionConfig().document.supplementary('PROOF_OF_IDENTITY', ['UTILITY_BILL']));
expectError(sessionConfig().task.textExtraction({ manualCheck: 'NEVER', chipData: 'YES' }));
expectError(sessionConfig().document.id({ filter: { type: 'ORTHOGONAL_RESTRICTIONS', countryRestriction: { inclusion: 'ALLOWLIST', countryCodes: ['GBR'] } } }));
expectError(sessionConfig().document.id({ filter: { type: 'ORTHOGONAL_RESTRICTIONS', countryRestriction: { inclusion: 'WHITELIST', countryCodes: ['GB'] } } }));
expectError(sessionConfig().document.id({ filter: { type: 'ORTHOGONAL_RESTRICTIONS', countryRestriction: { inclusion: 'WHITELIST', countryCodes: ['GBx'] } } }));
expectError(sessionConfig().document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL'], { countryCodes: ['UK'] }));
expectError(sessionConfig().document.id({ filter: { type: 'ORTHOGONAL_RESTRICTIONS', typeRestriction: { inclusion: 'WHITELIST', documentTypes: ['PASSPORTS'] } } }));
expectError(sessionConfig().document.id({ filter: { type: 'COUNTRY_RESTRICTIONS' } }));
// The escape hatch for document types Yoti adds later is explicit; a bare unknown string is not.
sessionConfig().document.id({
  filter: { type: 'ORTHOGONAL_RESTRICTIONS', typeRestriction: { inclusion: 'WHITELIST', documentTypes: ['PASSPORT', unlisted('RESIDENCE_PERMIT')] } },
});
sessionConfig().document.supplementary('PROOF_OF_ADDRESS', [unlisted('MORTGAGE_STATEMENT')]);
sessionConfig()
  .check.liveness({ livenessType: 'STATIC' })
  .check.watchlistScreening({ categories: ['SANCTIONS', 'ADVERSE-MEDIA'] })
  .document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL'], { countryCodes: ['GBR', 'USA'] });

// Rule 8: number literals out of a known range.
expectError(sessionConfig().check.liveness({ maxRetries: 0 }));
expectError(sessionConfig().check.liveness({ maxRetries: -1 }));
expectError(sessionConfig().check.liveness({ maxRetries: 1.5 }));
expectError(sessionConfig().clientSessionTokenTtl(-900));
expectError(sessionConfig().clientSessionTokenTtl(900.5));
expectError(sessionConfig().resourcesTtl(0));
expectError(sessionConfig().resourcesTtl(-86400));
expectError(
  sessionConfig().check.watchlistAdvancedCa({ type: 'WITH_YOTI_ACCOUNT', sources: { type: 'TYPE_LIST', types: [] }, matchingStrategy: { type: 'FUZZY', fuzziness: 1.5 } }),
);
expectError(
  sessionConfig().check.watchlistAdvancedCa({ type: 'WITH_YOTI_ACCOUNT', sources: { type: 'TYPE_LIST', types: [] }, matchingStrategy: { type: 'FUZZY', fuzziness: -0.1 } }),
);
expectType<'maxRetries must be a whole number of 1 or more'>({} as MessageOf<LivenessOptions<-2>['maxRetries']>);
expectType<'fuzziness must be a number from 0 to 1'>({} as MessageOf<Fraction<2, 'fuzziness'>>);
expectType<'clientSessionTokenTtl must be a whole number of 1 or more'>({} as MessageOf<PositiveInteger<0.5, 'clientSessionTokenTtl'>>);
sessionConfig().check.liveness({ maxRetries: 3 }).clientSessionTokenTtl(900).resourcesTtl(86400 + 900);
sessionConfig().check.watchlistAdvancedCa({
  type: 'WITH_YOTI_ACCOUNT',
  sources: { type: 'TYPE_LIST', types: [] },
  matchingStrategy: { type: 'FUZZY', fuzziness: 0.25 },
});

// A name must not be an empty literal.
expectError(sessionConfig().name(''));

// A session deadline literal needs a date, a time and an offset; a Date or a plain string is checked at run time.
expectError(sessionConfig().sessionDeadline('2030-06-30'));
expectError(sessionConfig().sessionDeadline('2030-06-30T17:00:00'));
expectError(sessionConfig().sessionDeadline('tomorrow'));
sessionConfig().sessionDeadline('2030-06-30T17:00:00Z').sessionDeadline('2030-06-30T17:00:00.000+01:00');
sessionConfig().sessionDeadline('2030-06-30T17:00-05:00').sessionDeadline(new Date());
declare const unstarted: SessionConfigBuilder;
expectType<'sessionDeadline takes an ISO 8601 date-time with an offset, such as 2030-06-30T17:00:00Z, or a Date'>(
  {} as MessageOf<Parameters<typeof unstarted.sessionDeadline<'2030-06-30'>>[0]>,
);
declare const deadlineFromConfig: string;
sessionConfig().sessionDeadline(deadlineFromConfig); // checked at run time
expectAssignable<IsoDateTime>('2030-06-30T17:00:00Z' as const);
expectNotAssignable<IsoDateTime>('2030-06-30T17:00:00' as const);

// The user tracking id must not be an empty literal.
expectError(sessionConfig().userTrackingId(''));
expectType<'userTrackingId must not be empty'>({} as MessageOf<NonEmptyString<'', 'userTrackingId'>>);
sessionConfig().userTrackingId('user-7f3a');

// A two-letter country code names the alpha-3 code to use; alpha-3 codes compile wherever a country is taken.
expectError(sessionConfig().document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL'], { countryCodes: ['GB'] }));
expectError(sessionConfig().sdkConfig({ presetIssuingCountry: 'US' }));
expectError(sessionConfig().document.id({ filter: { type: 'ORTHOGONAL_RESTRICTIONS', countryRestriction: { inclusion: 'BLACKLIST', countryCodes: ['FR'] } } }));
expectType<'GB is a two-letter (alpha-2) code; country codes are ISO 3166-1 alpha-3: use GBR'>({} as MessageOf<CheckedCountryCode<'GB'>>);
expectType<'GBR'>({} as CheckedCountryCode<'GBR'>);
sessionConfig()
  .sdkConfig({ presetIssuingCountry: 'USA' })
  .document.id({ filter: { type: 'ORTHOGONAL_RESTRICTIONS', countryRestriction: { inclusion: 'BLACKLIST', countryCodes: ['FRA', 'DEU'] } } })
  .document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL'], { countryCodes: ['GBR'] });

// Token and resources TTL literals below the documented minimums say the minimum.
expectError(sessionConfig().clientSessionTokenTtl(60));
expectError(sessionConfig().clientSessionTokenTtl(300));
expectError(sessionConfig().resourcesTtl(3600));
expectError(sessionConfig().resourcesTtl(86399));
expectType<'clientSessionTokenTtl must be more than 300 seconds (Yoti recommends at least 900)'>(
  {} as MessageOf<AtLeast<300, 301, 'clientSessionTokenTtl', 'clientSessionTokenTtl must be more than 300 seconds (Yoti recommends at least 900)'>>,
);
expectType<unknown>({} as AtLeast<2630000, 86400, 'resourcesTtl', 'never shown'>);
sessionConfig().clientSessionTokenTtl(301).clientSessionTokenTtl(86400).resourcesTtl(86400).resourcesTtl(100000);
