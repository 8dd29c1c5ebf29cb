/**
 * Error-level rules that span fields. They run after the structural parse on its clean copy,
 * so they can trust shapes where the parse succeeded and must tolerate holes where it did not.
 */
import {
  AUTH_TYPE_NEEDS_TOKEN,
  COMPARISON_NEEDS_TWO_DOCUMENTS,
  DBS_NEEDS_LEVEL,
  duplicateRequestMessage,
  ID_DOCUMENT_REQUIRED,
  RESOURCES_OUTLIVE_TOKEN,
  SUPPLEMENTARY_EXTRACTION_NEEDS_DOCUMENT,
} from '../messages.js';
import { SCHEME_OBJECTIVES } from '../schema/enums.js';
import { methodOfType, REQUESTS } from '../schema/requests.js';
import { reportMessage, type Issue, type IssueCode } from './issue.js';

const ID_DOCUMENT_TYPES_OF_REQUESTS = new Set<string>(
  Object.values(REQUESTS)
    .filter((request) => request.needsIdDocument)
    .map((request) => request.type),
);

type Loose = Record<string, unknown> | undefined;
const SESSION = 'session_config';

/**
 * The session keys `checkValueRules` reads. The list rules read only the three lists' types and
 * lengths, which a chain's shape fixes (chain-emitter.ts relies on it).
 */
export const KEYS_THE_VALUE_RULES_READ: ReadonlySet<string> = new Set([
  'client_session_token_ttl',
  'resources_ttl',
  'notifications',
  'identity_profile_requirements',
  'advanced_identity_profile_requirements',
]);

/**
 * Every session key the rules below read. A builder whose parent passed the rules, and whose
 * own call set none of these keys, passes them too (fold.ts relies on it): a rule that reads a
 * new key must add it here.
 */
export const KEYS_THE_RULES_READ: ReadonlySet<string> = new Set(['requested_checks', 'requested_tasks', 'required_documents', ...KEYS_THE_VALUE_RULES_READ]);

export function checkCrossFieldRules(config: Loose, issues: Issue[]): void {
  checkListRules(config, issues);
  checkValueRules(config, issues);
}

/** The rules on the lists: which types they hold, and how many documents. */
export function checkListRules(config: Loose, issues: Issue[]): void {
  if (config === undefined) return;
  const checks = typedItems(config['requested_checks']);
  const tasks = typedItems(config['requested_tasks']);
  const documents = typedItems(config['required_documents']);

  reportDuplicates('requested_checks', checks, issues);
  reportDuplicates('requested_tasks', tasks, issues);

  // Plain loops, not forEach: the terminal runs these on every configuration it emits.
  const hasSupplementaryDocument = documents.includes('SUPPLEMENTARY_DOCUMENT');
  for (let index = 0; index < tasks.length; index++) {
    if (tasks[index] === 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION' && !hasSupplementaryDocument) {
      add(issues, [SESSION, 'requested_tasks', index], 'supplementary_document_required', SUPPLEMENTARY_EXTRACTION_NEEDS_DOCUMENT);
    }
  }

  // No documents at all is legal: the API then collects one ID document by default.
  if (documents.length > 0 && !documents.includes('ID_DOCUMENT')) {
    for (const [list, types] of [['requested_checks', checks], ['requested_tasks', tasks]] as const) {
      types.forEach((type, index) => {
        if (ID_DOCUMENT_TYPES_OF_REQUESTS.has(type)) add(issues, [SESSION, list, index], 'id_document_required', ID_DOCUMENT_REQUIRED);
      });
    }
  }

  if (documents.length < 2) {
    for (let index = 0; index < checks.length; index++) {
      if (checks[index] === 'ID_DOCUMENT_COMPARISON') add(issues, [SESSION, 'requested_checks', index], 'two_documents_required', COMPARISON_NEEDS_TWO_DOCUMENTS);
    }
  }
}

/** The rules on values of settings: the two lifetimes, the notifications' token, the schemes' levels. */
export function checkValueRules(config: Loose, issues: Issue[]): void {
  if (config === undefined) return;
  const tokenTtl = config['client_session_token_ttl'];
  const resourcesTtl = config['resources_ttl'];
  if (typeof tokenTtl === 'number' && typeof resourcesTtl === 'number' && resourcesTtl < tokenTtl + 86400) {
    add(issues, [SESSION, 'resources_ttl'], 'resources_ttl_too_short', `${RESOURCES_OUTLIVE_TOKEN}, received ${resourcesTtl} with a token TTL of ${tokenTtl}`);
  }

  const notifications = config['notifications'] as Loose;
  if (notifications?.['auth_type'] !== undefined && notifications['auth_token'] === undefined) {
    add(issues, [SESSION, 'notifications', 'auth_type'], 'auth_token_required', AUTH_TYPE_NEEDS_TOKEN);
  }

  const simple = config['identity_profile_requirements'] as Loose;
  checkSchemeLevel(simple?.['scheme'] as Loose, [SESSION, 'identity_profile_requirements', 'scheme'], issues);
  const profiles = (config['advanced_identity_profile_requirements'] as Loose)?.['profiles'];
  if (Array.isArray(profiles)) {
    profiles.forEach((profile: Loose, profileIndex) => {
      const schemes = profile?.['schemes'];
      if (!Array.isArray(schemes)) return;
      schemes.forEach((scheme: Loose, schemeIndex) => {
        checkSchemeLevel(scheme, [SESSION, 'advanced_identity_profile_requirements', 'profiles', profileIndex, 'schemes', schemeIndex], issues);
      });
    });
  }
}

/** A scheme Yoti documents only with a level (DBS: BASIC, STANDARD or ENHANCED) needs one of them. */
function checkSchemeLevel(scheme: Loose, path: (string | number)[], issues: Issue[]): void {
  const type = scheme?.['type'];
  if (typeof type !== 'string' || !Object.hasOwn(SCHEME_OBJECTIVES, type)) return;
  const { objectives, required } = SCHEME_OBJECTIVES[type as keyof typeof SCHEME_OBJECTIVES];
  if (required !== true) return;
  const objective = scheme?.['objective'];
  if (objectives.includes(objective as never)) return;
  const at = objective === undefined ? path : [...path, 'objective'];
  const received = objective === undefined ? 'no objective' : JSON.stringify(objective);
  add(issues, at, 'scheme_objective_required', `${DBS_NEEDS_LEVEL}, received ${received}`);
}

/** The `type` of each item, or '' where the structural parse could not read one. */
function typedItems(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  const types = new Array<string>(items.length);
  for (let index = 0; index < items.length; index++) {
    const type = (items[index] as Loose)?.['type'];
    types[index] = typeof type === 'string' ? type : '';
  }
  return types;
}

function reportDuplicates(list: string, types: readonly string[], issues: Issue[]): void {
  for (let index = 1; index < types.length; index++) {
    const type = types[index] as string;
    if (type !== '' && types.indexOf(type) !== index) {
      add(issues, [SESSION, list, index], 'duplicate_request', duplicateRequestMessage(methodOfType[type] ?? type));
    }
  }
}

/** Shares the parser's cap: 200,000 copies of one check must not become 200,000 issues. */
function add(issues: Issue[], path: (string | number)[], code: IssueCode, message: string): void {
  reportMessage(issues, path, code, message);
}
