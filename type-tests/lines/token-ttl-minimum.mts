import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Short token')
  .clientSessionTokenTtl(60) // @error: clientSessionTokenTtl must be more than 300
  .check.liveness()
  .toJSON();
