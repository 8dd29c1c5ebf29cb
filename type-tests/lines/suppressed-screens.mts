import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Screens')
  .sdkConfig({ suppressedScreens: [] }) // @error: suppressedScreens must list at least one value
  .toJSON();
