import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Preset')
  .sdkConfig({
    locale: 'en-US',
    presetIssuingCountry: 'US', // @error: use USA
  })
  .toJSON();
