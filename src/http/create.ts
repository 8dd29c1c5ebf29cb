import type { SessionConfigEnvelope } from '../schema/payload.js';
import { resolveRequest } from './options.js';
import { send } from './send.js';
import type { CreatedSessionConfig, RequestOptions } from './types.js';

/**
 * `POST /v2/idv/sessions/configs` with an envelope the builder has already validated. Loaded
 * by `create()` on first use, so builder-only code never pulls in the HTTP client.
 */
export async function createSessionConfig(sent: SessionConfigEnvelope, apiKey: string, options?: RequestOptions): Promise<CreatedSessionConfig> {
  // No retry unless asked: a POST that timed out may still have stored the configuration.
  const request = resolveRequest(apiKey, options, 0);
  const { status, body } = await send('POST', request, sent);
  return { sent, status, body };
}
