import { sessionConfig } from 'yoti-session-config';

declare const apiKey: string;

export const created = await sessionConfig()
  .check.liveness()
  .create(apiKey); // @error: a stored configuration needs a name
