export { sessionConfig } from './builder/session-config-builder.js';
export { unlisted } from './unlisted.js';
export { fromJSON, validateSessionConfig, type ValidationResult } from './validate.js';
export { sessionConfigSchema, type StandardSchemaV1 } from './standard-schema.js';
export {
  ApiError,
  InvalidConfigError,
  isApiError,
  isInvalidConfigError,
  isSessionConfigError,
  SessionConfigError,
  type ApiErrorDetails,
  type ApiErrorKind,
} from './errors.js';
export { listSessionConfigs } from './list-session-configs.js';
export type {
  CreatedSessionConfig,
  ListSessionConfigsOptions,
  RequestOptions,
  RetryPolicy,
  SessionConfigList,
  SessionConfigSummary,
} from './http/types.js';
export type { Issue, IssueCode, IssuePath } from './internal/issue.js';
export { adviseSessionConfig, type Advisory, type AdvisoryCode, type AdvisoryOptions } from './advisories.js';
export type {
  AnySessionConfigBuilder,
  CheckSection,
  DocumentSection,
  IsoDateTime,
  SessionConfigBuilder,
  Removals,
  TaskSection,
  TerminalViolation,
  WithoutSection,
} from './types/builder.js';
export type { AtLeast, Blocked, ConfigError, Fraction, NonEmpty, NonEmptyString, PositiveInteger } from './types/config-error.js';
export type { CheckedCountryCode, CountryCodes } from './types/country-alpha-2.js';
export type {
  AdvancedCaMatchingStrategy,
  AdvancedCaSources,
  DocumentAuthenticityOptions,
  DocumentComparisonOptions,
  DocumentFilter,
  DocumentSchemeValidityOptions,
  FamiliarFaceSearchOptions,
  IbvCheckOptions,
  DocumentRestrictionsFilter,
  FaceComparisonOptions,
  FaceMatchOptions,
  IdDocumentOptions,
  IdDocumentType,
  LivenessOptions,
  OrthogonalRestrictionsFilter,
  SupplementaryDocumentOptions,
  SupplementaryDocumentType,
  SupplementaryTextExtractionOptions,
  TextExtractionOptions,
  ThirdPartyIdentityOptions,
  UnlistedValue,
  WatchlistAdvancedCaOptions,
  WatchlistScreeningOptions,
} from './types/options.js';
export type {
  AdvancedIdentityProfileOptions,
  AdvancedIdentityScheme,
  AttemptsByCategory,
  HexColour,
  HttpsUrl,
  IbvOptions,
  IdentityProfileOptions,
  IdentityScheme,
  ImportTokenOptions,
  NotificationTopicName,
  NotificationsCall,
  NotificationsOptions,
  ResourcesOptions,
  SdkConfigCall,
  SdkConfigOptions,
  SubjectCall,
  SubjectOptions,
  SuppressedScreen,
} from './types/payload-options.js';
export type {
  AdvancedIdentityProfileJson,
  DocumentFilterJson,
  IdentityProfileJson,
  NotificationsJson,
  RequestedCheckJson,
  RequestedTaskJson,
  RequiredDocumentJson,
  SdkConfigJson,
  SessionConfigEnvelope,
  SessionConfigJson,
} from './schema/payload.js';
export { COUNTRY_CODES, type CountryCode } from './schema/countries.js';
export {
  ADVANCED_CA_ACCOUNTS,
  ADVANCED_CA_MATCHING_STRATEGIES,
  ADVANCED_CA_SOURCE_TYPES,
  ATTEMPT_CATEGORIES,
  BIOMETRIC_CONSENT_FLOWS,
  CAPTURE_METHODS,
  CHIP_DATA,
  DARK_MODES,
  FILTER_TYPES,
  ID_DOCUMENT_TYPES,
  IDENTITY_SCHEME_OBJECTIVES,
  IDENTITY_SCHEME_TYPES,
  INCLUSIONS,
  LIVENESS_TYPES,
  MANUAL_CHECKS,
  NOTIFICATION_AUTH_TYPES,
  NOTIFICATION_TOPICS,
  SUPPLEMENTARY_DOCUMENT_TYPES,
  SUPPLEMENTARY_OBJECTIVES,
  SUPPRESSIBLE_SCREENS,
  TRUST_FRAMEWORKS,
  WATCHLIST_CATEGORIES,
  type AdvancedCaAccount,
  type BiometricConsentFlow,
  type CaptureMethod,
  type ChipData,
  type DarkMode,
  type IdentitySchemeObjective,
  type IdentitySchemeType,
  type Inclusion,
  type KnownIdDocumentType,
  type KnownSupplementaryDocumentType,
  type LivenessType,
  type ManualCheck,
  type NotificationAuthType,
  type NotificationTopic,
  type SupplementaryObjective,
  type SuppressibleScreen,
  type TrustFramework,
  type WatchlistCategory,
} from './schema/enums.js';
export { IBV_CURRENCIES, IBV_SUPPORT, type AttemptCategory, type IbvCurrency, type IbvSupport } from './schema/enums.js';
export { APPROVAL_CRITERIA, IBV_MANUAL_CHECKS, type ApprovalCriteria, type IbvManualCheck } from './schema/enums.js';
export type { JsonValue } from './types/json.js';
export {
  diffSessionConfigs,
  diffToText,
  type SessionConfigChange,
  type SessionConfigDiff,
} from './as-code/diff.js';
export {
  explainSessionConfig,
  type ExplainedRequest,
  type ExplainedStep,
  type ExplainedWebhooks,
  type JourneyStepKind,
  type SessionConfigExplanation,
} from './as-code/explain.js';
export type { EmitsSessionConfig, SessionConfigSource } from './as-code/input.js';
export {
  applyPlan,
  planSessionConfigs,
  planToText,
  type AppliedPlan,
  type PlanOptions,
  type PlannedConfig,
  type PlanStatus,
  type SessionConfigPlan,
} from './as-code/plan.js';
export { explanationToMarkdown, explanationToText } from './as-code/render.js';
