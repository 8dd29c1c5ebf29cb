/**
 * `.sdkConfig(...)`: colour literals must be #RRGGBB, suppressed screens a non-empty list of known
 * (or explicitly unlisted) ids, enums their known values. Each rule: the illegal form fails, the
 * message is the documented one, and the legal form compiles.
 */
import { expectError, expectType } from 'tsd';
import {
  sessionConfig,
  unlisted,
  type HexColour,
  type SdkConfigJson,
  type SdkConfigOptions,
  type SessionConfigBuilder,
  type SessionConfigEnvelope,
} from 'yoti-session-config';
import type { Camel, MessageOf } from './support.js';

const named = sessionConfig().name('Front end');

// Every option key is the camelCase of an sdk_config key, and every sdk_config key has an option.
expectType<Camel<keyof SdkConfigJson>>({} as keyof SdkConfigOptions);

// The legal form: every field, state unchanged, JSON the envelope type.
const full = named.sdkConfig({
  allowedCaptureMethods: 'CAMERA_AND_UPLOAD',
  primaryColour: '#2d9fff',
  secondaryColour: '#FFFFFF',
  fontColour: '#ffffff',
  primaryColourDarkMode: '#000000',
  darkMode: 'AUTO',
  locale: 'en-GB',
  presetIssuingCountry: 'GBR',
  successUrl: 'https://example.com/success',
  errorUrl: 'https://example.com/error',
  privacyPolicyUrl: 'https://example.com/privacy',
  allowHandoff: true,
  biometricConsentFlow: 'EARLY',
  attemptsConfiguration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: 3, RECLASSIFICATION: 3 } },
  brandId: 'brand',
  suppressedScreens: ['ID_DOCUMENT_EDUCATION', 'FLOW_COMPLETION'],
});
expectType<SessionConfigBuilder<'name'>>(full);
expectType<SessionConfigEnvelope>(full.toJSON());

// Colours: a literal must be #RRGGBB...
expectError(named.sdkConfig({ primaryColour: 'red' }));
expectError(named.sdkConfig({ primaryColour: '#fff' }));
expectError(named.sdkConfig({ primaryColour: '#2d9fffa' }));
expectError(named.sdkConfig({ primaryColour: '2d9fff' }));
expectError(named.sdkConfig({ secondaryColour: '#GGGGGG' }));
expectError(named.sdkConfig({ fontColour: '#12345' }));
expectError(named.sdkConfig({ primaryColourDarkMode: '' }));
expectType<'primaryColour must be a #RRGGBB colour, such as #2d9fff'>({} as MessageOf<SdkConfigOptions<'red'>['primaryColour']>);
expectType<'secondaryColour must be a #RRGGBB colour, such as #2d9fff'>({} as MessageOf<SdkConfigOptions<string, '#fff'>['secondaryColour']>);
expectType<'fontColour must be a #RRGGBB colour, such as #2d9fff'>({} as MessageOf<SdkConfigOptions<string, string, 'white'>['fontColour']>);
expectType<'primaryColourDarkMode must be a #RRGGBB colour, such as #2d9fff'>(
  {} as MessageOf<SdkConfigOptions<string, string, string, '#0000000'>['primaryColourDarkMode']>,
);
expectType<unknown>({} as HexColour<'#aBc123', 'primaryColour'>);
// ...while a colour the compiler cannot see is left to the runtime check.
declare const themeColour: string;
named.sdkConfig({ primaryColour: themeColour, secondaryColour: '#AbCdEf', fontColour: '#000000' });

// Suppressed screens: not an empty literal, known ids offered, others only through unlisted().
expectError(named.sdkConfig({ suppressedScreens: [] }));
expectType<'suppressedScreens must list at least one value'>(
  {} as MessageOf<SdkConfigOptions<string, string, string, string, readonly []>['suppressedScreens']>,
);
expectError(named.sdkConfig({ suppressedScreens: ['IDENTITY_DOCUMENT_EDUCATION'] }));
named.sdkConfig({ suppressedScreens: ['ID_DOCUMENT_REQUIREMENTS', unlisted('IDENTITY_DOCUMENT_EDUCATION')] });

// Enums and the country code.
expectError(named.sdkConfig({ allowedCaptureMethods: 'UPLOAD' }));
expectError(named.sdkConfig({ darkMode: 'on' }));
expectError(named.sdkConfig({ biometricConsentFlow: 'LATE' }));
expectError(named.sdkConfig({ presetIssuingCountry: 'GB' }));
expectError(named.sdkConfig({ allowHandoff: 'yes' }));
expectError(named.sdkConfig({ attemptsConfiguration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { GENERIC: '3' } } }));

// A misspelt key is caught, as for any object literal.
expectError(named.sdkConfig({ primaryColor: '#2d9fff' }));

// Calling it again is legal (it replaces the object) and any builder accepts it.
named.sdkConfig({ locale: 'en' }).sdkConfig({ locale: 'fr' }).toJSON();
declare const anyOptions: any;
named.sdkConfig(anyOptions);
