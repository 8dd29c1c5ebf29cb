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

test('unknown trust frameworks, scheme types and objectives are rejected', () => {
  const path = 'session_config.identity_profile_requirements';
  expectIssue(() => untyped().identityProfile({ trustFramework: 'UK_DIATF', scheme: { type: 'RTW' } }), 'invalid_value', `${path}.trust_framework`, 'UK_TFIDA, YOTI_GLOBAL');
  expectIssue(() => untyped().identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'rtw' } }), 'invalid_value', `${path}.scheme.type`, '"rtw"');
  expectIssue(() => untyped().identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'DBS', objective: 'FULL' } }), 'invalid_value', `${path}.scheme.objective`);
});

test('a profile needs its trust framework and scheme type', () => {
  expectIssue(() => untyped().identityProfile({ scheme: { type: 'RTW' } }), 'missing_key', 'session_config.identity_profile_requirements.trust_framework');
  expectIssue(() => untyped().identityProfile({ trustFramework: 'UK_TFIDA', scheme: {} }), 'missing_key', 'session_config.identity_profile_requirements.scheme.type');
});

test('advanced profiles need at least one profile, at least one scheme each, and a label per scheme', () => {
  const path = 'session_config.advanced_identity_profile_requirements.profiles';
  expectIssue(() => untyped().advancedIdentityProfile({ profiles: [] }), 'too_small', path, 'at least one');
  expectIssue(() => untyped().advancedIdentityProfile({ profiles: [{ trustFramework: 'UK_TFIDA', schemes: [] }] }), 'too_small', `${path}[0].schemes`);
  expectIssue(
    () => untyped().advancedIdentityProfile({ profiles: [{ trustFramework: 'UK_TFIDA', schemes: [{ type: 'RTW' }] }] }),
    'missing_key',
    `${path}[0].schemes[0].label`,
  );
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
