/**
 * The forms Yoti's docs and the official SDKs send, each expressible with the builder, and the
 * values that stay errors. Each line names its evidence.
 */
import { expectError, expectType } from 'tsd';
import {
  sessionConfig,
  unlisted,
  type AnySessionConfigBuilder,
  type JsonValue,
  type NotificationTopicName,
  type RequestedCheckJson,
  type SessionConfigBuilder,
  type SessionConfigJson,
} from 'yoti-session-config';

const named = sessionConfig().name('Verdicts');

// FAMILIAR_FACE_SEARCH (Yoti docs "configure face search").
expectType<SessionConfigBuilder<'name' | 'familiarFaceSearch'>>(named.check.familiarFaceSearch({ poolId: 'pool-1', approvalCriteria: 'NO_MATCH' }));
expectError(named.check.familiarFaceSearch({ poolId: 'pool-1', approvalCriteria: 'MAYBE' }));
expectError(named.check.familiarFaceSearch({ approvalCriteria: 'MATCH' }));
expectError(named.check.familiarFaceSearch({ poolId: 'pool-1', approvalCriteria: 'MATCH' }).check.familiarFaceSearch({ poolId: 'p', approvalCriteria: 'MATCH' }));

// The Java SDK's In-Branch Verification checks, with manual_check IBV.
named.check.ibvVisualReview({ manualCheck: 'IBV' }).check.profileDocumentMatch().check.documentSchemeValidity({ manualCheck: 'IBV', scheme: 'UK_DBS' });
expectError(named.check.documentSchemeValidity({ manualCheck: 'IBV' }));
expectError(named.check.ibvVisualReview({ manualCheck: 'SOMETIMES' }));
// IBV is only for the IBV checks.
expectError(named.check.documentAuthenticity({ manualCheck: 'IBV' }));

// WATCHLIST_ADVANCED_CA without sources or matching strategy (Yoti AML page: all sources, 50% fuzziness).
named.check.watchlistAdvancedCa({ type: 'WITH_YOTI_ACCOUNT' });
expectError(named.check.watchlistAdvancedCa({ type: 'WITH_YOTI_ACCOUNT', matchingStrategy: { type: 'FUZZY', fuzziness: 2 } }));

// ephemeral_media (Go SDK session_spec.go WithEphemeralMedia).
expectType<AnySessionConfigBuilder>(sessionConfig().name('x').ephemeralMedia(true) as AnySessionConfigBuilder);

// Suppressed screen SUPPLEMENTARY_DOCUMENT_EDUCATION (Python SDK 2.14.6 constants.py) is known.
named.sdkConfig({ suppressedScreens: ['SUPPLEMENTARY_DOCUMENT_EDUCATION'] });
named.sdkConfig({ suppressedScreens: [unlisted('IDENTITY_DOCUMENT_EDUCATION')] });
expectError(named.sdkConfig({ suppressedScreens: ['IDENTITY_DOCUMENT_EDUCATION'] }));

// Typos and alpha-2 codes stay compile errors, as they are run-time errors.
expectError(named.document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BIL']));
expectError(named.sdkConfig({ presetIssuingCountry: 'GB' }));
named.document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL', unlisted('WATER_BILL')]);

// The emitted JSON types carry the new shapes.
declare const json: SessionConfigJson;
expectType<boolean | undefined>(json.ephemeral_media);
expectType<JsonValue | undefined>(json.resources?.applicant_profile['structured_postal_address']);
expectType<('SANCTIONS' | 'ADVERSE-MEDIA')[] | null | undefined>(
  (json.requested_checks?.find((check): check is Extract<RequestedCheckJson, { type: 'WATCHLIST_SCREENING' }> => check.type === 'WATCHLIST_SCREENING'))?.config?.categories,
);
expectType<'MATCH' | 'NO_MATCH'>(({} as Extract<RequestedCheckJson, { type: 'FAMILIAR_FACE_SEARCH' }>).config.approval_criteria);
expectType<'ALWAYS' | 'FALLBACK' | 'NEVER' | 'IBV' | undefined>(({} as Extract<RequestedCheckJson, { type: 'DOCUMENT_SCHEME_VALIDITY_CHECK' }>).config.manual_check);
expectType<string>(({} as NonNullable<SessionConfigJson['notifications']>).endpoint);
const lowerTopic: NotificationTopicName = 'session_completion';
expectError<NotificationTopicName>('Session_Completion');
void lowerTopic;
