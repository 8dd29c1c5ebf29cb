import { sessionConfig, type SessionConfigEnvelope } from 'yoti-session-config';
import { diffSessionConfigs } from 'yoti-session-config/as-code';

const body: SessionConfigEnvelope = sessionConfig().name('Typed consumer').check.liveness().toJSON();
export const livenessChecks = body.session_config.requested_checks?.length;

// Proves the types are real: were they `any`, this directive would itself be an error.
// @ts-expect-error the second liveness check is blocked
sessionConfig().check.liveness().check.liveness();

// The configurations-as-code subpath carries its own declarations.
export const unchanged: boolean = diffSessionConfigs(body, body).equal;
