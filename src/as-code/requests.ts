/**
 * Checks and tasks in words, with their manual-review policy and the settings a reviewer needs.
 */
import type { ExplainedRequest } from './explain.js';
import { filterWords } from './journey.js';
import { objectOr, strings, text, type Loose } from './input.js';
import { categoryWord, CHECK_PHRASES, reviewPhrase, TASK_PHRASES } from './phrases.js';
import { isSecretKey } from './secrets.js';

/** A requested check in words; a type without words is named and its settings listed. */
export function explainCheck(check: Loose): ExplainedRequest {
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

/** A requested task in words, as for checks. */
export function explainTask(task: Loose): ExplainedRequest {
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

/** The lists screened by the watchlist checks, in words. */
export function amlLists(checks: readonly Loose[]): string[] {
  return checks.flatMap((check) => {
    const config = objectOr(check['config']) ?? {};
    if (check['type'] === 'WATCHLIST_SCREENING') return screeningLists(config);
    if (check['type'] === 'WATCHLIST_ADVANCED_CA') return [`ComplyAdvantage sources: ${advancedCaSources(config)}`];
    return [];
  });
}

