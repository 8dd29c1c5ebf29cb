import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .check.liveness()
  .name('') // @error: name must not be empty
  .toJSON();
