/**
 * The end user's journey, step by step, read loosely from a payload.
 */
import type { ExplainedStep } from './explain.js';
import { objectOr, objects, strings, text, type Loose } from './input.js';
import { documentWord, oneOfWords, urlWords } from './phrases.js';

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

/** An identity profile leaves the documents and checks to Yoti. */
const DERIVED = ' (Yoti chooses the documents and checks)';

/** What the end user does, in order: consent, profile, documents, face, branch visit, where they land. */
export function journey(session: Loose, checks: readonly Loose[], tasks: readonly Loose[], sdk: Loose): ExplainedStep[] {
  const steps: ExplainedStep[] = [];
  const checkTypes = checks.map((check) => text(check['type']) ?? '');
  const biometric = checkTypes.some((type) => BIOMETRIC_CHECKS.has(type));
  const consentFlow = text(sdk['biometric_consent_flow']);
  const consent = biometric ? consentStep(session['block_biometric_consent'] === true, consentFlow) : undefined;
  if (consent !== undefined && consentFlow !== 'JUST_IN_TIME') steps.push(consent);

  const capture = captureWords(text(sdk['allowed_capture_methods']));
  const profile = objectOr(session['identity_profile_requirements']);
  const advanced = objectOr(session['advanced_identity_profile_requirements']);
  const framework = (entry: Loose) => text(entry['trust_framework']) ?? 'an unnamed trust framework';
  if (profile !== undefined) {
    const scheme = schemeWords(objectOr(profile['scheme']));
    steps.push({ kind: 'identity-profile', text: `provides what identity profile ${scheme} under ${framework(profile)} needs${DERIVED}` });
  }
  for (const entry of objects(advanced?.['profiles'])) {
    const schemes = objects(entry['schemes']).map((scheme) => {
      const label = text(scheme['label']);
      return `${schemeWords(scheme)}${label === undefined ? '' : ` labelled "${label}"`}`;
    });
    steps.push({ kind: 'identity-profile', text: `provides what ${framework(entry)} needs for ${oneOfWords(schemes, 'and')}${DERIVED}` });
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

/** A document filter in words: types, countries, inclusion, expired and non-Latin documents. */
export function filterWords(filter: Loose | undefined, unfiltered: string): string {
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

