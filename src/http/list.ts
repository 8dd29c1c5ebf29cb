import { invalidResponse } from './failure.js';
import { resolveListRequest } from './options.js';
import { send } from './send.js';
import type { ListSessionConfigsOptions, SessionConfigList } from './types.js';

/**
 * Lists the configurations an API key can use: Yoti's prebuilt ones and your custom ones
 * (`GET /v2/idv/sessions/configs`). With `detailed: true` each item also carries its payload.
 * Retries twice on 429 and 5xx (honouring `Retry-After`) and on network failures; throws
 * `ApiError` when the call fails.
 *
 * Yoti documents `detailed_session_configs` as a JSON body on this GET, which `fetch` cannot
 * send; it is sent as the query parameter `?detailed_session_configs=true` instead. Whether
 * the live API reads it there is not documented.
 *
 * @example
 * ```ts
 * const { session_configs } = await listSessionConfigs(apiKey);
 * const names = session_configs.map((config) => config.name); // ["Real Estate", "HR", ..., "KYC"]
 * ```
 */
export async function listSessionConfigs(apiKey: string, options?: ListSessionConfigsOptions): Promise<SessionConfigList> {
  const request = resolveListRequest(apiKey, options);
  const resolved = request.detailed ? { ...request, url: `${request.url}?detailed_session_configs=true` } : request;
  const { status, body } = await send('GET', resolved);
  if (!isSessionConfigList(body)) {
    throw invalidResponse('GET', resolved.url, status, body, '{ "session_configs": [{ "name": string, ... }] }');
  }
  return body;
}

/** Checks what the code relies on (a list of named items); the rest is passed on as received. */
function isSessionConfigList(body: unknown): body is SessionConfigList {
  const list = (body as { session_configs?: unknown } | null | undefined)?.session_configs;
  return Array.isArray(list) && list.every((item) => typeof (item as { name?: unknown } | null)?.name === 'string');
}
