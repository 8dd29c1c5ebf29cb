import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Address only')
  .check.documentAuthenticity({ manualCheck: 'FALLBACK' })
  .document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL'])
  .toJSON(); // @error: checks on an ID document need one: add .document.id()
