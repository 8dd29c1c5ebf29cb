/**
 * `.without` takes a request or the documents back out of the type state, so a team can adjust a
 * template: the removed kind can be requested again, once.
 */
import { expectAssignable, expectError, expectType } from 'tsd';
import { sessionConfig, type AnySessionConfigBuilder, type ConfigError, type SessionConfigBuilder } from 'yoti-session-config';

const kycBase = sessionConfig()
  .name('KYC')
  .check.liveness({ maxRetries: 3 })
  .check.faceMatch({ manualCheck: 'FALLBACK' })
  .task.textExtraction({ manualCheck: 'FALLBACK' })
  .document.id();

// A template's check cannot be requested again...
expectError(kycBase.check.liveness({ maxRetries: 5 }));
// ...until it is taken back; then it can, once.
const adjusted = kycBase.without.check.liveness().check.liveness({ maxRetries: 5 });
expectType<SessionConfigBuilder<'name' | 'liveness' | 'faceMatch' | 'textExtraction' | 'doc:id' | 'docs:1'>>(adjusted);
expectError(adjusted.check.liveness());
expectType<ConfigError<'check.liveness() is already requested; each check and task can be requested once, so remove the second call'>>(
  adjusted.check.liveness,
);
expectType<SessionConfigBuilder<'name' | 'faceMatch' | 'textExtraction' | 'doc:id' | 'docs:1'>>(kycBase.without.check.liveness());

// Every check and task can be taken back.
expectType<SessionConfigBuilder<'name' | 'liveness' | 'textExtraction' | 'doc:id' | 'docs:1'>>(kycBase.without.check.faceMatch());
kycBase.without.check.faceMatch().check.faceMatch({ manualCheck: 'ALWAYS' });
expectError(kycBase.task.textExtraction({ manualCheck: 'NEVER' }));
kycBase.without.task.textExtraction().task.textExtraction({ manualCheck: 'NEVER' }).toJSON();
kycBase.without.check.documentAuthenticity().without.check.documentComparison().without.check.faceComparison();
kycBase.without.check.thirdPartyIdentity().without.check.watchlistScreening().without.check.watchlistAdvancedCa();
kycBase.without.task.supplementaryTextExtraction();
expectError(kycBase.without.check.textExtraction());
expectError(kycBase.without.task.liveness());

// Without documents, every document fact is gone: an ID-document rule that held now depends on the new list.
const noDocuments = kycBase.without.documents();
expectType<SessionConfigBuilder<'name' | 'liveness' | 'faceMatch' | 'textExtraction'>>(noDocuments);
noDocuments.toJSON(); // no documents listed: the API collects one ID document
expectError(noDocuments.document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL']).toJSON());
noDocuments.document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL']).document.id().toJSON();
// Two documents, then none: document comparison is blocked again.
const comparison = sessionConfig().name('Compare').check.documentComparison().document.id().document.id();
comparison.toJSON();
expectError(comparison.without.documents().document.id().toJSON());

// A wide builder stays wide, and every result is still an AnySessionConfigBuilder.
declare const loose: AnySessionConfigBuilder;
expectType<AnySessionConfigBuilder>(loose.without.check.liveness());
expectType<AnySessionConfigBuilder>(loose.without.documents());
expectAssignable<AnySessionConfigBuilder>(adjusted);
