/**
 * Random legal builder chains for property tests: any subset of checks and tasks (each once),
 * documents that satisfy every cross-field rule, and random session-wide sections. Each value
 * is a list of steps, so a failing case shrinks to the fewest calls and prints readably.
 */
import fc from 'fast-check';
import {
  BIOMETRIC_CONSENT_FLOWS,
  CAPTURE_METHODS,
  CHIP_DATA,
  COUNTRY_CODES,
  DARK_MODES,
  ID_DOCUMENT_TYPES,
  IDENTITY_SCHEME_OBJECTIVES,
  IDENTITY_SCHEME_TYPES,
  INCLUSIONS,
  LIVENESS_TYPES,
  MANUAL_CHECKS,
  NOTIFICATION_AUTH_TYPES,
  NOTIFICATION_TOPICS,
  sessionConfig,
  SUPPLEMENTARY_DOCUMENT_TYPES,
  SUPPRESSIBLE_SCREENS,
  TRUST_FRAMEWORKS,
  WATCHLIST_CATEGORIES,
} from '../../src/index.js';

/** The builder as a JavaScript caller drives it: the type state is what these chains test at run time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export interface Step {
  /** `check.liveness`, `sdkConfig`, ...: the method path. */
  readonly method: string;
  readonly args: readonly unknown[];
}

export function runChain(steps: readonly Step[]): { toJSON(): unknown } {
  let builder: Loose = sessionConfig();
  for (const { method, args } of steps) {
    const [section, name] = method.includes('.') ? method.split('.') : [undefined, method];
    builder = section === undefined ? builder[name as string](...args) : builder[section][name as string](...args);
  }
  return builder as { toJSON(): unknown };
}

const nonBlank = fc.string({ minLength: 1, maxLength: 16 }).filter((text) => text.trim() !== '');
const optionalRecord = <Shape extends Record<string, fc.Arbitrary<unknown>>>(shape: Shape) => fc.record(shape, { requiredKeys: [] });
const someOf = <Value>(values: readonly Value[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: values.length });
const manualCheck = fc.constantFrom(...MANUAL_CHECKS);
const step = (method: string, ...args: unknown[]): Step => ({ method, args });

const filter = fc.oneof(
  optionalRecord({
    type: fc.constant('ORTHOGONAL_RESTRICTIONS'),
    countryRestriction: fc.record({ inclusion: fc.constantFrom(...INCLUSIONS), countryCodes: someOf(COUNTRY_CODES.slice(0, 8)) }),
    typeRestriction: fc.record({ inclusion: fc.constantFrom(...INCLUSIONS), documentTypes: someOf(ID_DOCUMENT_TYPES) }),
    allowExpiredDocuments: fc.boolean(),
    allowNonLatinDocuments: fc.boolean(),
  }).map((value) => ({ ...value, type: 'ORTHOGONAL_RESTRICTIONS' })),
  fc.record({
    type: fc.constant('DOCUMENT_RESTRICTIONS'),
    inclusion: fc.constantFrom(...INCLUSIONS),
    documents: fc.array(optionalRecord({ countryCodes: someOf(COUNTRY_CODES.slice(0, 8)), documentTypes: someOf(ID_DOCUMENT_TYPES) }), { maxLength: 3 }),
  }),
);

const checks: Record<string, fc.Arbitrary<Step>> = {
  documentAuthenticity: optionalRecord({ manualCheck }).map((options) => step('check.documentAuthenticity', options)),
  documentComparison: fc.constant(step('check.documentComparison')),
  faceMatch: fc.record({ manualCheck }).map((options) => step('check.faceMatch', options)),
  liveness: optionalRecord({ livenessType: fc.constantFrom(...LIVENESS_TYPES), maxRetries: fc.integer({ min: 1, max: 10 }) }).map((options) => step('check.liveness', options)),
  faceComparison: fc.record({ manualCheck }).map((options) => step('check.faceComparison', options)),
  thirdPartyIdentity: optionalRecord({ manualCheck }).map((options) => step('check.thirdPartyIdentity', options)),
  watchlistScreening: fc.record({ categories: someOf(WATCHLIST_CATEGORIES) }).map((options) => step('check.watchlistScreening', options)),
  watchlistAdvancedCa: fc
    .record({
      account: fc.oneof(
        fc.constant({ type: 'WITH_YOTI_ACCOUNT' }),
        fc.record({ type: fc.constant('WITH_CUSTOM_ACCOUNT'), apiKey: nonBlank, clientRef: nonBlank, monitoring: fc.boolean(), tags: fc.dictionary(nonBlank, fc.string(), { maxKeys: 3 }) }),
      ),
      sources: fc.oneof(fc.record({ type: fc.constant('TYPE_LIST'), types: fc.array(nonBlank, { maxLength: 3 }) }), fc.record({ type: fc.constant('PROFILE'), searchProfile: nonBlank })),
      matchingStrategy: fc.oneof(
        optionalRecord({ exactMatch: fc.boolean() }).map((value) => ({ ...value, type: 'EXACT' })),
        fc.record({ type: fc.constant('FUZZY'), fuzziness: fc.double({ min: 0, max: 1, noNaN: true }) }),
      ),
      removeDeceased: fc.boolean(),
    })
    .map(({ account, ...rest }) => step('check.watchlistAdvancedCa', { ...account, ...rest })),
};

const tasks: Record<string, fc.Arbitrary<Step>> = {
  textExtraction: fc
    .record({ manualCheck, chipData: fc.constantFrom(...CHIP_DATA), createExpandedDocumentFields: fc.boolean() }, { requiredKeys: ['manualCheck'] })
    .map((options) => step('task.textExtraction', options)),
  supplementaryTextExtraction: fc.record({ manualCheck }).map((options) => step('task.supplementaryTextExtraction', options)),
};

const idDocument = fc.option(fc.record({ filter }), { nil: undefined }).map((options) => step('document.id', ...(options === undefined ? [] : [options])));
const supplementaryDocument = fc
  .option(someOf(SUPPLEMENTARY_DOCUMENT_TYPES), { nil: undefined })
  .map((types) => step('document.supplementary', 'PROOF_OF_ADDRESS', ...(types === undefined ? [] : [types])));

const ID_DOCUMENT_REQUESTS = new Set(['check.documentAuthenticity', 'check.documentComparison', 'check.faceMatch', 'check.watchlistScreening', 'check.watchlistAdvancedCa', 'task.textExtraction']);

const hexColour = fc.integer({ min: 0, max: 0xffffff }).map((value) => `#${value.toString(16).padStart(6, '0')}`);
const url = fc.webUrl({ validSchemes: ['https'] }).filter((text) => !/\s/.test(text));

const sessionWide: fc.Arbitrary<Step[]> = fc
  .record(
    {
      sdkConfig: optionalRecord({
        allowedCaptureMethods: fc.constantFrom(...CAPTURE_METHODS),
        primaryColour: hexColour,
        fontColour: hexColour,
        darkMode: fc.constantFrom(...DARK_MODES),
        locale: fc.constantFrom('en', 'en-GB', 'fr_FR', 'cy'),
        presetIssuingCountry: fc.constantFrom(...COUNTRY_CODES),
        successUrl: url,
        allowHandoff: fc.boolean(),
        biometricConsentFlow: fc.constantFrom(...BIOMETRIC_CONSENT_FLOWS),
        attemptsConfiguration: fc.record({ ID_DOCUMENT_TEXT_DATA_EXTRACTION: fc.record({ GENERIC: fc.integer({ min: 1, max: 5 }) }) }),
        suppressedScreens: someOf(SUPPRESSIBLE_SCREENS),
      }).map((options) => step('sdkConfig', options)),
      notifications: fc
        .record({
          endpoint: url,
          auth: fc.option(fc.record({ authType: fc.constantFrom(...NOTIFICATION_AUTH_TYPES), authToken: nonBlank }), { nil: undefined }),
          topics: fc.uniqueArray(fc.constantFrom(...NOTIFICATION_TOPICS), { maxLength: 4 }),
        })
        .map(({ auth, ...rest }) => step('notifications', { ...rest, ...auth })),
      identityProfile: fc
        .record({ trustFramework: fc.constantFrom(...TRUST_FRAMEWORKS), scheme: optionalRecord({ type: fc.constantFrom(...IDENTITY_SCHEME_TYPES), objective: fc.constantFrom(...IDENTITY_SCHEME_OBJECTIVES) }) })
        // A DBS scheme needs its level (an error rule); pair it with one so every chain stays legal.
        .map(({ trustFramework, scheme }) => {
          const chosen = { type: 'RTW', ...scheme };
          return step('identityProfile', { trustFramework, scheme: chosen.type === 'DBS' ? { ...chosen, objective: 'STANDARD' } : chosen });
        }),
      subject: nonBlank.map((subjectId) => step('subject', { subjectId })),
      userTrackingId: nonBlank.map((id) => step('userTrackingId', id)),
      blockBiometricConsent: fc.boolean().map((block) => step('blockBiometricConsent', block)),
      isPrivate: fc.boolean().map((value) => step('isPrivate', value)),
      sessionDeadline: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => step('sessionDeadline', date)),
      ttls: fc
        .record({ token: fc.option(fc.integer({ min: 301, max: 10_000_000 }), { nil: undefined }), margin: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }) })
        .map(({ token, margin }) => [
          ...(token === undefined ? [] : [step('clientSessionTokenTtl', token)]),
          ...(margin === undefined ? [] : [step('resourcesTtl', (token ?? 0) + 86400 + margin)]),
        ]),
    },
    { requiredKeys: [] },
  )
  .map(({ ttls, ...sections }) => [...(ttls ?? []), ...Object.values(sections)]);

/** Any subset of the methods, each called once with its own random options. */
function someSteps(methods: Record<string, fc.Arbitrary<Step>>): fc.Arbitrary<Step[]> {
  return fc.subarray(Object.values(methods)).chain((chosen) => (chosen.length === 0 ? fc.constant<Step[]>([]) : fc.tuple(...chosen)));
}

/** A legal chain: the terminal must accept it, whatever the order of its calls. */
export const legalChainArbitrary: fc.Arbitrary<Step[]> = fc
  .record({
    name: nonBlank,
    checks: someSteps(checks),
    tasks: someSteps(tasks),
    documents: fc.array(fc.oneof(idDocument, supplementaryDocument), { maxLength: 3 }),
    sessionWide,
    extraIdDocument: idDocument,
    extraSupplementaryDocument: supplementaryDocument,
  })
  .chain(({ name, checks: requested, tasks: tasked, documents, sessionWide: wide, extraIdDocument, extraSupplementaryDocument }) => {
    const calls = [...requested, ...tasked];
    const fixed = [...documents];
    const has = (method: string) => fixed.some((document) => document.method === method);
    if (calls.some((call) => call.method === 'task.supplementaryTextExtraction') && !has('document.supplementary')) fixed.push(extraSupplementaryDocument);
    if (fixed.length > 0 && calls.some((call) => ID_DOCUMENT_REQUESTS.has(call.method)) && !has('document.id')) fixed.push(extraIdDocument);
    if (calls.some((call) => call.method === 'check.documentComparison')) {
      if (!has('document.id')) fixed.push(extraIdDocument);
      while (fixed.length < 2) fixed.push(extraIdDocument);
    }
    // Any order of the calls is legal; the name may come last.
    return fc.shuffledSubarray([step('name', name), ...calls, ...fixed, ...wide], { minLength: calls.length + fixed.length + wide.length + 1 });
  });
