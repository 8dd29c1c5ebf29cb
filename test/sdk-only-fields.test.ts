import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sessionConfig } from '../src/index.js';
import { expectIssue, untyped } from './support/issues.js';

const named = () => sessionConfig().name('SDK-only');

test('the SDK-only fields emit their JSON keys last, in canonical order', () => {
  const json = named()
    .resources({ applicantProfile: { given_names: 'Ada', family_name: 'Lovelace' } })
    .ibvOptions({ userPrice: { currency: 'GBP', amount: '5.00' }, guidanceUrl: 'https://example.com/branch', support: 'MANDATORY' })
    .importToken({ ttl: 2592000 })
    .createIdentityProfilePreview(true)
    .sdkConfig({ locale: 'en' })
    .toJSON();
  assert.equal(json.session_config, {
    sdk_config: { locale: 'en' },
    create_identity_profile_preview: true,
    import_token: { ttl: 2592000 },
    ibv_options: { support: 'MANDATORY', guidance_url: 'https://example.com/branch', user_price: { amount: '5.00', currency: 'GBP' } },
    resources: { applicant_profile: { given_names: 'Ada', family_name: 'Lovelace' } },
  });
  assert.equal(Object.keys(json.session_config), ['sdk_config', 'create_identity_profile_preview', 'import_token', 'ibv_options', 'resources']);
  assert.equal(Object.keys(json.session_config.ibv_options ?? {}), ['support', 'guidance_url', 'user_price']);
});

test('importToken defaults to 365 days, the Go SDK default', () => {
  assert.equal(named().importToken().toJSON().session_config.import_token, { ttl: 31536000 });
  assert.equal(named().importToken({}).toJSON().session_config.import_token, { ttl: 31536000 });
});

test('the import token lives from 30 to 365 days, in whole seconds', () => {
  expectIssue(() => named().importToken({ ttl: 86400 }), 'too_small', 'session_config.import_token.ttl', 'from 2592000 to 31536000', 'received 86400');
  expectIssue(() => named().importToken({ ttl: 31536001 }), 'too_big', 'session_config.import_token.ttl');
  expectIssue(() => named().importToken({ ttl: 2592000.5 }), 'invalid_type', 'session_config.import_token.ttl', 'an integer');
});

test('ibvOptions needs a known support value and a known currency', () => {
  expectIssue(() => untyped().ibvOptions({}), 'missing_key', 'session_config.ibv_options.support', 'MANDATORY, NOT_ALLOWED');
  expectIssue(() => untyped().ibvOptions({ support: 'OPTIONAL' }), 'invalid_value', 'session_config.ibv_options.support');
  expectIssue(
    () => untyped().ibvOptions({ support: 'MANDATORY', userPrice: { amount: '5', currency: 'EUR' } }),
    'invalid_value',
    'session_config.ibv_options.user_price.currency',
    'GBP',
  );
});

test('the applicant profile keeps its keys as written and holds strings only', () => {
  const json = named().resources({ applicantProfile: { givenNames: 'Ada' } }).toJSON();
  assert.equal(json.session_config.resources, { applicant_profile: { givenNames: 'Ada' } });
  expectIssue(() => untyped().resources({ applicantProfile: { age: 36 } }), 'invalid_type', 'session_config.resources.applicant_profile.age', 'a string');
});

test('createIdentityProfilePreview takes a boolean', () => {
  assert.equal(named().createIdentityProfilePreview(false).toJSON().session_config.create_identity_profile_preview, false);
  expectIssue(() => untyped().createIdentityProfilePreview('yes'), 'invalid_type', 'session_config.create_identity_profile_preview', 'true or false');
});

test.run();
