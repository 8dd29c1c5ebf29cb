import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Liveness')
  .check.liveness({ manualCheck: 'NEVER' }) // @error: check.liveness() has no manual review; remove manualCheck
  .document.id()
  .toJSON();
