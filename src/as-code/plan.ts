/**
 * The repository as the source of truth for an account's configurations. The API can create and
 * list, never update or delete, so a plan has one action, "create the missing ones", and a
 * configuration that differs under the same name can only move forward under a new name.
 */
import { InvalidConfigError, SessionConfigError } from '../errors.js';
import type { RequestOptions } from '../http/types.js';
import { listSessionConfigs } from '../list-session-configs.js';
import type { SessionConfigEnvelope } from '../schema/payload.js';
import { fromJSON, validateSessionConfig } from '../validate.js';
import { diffSessionConfigs, type SessionConfigChange } from './diff.js';
import { envelopeOf, type SessionConfigSource } from './input.js';

/**
 * Where the account is and how to call it: the API key and any option of `listSessionConfigs`
 * and `create()` except `detailed`, which a plan always asks for.
 *
 * @example
 * ```ts
 * import type { PlanOptions } from 'yoti-session-config/as-code';
 *
 * const options: PlanOptions = { apiKey: process.env['YOTI_SIGN_API_KEY'] ?? '', timeout: 20_000 };
 * ```
 */
export interface PlanOptions extends RequestOptions {
  /** The Yoti Sign API key of the account. Never printed. */
  readonly apiKey: string;
}

/**
 * Where a local configuration stands in the account: `missing` (apply creates it), `unchanged`,
 * `changed` (a different configuration holds the name: it needs a new name), or `unverified` (the
 * name exists, but the listing returned no payload to compare).
 *
 * @example
 * ```ts
 * import type { PlanStatus } from 'yoti-session-config/as-code';
 *
 * const needsAttention: PlanStatus[] = ['changed', 'unverified'];
 * ```
 */
export type PlanStatus = 'missing' | 'unchanged' | 'changed' | 'unverified';

/**
 * One local configuration in a plan.
 *
 * @example
 * ```ts
 * import { sessionConfig } from 'yoti-session-config';
 * import { planSessionConfigs } from 'yoti-session-config/as-code';
 *
 * const plan = await planSessionConfigs([sessionConfig().name('KYC')], { apiKey: 'sk_test' });
 * const [kyc] = plan.items; // { name: 'KYC', status: 'missing', changes: [], ... }
 * ```
 */
export interface PlannedConfig {
  /** The configuration's name: what identifies it in the account. */
  readonly name: string;
  /** Where it stands in the account. */
  readonly status: PlanStatus;
  /**
   * The validated envelope `applyPlan` would send, secrets included. Not enumerable, so that
   * `JSON.stringify(plan)` and `console.log(plan)` show no secret.
   */
  readonly envelope: SessionConfigEnvelope;
  /** For `changed`: how the account's configuration of that name would have to change to become this one. */
  readonly changes: readonly SessionConfigChange[];
  /** True when the name belongs to one of Yoti's prebuilt configurations. */
  readonly prebuilt: boolean;
  /** For `changed`: the next free name with a version suffix, e.g. `KYC v2`; otherwise `undefined`. */
  readonly suggestedName: string | undefined;
}

/**
 * What {@link planSessionConfigs} returns, in the order the configurations were given.
 *
 * @example
 * ```ts
 * import { sessionConfig } from 'yoti-session-config';
 * import { planSessionConfigs } from 'yoti-session-config/as-code';
 *
 * const { items, payloadsListed } = await planSessionConfigs([sessionConfig().name('KYC')], { apiKey: 'sk_test' });
 * ```
 */
export interface SessionConfigPlan {
  /** One entry per local configuration. */
  readonly items: readonly PlannedConfig[];
  /** False when the detailed listing carried no payload: configurations found by name could not be compared. */
  readonly payloadsListed: boolean;
}

/**
 * What {@link applyPlan} did.
 *
 * @example
 * ```ts
 * import type { AppliedPlan } from 'yoti-session-config/as-code';
 *
 * const report = (applied: AppliedPlan) => `${applied.created.length} created, ${applied.failed.length} failed`;
 * ```
 */
export interface AppliedPlan {
  /** The names created, with the HTTP status of each. */
  readonly created: readonly { readonly name: string; readonly status: number }[];
  /** The creations that failed: usually an `ApiError`, whose message never holds the key. */
  readonly failed: readonly { readonly name: string; readonly error: unknown }[];
  /** Everything the plan did not mark `missing`: never touched. */
  readonly untouched: readonly PlannedConfig[];
}

const VERSION_SUFFIX = / v(\d+)$/;

/**
 * Compares local configurations (envelopes or builders) with what the account holds: one detailed
 * listing (`GET /v2/idv/sessions/configs?detailed_session_configs=true`), then per configuration
 * `missing`, `unchanged`, `changed` (with the semantic diff and the next free versioned name) or
 * `unverified` when the listing carries no payload. Sends nothing else. Every local configuration
 * is validated first: an invalid one throws `InvalidConfigError`, two with one name throw
 * `SessionConfigError`, a failed listing throws `ApiError`.
 *
 * @example
 * ```ts
 * import { sessionConfig } from 'yoti-session-config';
 * import { planSessionConfigs, planToText } from 'yoti-session-config/as-code';
 *
 * const kyc = sessionConfig().name('KYC').check.liveness({ maxRetries: 3 });
 * const plan = await planSessionConfigs([kyc], { apiKey: process.env['YOTI_SIGN_API_KEY'] ?? '' });
 * process.stdout.write(planToText(plan)); // + "KYC": not in the account; apply creates it ...
 * ```
 */
export async function planSessionConfigs(locals: readonly SessionConfigSource[], options: PlanOptions): Promise<SessionConfigPlan> {
  if (!Array.isArray(locals)) throw new TypeError('The configurations must be an array of envelopes or builders');
  const envelopes = locals.map((local, index) => checkedEnvelope(local, index));
  const seen = new Set<string>();
  for (const { name } of envelopes) {
    if (seen.has(name)) throw new SessionConfigError(`Two configurations are named ${JSON.stringify(name)}; a name identifies one configuration in the account, so rename one`);
    seen.add(name);
  }
  const { apiKey, ...request } = options ?? ({} as PlanOptions);
  const { session_configs: listed } = await listSessionConfigs(apiKey, { ...request, detailed: true });
  const payloadsListed = listed.length === 0 || listed.some((item) => item.session_config !== undefined);
  const taken = new Set([...listed.map((item) => item.name), ...seen]);
  const items = envelopes.map((envelope): PlannedConfig => {
    const existing = listed.find((item) => item.name === envelope.name);
    const prebuilt = existing?.is_custom === false;
    if (existing === undefined) return planned(envelope, 'missing', prebuilt);
    if (existing.session_config === undefined) return planned(envelope, 'unverified', prebuilt);
    const account = { name: existing.name, is_private: existing.is_private, session_config: existing.session_config };
    const { equal, changes } = diffSessionConfigs(account, envelope);
    return equal ? planned(envelope, 'unchanged', prebuilt) : planned(envelope, 'changed', prebuilt, changes, nextFreeName(envelope.name, taken));
  });
  return { items, payloadsListed };
}

function planned(
  envelope: SessionConfigEnvelope,
  status: PlanStatus,
  prebuilt: boolean,
  changes: readonly SessionConfigChange[] = [],
  suggestedName?: string,
): PlannedConfig {
  const item = { name: envelope.name, status, changes, prebuilt, suggestedName };
  return Object.defineProperty(item, 'envelope', { value: envelope, enumerable: false }) as typeof item & { readonly envelope: SessionConfigEnvelope };
}

/**
 * Creates the configurations a plan marks `missing`, one after another, and touches nothing else
 * (the API has no update: a `changed` one needs a new name). A failed creation does not stop the
 * others; each failure is returned with its error. Use a fresh plan: one made before someone
 * else created a configuration gets a `conflict` `ApiError` for it.
 *
 * @example
 * ```ts
 * import { sessionConfig } from 'yoti-session-config';
 * import { applyPlan, planSessionConfigs } from 'yoti-session-config/as-code';
 *
 * const options = { apiKey: process.env['YOTI_SIGN_API_KEY'] ?? '' };
 * const plan = await planSessionConfigs([sessionConfig().name('KYC').check.liveness({ maxRetries: 3 })], options);
 * const { created, failed } = await applyPlan(plan, options);
 * ```
 */
export async function applyPlan(plan: SessionConfigPlan, options: PlanOptions): Promise<AppliedPlan> {
  const { apiKey, ...request } = options ?? ({} as PlanOptions);
  const created: { name: string; status: number }[] = [];
  const failed: { name: string; error: unknown }[] = [];
  for (const item of plan.items) {
    if (item.status !== 'missing') continue;
    try {
      const { status } = await fromJSON(item.envelope).create(apiKey, request);
      created.push({ name: item.name, status });
    } catch (error) {
      failed.push({ name: item.name, error });
    }
  }
  return { created, failed, untouched: plan.items.filter((item) => item.status !== 'missing') };
}

/**
 * A plan in words, one block per configuration (`+` to create, `=` unchanged, `~` changed with its
 * diff and the way forward, `?` not compared), then a summary line. No secret value appears.
 * `suggestNames` adds the next free versioned name to each changed configuration.
 *
 * @example
 * ```ts
 * import { sessionConfig } from 'yoti-session-config';
 * import { planSessionConfigs, planToText } from 'yoti-session-config/as-code';
 *
 * const plan = await planSessionConfigs([sessionConfig().name('KYC')], { apiKey: 'sk_test' });
 * process.stdout.write(planToText(plan, { suggestNames: true }));
 * ```
 */
export function planToText(plan: SessionConfigPlan, options: { readonly suggestNames?: boolean } = {}): string {
  const lines: string[] = [];
  if (!plan.payloadsListed) {
    lines.push('note: the account listing returned no payloads (the detailed listing was not honoured), so configurations found by name were compared by name only');
  }
  for (const item of plan.items) {
    const name = JSON.stringify(item.name);
    switch (item.status) {
      case 'missing':
        lines.push(`+ ${name}: not in the account; apply creates it`);
        break;
      case 'unchanged':
        lines.push(`= ${name}: in the account, unchanged`);
        break;
      case 'unverified':
        lines.push(`? ${name}: in the account; not compared, since the listing returned no payload`);
        break;
      case 'changed': {
        const holder = item.prebuilt ? "Yoti's prebuilt configuration" : 'the account';
        lines.push(`~ ${name}: differs from ${holder} under that name:`);
        for (const change of item.changes) lines.push(`    ${change.text}`);
        const forward =
          options.suggestNames === true && item.suggestedName !== undefined
            ? `rename it to ${JSON.stringify(item.suggestedName)} (free in the account)`
            : 'give it a new name (plan --version-suffix proposes a free one)';
        lines.push(`    way forward: the API cannot update a stored configuration; ${forward}, then point your envelopes at the new name`);
        break;
      }
    }
  }
  const count = (status: PlanStatus) => plan.items.filter((item) => item.status === status).length;
  lines.push(
    `${plan.items.length} configuration${plan.items.length === 1 ? '' : 's'}: ${count('missing')} to create, ${count('unchanged')} unchanged, ${count('changed')} changed, ${count('unverified')} not compared`,
  );
  return `${lines.join('\n')}\n`;
}

function checkedEnvelope(local: SessionConfigSource, index: number): SessionConfigEnvelope {
  const result = validateSessionConfig(envelopeOf(local, `Configuration ${index + 1}`));
  if (result.ok) return result.value;
  throw new InvalidConfigError(result.issues.map((issue) => ({ ...issue, message: `configuration ${index + 1}: ${issue.message}` })));
}

/** `KYC` → `KYC v2`, `KYC v2` → `KYC v3`, skipping names the account or the repository already uses. */
function nextFreeName(name: string, taken: ReadonlySet<string>): string {
  const found = VERSION_SUFFIX.exec(name);
  const stem = found === null ? name : name.slice(0, found.index);
  let version = found === null ? 2 : Number(found[1]) + 1;
  while (taken.has(`${stem} v${version}`)) version++;
  return `${stem} v${version}`;
}
