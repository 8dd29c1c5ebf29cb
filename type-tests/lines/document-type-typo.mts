import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig()
  .name('Address')
  .task.supplementaryTextExtraction({ manualCheck: 'FALLBACK' })
  .document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BIL']) // @error: '"UTILITY_BIL"' is not assignable
  .toJSON();
