import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sessionConfig, unlisted } from '../src/index.js';
import { expectIssue, issuesOf, untyped } from './support/issues.js';

const named = () => sessionConfig().name('Front end');

test('sdkConfig emits every field of sdk_config in canonical order, whatever the option order', () => {
  const json = named()
    .sdkConfig({
      suppressedScreens: ['ID_DOCUMENT_EDUCATION', 'FLOW_COMPLETION'],
      brandId: 'brand-1',
      attemptsConfiguration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { RECLASSIFICATION: 2, GENERIC: 3 } },
      biometricConsentFlow: 'JUST_IN_TIME',
      allowHandoff: false,
      privacyPolicyUrl: 'https://example.com/privacy',
      errorUrl: 'https://example.com/error',
      successUrl: 'https://example.com/success',
      presetIssuingCountry: 'FRA',
      locale: 'fr_FR',
      darkMode: 'AUTO',
      primaryColourDarkMode: '#000000',
      fontColour: '#ffffff',
      secondaryColour: '#FFFFFF',
      primaryColour: '#2d9fff',
      allowedCaptureMethods: 'CAMERA',
    })
    .toJSON();
  const expected = {
    allowed_capture_methods: 'CAMERA',
    primary_colour: '#2d9fff',
    secondary_colour: '#FFFFFF',
    font_colour: '#ffffff',
    primary_colour_dark_mode: '#000000',
    dark_mode: 'AUTO',
    locale: 'fr_FR',
    preset_issuing_country: 'FRA',
    success_url: 'https://example.com/success',
    error_url: 'https://example.com/error',
    privacy_policy_url: 'https://example.com/privacy',
    allow_handoff: false,
    biometric_consent_flow: 'JUST_IN_TIME',
    attempts_configuration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { RECLASSIFICATION: 2, GENERIC: 3 } },
    brand_id: 'brand-1',
    suppressed_screens: ['ID_DOCUMENT_EDUCATION', 'FLOW_COMPLETION'],
  };
  assert.equal(json.session_config.sdk_config, expected);
  assert.equal(Object.keys(json.session_config.sdk_config ?? {}), Object.keys(expected));
});

test('calling sdkConfig again replaces the whole object, and the first builder keeps its own', () => {
  const first = named().sdkConfig({ locale: 'en', allowHandoff: true });
  const second = first.sdkConfig({ darkMode: 'ON' });
  assert.equal(second.toJSON().session_config.sdk_config, { dark_mode: 'ON' });
  assert.equal(first.toJSON().session_config.sdk_config, { locale: 'en', allow_handoff: true });
});

test('changing the options object afterwards does not change the builder', () => {
  const screens = ['ID_DOCUMENT_EDUCATION' as const];
  const attempts = { GENERIC: 2 };
  const builder = named().sdkConfig({ suppressedScreens: screens, attemptsConfiguration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: attempts } });
  screens.push('ID_DOCUMENT_EDUCATION');
  attempts.GENERIC = 0;
  assert.equal(builder.toJSON().session_config.sdk_config, {
    attempts_configuration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: 2 } },
    suppressed_screens: ['ID_DOCUMENT_EDUCATION'],
  });
});

test('a screen id outside the documented list is sent when made explicit with unlisted()', () => {
  const json = named().sdkConfig({ suppressedScreens: [unlisted('IDENTITY_DOCUMENT_EDUCATION')] }).toJSON();
  assert.equal(json.session_config.sdk_config?.suppressed_screens, ['IDENTITY_DOCUMENT_EDUCATION']);
});

test('colours the compiler cannot see are checked at run time', () => {
  const fromTheme: string = 'red';
  expectIssue(() => named().sdkConfig({ primaryColour: fromTheme }), 'invalid_format', 'session_config.sdk_config.primary_colour', '#RRGGBB', '"red"');
  for (const colour of ['#fff', '#2d9fffa', '2d9fff', '#GGGGGG']) {
    expectIssue(() => untyped().sdkConfig({ fontColour: colour }), 'invalid_format', 'session_config.sdk_config.font_colour', JSON.stringify(colour));
  }
  expectIssue(() => untyped().sdkConfig({ secondaryColour: 255 }), 'invalid_type', 'session_config.sdk_config.secondary_colour', 'received 255');
  expectIssue(() => untyped().sdkConfig({ primaryColourDarkMode: 'black' }), 'invalid_format', 'session_config.sdk_config.primary_colour_dark_mode');
});

test('capture methods, dark mode and the consent flow accept only their known values', () => {
  expectIssue(() => untyped().sdkConfig({ allowedCaptureMethods: 'UPLOAD' }), 'invalid_value', 'session_config.sdk_config.allowed_capture_methods', 'CAMERA, CAMERA_AND_UPLOAD');
  expectIssue(() => untyped().sdkConfig({ darkMode: 'on' }), 'invalid_value', 'session_config.sdk_config.dark_mode', 'ON, OFF, AUTO');
  expectIssue(() => untyped().sdkConfig({ biometricConsentFlow: 'LATE' }), 'invalid_value', 'session_config.sdk_config.biometric_consent_flow', 'EARLY, JUST_IN_TIME');
});

test('the preset issuing country must be an ISO 3166-1 alpha-3 code', () => {
  expectIssue(() => untyped().sdkConfig({ presetIssuingCountry: 'GB' }), 'invalid_value', 'session_config.sdk_config.preset_issuing_country', '"GB"');
  expectIssue(() => untyped().sdkConfig({ presetIssuingCountry: 'gbr' }), 'invalid_value', 'session_config.sdk_config.preset_issuing_country');
});

test('URLs must be http(s) URLs and the locale a language tag', () => {
  expectIssue(() => untyped().sdkConfig({ successUrl: 'example.com/ok' }), 'invalid_format', 'session_config.sdk_config.success_url', 'http(s):// URL');
  expectIssue(() => untyped().sdkConfig({ errorUrl: 'ftp://example.com' }), 'invalid_format', 'session_config.sdk_config.error_url');
  expectIssue(() => untyped().sdkConfig({ privacyPolicyUrl: '' }), 'invalid_format', 'session_config.sdk_config.privacy_policy_url');
  expectIssue(() => untyped().sdkConfig({ locale: 'English (UK)' }), 'invalid_format', 'session_config.sdk_config.locale', 'language tag');
});

test('suppressed screens must list at least one UPPER_SNAKE_CASE id', () => {
  expectIssue(() => untyped().sdkConfig({ suppressedScreens: [] }), 'too_small', 'session_config.sdk_config.suppressed_screens', 'at least one');
  expectIssue(() => untyped().sdkConfig({ suppressedScreens: ['id document education'] }), 'invalid_format', 'session_config.sdk_config.suppressed_screens[0]', 'UPPER_SNAKE_CASE');
});

test('attempt counts are whole numbers of 1 or more, under UPPER_SNAKE_CASE categories', () => {
  const attempts = (counts: unknown) => () => untyped().sdkConfig({ attemptsConfiguration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: counts } });
  const path = 'session_config.sdk_config.attempts_configuration.ID_DOCUMENT_TEXT_DATA_EXTRACTION';
  expectIssue(attempts({ GENERIC: 0 }), 'too_small', `${path}.GENERIC`, 'at least 1', 'received 0');
  expectIssue(attempts({ GENERIC: 1.5 }), 'invalid_type', `${path}.GENERIC`, 'an integer');
  expectIssue(attempts({ generic: 2 }), 'invalid_format', `${path}.generic`, 'UPPER_SNAKE_CASE');
  expectIssue(() => untyped().sdkConfig({ attemptsConfiguration: { LIVENESS: { GENERIC: 1 } } }), 'unknown_key', 'session_config.sdk_config.attempts_configuration.LIVENESS');
});

test('allowHandoff must be a boolean, brandId a non-empty string, and unknown options are reported', () => {
  expectIssue(() => untyped().sdkConfig({ allowHandoff: 'yes' }), 'invalid_type', 'session_config.sdk_config.allow_handoff', 'true or false');
  expectIssue(() => untyped().sdkConfig({ brandId: ' ' }), 'invalid_format', 'session_config.sdk_config.brand_id', 'non-empty');
  expectIssue(() => untyped().sdkConfig({ primaryColor: '#2d9fff' }), 'unknown_key', 'session_config.sdk_config.primary_color', 'primary_colour');
  expectIssue(() => untyped().sdkConfig('dark'), 'invalid_type', 'session_config.sdk_config', 'an object');
});

test('every sdk_config problem is reported by one terminal call', () => {
  const issues = issuesOf(() => untyped().sdkConfig({ primaryColour: 'blue', darkMode: 'DIM', presetIssuingCountry: 'UK', suppressedScreens: [] }));
  assert.equal(
    issues.map((issue) => issue.path.at(-1)),
    ['primary_colour', 'dark_mode', 'preset_issuing_country', 'suppressed_screens'],
  );
});

test.run();
