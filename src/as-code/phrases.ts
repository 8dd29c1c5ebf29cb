/**
 * The words for each API code. A code missing here is shown as it is written, never an error:
 * Yoti adds check types, document types and screens without notice.
 */

/** What Yoti does for each check type, as a phrase after "Yoti ...". */
export const CHECK_PHRASES: Readonly<Record<string, string>> = {
  ID_DOCUMENT_AUTHENTICITY: 'checks that the ID document is genuine',
  ID_DOCUMENT_COMPARISON: 'compares the data read from the documents with each other',
  ID_DOCUMENT_FACE_MATCH: "matches the photo on the ID document with the user's face",
  LIVENESS: 'checks that a live person is in front of the camera',
  FACE_COMPARISON: "compares the user's face with a reference image uploaded after the session is created",
  THIRD_PARTY_IDENTITY: 'checks the identity against third-party records (an address check)',
  WATCHLIST_SCREENING: 'screens the person against watchlists',
  WATCHLIST_ADVANCED_CA: 'screens the person with ComplyAdvantage (advanced AML)',
  FAMILIAR_FACE_SEARCH: "searches a face pool for the user's face",
  IBV_VISUAL_REVIEW_CHECK: 'has staff review the documents visually during an In-Branch Verification',
  PROFILE_DOCUMENT_MATCH: 'checks that the documents match the identity profile',
  DOCUMENT_SCHEME_VALIDITY_CHECK: 'checks that the documents are valid for the identity scheme',
  THIRD_PARTY_IDENTITY_FRAUD_1: 'checks the identity against third-party fraud records',
  SYNECTICS_IDENTITY_FRAUD: 'checks the identity against Synectics fraud records',
};

/** What Yoti does for each task type. */
export const TASK_PHRASES: Readonly<Record<string, string>> = {
  ID_DOCUMENT_TEXT_DATA_EXTRACTION: 'reads the text of the ID document',
  SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION: 'reads the text of the supplementary document',
  VERIFY_SHARE_CODE_TASK: 'verifies a share code',
};

/** Checks that read no face, document or record by hand: a `manual_check` means nothing there. */
export const WITHOUT_MANUAL_REVIEW: ReadonlySet<string> = new Set([
  'LIVENESS',
  'ID_DOCUMENT_COMPARISON',
  'WATCHLIST_SCREENING',
  'WATCHLIST_ADVANCED_CA',
  'FACE_COMPARISON',
  'FAMILIAR_FACE_SEARCH',
]);

const REVIEW_PHRASES: Readonly<Record<string, string>> = {
  ALWAYS: 'always reviewed by a person',
  FALLBACK: 'reviewed by a person when the automated result fails',
  NEVER: 'automated only, never reviewed by a person',
  IBV: 'reviewed by staff in a branch',
};

/** The manual-review policy of a check or task in words. */
export function reviewPhrase(type: string, manualCheck: unknown): string {
  if (typeof manualCheck === 'string') return REVIEW_PHRASES[manualCheck] ?? `manual_check ${manualCheck}`;
  return WITHOUT_MANUAL_REVIEW.has(type) ? 'automated (no manual review for this check)' : "Yoti's default review (manual_check not set)";
}

const DOCUMENT_WORDS: Readonly<Record<string, string>> = {
  PASSPORT: 'passport',
  DRIVING_LICENCE: 'driving licence',
  NATIONAL_ID: 'national ID card',
  PASS_CARD: 'PASS card',
  RESIDENCE_PERMIT: 'residence permit',
  UTILITY_BILL: 'utility bill',
  COUNCIL_TAX_BILL: 'council tax bill',
  PHONE_BILL: 'phone bill',
  BANK_STATEMENT: 'bank statement',
};

/** `PASSPORT` → `passport`; an unknown type keeps its code. */
export const documentWord = (type: string): string => DOCUMENT_WORDS[type] ?? type;

const CATEGORY_WORDS: Readonly<Record<string, string>> = { SANCTIONS: 'sanctions', 'ADVERSE-MEDIA': 'adverse media' };

/** `ADVERSE-MEDIA` → `adverse media`. */
export const categoryWord = (category: string): string => CATEGORY_WORDS[category] ?? category;

const TOPIC_WORDS: Readonly<Record<string, string>> = {
  RESOURCE_UPDATE: 'a resource update',
  TASK_COMPLETION: 'task completion',
  CHECK_COMPLETION: 'check completion',
  SESSION_COMPLETION: 'session completion',
  CLIENT_SESSION_TOKEN_DELETED: 'token deletion',
  NEW_PDF_SUPPLIED: 'a new PDF',
  INSTRUCTIONS_EMAIL_REQUESTED: 'an instructions email request',
  THANK_YOU_EMAIL_REQUESTED: 'a thank-you email request',
  FIRST_BRANCH_VISIT: 'the first branch visit',
};

/** Topics may be written in any case (Yoti's own pages use lower case). */
export const topicWord = (topic: string): string => TOPIC_WORDS[topic.toUpperCase()] ?? topic;

/** `a, b or c`. */
export function oneOfWords(words: readonly string[], conjunction = 'or'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1) ?? ''}`;
}

/** A URL without its query or fragment, which may carry a token. */
export function urlWords(value: string): string {
  try {
    const url = new URL(value);
    return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return value.split(/[?#]/, 1)[0] ?? value;
  }
}
