import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Webhook')
  .notifications({
    endpoint: 'http://example.com/hooks', // @error: notifications endpoint must start with https://
    topics: ['SESSION_COMPLETION'],
  })
  .toJSON();
