// @ts-check
/**
 * Generates distinct, full-featured session configurations for the compile-time benchmark, each
 * as a list of builder calls that can be rendered as TypeScript source (a builder chain) and
 * replayed against the built library (to get the exact JSON, for the object-literal twin).
 *
 * The catalogue names every builder method the generator knows. A method is used only when the
 * built library has it, so "full-featured" follows the public surface as it grows; methods the
 * library has and the catalogue lacks are listed by `coverage()` so the report shows the gap.
 */

/** @typedef {{ path: string, args: unknown[] }} Call */

const MANUAL = /** @type {const} */ (['ALWAYS', 'FALLBACK', 'NEVER']);
const COUNTRIES = ['GBR', 'USA', 'FRA', 'DEU', 'IRL', 'ESP', 'ITA', 'NLD', 'CAN', 'AUS'];
const ID_TYPES = ['PASSPORT', 'DRIVING_LICENCE', 'NATIONAL_ID', 'PASS_CARD'];
const SUPPLEMENTARY_TYPES = ['UTILITY_BILL', 'COUNCIL_TAX_BILL', 'PHONE_BILL', 'BANK_STATEMENT'];
const TOPICS = ['RESOURCE_UPDATE', 'TASK_COMPLETION', 'CHECK_COMPLETION', 'SESSION_COMPLETION'];
const SCREENS = ['ID_DOCUMENT_EDUCATION', 'FACE_CAPTURE_EDUCATION', 'ZOOM_LIVENESS_EDUCATION'];

/** @template T @param {readonly T[]} list @param {number} index */
const pick = (list, index) => /** @type {T} */ (list[index % list.length]);
/** @template T @param {readonly T[]} list @param {number} start @param {number} count */
const slice = (list, start, count) => Array.from({ length: count }, (_, offset) => pick(list, start + offset));

/** @param {number} i */
function documentFilter(i) {
  return i % 2 === 0
    ? {
        type: 'ORTHOGONAL_RESTRICTIONS',
        countryRestriction: { inclusion: 'WHITELIST', countryCodes: slice(COUNTRIES, i, 2) },
        typeRestriction: { inclusion: pick(['WHITELIST', 'BLACKLIST'], i >> 1), documentTypes: slice(ID_TYPES, i, 2) },
        allowExpiredDocuments: i % 4 === 0,
        allowNonLatinDocuments: true,
      }
    : {
        type: 'DOCUMENT_RESTRICTIONS',
        inclusion: 'WHITELIST',
        documents: [{ countryCodes: slice(COUNTRIES, i, 1), documentTypes: slice(ID_TYPES, i, 1) }, { documentTypes: ['PASSPORT'] }],
        allowNonLatinDocuments: i % 3 === 0,
      };
}

/** @param {number} i */
function advancedCa(i) {
  const common = {
    removeDeceased: i % 2 === 0,
    shareUrl: true,
    sources: i % 3 === 0 ? { type: 'PROFILE', searchProfile: `profile-${i}` } : { type: 'TYPE_LIST', types: ['pep', 'sanction'] },
    matchingStrategy: i % 2 === 0 ? { type: 'FUZZY', fuzziness: (i % 10) / 10 } : { type: 'EXACT', exactMatch: true },
  };
  return i % 2 === 0
    ? { type: 'WITH_YOTI_ACCOUNT', ...common }
    : { type: 'WITH_CUSTOM_ACCOUNT', ...common, apiKey: `ca-key-${i}`, clientRef: `client-${i}`, monitoring: true, tags: { team: `t${i % 7}` } };
}

/**
 * Every builder method the generator knows, with arguments that vary with `i` and never break a
 * rule: every check, task, document kind, filter kind and setting is in use in every config.
 * @type {Record<string, (i: number) => unknown[]>}
 */
const CATALOGUE = {
  name: (i) => [`Config ${i}`],
  isPrivate: (i) => [i % 2 === 0],
  clientSessionTokenTtl: (i) => [900 + i],
  sessionDeadline: (i) => [`2030-${String(1 + (i % 12)).padStart(2, '0')}-15T17:00:00Z`],
  resourcesTtl: (i) => [2630000 + i],
  userTrackingId: (i) => [`user-${i}`],
  blockBiometricConsent: (i) => [i % 3 === 0],
  sdkConfig: (i) => [
    {
      allowedCaptureMethods: pick(['CAMERA', 'CAMERA_AND_UPLOAD'], i),
      primaryColour: `#2d9f${(i % 256).toString(16).padStart(2, '0')}`,
      secondaryColour: '#FFFFFF',
      fontColour: '#000000',
      primaryColourDarkMode: '#1a1a1a',
      darkMode: pick(['ON', 'OFF', 'AUTO'], i),
      locale: pick(['en', 'en-GB', 'fr', 'de'], i),
      presetIssuingCountry: pick(COUNTRIES, i),
      successUrl: `https://example.com/${i}/done`,
      errorUrl: `https://example.com/${i}/error`,
      privacyPolicyUrl: 'https://example.com/privacy',
      allowHandoff: i % 2 === 1,
      biometricConsentFlow: pick(['EARLY', 'JUST_IN_TIME'], i),
      attemptsConfiguration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: 1 + (i % 3), RECLASSIFICATION: 2 } },
      brandId: `brand-${i % 5}`,
      suppressedScreens: slice(SCREENS, i, 1 + (i % 2)),
    },
  ],
  notifications: (i) => [
    { endpoint: `https://hooks.example.com/${i}`, authType: pick(['BASIC', 'BEARER'], i), authToken: `token-${i}`, topics: slice(TOPICS, i, 2) },
  ],
  identityProfile: (i) => [{ trustFramework: 'UK_TFIDA', scheme: i % 2 === 0 ? { type: 'RTW' } : { type: 'DBS', objective: 'BASIC' } }],
  advancedIdentityProfile: (i) => [
    {
      profiles: [
        {
          trustFramework: 'YOTI_GLOBAL',
          schemes: [{ type: 'IDENTITY', objective: pick(['AL_L1', 'AL_M1'], i), label: `identity-${i}`, config: { filter: documentFilter(i) } }],
        },
      ],
    },
  ],
  subject: (i) => [{ subjectId: `subject-${i}` }],
  createIdentityProfilePreview: (i) => [i % 2 === 0],
  importToken: (i) => [{ ttl: 2592000 + i }],
  ibvOptions: (i) => [{ support: pick(['MANDATORY', 'NOT_ALLOWED'], i), guidanceUrl: 'https://example.com/branch', userPrice: { amount: `${5 + (i % 5)}.00`, currency: 'GBP' } }],
  resources: (i) => [{ applicantProfile: { given_names: `Name${i}`, family_name: 'Example' } }],
  'check.documentAuthenticity': (i) => [
    i % 2 === 0 ? { manualCheck: pick(MANUAL, i) } : { manualCheck: pick(MANUAL, i), issuingAuthoritySubCheck: { requested: true, filter: documentFilter(i) } },
  ],
  'check.documentComparison': () => [],
  'check.faceMatch': (i) => [{ manualCheck: pick(MANUAL, i + 1) }],
  'check.liveness': (i) => [{ livenessType: pick(['ZOOM', 'STATIC'], i), maxRetries: 1 + (i % 5) }],
  'check.faceComparison': () => [{ manualCheck: 'NEVER' }],
  'check.thirdPartyIdentity': (i) => [{ manualCheck: pick(MANUAL, i + 2) }],
  'check.watchlistScreening': (i) => [{ categories: pick([['SANCTIONS'], ['ADVERSE-MEDIA'], ['SANCTIONS', 'ADVERSE-MEDIA']], i) }],
  'check.watchlistAdvancedCa': (i) => [advancedCa(i)],
  'task.textExtraction': (i) => [{ manualCheck: pick(MANUAL, i), chipData: pick(['DESIRED', 'IGNORE'], i), createExpandedDocumentFields: i % 2 === 0 }],
  'task.supplementaryTextExtraction': (i) => [{ manualCheck: pick(MANUAL, i + 1) }],
  'document.id': (i) => [{ filter: documentFilter(i) }],
  'document.supplementary': (i) => [
    'PROOF_OF_ADDRESS',
    slice(SUPPLEMENTARY_TYPES, i, 1 + (i % 4)),
    i % 2 === 0 ? { countryCodes: slice(COUNTRIES, i, 2) } : { countryCodes: ['GBR'], filter: documentFilter(i + 1) },
  ],
};

/** Methods that add nothing to the JSON or end the chain; the generator does not call them. */
const NOT_SETTINGS = new Set(['constructor', 'toJSON', 'create', 'advisories', 'strict', 'check', 'task', 'document']);

/**
 * Builder methods the built library offers, as catalogue paths (`'name'`, `'check.liveness'`).
 * @param {any} empty an empty builder from the built library
 */
export function offeredMethods(empty) {
  /** @param {object} instance */
  const methods = (instance) =>
    Object.getOwnPropertyNames(Object.getPrototypeOf(instance)).filter((name) => {
      const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(instance), name);
      return !NOT_SETTINGS.has(name) && typeof descriptor?.value === 'function' && !name.startsWith('#');
    });
  return [
    ...methods(empty),
    ...['check', 'task', 'document'].flatMap((section) => (section in empty ? methods(empty[section]).map((name) => `${section}.${name}`) : [])),
  ];
}

/** What the catalogue covers of the built library, and what it lacks. @param {any} empty */
export function coverage(empty) {
  const offered = offeredMethods(empty);
  return {
    used: Object.keys(CATALOGUE).filter((path) => offered.includes(path)),
    missingFromLibrary: Object.keys(CATALOGUE).filter((path) => !offered.includes(path)),
    notInCatalogue: offered.filter((path) => !(path in CATALOGUE)),
  };
}

const CHECK_ORDER = [
  'check.documentAuthenticity',
  'check.documentComparison',
  'check.faceMatch',
  'check.liveness',
  'check.faceComparison',
  'check.thirdPartyIdentity',
  'check.watchlistScreening',
  'check.watchlistAdvancedCa',
];

/**
 * The calls of configuration `i`. Checks start at a different kind in each config, so the type
 * checker meets as many distinct intermediate states as real code written by different people.
 * @param {number} i @param {readonly string[]} available catalogue paths to use
 * @returns {Call[]}
 */
export function fullConfig(i, available) {
  const rotated = [...CHECK_ORDER.slice(i % CHECK_ORDER.length), ...CHECK_ORDER.slice(0, i % CHECK_ORDER.length)];
  // The two identity-profile kinds are alternatives (an advisory says so): use one per config.
  const profile = i % 2 === 0 ? 'identityProfile' : 'advancedIdentityProfile';
  const order = [
    'name',
    'isPrivate',
    'clientSessionTokenTtl',
    'sessionDeadline',
    'resourcesTtl',
    'userTrackingId',
    'blockBiometricConsent',
    'sdkConfig',
    'notifications',
    profile,
    'subject',
    'createIdentityProfilePreview',
    'importToken',
    'ibvOptions',
    'resources',
    ...rotated,
    'task.textExtraction',
    'task.supplementaryTextExtraction',
    'document.id',
    'document.supplementary',
  ];
  return order.filter((path) => available.includes(path)).map((path) => ({ path, args: /** @type {(i: number) => unknown[]} */ (CATALOGUE[path])(i) }));
}

/**
 * Configuration `i` with exactly one illegal call, of one of several kinds in turn; each kind is a
 * compile-time rule. Returns the calls and the name of the kind.
 * @param {number} i @param {readonly string[]} available
 * @returns {{ calls: Call[], kind: string }}
 */
export function misuseConfig(i, available) {
  const calls = fullConfig(i, available);
  /** @param {string} path @param {(args: unknown[]) => unknown[]} change */
  const replace = (path, change) => {
    const call = calls.find((candidate) => candidate.path === path);
    if (call !== undefined) call.args = change(call.args);
  };
  const kinds = [
    ['duplicate check', () => calls.push({ path: 'check.liveness', args: [{ maxRetries: 2 }] })],
    ['maxRetries 0', () => replace('check.liveness', () => [{ livenessType: 'ZOOM', maxRetries: 0 }])],
    ['unknown manualCheck', () => replace('check.faceMatch', () => [{ manualCheck: 'SOMETIMES' }])],
    ['alpha-2 country code', () => replace('document.supplementary', (args) => [args[0], args[1], { countryCodes: ['GB'] }])],
    ['unknown category', () => replace('check.watchlistScreening', () => [{ categories: ['SANCTIONZ'] }])],
    ['manualCheck on liveness', () => replace('check.liveness', () => [{ maxRetries: 3, manualCheck: 'ALWAYS' }])],
    ['terminal before name', () => calls.splice(calls.findIndex((call) => call.path === 'name'), 1)],
  ];
  const [kind, apply] = /** @type {[string, () => void]} */ (kinds[i % kinds.length]);
  apply();
  return { calls, kind };
}

/**
 * A chain of `length` calls built by repeating the scalar settings, then the checks, tasks and
 * documents once each (they may appear once), ending at the terminal.
 * @param {number} length @param {readonly string[]} available
 */
export function longChain(length, available) {
  const once = fullConfig(0, available).filter((call) => call.path.includes('.'));
  const repeatable = ['name', 'isPrivate', 'userTrackingId', 'blockBiometricConsent', 'clientSessionTokenTtl', 'resourcesTtl'].filter((path) =>
    available.includes(path),
  );
  /** @type {Call[]} */
  const calls = [];
  for (let index = 0; calls.length < length - once.length; index++) {
    const path = /** @type {string} */ (repeatable[index % repeatable.length]);
    calls.push({ path, args: /** @type {(i: number) => unknown[]} */ (CATALOGUE[path])(index) });
  }
  return [...calls, ...once].slice(0, length);
}

/** Plain data as JavaScript source, with bare keys where they are identifiers. @param {unknown} value @returns {string} */
export function source(value) {
  if (Array.isArray(value)) return `[${value.map(source).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${source(item)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** The calls as TypeScript source, one call a line. @param {readonly Call[]} calls @param {string} terminal */
export function chainSource(calls, terminal = '.toJSON()') {
  return `sessionConfig()\n${calls.map((call) => `  .${call.path}(${call.args.map(source).join(', ')})`).join('\n')}\n  ${terminal}`;
}

/** Replays the calls on a builder of the built library. @param {any} builder @param {readonly Call[]} calls */
export function replay(builder, calls) {
  let current = builder;
  for (const call of calls) {
    const [first, second] = call.path.split('.');
    current = second === undefined ? current[/** @type {string} */ (first)](...call.args) : current[/** @type {string} */ (first)][second](...call.args);
  }
  return current;
}
