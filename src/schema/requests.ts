/**
 * The checks and tasks the builder can request: builder method name, wire `type`, and the
 * facts the cross-field rules need. Types, runtime rules and docs read this table.
 */
export const REQUESTS = {
  documentAuthenticity: { list: 'requested_checks', type: 'ID_DOCUMENT_AUTHENTICITY', needsIdDocument: true },
  documentComparison: { list: 'requested_checks', type: 'ID_DOCUMENT_COMPARISON', needsIdDocument: true },
  faceMatch: { list: 'requested_checks', type: 'ID_DOCUMENT_FACE_MATCH', needsIdDocument: true },
  liveness: { list: 'requested_checks', type: 'LIVENESS', needsIdDocument: false },
  faceComparison: { list: 'requested_checks', type: 'FACE_COMPARISON', needsIdDocument: false },
  // The address check can work from a supplementary document alone, so it does not force an ID document.
  thirdPartyIdentity: { list: 'requested_checks', type: 'THIRD_PARTY_IDENTITY', needsIdDocument: false },
  watchlistScreening: { list: 'requested_checks', type: 'WATCHLIST_SCREENING', needsIdDocument: true },
  watchlistAdvancedCa: { list: 'requested_checks', type: 'WATCHLIST_ADVANCED_CA', needsIdDocument: true },
  familiarFaceSearch: { list: 'requested_checks', type: 'FAMILIAR_FACE_SEARCH', needsIdDocument: false },
  // In-Branch Verification checks: the branch sees the documents, so none need to be listed.
  ibvVisualReview: { list: 'requested_checks', type: 'IBV_VISUAL_REVIEW_CHECK', needsIdDocument: false },
  profileDocumentMatch: { list: 'requested_checks', type: 'PROFILE_DOCUMENT_MATCH', needsIdDocument: false },
  documentSchemeValidity: { list: 'requested_checks', type: 'DOCUMENT_SCHEME_VALIDITY_CHECK', needsIdDocument: false },
  textExtraction: { list: 'requested_tasks', type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', needsIdDocument: true },
  supplementaryTextExtraction: {
    list: 'requested_tasks',
    type: 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION',
    needsIdDocument: false,
  },
} as const;

type Requests = typeof REQUESTS;
export type RequestMethod = keyof Requests;
/** Requests that act on an ID document, derived from the table. */
export type NeedsIdDocument = { [Method in RequestMethod]: Requests[Method]['needsIdDocument'] extends true ? Method : never }[RequestMethod];

/** `check.liveness` for `LIVENESS`: how a message names the call that added a wire type. */
export const methodOfType: Readonly<Record<string, string>> = {};
// A plain loop: this runs when the package is imported, where `Object.entries(...).map(...)`
// costs three times as much (each builtin and callback is run, and compiled, for the first time).
for (const method in REQUESTS) {
  const { list, type } = REQUESTS[method as RequestMethod];
  (methodOfType as Record<string, string>)[type] = `${list === 'requested_checks' ? 'check' : 'task'}.${method}`;
}
