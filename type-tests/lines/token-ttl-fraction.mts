import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Fractional token')
  .clientSessionTokenTtl(900.5) // @error: clientSessionTokenTtl must be a whole number
  .toJSON();
