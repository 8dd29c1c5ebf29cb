// A builder-only app: builds a configuration and prints its JSON.
import { sessionConfig } from 'yoti-session-config';

export const config = sessionConfig()
  .name('KYC with proof of address')
  .clientSessionTokenTtl(900)
  .resourcesTtl(604800)
  .check.liveness({ livenessType: 'STATIC', maxRetries: 3 })
  .check.faceMatch({ manualCheck: 'FALLBACK' })
  .check.watchlistScreening({ categories: ['SANCTIONS'] })
  .task.textExtraction({ manualCheck: 'FALLBACK', chipData: 'DESIRED' })
  .document.id({ filter: { type: 'ORTHOGONAL_RESTRICTIONS', countryRestriction: { inclusion: 'WHITELIST', countryCodes: ['GBR', 'IRL'] } } })
  .document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL', 'BANK_STATEMENT']);

console.log(JSON.stringify(config));
