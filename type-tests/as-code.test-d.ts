/**
 * explain, diff and plan take an envelope or a builder, from any state that can emit; what they
 * return is typed plain data.
 */
import { expectAssignable, expectError, expectType } from 'tsd';
import * as root from 'yoti-session-config';
import { sessionConfig, type SessionConfigEnvelope } from 'yoti-session-config';
import {
  applyPlan,
  diffSessionConfigs,
  explainSessionConfig,
  explanationToMarkdown,
  explanationToText,
  planSessionConfigs,
  planToText,
  type AppliedPlan,
  type PlanStatus,
  type SessionConfigDiff,
  type SessionConfigExplanation,
  type SessionConfigPlan,
  type SessionConfigSource,
} from 'yoti-session-config/as-code';

declare const envelope: SessionConfigEnvelope;
const builder = sessionConfig().name('KYC').check.liveness({ maxRetries: 3 });

expectType<SessionConfigExplanation>(explainSessionConfig(builder));
expectType<SessionConfigExplanation>(explainSessionConfig(envelope, { now: new Date() }));
expectType<string>(explanationToText(explainSessionConfig(envelope)));
expectType<string>(explanationToMarkdown(explainSessionConfig(envelope)));
expectType<'private' | 'shared' | undefined>(explainSessionConfig(envelope).visibility);
expectError(explainSessionConfig(42));
expectError(explainSessionConfig('examples/seed.json'));

expectType<SessionConfigDiff>(diffSessionConfigs(builder, envelope));
expectType<'added' | 'removed' | 'changed' | 'reordered'>(diffSessionConfigs(builder, envelope).changes[0]!.kind);
expectError(diffSessionConfigs(builder));

expectAssignable<SessionConfigSource[]>([builder, envelope, sessionConfig().name('HR')]);
expectType<Promise<SessionConfigPlan>>(planSessionConfigs([builder, envelope], { apiKey: 'key', baseUrl: 'http://127.0.0.1:8787', timeout: 5_000 }));
expectError(planSessionConfigs([builder], { baseUrl: 'http://127.0.0.1:8787' }));
expectError(planSessionConfigs([builder], { apiKey: 'key', detailed: false }));
declare const plan: SessionConfigPlan;
expectType<PlanStatus>(plan.items[0]!.status);
expectType<Promise<AppliedPlan>>(applyPlan(plan, { apiKey: 'key' }));
expectType<string>(planToText(plan, { suggestNames: true }));

// The deploy tooling has its own entry point: the package entry, which applications load, lacks it.
expectError(root.explainSessionConfig);
expectError(root.planSessionConfigs);
