/**
 * Every closed set of strings the API knows, in one place. Types, runtime checks, the JSON
 * Schema and the docs tables are all derived from these lists, so adding a value here is the
 * whole change.
 */

/** Human review policy of a check or task: always, only when the automated result fails, or never. */
export const MANUAL_CHECKS = ['ALWAYS', 'FALLBACK', 'NEVER'] as const;
export type ManualCheck = (typeof MANUAL_CHECKS)[number];

/** `ZOOM` is active liveness (the user moves), `STATIC` is passive (a single selfie). */
export const LIVENESS_TYPES = ['ZOOM', 'STATIC'] as const;
export type LivenessType = (typeof LIVENESS_TYPES)[number];

/** Standard watchlist screening categories; note the hyphen in `ADVERSE-MEDIA`. */
export const WATCHLIST_CATEGORIES = ['SANCTIONS', 'ADVERSE-MEDIA'] as const;
export type WatchlistCategory = (typeof WATCHLIST_CATEGORIES)[number];

/** Who holds the ComplyAdvantage account an advanced watchlist check runs on. */
export const ADVANCED_CA_ACCOUNTS = ['WITH_YOTI_ACCOUNT', 'WITH_CUSTOM_ACCOUNT'] as const;
export type AdvancedCaAccount = (typeof ADVANCED_CA_ACCOUNTS)[number];

export const ADVANCED_CA_SOURCE_TYPES = ['TYPE_LIST', 'PROFILE'] as const;
export type AdvancedCaSourceType = (typeof ADVANCED_CA_SOURCE_TYPES)[number];

export const ADVANCED_CA_MATCHING_STRATEGIES = ['EXACT', 'FUZZY'] as const;
export type AdvancedCaMatchingStrategy = (typeof ADVANCED_CA_MATCHING_STRATEGIES)[number];

/** Whether the NFC chip of an ID document is read during text extraction. */
export const CHIP_DATA = ['DESIRED', 'IGNORE'] as const;
export type ChipData = (typeof CHIP_DATA)[number];

export const INCLUSIONS = ['WHITELIST', 'BLACKLIST'] as const;
export type Inclusion = (typeof INCLUSIONS)[number];

export const FILTER_TYPES = ['ORTHOGONAL_RESTRICTIONS', 'DOCUMENT_RESTRICTIONS'] as const;
export type FilterType = (typeof FILTER_TYPES)[number];

/**
 * ID document types whose API strings are confirmed. Yoti supports more families (residence
 * permits, national cards of some countries, ...) whose strings are not published; use
 * `unlisted('RESIDENCE_PERMIT')` for those.
 */
export const ID_DOCUMENT_TYPES = ['PASSPORT', 'DRIVING_LICENCE', 'NATIONAL_ID', 'PASS_CARD'] as const;
export type KnownIdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];

/** Supplementary (proof of address) document types whose API strings are confirmed. */
export const SUPPLEMENTARY_DOCUMENT_TYPES = ['UTILITY_BILL', 'COUNCIL_TAX_BILL', 'PHONE_BILL', 'BANK_STATEMENT'] as const;
export type KnownSupplementaryDocumentType = (typeof SUPPLEMENTARY_DOCUMENT_TYPES)[number];

/** Why a supplementary document is collected; proof of address is the only objective the API documents. */
export const SUPPLEMENTARY_OBJECTIVES = ['PROOF_OF_ADDRESS'] as const;
export type SupplementaryObjective = (typeof SUPPLEMENTARY_OBJECTIVES)[number];

export const CAPTURE_METHODS = ['CAMERA', 'CAMERA_AND_UPLOAD'] as const;
export type CaptureMethod = (typeof CAPTURE_METHODS)[number];

export const DARK_MODES = ['ON', 'OFF', 'AUTO'] as const;
export type DarkMode = (typeof DARK_MODES)[number];

export const BIOMETRIC_CONSENT_FLOWS = ['EARLY', 'JUST_IN_TIME'] as const;
export type BiometricConsentFlow = (typeof BIOMETRIC_CONSENT_FLOWS)[number];

/** The screen ids Yoti documents as suppressible. */
export const SUPPRESSIBLE_SCREENS = [
  'ID_DOCUMENT_EDUCATION',
  'ID_DOCUMENT_REQUIREMENTS',
  'FACE_CAPTURE_EDUCATION',
  'STATIC_LIVENESS_EDUCATION',
  'ZOOM_LIVENESS_EDUCATION',
  'FLOW_COMPLETION',
] as const;
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
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

export const NOTIFICATION_AUTH_TYPES = ['BASIC', 'BEARER'] as const;
export type NotificationAuthType = (typeof NOTIFICATION_AUTH_TYPES)[number];

/** Categories of retries seen in `attempts_configuration`. */
export const ATTEMPT_CATEGORIES = ['GENERIC', 'RECLASSIFICATION'] as const;
export type AttemptCategory = (typeof ATTEMPT_CATEGORIES)[number];

export const TRUST_FRAMEWORKS = ['UK_TFIDA', 'YOTI_GLOBAL'] as const;
export type TrustFramework = (typeof TRUST_FRAMEWORKS)[number];

export const IDENTITY_SCHEME_TYPES = ['RTW', 'RTR', 'DBS', 'DBS_RTW', 'IDENTITY', 'GBR_RTW_SHARECODE'] as const;
export type IdentitySchemeType = (typeof IDENTITY_SCHEME_TYPES)[number];

export const IDENTITY_SCHEME_OBJECTIVES = ['BASIC', 'STANDARD', 'ENHANCED', 'AL_L1', 'AL_M1'] as const;
export type IdentitySchemeObjective = (typeof IDENTITY_SCHEME_OBJECTIVES)[number];

export const IBV_SUPPORT = ['MANDATORY', 'NOT_ALLOWED'] as const;
export type IbvSupport = (typeof IBV_SUPPORT)[number];

export const IBV_CURRENCIES = ['GBP'] as const;
export type IbvCurrency = (typeof IBV_CURRENCIES)[number];
