/**
 * What a configuration asks of the end user and what Yoti does with it, in words. Read loosely:
 * an unknown check type, a missing block or a malformed part is described as far as it can be,
 * never thrown on, and error-level problems are listed beside the explanation.
 */
import { adviseSessionConfig, type Advisory, type AdvisoryOptions } from '../advisories.js';
import type { Issue } from '../internal/issue.js';
import type { SessionConfigEnvelope } from '../schema/payload.js';
import { validateSessionConfig } from '../validate.js';
import { envelopeOf, objectOr, objects, text, type SessionConfigSource } from './input.js';
import { journey } from './journey.js';
import { amlLists, explainCheck, explainTask } from './requests.js';
import { frontEnd, lifetimes, webhooks } from './settings.js';

/**
 * What kind of step of the journey an {@link ExplainedStep} is.
 *
 * @example
 * ```ts
 * import type { JourneyStepKind } from 'yoti-session-config/as-code';
 *
 * const capture: JourneyStepKind[] = ['liveness', 'face-capture'];
 * ```
 */
export type JourneyStepKind = 'consent' | 'document' | 'identity-profile' | 'liveness' | 'face-capture' | 'branch-visit' | 'finish';

/**
 * One thing the end user does, in order.
 *
 * @example
 * ```ts
 * import type { ExplainedStep } from 'yoti-session-config/as-code';
 *
 * const step: ExplainedStep = { kind: 'liveness', text: 'takes a selfie (passive liveness, STATIC), up to 3 attempts' };
 * ```
 */
export interface ExplainedStep {
  /** What kind of step it is. */
  readonly kind: JourneyStepKind;
  /** The step in words, as a phrase after "the user". */
  readonly text: string;
}

/**
 * One requested check or task in words.
 *
 * @example
 * ```ts
 * import type { ExplainedRequest } from 'yoti-session-config/as-code';
 *
 * const request: ExplainedRequest = {
 *   type: 'ID_DOCUMENT_AUTHENTICITY',
 *   known: true,
 *   text: 'checks that the ID document is genuine',
 *   manualReview: 'reviewed by a person when the automated result fails',
 *   details: [],
 * };
 * ```
 */
export interface ExplainedRequest {
  /** The API type, e.g. `LIVENESS`. */
  readonly type: string;
  /** `false` when this version has no words for the type: `text` then names it and `details` lists its settings. */
  readonly known: boolean;
  /** What Yoti does, as a phrase after "Yoti". */
  readonly text: string;
  /** The manual-review policy in words. */
  readonly manualReview: string;
  /** Settings worth a reviewer's eye; secret values are never included. */
  readonly details: readonly string[];
}

/**
 * Where and when Yoti calls your webhook. The endpoint's path and query are left out, since they
 * sometimes carry a credential; the token is never shown.
 *
 * @example
 * ```ts
 * import type { ExplainedWebhooks } from 'yoti-session-config/as-code';
 *
 * const webhooks: ExplainedWebhooks = { host: 'example.com', topics: ['SESSION_COMPLETION'], authentication: 'a bearer token (set, not shown)' };
 * ```
 */
export interface ExplainedWebhooks {
  /** The endpoint's host (and port), or `undefined` when no valid endpoint is set. */
  readonly host: string | undefined;
  /** The topics as written; an empty list when none is set. */
  readonly topics: readonly string[];
  /** How Yoti authenticates its calls, in words. */
  readonly authentication: string;
}

/**
 * What {@link explainSessionConfig} returns: plain data, safe to print or serialise (it holds no
 * secret value). Render it with {@link explanationToText} or {@link explanationToMarkdown}.
 *
 * @example
 * ```ts
 * import { sessionConfig } from 'yoti-session-config';
 * import { explainSessionConfig } from 'yoti-session-config/as-code';
 *
 * const { journey, checks } = explainSessionConfig(sessionConfig().name('KYC').check.liveness({ maxRetries: 3 }));
 * ```
 */
export interface SessionConfigExplanation {
  /** The configuration's name, when it has one. */
  readonly name: string | undefined;
  /** `private` (only the creating API key may use it), `shared`, or `undefined` when not set. */
  readonly visibility: 'private' | 'shared' | undefined;
  /** What the end user does, in order. */
  readonly journey: readonly ExplainedStep[];
  /** The requested checks, in the order written. */
  readonly checks: readonly ExplainedRequest[];
  /** The requested tasks, in the order written. */
  readonly tasks: readonly ExplainedRequest[];
  /** The anti-money-laundering lists screened, in words; empty without screening. */
  readonly amlLists: readonly string[];
  /** The webhook, or `undefined` when none is configured. */
  readonly webhooks: ExplainedWebhooks | undefined;
  /** Token, deadline and media lifetimes in human units, e.g. `token valid 20 minutes`. */
  readonly lifetimes: readonly string[];
  /** Front-end settings of the Yoti SDK screens, in words. */
  readonly frontEnd: readonly string[];
  /** The soft rules the configuration breaks (see `adviseSessionConfig`). */
  readonly advisories: readonly Advisory[];
  /** The error-level problems (see `validateSessionConfig`); empty for a valid configuration. */
  readonly errors: readonly Issue[];
}


/**
 * Describes a configuration in words: the end user's journey in order (consent, documents,
 * liveness, face capture, branch visit, where they land), the checks and tasks Yoti runs with
 * their manual-review policy, the AML lists, the webhook (host and topics, never the token),
 * lifetimes in human units, front-end settings, advisories and any error-level problem. Takes an
 * envelope or a builder; check and task types it has no words for are named and their settings
 * listed, never thrown on. No secret value ever appears in the result.
 *
 * @example
 * ```ts
 * import { sessionConfig } from 'yoti-session-config';
 * import { explainSessionConfig, explanationToText } from 'yoti-session-config/as-code';
 *
 * const kyc = sessionConfig().name('KYC').clientSessionTokenTtl(1200).check.liveness({ maxRetries: 3 }).check.faceMatch({ manualCheck: 'FALLBACK' });
 * const explanation = explainSessionConfig(kyc);
 * explanation.lifetimes; // ['token valid 20 minutes', "media kept 7 days (Yoti's default)"]
 * console.log(explanationToText(explanation));
 * ```
 */
export function explainSessionConfig(config: SessionConfigSource, options: AdvisoryOptions = {}): SessionConfigExplanation {
  const envelope = envelopeOf(config);
  const session = objectOr(envelope['session_config']) ?? {};
  const checks = objects(session['requested_checks']);
  const tasks = objects(session['requested_tasks']);
  const sdk = objectOr(session['sdk_config']) ?? {};
  const validation = validateSessionConfig(envelope);
  return {
    name: text(envelope['name']),
    visibility: envelope['is_private'] === true ? 'private' : envelope['is_private'] === false ? 'shared' : undefined,
    journey: journey(session, checks, tasks, sdk),
    checks: checks.map(explainCheck),
    tasks: tasks.map(explainTask),
    amlLists: amlLists(checks),
    webhooks: webhooks(session['notifications']),
    lifetimes: lifetimes(session),
    frontEnd: frontEnd(sdk),
    advisories: adviseSessionConfig(envelope as unknown as SessionConfigEnvelope, options),
    errors: validation.ok ? [] : validation.issues,
  };
}

