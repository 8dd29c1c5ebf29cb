import { sessionConfig } from '../builder/session-config-builder.js';
import type { SessionConfigJson } from '../schema/payload.js';

/** Yoti's prebuilt configurations (Yoti Sign's IDV object page); only `Real Estate` and `HR` have published JSON. */
export const PREBUILT_NAMES = ['Real Estate', 'HR', 'Finance', 'Adult', 'Recruitment', 'Liveness Only'] as const;

/**
 * The two published prebuilt payloads, written with the builder itself: the emulator serves
 * what the library emits, and a test holds them equal to Yoti's published JSON.
 */
export function prebuiltPayloads(): ReadonlyMap<string, SessionConfigJson> {
  const week = sessionConfig()
    .name('prebuilt')
    .clientSessionTokenTtl(604800)
    .resourcesTtl(2630000)
    .check.documentAuthenticity({ manualCheck: 'FALLBACK' })
    .check.liveness({ livenessType: 'STATIC', maxRetries: 3 })
    .check.faceMatch({ manualCheck: 'FALLBACK' });
  const realEstate = week
    .check.watchlistScreening({ categories: ['SANCTIONS', 'ADVERSE-MEDIA'] })
    .task.textExtraction({ manualCheck: 'FALLBACK' })
    .task.supplementaryTextExtraction({ manualCheck: 'FALLBACK' })
    .document.id()
    .document.supplementary('PROOF_OF_ADDRESS', ['COUNCIL_TAX_BILL', 'PHONE_BILL', 'UTILITY_BILL', 'BANK_STATEMENT']);
  const hr = week.task.textExtraction({ manualCheck: 'FALLBACK' });
  return new Map([
    ['Real Estate', realEstate.toJSON().session_config],
    ['HR', hr.toJSON().session_config],
  ]);
}
