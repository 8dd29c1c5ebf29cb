import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Webhook')
  .notifications({
    endpoint: 'https://example.com/hooks',
    authType: 'BEARER', // @error: notifications.auth_type needs an auth_token
  })
  .toJSON();
