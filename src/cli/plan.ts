/**
 * `plan` and `apply`: the account against the repository. The key comes from the environment, as
 * for `create` and `list`. Every local configuration is loaded and validated before the API is
 * called, so a broken template never leads to a half-applied account.
 */
import { isInvalidConfigError } from '../errors.js';
import { applyPlan, planSessionConfigs, planToText, type AppliedPlan, type SessionConfigPlan } from '../as-code/plan.js';
import type { SessionConfigEnvelope } from '../schema/payload.js';
import { validateSessionConfig } from '../validate.js';
import { parseCommandArgs } from './args.js';
import { loadConfigurations, type LoadedConfiguration } from './configurations.js';
import { expandFileArguments } from './files.js';
import { CommandError, count, EXIT, paintFor, UsageError, type ExitCode, type Io } from './io.js';
import { firstLine } from './load.js';
import { connection } from './remote.js';

const PLAN_OPTIONS = {
  'api-key-env': { type: 'string' },
  'base-url': { type: 'string' },
  'version-suffix': { type: 'boolean' },
  format: { type: 'string', choices: ['text', 'json'] },
} as const;
const APPLY_OPTIONS = { ...PLAN_OPTIONS, yes: { type: 'boolean' } } as const;

export async function planCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, PLAN_OPTIONS);
  const { plan, options } = await makePlan('plan', positionals, values, io);
  if (values.format === 'json') io.stdout.write(`${JSON.stringify(planJson(plan), null, 2)}\n`);
  else io.stdout.write(planToText(plan, options));
  return planExitCode(plan);
}

/**
 * Creates what the plan marks missing. On a terminal it first shows the plan and creates nothing
 * without `--yes`; elsewhere (CI, a pipe) nobody could answer a question, so it goes ahead.
 */
export async function applyCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, APPLY_OPTIONS);
  const { plan, options, request } = await makePlan('apply', positionals, values, io);
  const missing = plan.items.filter((item) => item.status === 'missing').length;
  const json = values.format === 'json';
  if (missing > 0 && io.stdout.isTTY === true && values.yes !== true) {
    io.stdout.write(planToText(plan, options));
    io.stdout.write(`nothing created: on a terminal apply asks first; run it again with --yes to create ${count(missing, 'configuration')}\n`);
    return EXIT.failed;
  }
  const applied = await applyPlan(plan, request);
  if (json) io.stdout.write(`${JSON.stringify({ ...planJson(plan), ...appliedJson(applied) }, null, 2)}\n`);
  else printApplied(plan, applied, options, io);
  return applied.failed.length === 0 ? planExitCode(plan) : EXIT.failed;
}

type PlanValues = { readonly 'api-key-env'?: string; readonly 'base-url'?: string; readonly 'version-suffix'?: boolean };

async function makePlan(command: string, positionals: readonly string[], values: PlanValues, io: Io) {
  if (positionals.length === 0) throw new UsageError(`${command} needs at least one file or module`);
  const { apiKey, options: connectionOptions } = connection(values, io);
  const locals = await loadLocals(positionals, io);
  const request = { apiKey, ...connectionOptions };
  const plan = await planSessionConfigs(locals, request);
  return { plan, request, options: { suggestNames: values['version-suffix'] === true } };
}

/** Every configuration of every argument, each validated; all problems at once, before any request. */
async function loadLocals(patterns: readonly string[], io: Io): Promise<SessionConfigEnvelope[]> {
  const { files, unmatched } = expandFileArguments(patterns, io.cwd);
  const problems = unmatched.map((pattern) => `${pattern}: no such file or module`);
  const loaded: LoadedConfiguration[] = [];
  for (const file of files) {
    try {
      loaded.push(...(await loadConfigurations(file, undefined, io)));
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      problems.push(error.message);
    }
  }
  const envelopes: SessionConfigEnvelope[] = [];
  const sources = new Map<string, string>();
  for (const { source, envelope } of loaded) {
    const result = validateSessionConfig(envelope);
    if (!result.ok) {
      problems.push(`${source} is not a valid configuration:\n${result.issues.map((issue) => `  ${issue.message}`).join('\n')}`);
      continue;
    }
    const earlier = sources.get(result.value.name);
    if (earlier !== undefined) problems.push(`${source}: ${earlier} has the same name ${JSON.stringify(result.value.name)}; rename one`);
    sources.set(result.value.name, source);
    envelopes.push(result.value);
  }
  if (problems.length > 0) {
    const paint = paintFor(io.stderr, io.env);
    throw new CommandError(`${problems.join(`\n${paint.red('error')} `)}\nnothing was sent to the API: ${count(problems.length, 'problem')}`);
  }
  return envelopes;
}

/** 0 when `apply` can bring the account in line (or already has); 1 when a configuration needs a new name. */
function planExitCode(plan: SessionConfigPlan): ExitCode {
  return plan.items.some((item) => item.status === 'changed') ? EXIT.failed : EXIT.ok;
}

/** The plan for tools: no envelope, so no secret. */
function planJson(plan: SessionConfigPlan) {
  return {
    payloadsListed: plan.payloadsListed,
    configurations: plan.items.map(({ name, status, prebuilt, changes, suggestedName }) => ({ name, status, prebuilt, changes, suggestedName: suggestedName ?? null })),
  };
}

function appliedJson(applied: AppliedPlan) {
  return {
    created: applied.created,
    failed: applied.failed.map(({ name, error }) => ({ name, message: failureMessage(error) })),
  };
}

function printApplied(plan: SessionConfigPlan, applied: AppliedPlan, options: { suggestNames: boolean }, io: Io): void {
  const paint = paintFor(io.stdout, io.env);
  io.stdout.write(planToText(plan, options));
  for (const { name, status } of applied.created) io.stdout.write(`${paint.green('created')} ${JSON.stringify(name)} (HTTP ${status})\n`);
  for (const { name, error } of applied.failed) io.stdout.write(`${paint.red('failed')} ${JSON.stringify(name)}: ${failureMessage(error)}\n`);
  io.stdout.write(`applied: ${applied.created.length} created, ${applied.failed.length} failed, ${applied.untouched.length} left as they are\n`);
}

/** ApiError messages never hold the key; a 409 here is a name the listing did not show (a private configuration of another key). */
function failureMessage(error: unknown): string {
  const kind = (error as { kind?: unknown } | null)?.kind;
  const text = isInvalidConfigError(error) ? error.message : firstLine(error);
  return kind === 'conflict' ? `${text} (not visible to this API key: another key's private configuration?)` : text;
}
