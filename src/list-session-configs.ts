import type { ListSessionConfigsOptions, SessionConfigList } from './http/types.js';

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
  // Loaded on first use, like create(): code that only builds JSON never loads the HTTP client.
  const { listSessionConfigs: list } = await import('./http/list.js');
  return list(apiKey, options);
}
