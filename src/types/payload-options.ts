/**
 * Options of the builder methods for the session-wide sections: `sdk_config`, `notifications`,
 * identity profiles, `subject` and the fields only some official SDKs send. As in `options.ts`,
 * keys are the JSON keys in camelCase and the interfaces are written out, so each option carries
 * its own documentation and literals can be checked where the compiler sees them.
 */
import type { CountryCode } from '../schema/countries.js';
import type {
  AttemptCategory,
  BiometricConsentFlow,
  CaptureMethod,
  DarkMode,
  IbvCurrency,
  IbvSupport,
  IdentitySchemeObjective,
  IdentitySchemeType,
  NotificationAuthType,
  NotificationTopic,
  SuppressibleScreen,
  TrustFramework,
} from '../schema/enums.js';
import type { AUTH_TYPE_NEEDS_TOKEN, HEX_COLOUR, HTTPS_ENDPOINT } from '../messages.js';
import type { ConfigError, NonEmpty, NonEmptyString } from './config-error.js';
import type { JsonValue } from './json.js';
import type { DocumentFilter, UnlistedValue } from './options.js';
import type { CheckedCountryCode } from './country-alpha-2.js';

type HexDigit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/**
 * Checks a colour literal: `unknown` for `#RRGGBB` or a non-literal `string` (checked at run
 * time), the error brand otherwise. Each `infer` but the last takes one character, so six
 * steps read the whole literal; a template over six hex-digit slots would expand to 22^6
 * members and is far too costly.
 */
export type HexColour<Value extends string, Option extends string> = string extends Value
  ? unknown
  : Value extends `#${infer A}${infer B}${infer C}${infer D}${infer E}${infer F}`
    ? [A | B | C | D | E | F] extends [HexDigit]
      ? unknown
      : ConfigError<`${Option} ${typeof HEX_COLOUR}`>
    : ConfigError<`${Option} ${typeof HEX_COLOUR}`>;

/** Rejects a URL literal that does not start with `https://`; a non-literal `string` is checked at run time. */
export type HttpsUrl<Value extends string> = string extends Value
  ? unknown
  : Lowercase<Value> extends `https://${string}`
    ? unknown
    : ConfigError<typeof HTTPS_ENDPOINT>;

/** A suppressible screen: a documented id, or `unlisted('...')` for an id outside the published list. */
export type SuppressedScreen = SuppressibleScreen | UnlistedValue;

/** Attempts allowed per category, each a whole number of 1 or more. */
export type AttemptsByCategory = { readonly [Category in AttemptCategory]?: number } & { readonly [category: string]: number };

/**
 * Options of `.sdkConfig(...)`, the front-end settings (`sdk_config`). Every key is optional.
 * The type parameters only carry the literals the compiler checks; you never write them.
 */
export interface SdkConfigOptions<
  Primary extends string = string,
  Secondary extends string = string,
  Font extends string = string,
  PrimaryDark extends string = string,
  Screens extends readonly SuppressedScreen[] = readonly SuppressedScreen[],
  Country extends string = CountryCode,
> {
  /** `CAMERA` (live capture only) or `CAMERA_AND_UPLOAD` (also file upload). */
  readonly allowedCaptureMethods?: CaptureMethod;
  /** Main colour, `#RRGGBB` (Yoti's default is `#2d9fff`). */
  readonly primaryColour?: Primary & HexColour<Primary, 'primaryColour'>;
  /** Button colour, `#RRGGBB`. */
  readonly secondaryColour?: Secondary & HexColour<Secondary, 'secondaryColour'>;
  /** Button text colour, `#RRGGBB`. */
  readonly fontColour?: Font & HexColour<Font, 'fontColour'>;
  /** Main colour in dark mode, `#RRGGBB`. */
  readonly primaryColourDarkMode?: PrimaryDark & HexColour<PrimaryDark, 'primaryColourDarkMode'>;
  /** `ON`, `OFF`, or `AUTO` (follow the device). */
  readonly darkMode?: DarkMode;
  /** Language tag of the user interface, such as `en` or `en-GB`. */
  readonly locale?: string;
  /** Preselects the issuing country of the document (ISO 3166-1 alpha-3, such as `GBR`). */
  readonly presetIssuingCountry?: Country & CheckedCountryCode<Country>;
  /**
   * Where the user goes after a successful capture; without it the host page listens for
   * `postMessage` events. An `http(s)://` URL, or a path such as `/success` (advisory `relative_url`).
   */
  readonly successUrl?: string;
  /** Where the user goes after a failure; like `successUrl`. */
  readonly errorUrl?: string;
  /** Privacy policy linked from the consent screens. */
  readonly privacyPolicyUrl?: string;
  /** Let a desktop user continue on a phone. */
  readonly allowHandoff?: boolean;
  /** When biometric consent is asked: `EARLY` (at the start) or `JUST_IN_TIME` (before the face capture). */
  readonly biometricConsentFlow?: BiometricConsentFlow;
  /**
   * Retries of ID document text extraction per category. The keys are API names and stay as
   * the API spells them: `{ ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: 3, RECLASSIFICATION: 3 } }`.
   */
  readonly attemptsConfiguration?: { readonly ID_DOCUMENT_TEXT_DATA_EXTRACTION?: AttemptsByCategory };
  /** Id of a brand Yoti configured for your organisation. */
  readonly brandId?: string;
  /**
   * Screens to skip, at least one. Skip `ID_DOCUMENT_REQUIREMENTS` only when a filter enforces a
   * specific document. An id outside the documented list needs `unlisted('...')` and is reported
   * as an advisory.
   */
  readonly suppressedScreens?: Screens & NonEmpty<Screens, 'suppressedScreens'>;
}

/**
 * Options of `.notifications(...)`, the webhook (`notifications`). The type parameters carry the
 * literals the compiler checks; you never write them.
 */
export interface NotificationsOptions<
  Endpoint extends string = string,
  AuthType extends NotificationAuthType = never,
  Token extends string | undefined = string,
> {
  /** The `https://` URL Yoti POSTs to (TLS 1.2). */
  readonly endpoint: Endpoint & HttpsUrl<Endpoint>;
  // While the editor completes this value no `AuthType` is inferred yet (`never`), so the plain
  // values are offered; an intersection with the error brand would hide them from completion.
  /** `BASIC` (the token is `user:password`) or `BEARER`. Needs `authToken`. */
  readonly authType?: [AuthType] extends [never]
    ? NotificationAuthType
    : AuthType & ([Token] extends [undefined] ? ConfigError<typeof AUTH_TYPE_NEEDS_TOKEN> : unknown);
  /** The credential Yoti sends back to your endpoint. Never shown in error messages. */
  readonly authToken?: Token;
  /**
   * Events to be told about; duplicates are dropped. Upper case is canonical; the lower-case form
   * Yoti's docs also write (`session_completion`) is accepted and sent as written.
   */
  readonly topics?: readonly NotificationTopicName[];
}

/** A notification topic as Yoti's SDKs write it (upper case) or its docs do (lower case). */
export type NotificationTopicName = NotificationTopic | Lowercase<NotificationTopic>;

/**
 * A scheme and its level. Scheme types and objectives are open sets: `unlisted('NEW_SCHEME')`
 * for one this release does not list. `DBS` needs `BASIC`, `STANDARD` or `ENHANCED`, checked
 * when the JSON is emitted (a union here would hide `DBS` from the editor's completions); any
 * other undocumented pairing is the advisory `undocumented_scheme_objective`.
 */
export interface IdentityScheme {
  /** `RTW`, `RTR`, `DBS`, `DBS_RTW`, `IDENTITY`, `GBR_RTW_SHARECODE`, `CAN_CRC`, or `unlisted('...')`. */
  readonly type: IdentitySchemeType | UnlistedValue;
  /** The scheme's level, such as `BASIC` for `DBS` or `AL_L1` for `IDENTITY`. */
  readonly objective?: IdentitySchemeObjective | UnlistedValue;
}

/** A trust framework and one of its schemes. */
export interface IdentityProfileOptions {
  /** `UK_TFIDA` (UK digital identity framework) or `YOTI_GLOBAL`. */
  readonly trustFramework: TrustFramework;
  /** The scheme within the framework. */
  readonly scheme: IdentityScheme;
}

/** One scheme of an advanced identity profile: a scheme and its level, labelled. */
export interface AdvancedIdentityScheme extends IdentityScheme {
  /** Your name for the scheme; its result is reported under this label (without one: advisory `scheme_without_label`). */
  readonly label?: string;
  /** Restricts the documents the scheme accepts. */
  readonly config?: { readonly filter?: DocumentFilter };
}

/** Several trust frameworks, each with its schemes (`advanced_identity_profile_requirements`). */
export interface AdvancedIdentityProfileOptions {
  /** The profiles, each with its schemes (an empty list is the advisory `empty_identity_profile`). */
  readonly profiles: readonly {
    readonly trustFramework: TrustFramework;
    readonly schemes: readonly AdvancedIdentityScheme[];
  }[];
}

/** The subject of the session (`subject`). */
export interface SubjectOptions<Id extends string = string> {
  /** Your id for the person; echoed in identity-profile reports. It must not contain personal data. */
  readonly subjectId: Id & NonEmptyString<Id, 'subjectId'>;
}

/** Options of `.importToken(...)`. Not verified with the Yoti Sign API. */
export interface ImportTokenOptions {
  /**
   * Seconds the import token lives, default 31536000 (365 days). Outside 2592000 (30 days) to
   * 31536000 it is the advisory `import_token_ttl_out_of_range`: only the PHP SDK bounds it.
   */
  readonly ttl?: number;
}

/** Options of `.ibvOptions(...)`, In-Branch Verification. Not verified with the Yoti Sign API. */
export interface IbvOptions {
  /** `MANDATORY` or `NOT_ALLOWED`. */
  readonly support: IbvSupport;
  /** A page explaining the branch visit. */
  readonly guidanceUrl?: string;
  /** What the user pays at the branch. */
  readonly userPrice?: { readonly amount: string; readonly currency: IbvCurrency };
}

/** Options of `.resources(...)`, resources created with the session. Not verified with the Yoti Sign API. */
export interface ResourcesOptions {
  /** The applicant profile: any JSON values (such as a `structured_postal_address` object); keys are sent as written. */
  readonly applicantProfile: Readonly<Record<string, JsonValue>>;
}

// The three calls below check literals, so they are generic. As builder methods, their generic
// signatures would be unified member by member each time two builders are compared (every
// builder is checked against `AnySessionConfigBuilder`); as callable interfaces over the result
// type, the compiler compares them by the variance of `Result` instead, which costs a fraction.

/** The call signature of `.sdkConfig(...)`; its type parameters only carry checked literals. */
export interface SdkConfigCall<Result> {
  <
    const Primary extends string = string,
    const Secondary extends string = string,
    const Font extends string = string,
    const PrimaryDark extends string = string,
    const Screens extends readonly SuppressedScreen[] = readonly SuppressedScreen[],
    const Country extends string = CountryCode,
  >(
    options: SdkConfigOptions<Primary, Secondary, Font, PrimaryDark, Screens, Country>,
  ): Result;
}

/** The call signature of `.notifications(...)`; its type parameters only carry checked literals. */
export interface NotificationsCall<Result> {
  <const Endpoint extends string, const AuthType extends NotificationAuthType = never, const Token extends string | undefined = undefined>(
    options: NotificationsOptions<Endpoint, AuthType, Token>,
  ): Result;
}

/** The call signature of `.subject(...)`; its type parameter only carries the checked literal. */
export interface SubjectCall<Result> {
  <const Id extends string>(options: SubjectOptions<Id>): Result;
}
