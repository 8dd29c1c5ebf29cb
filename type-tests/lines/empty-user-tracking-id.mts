import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Tracking')
  .userTrackingId('') // @error: userTrackingId must not be empty
  .toJSON();
