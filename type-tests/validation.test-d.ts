import { expectAssignable, expectError, expectType } from 'tsd';
import {
  fromJSON,
  sessionConfig,
  sessionConfigSchema,
  validateSessionConfig,
  type AnySessionConfigBuilder,
  type Issue,
  type SessionConfigEnvelope,
  type StandardSchemaV1,
  type ValidationResult,
} from 'yoti-session-config';

// validateSessionConfig takes anything and narrows on `ok`.
declare const input: unknown;
const result = validateSessionConfig(input);
expectType<ValidationResult>(result);
if (result.ok) expectType<SessionConfigEnvelope>(result.value);
else expectType<readonly Issue[]>(result.issues);
expectError(result.value);

// fromJSON returns the loose builder: every method callable, terminals checked at run time.
const lifted = fromJSON(input);
expectType<AnySessionConfigBuilder>(lifted);
expectType<AnySessionConfigBuilder>(lifted.check.liveness({ maxRetries: 3 }));
expectType<SessionConfigEnvelope>(lifted.toJSON());
expectAssignable<AnySessionConfigBuilder>(sessionConfig().name('KYC'));

// The Standard Schema object: its inferred input and output are the envelope.
expectAssignable<StandardSchemaV1>(sessionConfigSchema);
expectType<SessionConfigEnvelope>({} as StandardSchemaV1.InferOutput<typeof sessionConfigSchema>);
expectType<SessionConfigEnvelope>({} as StandardSchemaV1.InferInput<typeof sessionConfigSchema>);
expectType<1>(sessionConfigSchema['~standard'].version);
const outcome = sessionConfigSchema['~standard'].validate(input);
expectType<StandardSchemaV1.Result<SessionConfigEnvelope> | Promise<StandardSchemaV1.Result<SessionConfigEnvelope>>>(outcome);
