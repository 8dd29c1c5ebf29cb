/**
 * The wire format of `POST /v2/idv/sessions/configs`, described once. Field order here is the
 * canonical key order of emitted JSON, so fixtures diff cleanly.
 */
import { alpha3Of, COUNTRY_CODES } from './countries.js';
import {
  APPROVAL_CRITERIA,
  ATTEMPT_CATEGORIES,
  BIOMETRIC_CONSENT_FLOWS,
  CAPTURE_METHODS,
  CHIP_DATA,
  DARK_MODES,
  IBV_CURRENCIES,
  IBV_MANUAL_CHECKS,
  IBV_SUPPORT,
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
} from './enums.js';
import { alpha2Message, noManualReviewMessage } from '../messages.js';
import {
  boolean,
  forbidden,
  integer,
  json,
  list,
  nullable,
  number,
  object,
  oneOf,
  optional,
  record,
  string,
  tagged,
  type Infer,
} from './language.js';

const manualCheck = oneOf(MANUAL_CHECKS);
/** A two-letter code is the likeliest slip: name its alpha-3 form. */
const countryCode = oneOf(COUNTRY_CODES, undefined, {
  suggest: (value) => {
    const alpha3 = value.length === 2 ? alpha3Of(value) : undefined;
    return alpha3 === undefined ? undefined : `${alpha2Message(value)}: ${alpha3}`;
  },
});
const countryCodes = list(countryCode, { minItems: 1 });
const inclusion = oneOf(INCLUSIONS);
const nonBlank = string({ format: 'non-blank' });
/** Document types stay open: Yoti adds types without notice, so any UPPER_SNAKE string is accepted. */
const idDocumentTypes = list(string({ format: 'upper-snake', known: ID_DOCUMENT_TYPES }), { minItems: 1 });
const supplementaryDocumentTypes = list(string({ format: 'upper-snake', known: SUPPLEMENTARY_DOCUMENT_TYPES }), {
  minItems: 1,
});

const filterFlags = {
  allow_expired_documents: optional(boolean()),
  allow_non_latin_documents: optional(boolean()),
} as const;

const documentFilter = tagged('type', {
  ORTHOGONAL_RESTRICTIONS: object({
    country_restriction: optional(object({ inclusion, country_codes: countryCodes })),
    type_restriction: optional(object({ inclusion, document_types: idDocumentTypes })),
    ...filterFlags,
  }),
  DOCUMENT_RESTRICTIONS: object({
    inclusion,
    documents: list(
      object({
        country_codes: optional(countryCodes),
        document_types: optional(idDocumentTypes),
      }),
    ),
    ...filterFlags,
  }),
});

const advancedCaCommon = {
  remove_deceased: optional(boolean()),
  share_url: optional(boolean()),
  // Optional: Yoti's AML page says that without them all sources are searched with 50% fuzziness.
  sources: optional(
    tagged('type', {
      TYPE_LIST: object({ types: list(nonBlank) }),
      PROFILE: object({ search_profile: nonBlank }),
    }),
  ),
  matching_strategy: optional(
    tagged('type', {
      EXACT: object({ exact_match: optional(boolean()) }),
      FUZZY: object({ fuzziness: number({ min: 0, max: 1 }) }),
    }),
  ),
} as const;

const ibvManualCheck = oneOf(IBV_MANUAL_CHECKS);

export const requestedCheck = tagged('type', {
  // `config` is optional where nothing in it is required: the PHP SDK leaves an empty config out.
  ID_DOCUMENT_AUTHENTICITY: object({
    config: optional(
      object({
        manual_check: optional(manualCheck),
        issuing_authority_sub_check: optional(object({ requested: boolean(), filter: optional(documentFilter) })),
      }),
    ),
  }),
  ID_DOCUMENT_COMPARISON: object({
    config: optional(object({ manual_check: forbidden(noManualReviewMessage('check.documentComparison')) })),
  }),
  ID_DOCUMENT_FACE_MATCH: object({ config: object({ manual_check: manualCheck }) }),
  LIVENESS: object({
    config: object({
      liveness_type: oneOf(LIVENESS_TYPES),
      max_retries: integer({ min: 1 }),
      // Other official SDKs send NEVER for static liveness; it has no effect, but such payloads must load.
      manual_check: optional(oneOf(['NEVER'], noManualReviewMessage('check.liveness'))),
    }),
  }),
  FACE_COMPARISON: object({ config: object({ manual_check: manualCheck }) }),
  THIRD_PARTY_IDENTITY: object({ config: optional(object({ manual_check: optional(manualCheck) })) }),
  WATCHLIST_SCREENING: object({
    config: optional(
      object({
        // node, PHP and Python send [] by default, Java leaves it out, Go sends null: all load (an advisory).
        categories: optional(nullable(list(oneOf(WATCHLIST_CATEGORIES)))),
        manual_check: forbidden(noManualReviewMessage('check.watchlistScreening')),
      }),
    ),
  }),
  WATCHLIST_ADVANCED_CA: object({
    config: tagged('type', {
      WITH_YOTI_ACCOUNT: object({
        ...advancedCaCommon,
        manual_check: forbidden(noManualReviewMessage('check.watchlistAdvancedCa')),
      }),
      WITH_CUSTOM_ACCOUNT: object({
        ...advancedCaCommon,
        api_key: string({ format: 'non-blank', secret: true }),
        client_ref: nonBlank,
        monitoring: optional(boolean()),
        tags: optional(record(nonBlank, string())),
        manual_check: forbidden(noManualReviewMessage('check.watchlistAdvancedCa')),
      }),
    }),
  }),
  FAMILIAR_FACE_SEARCH: object({
    config: object({ pool_id: nonBlank, approval_criteria: oneOf(APPROVAL_CRITERIA) }),
  }),
  // The In-Branch Verification checks of the Java SDK.
  IBV_VISUAL_REVIEW_CHECK: object({ config: optional(object({ manual_check: optional(ibvManualCheck) })) }),
  PROFILE_DOCUMENT_MATCH: object({ config: optional(object({ manual_check: optional(ibvManualCheck) })) }),
  DOCUMENT_SCHEME_VALIDITY_CHECK: object({
    config: object({ manual_check: optional(ibvManualCheck), scheme: nonBlank }),
  }),
});

export const requestedTask = tagged('type', {
  // manual_check is optional on both tasks: the Java, Go and .NET builders leave it out.
  ID_DOCUMENT_TEXT_DATA_EXTRACTION: object({
    config: object({
      manual_check: optional(manualCheck),
      chip_data: optional(oneOf(CHIP_DATA)),
      create_expanded_document_fields: optional(boolean()),
    }),
  }),
  SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION: object({ config: object({ manual_check: optional(manualCheck) }) }),
});

export const requiredDocument = tagged('type', {
  ID_DOCUMENT: object({ filter: optional(documentFilter) }),
  SUPPLEMENTARY_DOCUMENT: object({
    document_types: optional(supplementaryDocumentTypes),
    country_codes: optional(countryCodes),
    objective: object({ type: oneOf(SUPPLEMENTARY_OBJECTIVES) }),
    filter: optional(documentFilter),
  }),
});

const notifications = object({
  // Required: without it Yoti has nowhere to send a notification (Yoti docs: notifications).
  endpoint: string({ format: 'https-url' }),
  auth_type: optional(oneOf(NOTIFICATION_AUTH_TYPES)),
  auth_token: optional(string({ format: 'non-blank', secret: true })),
  // Yoti's face search and face check pages write topics in lower case; they are sent as written.
  // A repeated topic or category is an advisory: the Go SDK appends without dropping repeats.
  topics: optional(list(oneOf(NOTIFICATION_TOPICS, undefined, { caseInsensitive: true }))),
});

const hexColour = string({ format: 'hex-colour' });
const url = string({ format: 'url' });
/** Yoti's node face-comparison example redirects to `/success`. */
const redirectUrl = string({ format: 'url-reference' });

const sdkConfig = object({
  allowed_capture_methods: optional(oneOf(CAPTURE_METHODS)),
  primary_colour: optional(hexColour),
  secondary_colour: optional(hexColour),
  font_colour: optional(hexColour),
  primary_colour_dark_mode: optional(hexColour),
  dark_mode: optional(oneOf(DARK_MODES)),
  locale: optional(string({ format: 'locale' })),
  preset_issuing_country: optional(countryCode),
  success_url: optional(redirectUrl),
  error_url: optional(redirectUrl),
  privacy_policy_url: optional(url),
  allow_handoff: optional(boolean()),
  biometric_consent_flow: optional(oneOf(BIOMETRIC_CONSENT_FLOWS)),
  attempts_configuration: optional(
    object({
      ID_DOCUMENT_TEXT_DATA_EXTRACTION: optional(
        record(string({ format: 'upper-snake', known: ATTEMPT_CATEGORIES }), integer({ min: 1 })),
      ),
    }),
  ),
  brand_id: optional(nonBlank),
  // Unknown screen ids are accepted: the published list is known to be incomplete.
  suppressed_screens: optional(list(string({ format: 'upper-snake', known: SUPPRESSIBLE_SCREENS }), { minItems: 1 })),
});

/** Open sets: every SDK takes any scheme string, and Yoti adds schemes (CAN_CRC) by documenting them. */
const schemeType = string({ format: 'upper-snake', known: IDENTITY_SCHEME_TYPES });
const schemeObjective = string({ format: 'upper-snake', known: IDENTITY_SCHEME_OBJECTIVES });

const identityProfileRequirements = object({
  trust_framework: oneOf(TRUST_FRAMEWORKS),
  scheme: object({
    type: schemeType,
    objective: optional(schemeObjective),
  }),
});

const advancedIdentityProfileRequirements = object({
  profiles: list(
    object({
      trust_framework: oneOf(TRUST_FRAMEWORKS),
      schemes: list(
        object({
          type: schemeType,
          objective: optional(schemeObjective),
          // Optional, and empty lists load: the Java and Go SDKs allow both (advisories).
          label: optional(nonBlank),
          config: optional(object({ filter: optional(documentFilter) })),
        }),
      ),
    }),
  ),
});

export const sessionConfigPayload = object({
  client_session_token_ttl: optional(integer({ min: 301 })),
  session_deadline: optional(string({ format: 'date-time' })),
  resources_ttl: optional(integer({ min: 86400 })),
  user_tracking_id: optional(nonBlank),
  block_biometric_consent: optional(boolean()),
  notifications: optional(notifications),
  requested_checks: optional(list(requestedCheck)),
  requested_tasks: optional(list(requestedTask)),
  required_documents: optional(list(requiredDocument)),
  identity_profile_requirements: optional(identityProfileRequirements),
  advanced_identity_profile_requirements: optional(advancedIdentityProfileRequirements),
  subject: optional(object({ subject_id: nonBlank })),
  sdk_config: optional(sdkConfig),
  create_identity_profile_preview: optional(boolean()),
  // Only the PHP SDK bounds the TTL (30 to 365 days); outside that range is an advisory.
  import_token: optional(object({ ttl: integer({ min: 1 }) })),
  ibv_options: optional(
    object({
      support: oneOf(IBV_SUPPORT),
      guidance_url: optional(url),
      user_price: optional(object({ amount: nonBlank, currency: oneOf(IBV_CURRENCIES) })),
    }),
  ),
  // Java types the applicant profile Map<String, Object>; Yoti's page nests structured_postal_address.
  resources: optional(object({ applicant_profile: record(nonBlank, json()) })),
  ephemeral_media: optional(boolean()),
});

export const envelope = object({
  name: nonBlank,
  is_private: boolean(),
  session_config: sessionConfigPayload,
});

/** A check as the API receives it in `requested_checks`. */
export type RequestedCheckJson = Infer<typeof requestedCheck>;
/** A task as the API receives it in `requested_tasks`. */
export type RequestedTaskJson = Infer<typeof requestedTask>;
/** A document as the API receives it in `required_documents`. */
export type RequiredDocumentJson = Infer<typeof requiredDocument>;
/** The `filter` object of a required document. */
export type DocumentFilterJson = Infer<typeof documentFilter>;
/** The `notifications` object. */
export type NotificationsJson = Infer<typeof notifications>;
/** The `sdk_config` object. */
export type SdkConfigJson = Infer<typeof sdkConfig>;
/** The `identity_profile_requirements` object. */
export type IdentityProfileJson = Infer<typeof identityProfileRequirements>;
/** The `advanced_identity_profile_requirements` object. */
export type AdvancedIdentityProfileJson = Infer<typeof advancedIdentityProfileRequirements>;

/** The IDV session payload stored under `session_config`. */
export interface SessionConfigJson extends Infer<typeof sessionConfigPayload> {}

/** The body of `POST /v2/idv/sessions/configs`: what `toJSON()` returns. */
export interface SessionConfigEnvelope {
  /** The configuration's name; envelopes refer to it as `session_config_name`. */
  name: string;
  /** `true`: only the API key that created it may use the configuration. */
  is_private: boolean;
  /** The IDV session payload. */
  session_config: SessionConfigJson;
}
