import { sessionConfig } from '../../src/index.js';

/** The documented Yoti Sign example (`seed.json`) as a builder chain. */
export const seedChain = () =>
  sessionConfig()
    .name('My Custom Session config')
    .isPrivate(false)
    .clientSessionTokenTtl(1200)
    .resourcesTtl(2630000)
    .userTrackingId('string')
    .blockBiometricConsent(false)
    .check.documentAuthenticity({ manualCheck: 'FALLBACK' })
    .check.liveness({ livenessType: 'ZOOM', maxRetries: 3 })
    .check.faceMatch({ manualCheck: 'FALLBACK' })
    .check.watchlistScreening({ categories: ['SANCTIONS', 'ADVERSE-MEDIA'] })
    .check.thirdPartyIdentity({ manualCheck: 'NEVER' })
    .task.textExtraction({ manualCheck: 'FALLBACK' })
    .task.supplementaryTextExtraction({ manualCheck: 'FALLBACK' })
    .document.id()
    .document.supplementary('PROOF_OF_ADDRESS', ['COUNCIL_TAX_BILL', 'PHONE_BILL', 'UTILITY_BILL']);
