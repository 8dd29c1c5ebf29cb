/**
 * create() is a terminal like toJSON(): blocked with the same message until .name() is set and
 * while any terminal rule is broken; callable otherwise, resolving to the typed result.
 */
import { expectAssignable, expectError, expectType } from 'tsd';
import {
  isApiError,
  listSessionConfigs,
  sessionConfig,
  type AnySessionConfigBuilder,
  type ApiError,
  type ApiErrorKind,
  type Blocked,
  type CreatedSessionConfig,
  type RequestOptions,
  type SessionConfigList,
  type SessionConfigSummary,
} from 'yoti-session-config';
import { startYotiSignEmulator, type RecordedRequest, type YotiSignEmulator } from 'yoti-session-config/testing';

declare const apiKey: string;

// Before .name(): a compile error on the call, with the rule in plain words.
expectError(sessionConfig().create(apiKey));
expectError(sessionConfig().check.liveness().create(apiKey, { timeout: 5_000 }));
expectType<Blocked<'a stored configuration needs a name: call .name(...) before toJSON() or create()'>>(sessionConfig().create);

// After .name(): callable, with or without options, resolving to the typed result.
const named = sessionConfig().name('KYC');
expectType<Promise<CreatedSessionConfig>>(named.create(apiKey));
expectType<Promise<CreatedSessionConfig>>(named.create(apiKey, { baseUrl: 'https://api.yotisign.com', timeout: false, retry: { limit: 1 }, signal: AbortSignal.timeout(1_000) }));
expectType<Promise<CreatedSessionConfig>>(sessionConfig().check.liveness().name('late but fine').create(apiKey));

// Any other broken terminal rule blocks create() with that rule's message.
const supplementaryTask = named.task.supplementaryTextExtraction({ manualCheck: 'FALLBACK' });
expectError(supplementaryTask.create(apiKey));
expectType<Blocked<'task.supplementaryTextExtraction() reads a supplementary document: add .document.supplementary(...)'>>(supplementaryTask.create);
expectType<Promise<CreatedSessionConfig>>(supplementaryTask.document.supplementary('PROOF_OF_ADDRESS').create(apiKey));

const comparison = named.check.documentComparison().document.id();
expectError(comparison.create(apiKey));
expectType<Blocked<'check.documentComparison() compares two documents: list at least two with .document.id() or .document.supplementary(...)'>>(comparison.create);
expectType<Promise<CreatedSessionConfig>>(comparison.document.id().create(apiKey));

// The arguments are typed: a key is a string, options are known.
expectError(named.create(42));
expectError(named.create(apiKey, { timout: 5_000 }));
expectError(named.create(apiKey, { baseUrl: 443 }));

// A builder of unknown state is checked at run time only.
declare const loose: AnySessionConfigBuilder;
expectType<Promise<CreatedSessionConfig>>(loose.create(apiKey));

// The global fetch fits the fetch option.
expectAssignable<RequestOptions>({ fetch: globalThis.fetch });

// Listing: a typed result; detailed is a boolean.
expectType<Promise<SessionConfigList>>(listSessionConfigs(apiKey, { detailed: true }));
expectType<Promise<SessionConfigList>>(listSessionConfigs(apiKey));
expectError(listSessionConfigs(apiKey, { detailed: 'yes' }));
declare const list: SessionConfigList;
expectType<readonly SessionConfigSummary[]>(list.session_configs);
expectType<string>(list.session_configs[0]!.name);

// The guard narrows to the kind asked for.
declare const caught: unknown;
if (isApiError(caught, 'conflict')) expectType<'conflict'>(caught.kind);
if (isApiError(caught)) {
  expectType<ApiErrorKind>(caught.kind);
  expectType<number | undefined>(caught.status);
  expectAssignable<ApiError>(caught);
}

// The emulator comes from its own entry point, typed.
expectType<Promise<YotiSignEmulator>>(startYotiSignEmulator({ apiKeys: ['test-key'] }));
expectError(startYotiSignEmulator({ port: 8787 }));
declare const emulator: YotiSignEmulator;
expectType<string>(emulator.url);
expectType<readonly RecordedRequest[]>(emulator.requests());
emulator.failNext({ status: 503, headers: { 'retry-after': '0' } });
emulator.failNext({ drop: true }, 2);
emulator.failNext({ delayMs: 100 });
expectError(emulator.failNext({ status: '503' }));
