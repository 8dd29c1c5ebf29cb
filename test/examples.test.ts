import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sessionConfig, type SessionConfigEnvelope } from '../src/index.js';
import { seedChain } from './support/seed-chain.js';

const examples = new URL('../../shared/spec/examples/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, examples), 'utf8');

const someUser = () =>
  sessionConfig().clientSessionTokenTtl(600).resourcesTtl(90000).userTrackingId('some-user-tracking-id');
const redirects = { successUrl: 'https://example.com/success', errorUrl: 'https://example.com/error' } as const;
const britishUpload = { allowedCaptureMethods: 'CAMERA_AND_UPLOAD', locale: 'en-GB', presetIssuingCountry: 'GBR', ...redirects } as const;
const passportsOnly = {
  filter: { type: 'ORTHOGONAL_RESTRICTIONS', typeRestriction: { inclusion: 'WHITELIST', documentTypes: ['PASSPORT'] } },
} as const;
const expandedExtraction = { manualCheck: 'FALLBACK', chipData: 'DESIRED', createExpandedDocumentFields: true } as const;

/** Each example file written as a builder chain. */
const chains: Record<string, () => { toJSON(): SessionConfigEnvelope }> = {
  'seed.json': seedChain,

  'face-comparison-static-liveness-just-in-time-consent.json': () =>
    someUser()
      .name('Face auth against reference image')
      .check.liveness({ livenessType: 'STATIC' })
      .check.faceComparison({ manualCheck: 'NEVER' })
      .sdkConfig({ ...redirects, privacyPolicyUrl: 'https://example.com/privacy-policy', biometricConsentFlow: 'JUST_IN_TIME' }),

  'id-document-comparison-two-ids-and-proof-of-address.json': () =>
    someUser()
      .name('Cross check two IDs and a bill')
      .check.documentComparison()
      .task.textExtraction(expandedExtraction)
      .task.supplementaryTextExtraction({ manualCheck: 'FALLBACK' })
      .document.id(passportsOnly)
      .document.id()
      .document.supplementary('PROOF_OF_ADDRESS')
      .sdkConfig(britishUpload),

  'identity-profile-uk-tfida-rtw-with-subject.json': () =>
    someUser()
      .name('Right to Work profile')
      .identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'RTW' } })
      .subject({ subjectId: 'some_subject_id_string' })
      .sdkConfig({ primaryColour: '#2d9fff', locale: 'en-GB', presetIssuingCountry: 'GBR', ...redirects, allowHandoff: true }),

  'orthogonal-filter-expired-passport-text-extraction.json': () =>
    someUser()
      .name('Expired passports accepted')
      .task.textExtraction({ manualCheck: 'FALLBACK' })
      .document.id({ filter: { ...passportsOnly.filter, allowExpiredDocuments: true } })
      .sdkConfig(britishUpload),

  'session-deadline-bearer-notifications-authenticity-always.json': () =>
    sessionConfig()
      .name('Deadline based session with webhooks')
      .sessionDeadline(new Date(Date.UTC(2030, 5, 30, 17)))
      .resourcesTtl(604800)
      .userTrackingId('user-7f3a')
      .notifications({
        endpoint: 'https://example.com/idverify/updates',
        authType: 'BEARER',
        authToken: 'opaque-webhook-token',
        topics: ['RESOURCE_UPDATE', 'TASK_COMPLETION', 'CHECK_COMPLETION', 'SESSION_COMPLETION'],
      })
      .check.documentAuthenticity({ manualCheck: 'ALWAYS' })
      .task.textExtraction({ manualCheck: 'ALWAYS', chipData: 'IGNORE' })
      .document.id()
      .sdkConfig({
        allowedCaptureMethods: 'CAMERA',
        primaryColour: '#2d9fff',
        secondaryColour: '#FFFFFF',
        fontColour: '#FFFFFF',
        locale: 'en',
        presetIssuingCountry: 'USA',
        ...redirects,
        allowHandoff: true,
      }),

  'static-liveness-face-match-early-consent-sdk-config.json': () =>
    someUser()
      .name('Face match with early biometric consent')
      .check.liveness({ livenessType: 'STATIC' })
      .check.faceMatch({ manualCheck: 'NEVER' })
      .document.id()
      .sdkConfig({
        ...britishUpload,
        privacyPolicyUrl: 'https://example.com/privacy-policy',
        biometricConsentFlow: 'EARLY',
        attemptsConfiguration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: 3, RECLASSIFICATION: 3 } },
      }),

  'suppressed-screens-handoff-branding.json': () =>
    sessionConfig()
      .name('Streamlined document flow')
      .clientSessionTokenTtl(900)
      .resourcesTtl(90000)
      .userTrackingId('some-user-tracking-id')
      .check.documentAuthenticity({ manualCheck: 'FALLBACK' })
      .task.textExtraction(expandedExtraction)
      .document.id()
      .sdkConfig({
        allowedCaptureMethods: 'CAMERA_AND_UPLOAD',
        primaryColour: '#2d9fff',
        secondaryColour: '#FFFFFF',
        fontColour: '#FFFFFF',
        locale: 'en-GB',
        presetIssuingCountry: 'GBR',
        ...redirects,
        allowHandoff: true,
        suppressedScreens: ['ID_DOCUMENT_EDUCATION', 'ID_DOCUMENT_REQUIREMENTS'],
      }),

  'watchlist-screening-and-advanced-ca-yoti-account-fuzzy.json': () =>
    someUser()
      .name('AML standard plus advanced')
      .check.watchlistScreening({ categories: ['ADVERSE-MEDIA', 'SANCTIONS'] })
      .check.watchlistAdvancedCa({
        type: 'WITH_YOTI_ACCOUNT',
        removeDeceased: true,
        shareUrl: true,
        sources: { type: 'TYPE_LIST', types: ['pep', 'fitness-probity', 'warning'] },
        matchingStrategy: { type: 'FUZZY', fuzziness: 0.5 },
      })
      .task.textExtraction(expandedExtraction)
      .document.id()
      .sdkConfig({
        allowedCaptureMethods: 'CAMERA_AND_UPLOAD',
        presetIssuingCountry: 'GBR',
        ...redirects,
        attemptsConfiguration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: 3, RECLASSIFICATION: 3 } },
      }),

  'yoti-sign-prebuilt-hr-no-required-documents.json': () =>
    sessionConfig()
      .name('HR copy')
      .isPrivate(true)
      .clientSessionTokenTtl(604800)
      .resourcesTtl(2630000)
      .check.documentAuthenticity({ manualCheck: 'FALLBACK' })
      .check.liveness({ livenessType: 'STATIC', maxRetries: 3 })
      .check.faceMatch({ manualCheck: 'FALLBACK' })
      .task.textExtraction({ manualCheck: 'FALLBACK' }),

  'yoti-sign-prebuilt-real-estate.json': () =>
    sessionConfig()
      .name('Real Estate copy')
      .clientSessionTokenTtl(604800)
      .resourcesTtl(2630000)
      .check.documentAuthenticity({ manualCheck: 'FALLBACK' })
      .check.liveness({ livenessType: 'STATIC', maxRetries: 3 })
      .check.faceMatch({ manualCheck: 'FALLBACK' })
      .check.watchlistScreening({ categories: ['SANCTIONS', 'ADVERSE-MEDIA'] })
      .task.textExtraction({ manualCheck: 'FALLBACK' })
      .task.supplementaryTextExtraction({ manualCheck: 'FALLBACK' })
      .document.id()
      .document.supplementary('PROOF_OF_ADDRESS', ['COUNCIL_TAX_BILL', 'PHONE_BILL', 'UTILITY_BILL', 'BANK_STATEMENT']),
};

const files = readdirSync(examples)
  .filter((file) => file.endsWith('.json'))
  .sort();

test('every example file has a builder chain, and every chain an example file', () => {
  assert.ok(files.length >= 11, `expected the 11 example files, found ${files.length}`);
  assert.equal(Object.keys(chains).sort(), files);
});

for (const file of files) {
  test(`the builder chain for ${file} deep-equals the file`, () => {
    const chain = chains[file];
    if (chain === undefined) assert.unreachable(`no chain for ${file}`);
    else assert.equal(chain().toJSON(), JSON.parse(read(file)));
  });
}

/** Every key of a JSON value with its path, in the order the text lists them. */
function keyOrder(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keyOrder(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [`${path}.${key}`, ...keyOrder(item, `${path}.${key}`)]);
}

test('JSON.stringify(chain.toJSON(), null, 2) lists the keys in the order of each file', () => {
  for (const file of files) {
    const chain = chains[file];
    if (chain === undefined) continue;
    const text = JSON.stringify(chain().toJSON(), null, 2);
    assert.equal(keyOrder(JSON.parse(text)), keyOrder(JSON.parse(read(file))), file);
    assert.is(`${text}\n`, read(file).trimEnd() + '\n', `${file} differs from the emitted text`);
  }
});

test.run();
