/**
 * The exported value lists keep their literal tuple types: a consumer can index them and read
 * their length at compile time.
 */
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import { COUNTRY_CODES, MANUAL_CHECKS, type CountryCode } from 'yoti-session-config';

expectType<249>(COUNTRY_CODES.length);
expectType<'ABW'>(COUNTRY_CODES[0]);
expectType<'GBR'>(COUNTRY_CODES[79]);
expectType<'ZWE'>(COUNTRY_CODES[248]);
expectAssignable<CountryCode>('GBR');
expectNotAssignable<CountryCode>('GB');
expectNotAssignable<CountryCode>('ABW AFG');
expectError(COUNTRY_CODES.push('XXX'));
expectType<readonly ['ALWAYS', 'FALLBACK', 'NEVER']>(MANUAL_CHECKS);
