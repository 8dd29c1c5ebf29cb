/**
 * `yoti-session-config/as-code`: configurations kept as code. Explain what a configuration asks
 * of the end user, diff two of them, and plan and apply the creation of a repository's
 * configurations in an account. A deploy script imports this subpath; an application that only
 * builds and sends configurations never loads it.
 */
export {
  diffSessionConfigs,
  diffToText,
  type SessionConfigChange,
  type SessionConfigDiff,
} from './diff.js';
export {
  explainSessionConfig,
  type ExplainedRequest,
  type ExplainedStep,
  type ExplainedWebhooks,
  type JourneyStepKind,
  type SessionConfigExplanation,
} from './explain.js';
export type { EmitsSessionConfig, SessionConfigSource } from './input.js';
export {
  applyPlan,
  planSessionConfigs,
  planToText,
  type AppliedPlan,
  type PlanOptions,
  type PlannedConfig,
  type PlanStatus,
  type SessionConfigPlan,
} from './plan.js';
export { explanationToMarkdown, explanationToText } from './render.js';
