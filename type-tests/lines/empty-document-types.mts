import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Address')
  .document.supplementary('PROOF_OF_ADDRESS', []) // @error: documentTypes must list at least one value
  .toJSON();
