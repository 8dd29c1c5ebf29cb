/**
 * Soft rules: configurations the API accepts but that break sessions in practice (the fact
 * sheet's rules whose policy is "warn"). They never block emission; `builder.advisories()`
 * reports them, and a strict builder turns them into errors.
 */
import { closest } from './internal/closest.js';
import { describeValue, formatPath, isPlainObject, type AdvisoryCode, type IssuePath } from './internal/issue.js';
import { collectingUnknownValues, parse, type UnknownValue } from './internal/parse.js';
import {
  AUTH_TOKEN_WITHOUT_AUTH_TYPE,
  BOTH_IDENTITY_PROFILES,
  comparisonWithoutTextExtractionMessage,
  DEADLINE_TOO_SOON,
  DEADLINE_WITH_TOKEN_TTL,
  didYouMeanMessage,
  EMPTY_IDENTITY_PROFILE,
  EMPTY_WATCHLIST_CATEGORIES,
  FACE_COMPARISON_IN_STORED_CONFIG,
  FACE_COMPARISON_MANUAL_CHECK_NO_EFFECT,
  FACE_MATCH_WITHOUT_LIVENESS,
  IDENTITY_PROFILE_WITH_REQUESTS,
  IMPORT_TOKEN_TTL_RANGE,
  LIVENESS_MANUAL_CHECK_NO_EFFECT,
  RELATIVE_URL,
  REPEATED_VALUE,
  SCHEME_WITHOUT_LABEL,
  THIRD_PARTY_WITHOUT_TEXT_EXTRACTION,
  TOKEN_TTL_SHORT,
  UNDOCUMENTED_SCHEME_OBJECTIVE,
  unknownValueMessage,
  unverifiedSdkFieldMessage,
  WATCHLIST_WITHOUT_TEXT_EXTRACTION,
} from './messages.js';
import { SCHEME_OBJECTIVES } from './schema/enums.js';
import { envelope as envelopeSchema, type SessionConfigEnvelope } from './schema/payload.js';


export type { AdvisoryCode };

/** One soft rule a configuration breaks: where, which rule, and what to do about it. */
export interface Advisory {
  /** Where in the JSON, as in an issue: keys and array indexes from the envelope down. */
  readonly path: IssuePath;
  /** Which soft rule; stable across releases. */
  readonly code: AdvisoryCode;
  /** The JSON path, then an instruction. */
  readonly message: string;
}

/** Options of `advisories()` and `adviseSessionConfig()`. */
export interface AdvisoryOptions {
  /** The time a session deadline is compared with; the current time by default. */
  readonly now?: Date | number;
}

type Loose = Record<string, unknown>;

const SESSION = 'session_config';
const ID_EXTRACTION = 'ID_DOCUMENT_TEXT_DATA_EXTRACTION';
const SUPPLEMENTARY_EXTRACTION = 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION';
/** The token TTL below which users see a "session nearly expired" prompt early (Yoti docs: system preferences). */
const COMFORTABLE_TOKEN_TTL = 900;
const DEADLINE_MARGIN_MS = 5 * 60 * 1000;
/** Fields only some official SDKs send, with the builder method that sets each. */
const SDK_ONLY_FIELDS = [
  ['create_identity_profile_preview', 'createIdentityProfilePreview'],
  ['import_token', 'importToken'],
  ['ibv_options', 'ibvOptions'],
  ['resources', 'resources'],
  ['ephemeral_media', 'ephemeralMedia'],
] as const;
/** Checks only the Java SDK sends (In-Branch Verification), with the builder method that adds each. */
const SDK_ONLY_CHECKS: Readonly<Record<string, string>> = {
  IBV_VISUAL_REVIEW_CHECK: 'check.ibvVisualReview',
  PROFILE_DOCUMENT_MATCH: 'check.profileDocumentMatch',
  DOCUMENT_SCHEME_VALIDITY_CHECK: 'check.documentSchemeValidity',
};
/** The import token lifetimes the PHP SDK accepts (`ImportToken.php`); no other SDK bounds it. */
const IMPORT_TOKEN_TTL = { min: 2592000, max: 31536000 };

/**
 * Lists the soft rules an envelope breaks, in JSON order. Pass a valid envelope (what
 * `toJSON()` or `validateSessionConfig` returns); parts that are missing or malformed are
 * skipped, never reported twice.
 *
 * @example
 * ```ts
 * const result = validateSessionConfig(JSON.parse(text));
 * if (result.ok) for (const advisory of adviseSessionConfig(result.value)) console.warn(advisory.message);
 * ```
 */
export function adviseSessionConfig(envelope: SessionConfigEnvelope, options: AdvisoryOptions = {}): Advisory[] {
  const config = objectOrUndefined((envelope as unknown as Loose | undefined)?.[SESSION]);
  const advisories: Advisory[] = [];
  if (config === undefined) return advisories;
  const add = (path: IssuePath, code: AdvisoryCode, message: string) => {
    advisories.push({ path, code, message: `${formatPath(path)}: ${message}` });
  };

  const tokenTtl = config['client_session_token_ttl'];
  const deadline = config['session_deadline'];
  if (typeof tokenTtl === 'number' && tokenTtl < COMFORTABLE_TOKEN_TTL) {
    add([SESSION, 'client_session_token_ttl'], 'token_ttl_short', TOKEN_TTL_SHORT);
  }
  if (deadline !== undefined && tokenTtl !== undefined) add([SESSION, 'session_deadline'], 'deadline_with_token_ttl', DEADLINE_WITH_TOKEN_TTL);
  if (typeof deadline === 'string') {
    const now = options.now === undefined ? Date.now() : Number(options.now);
    if (Date.parse(deadline) - now < DEADLINE_MARGIN_MS) add([SESSION, 'session_deadline'], 'deadline_too_soon', DEADLINE_TOO_SOON);
  }

  const notifications = objectOrUndefined(config['notifications']);
  if (notifications?.['auth_token'] !== undefined && notifications['auth_type'] === undefined) {
    add([SESSION, 'notifications', 'auth_token'], 'auth_token_without_auth_type', AUTH_TOKEN_WITHOUT_AUTH_TYPE);
  }

  const checks = objects(config['requested_checks']);
  const tasks = objects(config['requested_tasks']);
  const documents = objects(config['required_documents']);
  const checkTypes = checks.map(typeOf);
  const taskTypes = tasks.map(typeOf);
  const documentTypes = documents.map(typeOf);
  const idExtraction = taskTypes.includes(ID_EXTRACTION);
  const supplementaryExtraction = taskTypes.includes(SUPPLEMENTARY_EXTRACTION);

  checks.forEach((check, index) => {
    const path = [SESSION, 'requested_checks', index];
    const manualCheck = objectOrUndefined(check['config'])?.['manual_check'];
    const manualCheckPath = [...path, 'config', 'manual_check'];
    switch (check['type']) {
      case 'ID_DOCUMENT_FACE_MATCH':
        if (!checkTypes.includes('LIVENESS')) add(path, 'face_match_without_liveness', FACE_MATCH_WITHOUT_LIVENESS);
        break;
      case 'LIVENESS':
        // The Go and PHP SDKs send NEVER for static liveness; it loads, but does nothing.
        if (manualCheck === 'NEVER') add(manualCheckPath, 'manual_check_no_effect', LIVENESS_MANUAL_CHECK_NO_EFFECT);
        break;
      case 'FACE_COMPARISON':
        add(path, 'face_comparison_in_stored_config', FACE_COMPARISON_IN_STORED_CONFIG);
        if (manualCheck === 'ALWAYS' || manualCheck === 'FALLBACK') {
          add(manualCheckPath, 'manual_check_no_effect', FACE_COMPARISON_MANUAL_CHECK_NO_EFFECT);
        }
        break;
      case 'WATCHLIST_SCREENING': {
        const categories = objectOrUndefined(check['config'])?.['categories'];
        if (!Array.isArray(categories) || categories.length === 0) {
          const at = check['config'] === undefined ? path : [...path, 'config', ...(categories === undefined ? [] : ['categories'])];
          add(at, 'empty_watchlist_categories', EMPTY_WATCHLIST_CATEGORIES);
        }
        if (!idExtraction) add(path, 'watchlist_without_text_extraction', WATCHLIST_WITHOUT_TEXT_EXTRACTION);
        break;
      }
      case 'WATCHLIST_ADVANCED_CA':
        if (!idExtraction) add(path, 'watchlist_without_text_extraction', WATCHLIST_WITHOUT_TEXT_EXTRACTION);
        break;
      case 'THIRD_PARTY_IDENTITY':
        if (!idExtraction && !supplementaryExtraction) add(path, 'third_party_without_text_extraction', THIRD_PARTY_WITHOUT_TEXT_EXTRACTION);
        break;
      case 'ID_DOCUMENT_COMPARISON':
        if (documentTypes.includes('ID_DOCUMENT') && !idExtraction) {
          add(path, 'comparison_without_text_extraction', comparisonWithoutTextExtractionMessage('task.textExtraction'));
        }
        if (documentTypes.includes('SUPPLEMENTARY_DOCUMENT') && !supplementaryExtraction) {
          add(path, 'comparison_without_text_extraction', comparisonWithoutTextExtractionMessage('task.supplementaryTextExtraction'));
        }
        break;
      default: {
        const method = SDK_ONLY_CHECKS[check['type'] as string];
        if (method !== undefined) add(path, 'unverified_sdk_field', unverifiedSdkFieldMessage(method));
      }
    }
  });

  const simpleScheme = objectOrUndefined(objectOrUndefined(config['identity_profile_requirements'])?.['scheme']);
  if (simpleScheme !== undefined) adviseScheme(simpleScheme, [SESSION, 'identity_profile_requirements', 'scheme'], add, false);
  const advanced = objectOrUndefined(config['advanced_identity_profile_requirements']);
  const profiles = advanced?.['profiles'];
  if (Array.isArray(profiles)) {
    const profilesPath = [SESSION, 'advanced_identity_profile_requirements', 'profiles'];
    if (profiles.length === 0) add(profilesPath, 'empty_identity_profile', EMPTY_IDENTITY_PROFILE);
    profiles.forEach((profile: unknown, profileIndex) => {
      const schemes = objectOrUndefined(profile)?.['schemes'];
      if (!Array.isArray(schemes)) return;
      const schemesPath = [...profilesPath, profileIndex, 'schemes'];
      if (schemes.length === 0) add(schemesPath, 'empty_identity_profile', EMPTY_IDENTITY_PROFILE);
      schemes.forEach((scheme: unknown, schemeIndex) => {
        const read = objectOrUndefined(scheme);
        if (read !== undefined) adviseScheme(read, [...schemesPath, schemeIndex], add, true);
      });
    });
  }

  const profile = config['identity_profile_requirements'] !== undefined;
  const advancedProfile = config['advanced_identity_profile_requirements'] !== undefined;
  if ((profile || advancedProfile) && checks.length + tasks.length + documents.length > 0) {
    add([SESSION, profile ? 'identity_profile_requirements' : 'advanced_identity_profile_requirements'], 'identity_profile_with_requests', IDENTITY_PROFILE_WITH_REQUESTS);
  }
  if (profile && advancedProfile) add([SESSION, 'advanced_identity_profile_requirements'], 'both_identity_profiles', BOTH_IDENTITY_PROFILES);

  // Repeats load (the Go SDK appends without dropping them), but say nothing new.
  const repeated = (list: unknown, path: IssuePath) => {
    if (!Array.isArray(list)) return;
    list.forEach((value: unknown, index) => {
      if (list.indexOf(value) !== index) add([...path, index], 'repeated_value', REPEATED_VALUE);
    });
  };
  repeated(notifications?.['topics'], [SESSION, 'notifications', 'topics']);
  checks.forEach((check, index) => {
    if (check['type'] === 'WATCHLIST_SCREENING') repeated(objectOrUndefined(check['config'])?.['categories'], [SESSION, 'requested_checks', index, 'config', 'categories']);
  });

  const sdkConfig = objectOrUndefined(config['sdk_config']);
  for (const key of ['success_url', 'error_url']) {
    const url = sdkConfig?.[key];
    if (typeof url === 'string' && !/^https?:/i.test(url)) add([SESSION, 'sdk_config', key], 'relative_url', RELATIVE_URL);
  }

  const importTtl = objectOrUndefined(config['import_token'])?.['ttl'];
  if (typeof importTtl === 'number' && (importTtl < IMPORT_TOKEN_TTL.min || importTtl > IMPORT_TOKEN_TTL.max)) {
    add([SESSION, 'import_token', 'ttl'], 'import_token_ttl_out_of_range', IMPORT_TOKEN_TTL_RANGE);
  }

  // Open sets (document types, screens, schemes, ...): an unknown value is sent as written, with a hint.
  // The parse that accepted them finds them (the envelope is read again; its issues were already reported).
  const unknown: UnknownValue[] = [];
  collectingUnknownValues(unknown, () => parse(envelopeSchema, envelope, [], []));
  for (const { path, value, known } of unknown) {
    const hint = closest(value, known);
    add(path, 'unknown_value', `${unknownValueMessage(describeValue(value))}${hint === undefined ? '' : `; ${didYouMeanMessage(hint)}`}`);
  }

  for (const [key, method] of SDK_ONLY_FIELDS) {
    if (config[key] !== undefined) add([SESSION, key], 'unverified_sdk_field', unverifiedSdkFieldMessage(method));
  }
  // JSON order: by top-level key, then by list index; the rules' own order otherwise (a stable sort).
  return advisories.sort((a, b) => keyOrder(a.path) - keyOrder(b.path) || itemOrder(a.path) - itemOrder(b.path));
}

/** Pairings of scheme type and objective that Yoti does not document; a DBS scheme's level is an error rule instead. */
function adviseScheme(scheme: Loose, path: IssuePath, add: (path: IssuePath, code: AdvisoryCode, message: string) => void, labelled: boolean): void {
  if (labelled && scheme['label'] === undefined) add(path, 'scheme_without_label', SCHEME_WITHOUT_LABEL);
  const documented = SCHEME_OBJECTIVES[scheme['type'] as keyof typeof SCHEME_OBJECTIVES] as (typeof SCHEME_OBJECTIVES)[keyof typeof SCHEME_OBJECTIVES] | undefined;
  const objective = scheme['objective'];
  if (documented === undefined || documented.required === true) return;
  if (objective === undefined ? documented.objectives.length > 0 : !documented.objectives.includes(objective as never)) {
    add(objective === undefined ? path : [...path, 'objective'], 'undocumented_scheme_objective', UNDOCUMENTED_SCHEME_OBJECTIVE);
  }
}

const KEY_ORDER: readonly string[] = Object.keys(envelopeSchema.fields.session_config.fields);
const keyOrder = (path: IssuePath): number => KEY_ORDER.indexOf(String(path[1]));
const itemOrder = (path: IssuePath): number => (typeof path[2] === 'number' ? path[2] : -1);

function objectOrUndefined(value: unknown): Loose | undefined {
  return isPlainObject(value) ? value : undefined;
}

/** Items of a list as objects; an unreadable item becomes `{}` so indexes in paths stay right. */
function objects(value: unknown): Loose[] {
  return Array.isArray(value) ? value.map((item: unknown) => objectOrUndefined(item) ?? {}) : [];
}

function typeOf(item: Loose): unknown {
  return item['type'];
}
