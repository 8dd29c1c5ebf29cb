/**
 * What a configuration asks of the end user and what Yoti does with it, in words. Read loosely:
 * an unknown check type, a missing block or a malformed part is described as far as it can be,
 * never thrown on, and error-level problems are listed beside the explanation.
 */
import { adviseSessionConfig, type Advisory, type AdvisoryOptions } from '../advisories.js';
import type { Issue } from '../internal/issue.js';
import type { SessionConfigEnvelope } from '../schema/payload.js';
import { validateSessionConfig } from '../validate.js';
import { envelopeOf, objectOr, objects, strings, text, type Loose, type SessionConfigSource } from './input.js';
import {
  categoryWord,
  CHECK_PHRASES,
  documentWord,
  oneOfWords,
  reviewPhrase,
  TASK_PHRASES,
  topicWord,
} from './phrases.js';
import { isSecretKey } from './secrets.js';
import { formatDeadline, formatDuration } from './units.js';

/**
 * What kind of step of the journey an {@link ExplainedStep} is.
 *
 * @example
 * ```ts
 * import type { JourneyStepKind } from 'yoti-session-config';
 *
 * const capture: JourneyStepKind[] = ['liveness', 'face-capture'];
 * ```
 */
export type JourneyStepKind = 'consent' | 'document' | 'identity-profile' | 'liveness' | 'face-capture' | 'branch-visit' | 'finish';

/**
 * One thing the end user does, in order.
 *
 * @example
 * ```ts
 * import type { ExplainedStep } from 'yoti-session-config';
 *
 * const step: ExplainedStep = { kind: 'liveness', text: 'takes a selfie (passive liveness, STATIC), up to 3 attempts' };
 * ```
 */
export interface ExplainedStep {
  /** What kind of step it is. */
  readonly kind: JourneyStepKind;
  /** The step in words, as a phrase after "the user". */
  readonly text: string;
}

/**
 * One requested check or task in words.
 *
 * @example
 * ```ts
 * import type { ExplainedRequest } from 'yoti-session-config';
 *
 * const request: ExplainedRequest = {
 *   type: 'ID_DOCUMENT_AUTHENTICITY',
 *   known: true,
 *   text: 'checks that the ID document is genuine',
 *   manualReview: 'reviewed by a person when the automated result fails',
 *   details: [],
 * };
 * ```
 */
export interface ExplainedRequest {
  /** The API type, e.g. `LIVENESS`. */
  readonly type: string;
  /** `false` when this version has no words for the type: `text` then names it and `details` lists its settings. */
  readonly known: boolean;
  /** What Yoti does, as a phrase after "Yoti". */
  readonly text: string;
  /** The manual-review policy in words. */
  readonly manualReview: string;
  /** Settings worth a reviewer's eye; secret values are never included. */
  readonly details: readonly string[];
}

/**
 * Where and when Yoti calls your webhook. The endpoint's path and query are left out, since they
 * sometimes carry a credential; the token is never shown.
 *
 * @example
 * ```ts
 * import type { ExplainedWebhooks } from 'yoti-session-config';
 *
 * const webhooks: ExplainedWebhooks = { host: 'example.com', topics: ['SESSION_COMPLETION'], authentication: 'a bearer token (set, not shown)' };
 * ```
 */
export interface ExplainedWebhooks {
  /** The endpoint's host (and port), or `undefined` when no valid endpoint is set. */
  readonly host: string | undefined;
  /** The topics as written; an empty list when none is set. */
  readonly topics: readonly string[];
  /** How Yoti authenticates its calls, in words. */
  readonly authentication: string;
}

/**
 * What {@link explainSessionConfig} returns: plain data, safe to print or serialise (it holds no
 * secret value). Render it with {@link explanationToText} or {@link explanationToMarkdown}.
 *
 * @example
 * ```ts
 * import { explainSessionConfig, sessionConfig } from 'yoti-session-config';
 *
 * const { journey, checks } = explainSessionConfig(sessionConfig().name('KYC').check.liveness({ maxRetries: 3 }));
 * ```
 */
export interface SessionConfigExplanation {
  /** The configuration's name, when it has one. */
  readonly name: string | undefined;
  /** `private` (only the creating API key may use it), `shared`, or `undefined` when not set. */
  readonly visibility: 'private' | 'shared' | undefined;
  /** What the end user does, in order. */
  readonly journey: readonly ExplainedStep[];
  /** The requested checks, in the order written. */
  readonly checks: readonly ExplainedRequest[];
  /** The requested tasks, in the order written. */
  readonly tasks: readonly ExplainedRequest[];
  /** The anti-money-laundering lists screened, in words; empty without screening. */
  readonly amlLists: readonly string[];
  /** The webhook, or `undefined` when none is configured. */
  readonly webhooks: ExplainedWebhooks | undefined;
  /** Token, deadline and media lifetimes in human units, e.g. `token valid 20 minutes`. */
  readonly lifetimes: readonly string[];
  /** Front-end settings of the Yoti SDK screens, in words. */
  readonly frontEnd: readonly string[];
  /** The soft rules the configuration breaks (see `adviseSessionConfig`). */
  readonly advisories: readonly Advisory[];
  /** The error-level problems (see `validateSessionConfig`); empty for a valid configuration. */
  readonly errors: readonly Issue[];
}

/** The default of `resources_ttl` when it is not set: one week. */
const DEFAULT_RESOURCES_TTL = 604_800;
const BIOMETRIC_CHECKS = new Set(['LIVENESS', 'ID_DOCUMENT_FACE_MATCH', 'FACE_COMPARISON', 'FAMILIAR_FACE_SEARCH']);
const FACE_SOURCES = new Set(['ID_DOCUMENT_FACE_MATCH', 'FACE_COMPARISON', 'FAMILIAR_FACE_SEARCH']);
/** Checks and tasks that act on an ID document: without `required_documents`, Yoti collects one. */
const ID_DOCUMENT_REQUESTS = new Set([
  'ID_DOCUMENT_AUTHENTICITY',
  'ID_DOCUMENT_COMPARISON',
  'ID_DOCUMENT_FACE_MATCH',
  'ID_DOCUMENT_TEXT_DATA_EXTRACTION',
  'WATCHLIST_SCREENING',
  'WATCHLIST_ADVANCED_CA',
  'THIRD_PARTY_IDENTITY',
]);

/**
 * Describes a configuration in words: the end user's journey in order (consent, documents,
 * liveness, face capture, branch visit, where they land), the checks and tasks Yoti runs with
 * their manual-review policy, the AML lists, the webhook (host and topics, never the token),
 * lifetimes in human units, front-end settings, advisories and any error-level problem. Takes an
 * envelope or a builder; check and task types it has no words for are named and their settings
 * listed, never thrown on. No secret value ever appears in the result.
 *
 * @example
 * ```ts
 * import { explainSessionConfig, explanationToText, sessionConfig } from 'yoti-session-config';
 *
 * const kyc = sessionConfig().name('KYC').clientSessionTokenTtl(1200).check.liveness({ maxRetries: 3 }).check.faceMatch({ manualCheck: 'FALLBACK' });
 * const explanation = explainSessionConfig(kyc);
 * explanation.lifetimes; // ['token valid 20 minutes', "media kept 7 days (Yoti's default)"]
 * console.log(explanationToText(explanation));
 * ```
 */
export function explainSessionConfig(config: SessionConfigSource, options: AdvisoryOptions = {}): SessionConfigExplanation {
  const envelope = envelopeOf(config);
  const session = objectOr(envelope['session_config']) ?? {};
  const checks = objects(session['requested_checks']);
  const tasks = objects(session['requested_tasks']);
  const sdk = objectOr(session['sdk_config']) ?? {};
  const validation = validateSessionConfig(envelope);
  return {
    name: text(envelope['name']),
    visibility: envelope['is_private'] === true ? 'private' : envelope['is_private'] === false ? 'shared' : undefined,
    journey: journey(session, checks, tasks, sdk),
    checks: checks.map(explainCheck),
    tasks: tasks.map(explainTask),
    amlLists: amlLists(checks),
    webhooks: webhooks(session['notifications']),
    lifetimes: lifetimes(session),
    frontEnd: frontEnd(sdk),
    advisories: adviseSessionConfig(envelope as unknown as SessionConfigEnvelope, options),
    errors: validation.ok ? [] : validation.issues,
  };
}

function journey(session: Loose, checks: readonly Loose[], tasks: readonly Loose[], sdk: Loose): ExplainedStep[] {
  const steps: ExplainedStep[] = [];
  const checkTypes = checks.map((check) => text(check['type']) ?? '');
  const biometric = checkTypes.some((type) => BIOMETRIC_CHECKS.has(type));
  const consentFlow = text(sdk['biometric_consent_flow']);
  const consent = biometric ? consentStep(session['block_biometric_consent'] === true, consentFlow) : undefined;
  if (consent !== undefined && consentFlow !== 'JUST_IN_TIME') steps.push(consent);

  const capture = captureWords(text(sdk['allowed_capture_methods']));
  const profile = objectOr(session['identity_profile_requirements']);
  const advanced = objectOr(session['advanced_identity_profile_requirements']);
  if (profile !== undefined) steps.push({ kind: 'identity-profile', text: `provides what identity profile ${schemeWords(objectOr(profile['scheme']))} under ${text(profile['trust_framework']) ?? 'an unnamed trust framework'} needs (Yoti chooses the documents and checks)` });
  if (advanced !== undefined) {
    for (const entry of objects(advanced['profiles'])) {
      const schemes = objects(entry['schemes']).map((scheme) => `${schemeWords(scheme)}${text(scheme['label']) === undefined ? '' : ` labelled "${text(scheme['label'])}"`}`);
      steps.push({ kind: 'identity-profile', text: `provides what ${text(entry['trust_framework']) ?? 'an unnamed trust framework'} needs for ${oneOfWords(schemes, 'and')} (Yoti chooses the documents and checks)` });
    }
  }

  const documents = Array.isArray(session['required_documents']) ? objects(session['required_documents']) : undefined;
  const wantsIdDocument = [...checkTypes, ...tasks.map((task) => text(task['type']) ?? '')].some((type) => ID_DOCUMENT_REQUESTS.has(type));
  if (documents !== undefined && documents.length > 0) {
    for (const document of documents) steps.push({ kind: 'document', text: `${describeDocument(document)}${capture}` });
  } else if (wantsIdDocument && profile === undefined && advanced === undefined) {
    steps.push({ kind: 'document', text: `shows one ID document of any accepted type and country${capture} (no required_documents: Yoti asks for one by default)` });
  }

  if (consent !== undefined && consentFlow === 'JUST_IN_TIME') steps.push(consent);
  const liveness = checks.find((check) => check['type'] === 'LIVENESS');
  if (liveness !== undefined) steps.push({ kind: 'liveness', text: livenessWords(objectOr(liveness['config']) ?? {}) });
  else if (checkTypes.some((type) => FACE_SOURCES.has(type))) {
    steps.push({ kind: 'face-capture', text: 'takes a photo of their face (face capture; no liveness check is requested)' });
  }

  const ibv = objectOr(session['ibv_options']);
  if (ibv?.['support'] === 'MANDATORY') {
    const price = objectOr(ibv['user_price']);
    const cost = price === undefined ? '' : `, paying ${text(price['amount']) ?? '?'} ${text(price['currency']) ?? ''}`.trimEnd();
    steps.push({ kind: 'branch-visit', text: `visits a branch to finish (In-Branch Verification is mandatory${cost})` });
  }

  const success = text(sdk['success_url']);
  const failure = text(sdk['error_url']);
  const finish = [
    success === undefined ? 'stays on the page when done (no success_url: the host page listens for events)' : `is sent to ${urlWords(success)} when done`,
    ...(failure === undefined ? [] : [`to ${urlWords(failure)} on an error`]),
  ];
  steps.push({ kind: 'finish', text: finish.join(', or ') });
  return steps;
}

function consentStep(blocked: boolean, flow: string | undefined): ExplainedStep {
  if (blocked) return { kind: 'consent', text: 'sees no biometric consent screen (block_biometric_consent): collect that consent yourself' };
  if (flow === 'EARLY') return { kind: 'consent', text: 'gives biometric consent up front, before any capture' };
  if (flow === 'JUST_IN_TIME') return { kind: 'consent', text: 'gives biometric consent just before the face capture' };
  return { kind: 'consent', text: `gives biometric consent${flow === undefined ? " (at the SDK's default moment)" : ` (${flow})`}` };
}

function captureWords(method: string | undefined): string {
  if (method === 'CAMERA') return ', by camera only';
  if (method === 'CAMERA_AND_UPLOAD') return ', by camera or file upload';
  return method === undefined ? '' : `, capture method ${method}`;
}

function livenessWords(config: Loose): string {
  const type = text(config['liveness_type']);
  const how =
    type === 'ZOOM'
      ? 'moves their face as the camera asks (active liveness, ZOOM)'
      : type === 'STATIC'
        ? 'takes a selfie (passive liveness, STATIC)'
        : `completes a liveness check (${type ?? 'type not set'})`;
  const retries = config['max_retries'];
  return typeof retries === 'number' ? `${how}, up to ${retries} attempt${retries === 1 ? '' : 's'} (max_retries ${retries})` : how;
}

function schemeWords(scheme: Loose | undefined): string {
  if (scheme === undefined) return 'with no scheme';
  const type = text(scheme['type']) ?? 'unnamed';
  const objective = text(scheme['objective']);
  return objective === undefined ? type : `${type} (${objective})`;
}

/** A document request as a phrase after "the user"; the diff names documents with it too. */
export function describeDocument(document: Loose): string {
  const filter = objectOr(document['filter']);
  if (document['type'] === 'ID_DOCUMENT') return `shows an ID document: ${filterWords(filter, 'any accepted type and country')}`;
  if (document['type'] === 'SUPPLEMENTARY_DOCUMENT') {
    const objective = text(objectOr(document['objective'])?.['type']);
    const purpose = objective === 'PROOF_OF_ADDRESS' ? 'a proof of address' : `a supplementary document (${objective ?? 'no objective'})`;
    const types = strings(document['document_types']);
    const countries = strings(document['country_codes']);
    const parts = [
      types.length === 0 ? 'any accepted document type' : oneOfWords(types.map(documentWord)),
      ...(countries.length === 0 ? [] : [`from ${oneOfWords(countries)}`]),
      ...(filter === undefined ? [] : [filterWords(filter, '')]),
    ].filter((part) => part !== '');
    return `uploads ${purpose}: ${parts.join('; ')}`;
  }
  return `provides a document of type ${text(document['type']) ?? '(not set)'}`;
}

function filterWords(filter: Loose | undefined, unfiltered: string): string {
  if (filter === undefined) return unfiltered;
  const flags = [
    ...(filter['allow_expired_documents'] === true ? ['expired documents accepted'] : filter['allow_expired_documents'] === false ? ['expired documents refused'] : []),
    ...(filter['allow_non_latin_documents'] === true ? ['non-Latin documents accepted'] : filter['allow_non_latin_documents'] === false ? ['non-Latin documents refused'] : []),
  ];
  let restriction: string;
  if (filter['type'] === 'ORTHOGONAL_RESTRICTIONS') {
    const types = objectOr(filter['type_restriction']);
    const countries = objectOr(filter['country_restriction']);
    const typeList = strings(types?.['document_types']).map(documentWord);
    const countryList = strings(countries?.['country_codes']);
    restriction = [
      types === undefined ? 'any accepted type' : types['inclusion'] === 'BLACKLIST' ? `any type but ${oneOfWords(typeList)}` : oneOfWords(typeList),
      countries === undefined ? 'from any country' : countries['inclusion'] === 'BLACKLIST' ? `from any country but ${oneOfWords(countryList)}` : `from ${oneOfWords(countryList)}`,
    ].join(' ');
  } else if (filter['type'] === 'DOCUMENT_RESTRICTIONS') {
    const combinations = objects(filter['documents']).map((entry) => {
      const types = strings(entry['document_types']).map(documentWord);
      const countries = strings(entry['country_codes']);
      return `${types.length === 0 ? 'any type' : oneOfWords(types)} from ${countries.length === 0 ? 'any country' : oneOfWords(countries)}`;
    });
    const listed = combinations.length === 0 ? 'no listed combination' : combinations.join('; ');
    restriction = filter['inclusion'] === 'BLACKLIST' ? `anything except ${listed}` : `one of: ${listed}`;
  } else {
    restriction = `a ${text(filter['type']) ?? 'typeless'} filter`;
  }
  return [restriction, ...flags].join(', ');
}

function explainCheck(check: Loose): ExplainedRequest {
  const type = text(check['type']) ?? '(no type)';
  const config = objectOr(check['config']) ?? {};
  const phrase = CHECK_PHRASES[type];
  return {
    type,
    known: phrase !== undefined,
    text: phrase ?? `runs the check ${type} (this version has no description for it)`,
    manualReview: reviewPhrase(type, config['manual_check']),
    details: phrase === undefined ? settingsOf(config) : checkDetails(type, config),
  };
}

function explainTask(task: Loose): ExplainedRequest {
  const type = text(task['type']) ?? '(no type)';
  const config = objectOr(task['config']) ?? {};
  const phrase = TASK_PHRASES[type];
  const details: string[] = [];
  if (type === 'ID_DOCUMENT_TEXT_DATA_EXTRACTION') {
    if (config['chip_data'] === 'DESIRED') details.push("reads the document's NFC chip when it can");
    if (config['chip_data'] === 'IGNORE') details.push("does not read the document's NFC chip");
    if (config['create_expanded_document_fields'] === true) details.push('adds the expanded document fields');
  }
  return {
    type,
    known: phrase !== undefined,
    text: phrase ?? `runs the task ${type} (this version has no description for it)`,
    manualReview: reviewPhrase(type, config['manual_check']),
    details: phrase === undefined ? settingsOf(config) : details,
  };
}

function checkDetails(type: string, config: Loose): string[] {
  switch (type) {
    case 'LIVENESS': {
      const type = text(config['liveness_type']);
      const kind = type === 'ZOOM' ? 'active (ZOOM)' : type === 'STATIC' ? 'passive (STATIC)' : (type ?? 'type not set');
      const retries = config['max_retries'];
      return [typeof retries === 'number' ? `${kind}, up to ${retries} attempt${retries === 1 ? '' : 's'}` : kind];
    }
    case 'WATCHLIST_SCREENING':
      return [`lists: ${screeningLists(config).join(', ')}`];
    case 'WATCHLIST_ADVANCED_CA':
      return advancedCaDetails(config);
    case 'ID_DOCUMENT_AUTHENTICITY': {
      const subCheck = objectOr(config['issuing_authority_sub_check']);
      if (subCheck === undefined) return [];
      return [subCheck['requested'] === true ? `also checks with the issuing authority${subCheck['filter'] === undefined ? '' : ` (${filterWords(objectOr(subCheck['filter']), '')})`}` : 'issuing-authority sub-check not requested'];
    }
    case 'FAMILIAR_FACE_SEARCH': {
      const criteria = text(config['approval_criteria']);
      return [
        ...(text(config['pool_id']) === undefined ? [] : [`face pool ${text(config['pool_id'])}`]),
        ...(criteria === undefined ? [] : [criteria === 'NO_MATCH' ? 'passes when the face is not found' : criteria === 'MATCH' ? 'passes when the face is found' : `approval criteria ${criteria}`]),
      ];
    }
    case 'DOCUMENT_SCHEME_VALIDITY_CHECK':
      return text(config['scheme']) === undefined ? [] : [`scheme ${text(config['scheme'])}`];
    default:
      return [];
  }
}

function screeningLists(config: Loose): string[] {
  const categories = strings(config['categories']);
  return categories.length === 0 ? ["Yoti's default categories"] : categories.map(categoryWord);
}

function advancedCaDetails(config: Loose): string[] {
  const account = config['type'] === 'WITH_CUSTOM_ACCOUNT' ? `your ComplyAdvantage account (client_ref ${text(config['client_ref']) ?? 'not set'}, API key set, not shown)` : "Yoti's ComplyAdvantage account";
  const strategy = objectOr(config['matching_strategy']);
  const matching =
    strategy === undefined
      ? "default matching (Yoti's docs: fuzzy, 50%)"
      : strategy['type'] === 'FUZZY'
        ? `fuzzy matching (fuzziness ${typeof strategy['fuzziness'] === 'number' ? `${Math.round(strategy['fuzziness'] * 100)}%` : 'not set'})`
        : 'exact matching';
  return [
    `on ${account}`,
    `sources: ${advancedCaSources(config)}`,
    matching,
    ...(config['remove_deceased'] === true ? ['deceased people removed from results'] : []),
    ...(config['share_url'] === true ? ['a link to the ComplyAdvantage search is shared'] : []),
    ...(config['monitoring'] === true ? ['ongoing monitoring'] : []),
  ];
}

function advancedCaSources(config: Loose): string {
  const sources = objectOr(config['sources']);
  if (sources === undefined) return 'all';
  if (sources['type'] === 'PROFILE') return `search profile ${text(sources['search_profile']) ?? '(not set)'}`;
  const types = strings(sources['types']);
  return types.length === 0 ? 'all' : types.join(', ');
}

/** Settings of a type without words: scalar values by name, secrets and nested values by name only. */
function settingsOf(config: Loose): string[] {
  return Object.entries(config)
    .filter(([key]) => key !== 'manual_check')
    .map(([key, value]) => {
      if (isSecretKey(key, true)) return `${key} set (secret, not shown)`;
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return `${key} ${String(value)}`;
      return `${key} set`;
    });
}

function amlLists(checks: readonly Loose[]): string[] {
  return checks.flatMap((check) => {
    const config = objectOr(check['config']) ?? {};
    if (check['type'] === 'WATCHLIST_SCREENING') return screeningLists(config);
    if (check['type'] === 'WATCHLIST_ADVANCED_CA') return [`ComplyAdvantage sources: ${advancedCaSources(config)}`];
    return [];
  });
}

function webhooks(value: unknown): ExplainedWebhooks | undefined {
  const notifications = objectOr(value);
  if (notifications === undefined) return undefined;
  const endpoint = text(notifications['endpoint']);
  let host: string | undefined;
  try {
    host = endpoint === undefined ? undefined : new URL(endpoint).host || undefined;
  } catch {
    host = undefined;
  }
  const type = text(notifications['auth_type']);
  const hasToken = notifications['auth_token'] !== undefined;
  const scheme = type === 'BEARER' ? 'a bearer token' : type === 'BASIC' ? 'basic authentication' : type === undefined ? 'a token without auth_type' : `${type} authentication`;
  return {
    host,
    topics: strings(notifications['topics']),
    authentication: hasToken ? `${scheme} (set, not shown)` : type === undefined ? 'none' : `${scheme}, but no auth_token is set`,
  };
}

function lifetimes(session: Loose): string[] {
  const result: string[] = [];
  const tokenTtl = session['client_session_token_ttl'];
  const deadline = text(session['session_deadline']);
  if (typeof tokenTtl === 'number') result.push(`token valid ${formatDuration(tokenTtl)}`);
  if (deadline !== undefined) result.push(`session must be finished by ${formatDeadline(deadline)}`);
  if (typeof tokenTtl !== 'number' && deadline === undefined) result.push("token valid for Yoti's default time");
  const resourcesTtl = session['resources_ttl'];
  result.push(typeof resourcesTtl === 'number' ? `media kept ${formatDuration(resourcesTtl)}` : `media kept ${formatDuration(DEFAULT_RESOURCES_TTL)} (Yoti's default)`);
  const importTtl = objectOr(session['import_token'])?.['ttl'];
  if (typeof importTtl === 'number') result.push(`import token valid ${formatDuration(importTtl)}`);
  return result;
}

function frontEnd(sdk: Loose): string[] {
  const result: string[] = [];
  if (sdk['allow_handoff'] === true) result.push('may continue on their phone (desktop-to-mobile handoff)');
  const locale = text(sdk['locale']);
  if (locale !== undefined) result.push(`screens in locale ${locale}`);
  const country = text(sdk['preset_issuing_country']);
  if (country !== undefined) result.push(`issuing country preset to ${country}`);
  const screens = strings(sdk['suppressed_screens']);
  if (screens.length > 0) result.push(`screens skipped: ${screens.join(', ')}`);
  const darkMode = text(sdk['dark_mode']);
  if (darkMode !== undefined) result.push(`dark mode ${darkMode}`);
  const colours = (['primary_colour', 'secondary_colour', 'font_colour', 'primary_colour_dark_mode'] as const).filter((key) => sdk[key] !== undefined);
  if (colours.length > 0) result.push(`colours: ${colours.map((key) => `${key.replace(/_/g, ' ')} ${String(sdk[key])}`).join(', ')}`);
  if (text(sdk['brand_id']) !== undefined) result.push(`brand ${text(sdk['brand_id'])}`);
  if (text(sdk['privacy_policy_url']) !== undefined) result.push(`privacy policy at ${urlWords(text(sdk['privacy_policy_url']) ?? '')}`);
  const attempts = objectOr(objectOr(sdk['attempts_configuration'])?.['ID_DOCUMENT_TEXT_DATA_EXTRACTION']);
  if (attempts !== undefined) {
    result.push(`document reading attempts: ${Object.entries(attempts).map(([category, count]) => `${category.toLowerCase()} ${String(count)}`).join(', ')}`);
  }
  return result;
}

/** A URL without its query or fragment, which may carry a token. */
function urlWords(value: string): string {
  try {
    const url = new URL(value);
    return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return value.split(/[?#]/, 1)[0] ?? value;
  }
}
