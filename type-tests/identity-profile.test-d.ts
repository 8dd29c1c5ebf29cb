/**
 * Identity profiles, the subject, the SDK-only fields, strict mode and advisories. Each
 * compile-time rule: the illegal form fails, the message is the documented one, and the legal
 * form compiles.
 */
import { expectAssignable, expectError, expectType } from 'tsd';
import {
  sessionConfig,
  unlisted,
  type Advisory,
  type AdvisoryCode,
  type AdvancedIdentityProfileJson,
  type AdvancedIdentityScheme,
  type AnySessionConfigBuilder,
  type IdentityProfileJson,
  type IdentityProfileOptions,
  type SessionConfigBuilder,
  type SessionConfigEnvelope,
  type SessionConfigJson,
  type SubjectOptions,
} from 'yoti-session-config';
import type { Camel, MessageOf } from './support.js';

const named = sessionConfig().name('Profiles');

// Option keys are the camelCase of the JSON keys.
expectType<Camel<keyof IdentityProfileJson>>({} as keyof IdentityProfileOptions);
expectType<Camel<keyof AdvancedIdentityProfileJson['profiles'][number]['schemes'][number]>>({} as keyof AdvancedIdentityScheme);

// The legal forms leave the state unchanged.
expectType<SessionConfigBuilder<'name'>>(named.identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'DBS', objective: 'BASIC' } }));
expectType<SessionConfigBuilder<'name'>>(
  named.advancedIdentityProfile({
    profiles: [
      {
        trustFramework: 'UK_TFIDA',
        schemes: [{ type: 'RTW', label: 'rtw', config: { filter: { type: 'ORTHOGONAL_RESTRICTIONS', allowExpiredDocuments: false } } }],
      },
    ],
  }),
);
expectType<SessionConfigBuilder<'name'>>(named.subject({ subjectId: 'subject-42' }));

// Known trust frameworks only; scheme types and objectives are open sets: known literals, or unlisted().
expectError(named.identityProfile({ trustFramework: 'UK_DIATF', scheme: { type: 'RTW' } }));
expectError(named.identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'rtw' } }));
expectError(named.identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'DBS', objective: 'FULL' } }));
expectError(named.identityProfile({ trustFramework: 'UK_TFIDA' }));
// Yoti docs "Yoti Global – CAN CRC": no objective.
named.identityProfile({ trustFramework: 'YOTI_GLOBAL', scheme: { type: 'CAN_CRC' } });
named.identityProfile({ trustFramework: 'YOTI_GLOBAL', scheme: { type: unlisted('USA_CRC'), objective: unlisted('LEVEL_2') } });
// A scheme without a label, and empty lists, compile (the Java and Go SDKs allow them; advisories).
named.advancedIdentityProfile({ profiles: [{ trustFramework: 'YOTI_GLOBAL', schemes: [{ type: 'IDENTITY', objective: 'AL_L1' }] }] });
named.advancedIdentityProfile({ profiles: [] });

// The subject id must not be an empty literal.
expectError(named.subject({ subjectId: '' }));
expectType<'subjectId must not be empty'>({} as MessageOf<SubjectOptions<''>['subjectId']>);
declare const subjectFromDatabase: string;
named.subject({ subjectId: subjectFromDatabase });

// The SDK-only fields.
expectType<SessionConfigBuilder<'name'>>(
  named
    .createIdentityProfilePreview(true)
    .importToken()
    .importToken({ ttl: 2592000 })
    .ibvOptions({ support: 'MANDATORY', guidanceUrl: 'https://example.com', userPrice: { amount: '5.00', currency: 'GBP' } })
    .resources({ applicantProfile: { given_names: 'Ada' } }),
);
expectError(named.ibvOptions({ support: 'OPTIONAL' }));
expectError(named.ibvOptions({ support: 'MANDATORY', userPrice: { amount: '5.00', currency: 'EUR' } }));
// Any JSON values (Yoti "applicant profile match" page nests structured_postal_address).
named.resources({ applicantProfile: { age: 36, structured_postal_address: { postal_code: 'SW1Y 4JH' } } });
expectError(named.resources({ applicantProfile: { born: new Date(0) } }));
named.ephemeralMedia(true);
expectError(named.ephemeralMedia('yes'));
expectError(named.createIdentityProfilePreview('yes'));

// Strict mode changes neither the state nor the terminal's type; advisories are always available.
expectType<SessionConfigBuilder<'name'>>(named.strict());
expectType<SessionConfigBuilder<'name'>>(named.strict(false));
expectType<() => SessionConfigEnvelope>(named.strict().toJSON);
expectType<Advisory[]>(sessionConfig().advisories());
expectType<Advisory[]>(named.advisories({ now: new Date() }));
expectAssignable<AdvisoryCode>('face_match_without_liveness');
expectError(named.strict('yes'));

// Builders with the new sections remain AnySessionConfigBuilder, and the wide builder offers them all.
expectAssignable<AnySessionConfigBuilder>(named.identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: 'RTW' } }).strict());
declare const anyBuilder: AnySessionConfigBuilder;
expectType<AnySessionConfigBuilder>(anyBuilder.sdkConfig({ locale: 'en' }).notifications({ endpoint: 'https://example.com' }).subject({ subjectId: 's' }));

// Every session_config key has a builder method named as the key in camelCase; the lists have
// sections and the identity profiles shorter names.
type Methods = keyof SessionConfigBuilder;
type Sectioned = 'requested_checks' | 'requested_tasks' | 'required_documents';
type Profiles = 'identity_profile_requirements' | 'advanced_identity_profile_requirements';
expectAssignable<Methods>({} as Camel<Exclude<keyof SessionConfigJson, Sectioned | Profiles>>);
expectAssignable<Methods>({} as 'identityProfile' | 'advancedIdentityProfile');
