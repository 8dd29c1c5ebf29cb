import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Short resources')
  .resourcesTtl(3600) // @error: resourcesTtl must be at least 86400
  .check.liveness()
  .toJSON();
