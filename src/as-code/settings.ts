/**
 * The settings around the journey: webhook, lifetimes, front end.
 */
import type { ExplainedWebhooks } from './explain.js';
import { objectOr, strings, text, type Loose } from './input.js';
import { urlWords } from './phrases.js';
import { formatDeadline, formatDuration } from './units.js';

/** The default of `resources_ttl` when it is not set: one week. */
const DEFAULT_RESOURCES_TTL = 604_800;

/** The webhook: host and topics, never the path, query or token. */
export function webhooks(value: unknown): ExplainedWebhooks | undefined {
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

/** Token, deadline, media and import-token lifetimes in human units, defaults named. */
export function lifetimes(session: Loose): string[] {
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

/** Front-end settings of the Yoti SDK screens. */
export function frontEnd(sdk: Loose): string[] {
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

