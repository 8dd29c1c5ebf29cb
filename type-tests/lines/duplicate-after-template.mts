import { sessionConfig } from 'yoti-session-config';

const template = sessionConfig()
  .name('Template')
  .check.liveness({ maxRetries: 3 })
  .document.id();

export const body = template
  .check.faceMatch({ manualCheck: 'FALLBACK' })
  .check.liveness({ maxRetries: 5 }) // @error: check.liveness() is already requested
  .toJSON();
