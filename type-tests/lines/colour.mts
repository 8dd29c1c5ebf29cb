import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Branded')
  .sdkConfig({
    locale: 'en-GB',
    primaryColour: 'blue', // @error: primaryColour must be a #RRGGBB colour
  })
  .toJSON();
