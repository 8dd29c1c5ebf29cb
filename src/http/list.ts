import { invalidResponse } from './failure.js';
import { resolveListRequest } from './options.js';
import { send } from './send.js';
import type { ListSessionConfigsOptions, SessionConfigList } from './types.js';

/** The implementation behind `listSessionConfigs`, loaded on its first call. */
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
