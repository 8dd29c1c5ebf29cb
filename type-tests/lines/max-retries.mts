import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Retries')
  .check.liveness({ maxRetries: 0 }) // @error: maxRetries must be a whole number of 1 or more
  .document.id()
  .toJSON();
