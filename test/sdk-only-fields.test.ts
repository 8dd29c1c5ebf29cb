import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fromJSON, sessionConfig } from '../src/index.js';
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

test('an import token TTL outside 30 to 365 days loads with an advisory: only the PHP SDK bounds it (PHP `ImportToken.php`; Java and Go set no bounds)', () => {
  const short = named().importToken({ ttl: 86400 });
  assert.equal(short.toJSON().session_config.import_token, { ttl: 86400 });
  const advisory = short.advisories().find((found) => found.code === 'import_token_ttl_out_of_range');
  assert.equal(advisory?.path, ['session_config', 'import_token', 'ttl']);
  assert.ok(named().importToken({ ttl: 31536001 }).advisories().some((found) => found.code === 'import_token_ttl_out_of_range'));
  assert.not.ok(named().importToken({ ttl: 2592000 }).advisories().some((found) => found.code === 'import_token_ttl_out_of_range'));
  assert.throws(() => named().importToken({ ttl: 86400 }).strict().toJSON(), (error: unknown) => String(error).includes('import_token.ttl outside'));
  expectIssue(() => named().importToken({ ttl: 0 }), 'too_small', 'session_config.import_token.ttl', 'at least 1');
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

test('the applicant profile keeps its keys as written and holds any JSON values (Yoti "applicant profile match" page; Java Map<String,Object>)', () => {
  const applicantProfile = {
    full_name: 'Ada Lovelace',
    date_of_birth: '1815-12-10',
    structured_postal_address: { building_number: '12', address_line1: '12 St James Square', town_city: 'London', postal_code: 'SW1Y 4JH', country_iso: 'GBR' },
    givenNames: 'Ada',
    flags: [true, null, 3],
  };
  const json = named().resources({ applicantProfile }).toJSON();
  assert.equal(json.session_config.resources, { applicant_profile: applicantProfile });
  assert.equal(fromJSON(json).toJSON(), json);
  expectIssue(() => untyped().resources({ applicantProfile: { age: Number.NaN } }), 'invalid_type', 'session_config.resources.applicant_profile.age', 'a JSON value');
  expectIssue(() => untyped().resources({ applicantProfile: { when: new Date(0) } }), 'invalid_type', 'session_config.resources.applicant_profile.when', 'a JSON value');
});

test('createIdentityProfilePreview takes a boolean', () => {
  assert.equal(named().createIdentityProfilePreview(false).toJSON().session_config.create_identity_profile_preview, false);
  expectIssue(() => untyped().createIdentityProfilePreview('yes'), 'invalid_type', 'session_config.create_identity_profile_preview', 'true or false');
});

test.run();
