/**
 * The public type-state of the builder. `Used` is a flat union of string facts: the builder
 * methods called so far (`'name'`, `'liveness'`, ...) and what the documents add up to
 * (`'doc:id'`, `'doc:supplementary'`, `'docs:1'`, `'docs:2'` for one and for two or more).
 * A method that would break a rule becomes `ConfigError<Message>` on the spot; rules that depend
 * on calls in any order are checked on the terminal.
 */
import type {
  COMPARISON_NEEDS_TWO_DOCUMENTS,
  DEADLINE_FORMAT,
  DuplicateRequestMessage,
  ID_DOCUMENT_REQUIRED,
  NAME_REQUIRED,
  RESOURCES_TTL_MINIMUM,
  SUPPLEMENTARY_EXTRACTION_NEEDS_DOCUMENT,
  TOKEN_TTL_MINIMUM,
} from '../messages.js';
import type { SupplementaryObjective, WatchlistCategory } from '../schema/enums.js';
import type { CountryCode } from '../schema/countries.js';
import type { SessionConfigEnvelope } from '../schema/payload.js';
import type { NeedsIdDocument } from '../schema/requests.js';
import type { Advisory, AdvisoryOptions } from '../advisories.js';
import type { AtLeast, ConfigError, NonEmpty, NonEmptyString } from './config-error.js';
import type {
  DocumentAuthenticityOptions,
  DocumentComparisonOptions,
  DocumentSchemeValidityOptions,
  FaceComparisonOptions,
  FamiliarFaceSearchOptions,
  IbvCheckOptions,
  FaceMatchOptions,
  IdDocumentOptions,
  LivenessOptions,
  SupplementaryDocumentOptions,
  SupplementaryDocumentType,
  SupplementaryTextExtractionOptions,
  TextExtractionOptions,
  ThirdPartyIdentityOptions,
  WatchlistAdvancedCaOptions,
  WatchlistScreeningOptions,
} from './options.js';
import type {
  AdvancedIdentityProfileOptions,
  IbvOptions,
  IdentityProfileOptions,
  ImportTokenOptions,
  NotificationsCall,
  ResourcesOptions,
  SdkConfigCall,
  SubjectCall,
} from './payload-options.js';

/**
 * The shape of an ISO 8601 date-time with an offset: a date, `T`, a time, then `Z` or `±hh:mm`.
 * The run time checks the rest (digits, and that the date exists).
 */
export type IsoDateTime = `${string}-${string}-${string}T${string}:${string}${'Z' | `+${number}:${number}` | `-${number}:${number}`}`;

/** Checks a deadline literal against {@link IsoDateTime}; a `string` from elsewhere is left to the run time. */
type DateTimeLiteral<Value extends string> = string extends Value
  ? unknown
  : Value extends IsoDateTime
    ? unknown
    : ConfigError<typeof DEADLINE_FORMAT>;

/**
 * A builder whose state is unknown: what helper functions take and return. Every builder is
 * assignable to it; its methods are all callable and its terminal is checked at run time only.
 *
 * @example
 * ```ts
 * const withSanctions = (builder: AnySessionConfigBuilder): AnySessionConfigBuilder =>
 *   builder.check.watchlistScreening({ categories: ['SANCTIONS'] });
 * ```
 */
export type AnySessionConfigBuilder = SessionConfigBuilder<string>;

/**
 * The next builder. Once the state is wide (`string`), it stays `AnySessionConfigBuilder`: a
 * fixed type makes two builders comparable without the compiler unfolding the state forever.
 */
type Next<Used extends string, Added extends string> = string extends Used
  ? AnySessionConfigBuilder
  : SessionConfigBuilder<Used | Added>;

/** The facts the documents add up to; `.without.documents()` takes them all back. */
type DocumentFact = 'doc:id' | 'doc:supplementary' | 'docs:1' | 'docs:2';

/** `Method` may be requested once; the second request is blocked with the duplicate message. */
type Once<Used extends string, Section extends string, Method extends string, Call> = Method extends Used
  ? string extends Used
    ? Call
    : ConfigError<DuplicateRequestMessage<`${Section}.${Method}`>>
  : Call;

/** What adding one more document does to the count facts. */
type CountDocument<Used extends string> = 'docs:1' extends Used ? 'docs:2' : 'docs:1';

/** The first rule the state breaks, or `never`. Checked in the order the rules are listed in the docs. */
export type TerminalViolation<Used extends string> = string extends Used
  ? never
  : 'name' extends Used
    ? 'supplementaryTextExtraction' extends Used
      ? 'doc:supplementary' extends Used
        ? DocumentViolation<Used>
        : typeof SUPPLEMENTARY_EXTRACTION_NEEDS_DOCUMENT
      : DocumentViolation<Used>
    : typeof NAME_REQUIRED;

type DocumentViolation<Used extends string> = 'docs:1' extends Used
  ? 'doc:id' extends Used
    ? ComparisonViolation<Used>
    : [Extract<Used, NeedsIdDocument>] extends [never]
      ? ComparisonViolation<Used>
      : typeof ID_DOCUMENT_REQUIRED
  : ComparisonViolation<Used>;

type ComparisonViolation<Used extends string> = 'documentComparison' extends Used
  ? 'docs:2' extends Used
    ? never
    : typeof COMPARISON_NEEDS_TWO_DOCUMENTS
  : never;

/** A terminal: callable when the state breaks no rule, otherwise blocked with the first rule's message. */
type Terminal<Used extends string, Call> = [TerminalViolation<Used>] extends [never] ? Call : ConfigError<TerminalViolation<Used>>;

// Declared variance. A blocked member is a `ConfigError`, not a function, so that the compiler
// reports a broken rule on the member's name; measured member by member, a builder with blocked
// members would then not be assignable to `AnySessionConfigBuilder`. `out Used` makes the compiler
// compare builders by their facts instead: a builder is assignable to one whose facts include its
// own, so every builder is assignable to `SessionConfigBuilder<string>`. The compiler's own check
// of that annotation fails on exactly those conditional members, so it is silenced by a
// `@ts-ignore` JSDoc comment on the type parameter: declaration emit keeps JSDoc comments (and
// drops `//` ones), and the directive must reach the `.d.ts` files that users check with
// `skipLibCheck: false`. docs/templates.md states the trade.

/**
 * An immutable session-configuration builder. Every method returns a new builder; the one it
 * was called on never changes, so a shared template can be extended by many teams.
 *
 * @typeParam Used - the facts gathered so far; you never write it by hand.
 */
export interface SessionConfigBuilder<
  /** @ts-ignore declared variance: see docs/templates.md, "Why a hand-written type is trusted" */
  out Used extends string = never,
> {
  /**
   * Names the configuration (required before any terminal). Calling it again replaces the name.
   * @example
   * ```ts
   * sessionConfig().name('KYC'); // { "name": "KYC", ... }
   * ```
   */
  name<const Name extends string>(name: Name & NonEmptyString<Name, 'name'>): Next<Used, 'name'>;

  /**
   * `true`: only the API key that creates it may use the configuration. Emitted always (default `false`).
   * @example
   * ```ts
   * sessionConfig().name('KYC').isPrivate(true); // { "is_private": true, ... }
   * ```
   */
  isPrivate(isPrivate: boolean): Next<Used, never>;

  /**
   * Seconds the client session token lives: an integer above 300 (Yoti recommends at least 900).
   * @example
   * ```ts
   * sessionConfig().clientSessionTokenTtl(1200); // "client_session_token_ttl": 1200
   * ```
   */
  clientSessionTokenTtl<const Seconds extends number>(
    seconds: Seconds & AtLeast<Seconds, 301, 'clientSessionTokenTtl', typeof TOKEN_TTL_MINIMUM>,
  ): Next<Used, never>;

  /**
   * The time by which the session must be completed: a `Date`, or an ISO 8601 date-time with
   * an offset. A `Date` is sent as `toISOString()`; a string is sent as written.
   * @example
   * ```ts
   * sessionConfig().sessionDeadline('2030-06-30T17:00:00.000Z'); // "session_deadline": "2030-06-30T17:00:00.000Z"
   * ```
   */
  sessionDeadline<const Deadline extends string>(deadline: Date | (Deadline & DateTimeLiteral<Deadline>)): Next<Used, never>;

  /**
   * Seconds that uploaded media is kept: at least 86400, and at least the token TTL + 86400.
   * @example
   * ```ts
   * sessionConfig().resourcesTtl(2630000); // "resources_ttl": 2630000
   * ```
   */
  resourcesTtl<const Seconds extends number>(
    seconds: Seconds & AtLeast<Seconds, 86400, 'resourcesTtl', typeof RESOURCES_TTL_MINIMUM>,
  ): Next<Used, never>;

  /**
   * An opaque id that ties sessions of one user together. It must not contain personal data.
   * @example
   * ```ts
   * sessionConfig().userTrackingId('user-7f3a'); // "user_tracking_id": "user-7f3a"
   * ```
   */
  userTrackingId<const Id extends string>(id: Id & NonEmptyString<Id, 'userTrackingId'>): Next<Used, never>;

  /**
   * `true` skips the biometric consent screen. Yoti recommends leaving it `false`.
   * @example
   * ```ts
   * sessionConfig().blockBiometricConsent(false); // "block_biometric_consent": false
   * ```
   */
  blockBiometricConsent(block: boolean): Next<Used, never>;

  /**
   * Front-end settings (`sdk_config`): capture methods, colours, locale, redirects, consent flow,
   * suppressed screens. Colour literals must be `#RRGGBB`; `suppressedScreens` must not be an
   * empty literal; values the compiler cannot see are checked by the terminal. Calling it again
   * replaces the whole object.
   * @example
   * ```ts
   * sessionConfig().sdkConfig({ primaryColour: '#2d9fff', locale: 'en-GB', presetIssuingCountry: 'GBR' });
   * // "sdk_config": { "primary_colour": "#2d9fff", "locale": "en-GB", "preset_issuing_country": "GBR" }
   * ```
   */
  readonly sdkConfig: SdkConfigCall<Next<Used, never>>;

  /**
   * The webhook (`notifications`). An `endpoint` literal must start with `https://`; an
   * `authType` needs an `authToken`. Topics are de-duplicated. Calling it again replaces the object.
   * @example
   * ```ts
   * sessionConfig().notifications({ endpoint: 'https://example.com/hooks', authType: 'BEARER', authToken: 'token', topics: ['SESSION_COMPLETION'] });
   * // "notifications": { "endpoint": "https://example.com/hooks", "auth_type": "BEARER", "auth_token": "token", "topics": ["SESSION_COMPLETION"] }
   * ```
   */
  readonly notifications: NotificationsCall<Next<Used, never>>;

  /**
   * An identity profile (`identity_profile_requirements`): Yoti derives the checks and documents
   * from the scheme, so add no checks, tasks or documents of your own (an advisory says so).
   * @example
   * ```ts
   * sessionConfig().identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'RTW' } });
   * // "identity_profile_requirements": { "trust_framework": "UK_TFIDA", "scheme": { "type": "RTW" } }
   * ```
   */
  identityProfile(options: IdentityProfileOptions): Next<Used, never>;

  /**
   * Several identity profiles (`advanced_identity_profile_requirements`), each scheme labelled so
   * its result can be found. Use it instead of `identityProfile`, not with it.
   * @example
   * ```ts
   * sessionConfig().advancedIdentityProfile({
   *   profiles: [{ trustFramework: 'YOTI_GLOBAL', schemes: [{ type: 'IDENTITY', objective: 'AL_L1', label: 'identity' }] }],
   * });
   * // "advanced_identity_profile_requirements": { "profiles": [{ "trust_framework": "YOTI_GLOBAL", "schemes": [...] }] }
   * ```
   */
  advancedIdentityProfile(options: AdvancedIdentityProfileOptions): Next<Used, never>;

  /**
   * Your id for the person (`subject`), echoed in identity-profile reports. Not an empty literal.
   * @example
   * ```ts
   * sessionConfig().subject({ subjectId: 'subject-42' }); // "subject": { "subject_id": "subject-42" }
   * ```
   */
  readonly subject: SubjectCall<Next<Used, never>>;

  /**
   * Asks for an identity-profile preview document. Sent only by some official SDKs: **not
   * verified with the Yoti Sign API** (reported as an advisory).
   * @example
   * ```ts
   * sessionConfig().createIdentityProfilePreview(true); // "create_identity_profile_preview": true
   * ```
   */
  createIdentityProfilePreview(enabled: boolean): Next<Used, never>;

  /**
   * Requests an import token, to reuse the result in a Digital ID; `ttl` from 2592000 to
   * 31536000 seconds, default 31536000. Sent only by some official SDKs: **not verified with the
   * Yoti Sign API** (reported as an advisory).
   * @example
   * ```ts
   * sessionConfig().importToken({ ttl: 2592000 }); // "import_token": { "ttl": 2592000 }
   * ```
   */
  importToken(options?: ImportTokenOptions): Next<Used, never>;

  /**
   * In-Branch Verification options (`ibv_options`). Sent only by some official SDKs: **not
   * verified with the Yoti Sign API** (reported as an advisory).
   * @example
   * ```ts
   * sessionConfig().ibvOptions({ support: 'MANDATORY', userPrice: { amount: '5.00', currency: 'GBP' } });
   * // "ibv_options": { "support": "MANDATORY", "user_price": { "amount": "5.00", "currency": "GBP" } }
   * ```
   */
  ibvOptions(options: IbvOptions): Next<Used, never>;

  /**
   * Resources created with the session (`resources`): an applicant profile. Sent only by one
   * official SDK: **not verified with the Yoti Sign API** (reported as an advisory).
   * @example
   * ```ts
   * sessionConfig().resources({ applicantProfile: { given_names: 'Ada' } });
   * // "resources": { "applicant_profile": { "given_names": "Ada" } }
   * ```
   */
  resources(options: ResourcesOptions): Next<Used, never>;

  /**
   * `ephemeral_media` (Go SDK `WithEphemeralMedia`; its effect is undocumented). Sent only by one
   * official SDK: **not verified with the Yoti Sign API** (reported as an advisory).
   * @example
   * ```ts
   * sessionConfig().ephemeralMedia(true); // "ephemeral_media": true
   * ```
   */
  ephemeralMedia(enabled: boolean): Next<Used, never>;

  /**
   * Strict mode: the terminal also fails on advisories, with `InvalidConfigError` listing them
   * among its issues. `strict(false)` turns it off again. Adds nothing to the JSON.
   * @example
   * ```ts
   * sessionConfig().name('KYC').strict().clientSessionTokenTtl(600).toJSON();
   * // throws InvalidConfigError: session_config.client_session_token_ttl: a token TTL under 900 seconds soon shows users ...
   * ```
   */
  strict(enabled?: boolean): Next<Used, never>;

  /**
   * The soft rules this configuration breaks (`{ code, path, message }`, in JSON order): the API
   * accepts them, but sessions misbehave. Works at any point of the chain and never throws;
   * errors are the terminal's business.
   * @example
   * ```ts
   * sessionConfig().check.faceMatch({ manualCheck: 'FALLBACK' }).advisories();
   * // [{ code: 'face_match_without_liveness', path: ['session_config', 'requested_checks', 0], message: '...' }]
   * ```
   */
  advisories(options?: AdvisoryOptions): Advisory[];

  /** Checks to run (`requested_checks`), each at most once. */
  readonly check: CheckSection<Used>;
  /** Tasks to run (`requested_tasks`), each at most once. */
  readonly task: TaskSection<Used>;
  /** Documents to collect (`required_documents`), in the order they are listed. */
  readonly document: DocumentSection<Used>;
  /**
   * Takes back what a template requested, so a team can request it again with its own options.
   * @example
   * ```ts
   * kycBase.without.check.liveness().check.liveness({ maxRetries: 5 });
   * ```
   */
  readonly without: WithoutSection<Used>;

  /**
   * The Yoti Sign body `{ name, is_private, session_config }` as a fresh plain object.
   * Needs `.name()` and a state that breaks no rule; throws `InvalidConfigError` listing every
   * problem for values the compiler could not see. `JSON.stringify(builder)` gives the same.
   * @example
   * ```ts
   * sessionConfig().name('KYC').check.liveness().toJSON();
   * // { "name": "KYC", "is_private": false, "session_config": { "requested_checks": [{ "type": "LIVENESS", ... }], "requested_tasks": [] } }
   * ```
   */
  toJSON: Terminal<Used, () => SessionConfigEnvelope>;

  /**
   * Stores the configuration in Yoti Sign: `POST {baseUrl}/v2/idv/sessions/configs` with
   * `Authorization: Bearer <apiKey>` and exactly the `toJSON()` body. Needs what `toJSON()` needs,
   * and validates the same way before anything is sent: an invalid configuration, a blank key
   * or a bad option rejects without a request. Not retried unless `retry` is set. Rejects with
   * `ApiError` when the call fails; the key appears in no error.
   * @example
   * ```ts
   * const { status, body } = await sessionConfig().name('KYC').check.liveness().create(apiKey);
   * // sends { "name": "KYC", "is_private": false, "session_config": { ... } }
   * ```
   */
  create: Terminal<
    Used,
    (apiKey: string, options?: import('../http/types.js').RequestOptions) => Promise<import('../http/types.js').CreatedSessionConfig>
  >;
}

/** `builder.check.*`: each adds one element to `requested_checks`. */
export interface CheckSection<
  /** @ts-ignore declared variance, as on `SessionConfigBuilder` */
  out Used extends string,
> {
  /**
   * `ID_DOCUMENT_AUTHENTICITY`: is the ID document genuine? Needs an ID document.
   * @example
   * ```ts
   * b.check.documentAuthenticity({ manualCheck: 'FALLBACK' });
   * // { "type": "ID_DOCUMENT_AUTHENTICITY", "config": { "manual_check": "FALLBACK" } }
   * ```
   */
  readonly documentAuthenticity: Once<Used, 'check', 'documentAuthenticity', (options?: DocumentAuthenticityOptions) => Next<Used, 'documentAuthenticity'>>;

  /**
   * `ID_DOCUMENT_COMPARISON`: do two documents belong to the same person? Needs two documents,
   * one of them an ID document; has no manual review.
   * @example
   * ```ts
   * b.check.documentComparison(); // { "type": "ID_DOCUMENT_COMPARISON", "config": {} }
   * ```
   */
  readonly documentComparison: Once<Used, 'check', 'documentComparison', (options?: DocumentComparisonOptions) => Next<Used, 'documentComparison'>>;

  /**
   * `ID_DOCUMENT_FACE_MATCH`: does the face match the ID document's photo? `manualCheck` is required.
   * @example
   * ```ts
   * b.check.faceMatch({ manualCheck: 'FALLBACK' });
   * // { "type": "ID_DOCUMENT_FACE_MATCH", "config": { "manual_check": "FALLBACK" } }
   * ```
   */
  readonly faceMatch: Once<Used, 'check', 'faceMatch', (withManualCheck: FaceMatchOptions) => Next<Used, 'faceMatch'>>;

  /**
   * `LIVENESS`: is a live person present? Defaults to `ZOOM` with one attempt; both are always emitted.
   * @example
   * ```ts
   * b.check.liveness({ maxRetries: 3 });
   * // { "type": "LIVENESS", "config": { "liveness_type": "ZOOM", "max_retries": 3 } }
   * ```
   */
  readonly liveness: Once<
    Used,
    'check',
    'liveness',
    <const Retries extends number = 1>(options?: LivenessOptions<Retries>) => Next<Used, 'liveness'>
  >;

  /**
   * `FACE_COMPARISON`: compare the live face with a reference image uploaded after the session
   * is created. `manualCheck` is required; use `NEVER`.
   * @example
   * ```ts
   * b.check.faceComparison({ manualCheck: 'NEVER' });
   * // { "type": "FACE_COMPARISON", "config": { "manual_check": "NEVER" } }
   * ```
   */
  readonly faceComparison: Once<Used, 'check', 'faceComparison', (withManualCheck: FaceComparisonOptions) => Next<Used, 'faceComparison'>>;

  /**
   * `THIRD_PARTY_IDENTITY`: the address check against third-party data.
   * @example
   * ```ts
   * b.check.thirdPartyIdentity({ manualCheck: 'NEVER' });
   * // { "type": "THIRD_PARTY_IDENTITY", "config": { "manual_check": "NEVER" } }
   * ```
   */
  readonly thirdPartyIdentity: Once<Used, 'check', 'thirdPartyIdentity', (options?: ThirdPartyIdentityOptions) => Next<Used, 'thirdPartyIdentity'>>;

  /**
   * `WATCHLIST_SCREENING`: standard AML screening on the ID document's data.
   * @example
   * ```ts
   * b.check.watchlistScreening({ categories: ['SANCTIONS', 'ADVERSE-MEDIA'] });
   * // { "type": "WATCHLIST_SCREENING", "config": { "categories": ["SANCTIONS", "ADVERSE-MEDIA"] } }
   * ```
   */
  readonly watchlistScreening: Once<
    Used,
    'check',
    'watchlistScreening',
    <const Categories extends readonly WatchlistCategory[]>(options?: WatchlistScreeningOptions<Categories>) => Next<Used, 'watchlistScreening'>
  >;

  /**
   * `WATCHLIST_ADVANCED_CA`: ComplyAdvantage screening on Yoti's account or your own.
   * @example
   * ```ts
   * b.check.watchlistAdvancedCa({
   *   type: 'WITH_YOTI_ACCOUNT',
   *   sources: { type: 'TYPE_LIST', types: ['pep'] },
   *   matchingStrategy: { type: 'FUZZY', fuzziness: 0.5 },
   * });
   * // { "type": "WATCHLIST_ADVANCED_CA", "config": { "type": "WITH_YOTI_ACCOUNT", "sources": {...}, "matching_strategy": {...} } }
   * ```
   */
  readonly watchlistAdvancedCa: Once<
    Used,
    'check',
    'watchlistAdvancedCa',
    <const Fuzziness extends number>(options: WatchlistAdvancedCaOptions<Fuzziness>) => Next<Used, 'watchlistAdvancedCa'>
  >;

  /**
   * `FAMILIAR_FACE_SEARCH`: search a face pool for the user's face (Yoti's "configure face search" page).
   * @example
   * ```ts
   * b.check.familiarFaceSearch({ poolId: 'c3a1b2d4-0000-4000-8000-000000000000', approvalCriteria: 'NO_MATCH' });
   * // { "type": "FAMILIAR_FACE_SEARCH", "config": { "pool_id": "c3a1b2d4-...", "approval_criteria": "NO_MATCH" } }
   * ```
   */
  readonly familiarFaceSearch: Once<Used, 'check', 'familiarFaceSearch', (options: FamiliarFaceSearchOptions) => Next<Used, 'familiarFaceSearch'>>;

  /**
   * `IBV_VISUAL_REVIEW_CHECK`, an In-Branch Verification check of the Java SDK (reported as an
   * unverified advisory). `manualCheck` may also be `IBV`.
   * @example
   * ```ts
   * b.check.ibvVisualReview({ manualCheck: 'IBV' });
   * // { "type": "IBV_VISUAL_REVIEW_CHECK", "config": { "manual_check": "IBV" } }
   * ```
   */
  readonly ibvVisualReview: Once<Used, 'check', 'ibvVisualReview', (options?: IbvCheckOptions) => Next<Used, 'ibvVisualReview'>>;

  /**
   * `PROFILE_DOCUMENT_MATCH`, an In-Branch Verification check of the Java SDK (reported as an
   * unverified advisory).
   * @example
   * ```ts
   * b.check.profileDocumentMatch({ manualCheck: 'IBV' });
   * // { "type": "PROFILE_DOCUMENT_MATCH", "config": { "manual_check": "IBV" } }
   * ```
   */
  readonly profileDocumentMatch: Once<Used, 'check', 'profileDocumentMatch', (options?: IbvCheckOptions) => Next<Used, 'profileDocumentMatch'>>;

  /**
   * `DOCUMENT_SCHEME_VALIDITY_CHECK`, an In-Branch Verification check of the Java SDK (reported
   * as an unverified advisory): is the document valid for `scheme`?
   * @example
   * ```ts
   * b.check.documentSchemeValidity({ manualCheck: 'IBV', scheme: 'UK_DBS' });
   * // { "type": "DOCUMENT_SCHEME_VALIDITY_CHECK", "config": { "manual_check": "IBV", "scheme": "UK_DBS" } }
   * ```
   */
  readonly documentSchemeValidity: Once<
    Used,
    'check',
    'documentSchemeValidity',
    (options: DocumentSchemeValidityOptions) => Next<Used, 'documentSchemeValidity'>
  >;
}

/** `builder.task.*`: each adds one element to `requested_tasks`. */
export interface TaskSection<
  /** @ts-ignore declared variance, as on `SessionConfigBuilder` */
  out Used extends string,
> {
  /**
   * `ID_DOCUMENT_TEXT_DATA_EXTRACTION`: read the ID document's data. Every option is optional.
   * @example
   * ```ts
   * b.task.textExtraction({ manualCheck: 'FALLBACK', chipData: 'DESIRED' });
   * // { "type": "ID_DOCUMENT_TEXT_DATA_EXTRACTION", "config": { "manual_check": "FALLBACK", "chip_data": "DESIRED" } }
   * ```
   */
  readonly textExtraction: Once<Used, 'task', 'textExtraction', (options?: TextExtractionOptions) => Next<Used, 'textExtraction'>>;

  /**
   * `SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION`: read a supplementary document's data. Needs
   * `.document.supplementary(...)` (before or after); every option is optional.
   * @example
   * ```ts
   * b.task.supplementaryTextExtraction({ manualCheck: 'FALLBACK' });
   * // { "type": "SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION", "config": { "manual_check": "FALLBACK" } }
   * ```
   */
  readonly supplementaryTextExtraction: Once<
    Used,
    'task',
    'supplementaryTextExtraction',
    (options?: SupplementaryTextExtractionOptions) => Next<Used, 'supplementaryTextExtraction'>
  >;
}

/** `builder.document.*`: each adds one element to `required_documents`. */
export interface DocumentSection<
  /** @ts-ignore declared variance, as on `SessionConfigBuilder` */
  out Used extends string,
> {
  /**
   * An ID document, optionally filtered by country and type.
   * @example
   * ```ts
   * b.document.id({ filter: { type: 'ORTHOGONAL_RESTRICTIONS', typeRestriction: { inclusion: 'WHITELIST', documentTypes: ['PASSPORT'] } } });
   * // { "type": "ID_DOCUMENT", "filter": { "type": "ORTHOGONAL_RESTRICTIONS", "type_restriction": { ... } } }
   * ```
   */
  id<const Codes extends readonly string[] = readonly CountryCode[]>(options?: IdDocumentOptions<Codes>): Next<Used, 'doc:id' | CountDocument<Used>>;

  /**
   * A supplementary document for `objective` (`PROOF_OF_ADDRESS`), of the listed types.
   * @example
   * ```ts
   * b.document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL', 'BANK_STATEMENT']);
   * // { "type": "SUPPLEMENTARY_DOCUMENT", "document_types": ["UTILITY_BILL", "BANK_STATEMENT"], "objective": { "type": "PROOF_OF_ADDRESS" } }
   * ```
   */
  supplementary<
    const Types extends readonly SupplementaryDocumentType[],
    const Codes extends readonly string[] = readonly CountryCode[],
    const FilterCodes extends readonly string[] = readonly CountryCode[],
  >(
    objective: SupplementaryObjective,
    documentTypes?: Types & NonEmpty<Types, 'documentTypes'>,
    options?: SupplementaryDocumentOptions<Codes, FilterCodes>,
  ): Next<Used, 'doc:supplementary' | CountDocument<Used>>;
}

/** One method per check or task: each returns the builder without that request. */
export type Removals<Used extends string, Methods extends string> = {
  readonly [Method in Methods]: () => SessionConfigBuilder<Exclude<Used, Method>>;
};

/**
 * `builder.without.*`: takes back a check, a task or every document, in the JSON and in the type
 * state, so the same kind can be requested again. Removing what was never requested changes nothing.
 */
export interface WithoutSection<Used extends string> {
  /** `without.check.liveness()` drops the liveness check from `requested_checks`. */
  readonly check: Removals<Used, keyof CheckSection<never>>;
  /** `without.task.textExtraction()` drops the text extraction task from `requested_tasks`. */
  readonly task: Removals<Used, keyof TaskSection<never>>;
  /**
   * Drops every required document, so the team lists its own (with none listed, the API collects
   * one ID document by default).
   * @example
   * ```ts
   * kycBase.without.documents().document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL']);
   * ```
   */
  documents(): SessionConfigBuilder<Exclude<Used, DocumentFact>>;
}
