/**
 * Every closed set of strings the API knows, in one place. Types, runtime checks, the JSON
 * Schema and the docs tables are all derived from these lists, so adding a value here is the
 * whole change.
 */

/** Human review policy of a check or task: always, only when the automated result fails, or never. */
export const MANUAL_CHECKS = ['ALWAYS', 'FALLBACK', 'NEVER'] as const;
/** One of {@link MANUAL_CHECKS}. */
export type ManualCheck = (typeof MANUAL_CHECKS)[number];

/** The In-Branch Verification checks also take `IBV`: review by the branch (Java SDK `DocScanConstants`). */
export const IBV_MANUAL_CHECKS = [...MANUAL_CHECKS, 'IBV'] as const;
/** One of {@link IBV_MANUAL_CHECKS}. */
export type IbvManualCheck = (typeof IBV_MANUAL_CHECKS)[number];

/** Whether a familiar face search passes when the face is found in the pool (`MATCH`) or when it is not (`NO_MATCH`). */
export const APPROVAL_CRITERIA = ['MATCH', 'NO_MATCH'] as const;
/** One of {@link APPROVAL_CRITERIA}. */
export type ApprovalCriteria = (typeof APPROVAL_CRITERIA)[number];

/** `ZOOM` is active liveness (the user moves), `STATIC` is passive (a single selfie). */
export const LIVENESS_TYPES = ['ZOOM', 'STATIC'] as const;
/** One of {@link LIVENESS_TYPES}. */
export type LivenessType = (typeof LIVENESS_TYPES)[number];

/** Standard watchlist screening categories; note the hyphen in `ADVERSE-MEDIA`. */
export const WATCHLIST_CATEGORIES = ['SANCTIONS', 'ADVERSE-MEDIA'] as const;
/** One of {@link WATCHLIST_CATEGORIES}. */
export type WatchlistCategory = (typeof WATCHLIST_CATEGORIES)[number];

/** Who holds the ComplyAdvantage account an advanced watchlist check runs on. */
export const ADVANCED_CA_ACCOUNTS = ['WITH_YOTI_ACCOUNT', 'WITH_CUSTOM_ACCOUNT'] as const;
/** One of {@link ADVANCED_CA_ACCOUNTS}. */
export type AdvancedCaAccount = (typeof ADVANCED_CA_ACCOUNTS)[number];

/** How an advanced watchlist check picks its ComplyAdvantage sources: a list of source types, or a saved search profile. */
export const ADVANCED_CA_SOURCE_TYPES = ['TYPE_LIST', 'PROFILE'] as const;
/** One of {@link ADVANCED_CA_SOURCE_TYPES}. */
export type AdvancedCaSourceType = (typeof ADVANCED_CA_SOURCE_TYPES)[number];

/** How an advanced watchlist check matches names: exactly, or fuzzily with a fuzziness from 0 to 1. */
export const ADVANCED_CA_MATCHING_STRATEGIES = ['EXACT', 'FUZZY'] as const;
/** One of {@link ADVANCED_CA_MATCHING_STRATEGIES}. */
export type AdvancedCaMatchingStrategy = (typeof ADVANCED_CA_MATCHING_STRATEGIES)[number];

/** Whether the NFC chip of an ID document is read during text extraction. */
export const CHIP_DATA = ['DESIRED', 'IGNORE'] as const;
/** One of {@link CHIP_DATA}. */
export type ChipData = (typeof CHIP_DATA)[number];

/** Whether a document filter allows only the listed values (`WHITELIST`) or everything but them (`BLACKLIST`). */
export const INCLUSIONS = ['WHITELIST', 'BLACKLIST'] as const;
/** One of {@link INCLUSIONS}. */
export type Inclusion = (typeof INCLUSIONS)[number];

/** The two kinds of document filter: independent country and type lists, or country-and-type combinations. */
export const FILTER_TYPES = ['ORTHOGONAL_RESTRICTIONS', 'DOCUMENT_RESTRICTIONS'] as const;
/** One of {@link FILTER_TYPES}. */
export type FilterType = (typeof FILTER_TYPES)[number];

/**
 * ID document types whose API strings are confirmed. Yoti supports more families (residence
 * permits, national cards of some countries, ...) whose strings are not published; use
 * `unlisted('RESIDENCE_PERMIT')` for those.
 */
export const ID_DOCUMENT_TYPES = ['PASSPORT', 'DRIVING_LICENCE', 'NATIONAL_ID', 'PASS_CARD'] as const;
/** One of {@link ID_DOCUMENT_TYPES}. */
export type KnownIdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];

/** Supplementary (proof of address) document types whose API strings are confirmed. */
export const SUPPLEMENTARY_DOCUMENT_TYPES = ['UTILITY_BILL', 'COUNCIL_TAX_BILL', 'PHONE_BILL', 'BANK_STATEMENT'] as const;
/** One of {@link SUPPLEMENTARY_DOCUMENT_TYPES}. */
export type KnownSupplementaryDocumentType = (typeof SUPPLEMENTARY_DOCUMENT_TYPES)[number];

/** Why a supplementary document is collected; proof of address is the only objective the API documents. */
export const SUPPLEMENTARY_OBJECTIVES = ['PROOF_OF_ADDRESS'] as const;
/** One of {@link SUPPLEMENTARY_OBJECTIVES}. */
export type SupplementaryObjective = (typeof SUPPLEMENTARY_OBJECTIVES)[number];

/** How the user may provide documents: the camera only, or the camera and file upload. */
export const CAPTURE_METHODS = ['CAMERA', 'CAMERA_AND_UPLOAD'] as const;
/** One of {@link CAPTURE_METHODS}. */
export type CaptureMethod = (typeof CAPTURE_METHODS)[number];

/** The SDK colour scheme: always dark, never dark, or following the device. */
export const DARK_MODES = ['ON', 'OFF', 'AUTO'] as const;
/** One of {@link DARK_MODES}. */
export type DarkMode = (typeof DARK_MODES)[number];

/** When the SDK asks for biometric consent: up front, or just before the first biometric capture. */
export const BIOMETRIC_CONSENT_FLOWS = ['EARLY', 'JUST_IN_TIME'] as const;
/** One of {@link BIOMETRIC_CONSENT_FLOWS}. */
export type BiometricConsentFlow = (typeof BIOMETRIC_CONSENT_FLOWS)[number];

/** The screen ids Yoti documents as suppressible, and the one the Python SDK adds. */
export const SUPPRESSIBLE_SCREENS = [
  'ID_DOCUMENT_EDUCATION',
  'ID_DOCUMENT_REQUIREMENTS',
  'FACE_CAPTURE_EDUCATION',
  'STATIC_LIVENESS_EDUCATION',
  'ZOOM_LIVENESS_EDUCATION',
  'FLOW_COMPLETION',
  // Python SDK 2.14.6 constants.py.
  'SUPPLEMENTARY_DOCUMENT_EDUCATION',
] as const;
/** One of {@link SUPPRESSIBLE_SCREENS}. */
export type SuppressibleScreen = (typeof SUPPRESSIBLE_SCREENS)[number];

/** Webhook topics: the four core ones first, then the rarer and In-Branch-Verification ones. */
export const NOTIFICATION_TOPICS = [
  'RESOURCE_UPDATE',
  'TASK_COMPLETION',
  'CHECK_COMPLETION',
  'SESSION_COMPLETION',
  'CLIENT_SESSION_TOKEN_DELETED',
  'NEW_PDF_SUPPLIED',
  'INSTRUCTIONS_EMAIL_REQUESTED',
  'THANK_YOU_EMAIL_REQUESTED',
  'FIRST_BRANCH_VISIT',
] as const;
/** One of {@link NOTIFICATION_TOPICS}. */
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

/** How Yoti authenticates its webhook calls to your endpoint. */
export const NOTIFICATION_AUTH_TYPES = ['BASIC', 'BEARER'] as const;
/** One of {@link NOTIFICATION_AUTH_TYPES}. */
export type NotificationAuthType = (typeof NOTIFICATION_AUTH_TYPES)[number];

/** Categories of retries seen in `attempts_configuration`. */
export const ATTEMPT_CATEGORIES = ['GENERIC', 'RECLASSIFICATION'] as const;
/** One of {@link ATTEMPT_CATEGORIES}. */
export type AttemptCategory = (typeof ATTEMPT_CATEGORIES)[number];

/** Trust frameworks an identity profile can be requested under. */
export const TRUST_FRAMEWORKS = ['UK_TFIDA', 'YOTI_GLOBAL'] as const;
/** One of {@link TRUST_FRAMEWORKS}. */
export type TrustFramework = (typeof TRUST_FRAMEWORKS)[number];

/**
 * Identity-profile schemes seen in Yoti's docs and the SDKs: right to work, right to rent, DBS
 * checks, generic identity levels, Canadian criminal record checks. An open set: every SDK takes
 * any scheme string, so others are accepted (an advisory, or `unlisted()` in the builder).
 */
export const IDENTITY_SCHEME_TYPES = ['RTW', 'RTR', 'DBS', 'DBS_RTW', 'IDENTITY', 'GBR_RTW_SHARECODE', 'CAN_CRC'] as const;
/** One of {@link IDENTITY_SCHEME_TYPES}. */
export type IdentitySchemeType = (typeof IDENTITY_SCHEME_TYPES)[number];

/** Scheme objectives: the DBS check levels and the identity assurance levels. An open set, like the scheme types. */
export const IDENTITY_SCHEME_OBJECTIVES = ['BASIC', 'STANDARD', 'ENHANCED', 'AL_L1', 'AL_M1'] as const;
/** One of {@link IDENTITY_SCHEME_OBJECTIVES}. */
export type IdentitySchemeObjective = (typeof IDENTITY_SCHEME_OBJECTIVES)[number];

/** Whether In-Branch Verification is required or not offered. */
export const IBV_SUPPORT = ['MANDATORY', 'NOT_ALLOWED'] as const;
/** One of {@link IBV_SUPPORT}. */
export type IbvSupport = (typeof IBV_SUPPORT)[number];

/** Currencies of an In-Branch Verification user price. */
export const IBV_CURRENCIES = ['GBP'] as const;
/** One of {@link IBV_CURRENCIES}. */
export type IbvCurrency = (typeof IBV_CURRENCIES)[number];

/**
 * The objectives documented for each known scheme type (`[]`: none is sent). `required` marks a
 * scheme Yoti documents as meaningless without its level: a DBS check is BASIC, STANDARD or
 * ENHANCED. Any other pairing is undocumented, not refused.
 */
export const SCHEME_OBJECTIVES: Readonly<Record<IdentitySchemeType, { readonly objectives: readonly IdentitySchemeObjective[]; readonly required?: true }>> = {
  RTW: { objectives: [] },
  RTR: { objectives: [] },
  DBS: { objectives: ['BASIC', 'STANDARD', 'ENHANCED'], required: true },
  DBS_RTW: { objectives: ['BASIC'] },
  IDENTITY: { objectives: ['AL_L1', 'AL_M1'] },
  GBR_RTW_SHARECODE: { objectives: [] },
  CAN_CRC: { objectives: [] },
};
