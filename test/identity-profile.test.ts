import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sessionConfig } from '../src/index.js';
import { expectIssue, untyped } from './support/issues.js';

const named = () => sessionConfig().name('Profiles');

test('identityProfile emits identity_profile_requirements with the scheme and its objective', () => {
  const json = named().identityProfile({ scheme: { objective: 'BASIC', type: 'DBS' }, trustFramework: 'UK_TFIDA' }).toJSON();
  assert.equal(json.session_config, {
    identity_profile_requirements: { trust_framework: 'UK_TFIDA', scheme: { type: 'DBS', objective: 'BASIC' } },
  });
  assert.equal(Object.keys(json.session_config.identity_profile_requirements ?? {}), ['trust_framework', 'scheme']);
});

test('advancedIdentityProfile emits every profile and scheme, with filters in snake_case', () => {
  const json = named()
    .advancedIdentityProfile({
      profiles: [
        {
          trustFramework: 'UK_TFIDA',
          schemes: [
            {
              label: 'dbs',
              type: 'DBS',
              objective: 'STANDARD',
              config: {
                filter: { type: 'DOCUMENT_RESTRICTIONS', inclusion: 'WHITELIST', documents: [{ countryCodes: ['GBR'], documentTypes: ['PASSPORT'] }] },
              },
            },
          ],
        },
        { trustFramework: 'YOTI_GLOBAL', schemes: [{ type: 'IDENTITY', objective: 'AL_L1', label: 'identity' }] },
      ],
    })
    .toJSON();
  assert.equal(json.session_config.advanced_identity_profile_requirements, {
    profiles: [
      {
        trust_framework: 'UK_TFIDA',
        schemes: [
          {
            type: 'DBS',
            objective: 'STANDARD',
            label: 'dbs',
            config: {
              filter: { type: 'DOCUMENT_RESTRICTIONS', inclusion: 'WHITELIST', documents: [{ country_codes: ['GBR'], document_types: ['PASSPORT'] }] },
            },
          },
        ],
      },
      { trust_framework: 'YOTI_GLOBAL', schemes: [{ type: 'IDENTITY', objective: 'AL_L1', label: 'identity' }] },
    ],
  });
  const scheme = json.session_config.advanced_identity_profile_requirements?.profiles[0]?.schemes[0];
  assert.equal(Object.keys(scheme ?? {}), ['type', 'objective', 'label', 'config']);
});

test('subject emits subject_id, and calling a profile method again replaces its object', () => {
  const json = named()
    .subject({ subjectId: 'first' })
    .subject({ subjectId: 'subject-42' })
    .identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'RTR' } })
    .identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'RTW' } })
    .toJSON();
  assert.equal(json.session_config, {
    identity_profile_requirements: { trust_framework: 'UK_TFIDA', scheme: { type: 'RTW' } },
    subject: { subject_id: 'subject-42' },
  });
});

test('trust frameworks are a closed set; scheme types and objectives are open but UPPER_SNAKE_CASE (Yoti docs "Yoti Global – CAN CRC"; every SDK takes any scheme string)', () => {
  const path = 'session_config.identity_profile_requirements';
  expectIssue(() => untyped().identityProfile({ trustFramework: 'UK_DIATF', scheme: { type: 'RTW' } }), 'invalid_value', `${path}.trust_framework`, 'UK_TFIDA, YOTI_GLOBAL');
  expectIssue(() => untyped().identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'rtw' } }), 'invalid_format', `${path}.scheme.type`, '"rtw"');
  // Yoti documents DBS only with a level, so a level it does not know is an error, not an advisory.
  expectIssue(() => untyped().identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'DBS', objective: 'FULL' } }), 'scheme_objective_required', `${path}.scheme.objective`, 'BASIC, STANDARD or ENHANCED');
  expectIssue(() => untyped().identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'DBS' } }), 'scheme_objective_required', `${path}.scheme`, 'received no objective');
});

test('a profile needs its trust framework and scheme type', () => {
  expectIssue(() => untyped().identityProfile({ scheme: { type: 'RTW' } }), 'missing_key', 'session_config.identity_profile_requirements.trust_framework');
  expectIssue(() => untyped().identityProfile({ trustFramework: 'UK_TFIDA', scheme: {} }), 'missing_key', 'session_config.identity_profile_requirements.scheme.type');
});

test('advanced profiles without a label or with empty lists load, as the Java and Go SDKs allow them (advisories); a blank label is an error', () => {
  const path = 'session_config.advanced_identity_profile_requirements.profiles';
  const empty = sessionConfig().name('Profiles').advancedIdentityProfile({ profiles: [] });
  assert.equal(empty.toJSON().session_config.advanced_identity_profile_requirements, { profiles: [] });
  assert.equal(empty.advisories().map((advisory) => advisory.code), ['empty_identity_profile']);
  const noSchemes = sessionConfig().name('Profiles').advancedIdentityProfile({ profiles: [{ trustFramework: 'UK_TFIDA', schemes: [] }] });
  assert.equal(noSchemes.advisories().map((advisory) => advisory.path.join('.')), ['session_config.advanced_identity_profile_requirements.profiles.0.schemes']);
  const unlabelled = sessionConfig().name('Profiles').advancedIdentityProfile({ profiles: [{ trustFramework: 'UK_TFIDA', schemes: [{ type: 'RTW' }] }] });
  assert.equal(unlabelled.toJSON().session_config.advanced_identity_profile_requirements?.profiles[0]?.schemes[0], { type: 'RTW' });
  assert.equal(unlabelled.advisories().map((advisory) => advisory.code), ['scheme_without_label']);
  expectIssue(
    () => untyped().advancedIdentityProfile({ profiles: [{ trustFramework: 'UK_TFIDA', schemes: [{ type: 'RTW', label: '' }] }] }),
    'invalid_format',
    `${path}[0].schemes[0].label`,
    'non-empty',
  );
});

test('the subject id must be a non-empty string and the only key', () => {
  expectIssue(() => untyped().subject({ subjectId: '' }), 'invalid_format', 'session_config.subject.subject_id', 'non-empty');
  expectIssue(() => untyped().subject({ subjectId: 42 }), 'invalid_type', 'session_config.subject.subject_id', 'received 42');
  expectIssue(() => untyped().subject({ subjectId: 'a', name: 'Ada' }), 'unknown_key', 'session_config.subject.name');
});

test.run();
