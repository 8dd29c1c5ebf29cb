import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Filter')
  .check.documentAuthenticity()
  .document.id({
    filter: {
      type: 'ORTHOGONAL_RESTRICTIONS',
      countryRestriction: { inclusion: 'WHITELIST', countryCodes: ['GBR', 'FR'] }, // @error: FR is a two-letter (alpha-2) code; country codes are ISO 3166-1 alpha-3: use FRA
    },
  })
  .toJSON();
