import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Address')
  .document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL'], {
    countryCodes: ['GB'], // @error: use GBR
  })
  .toJSON();
