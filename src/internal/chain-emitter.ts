/**
 * A terminal made for one shape of chain (shape.ts). A server builds the same chain for every
 * request with other values, so from a shape's second emission on, its emitter reads each value
 * straight off its node (a shape's nodes always stand the same number of hops from the leaf) and
 * builds the envelope as one literal in wire order, with the copiers the fold uses. Which setting
 * wins, which items a removal takes back, and whether the rules on the lists hold are settled once
 * per shape, because they depend only on the steps; the rules on values run on every emission.
 */
import { requiredDocument, sessionConfigPayload, type SessionConfigEnvelope } from '../schema/payload.js';
import { schemaOfField, type ArraySchema, type Field } from '../schema/language.js';
import { REQUESTS } from '../schema/requests.js';
import { SETTINGS, wireCopiers } from './copy-wire.js';
import type { Issue } from './issue.js';
import { checkListRules, checkValueRules, KEYS_THE_VALUE_RULES_READ } from './rules.js';
import type { Shape, Step } from './shape.js';
import { isRemoved, STRICT, WALKED, type Removal, type StateNode } from './state.js';

/**
 * What an emitter returns where it cannot vouch for the chain: a node a terminal already walked
 * past or folded (a shared template, whose fold the general terminal keeps), or a value that is
 * not there.
 */
export const USE_FOLD: unique symbol = Symbol('use the fold');

export type Emitter = (leaf: StateNode) => SessionConfigEnvelope | undefined | typeof USE_FOLD;

/** Longer chains keep the general terminal: an emitter's source grows with its chain. */
const MAX_STEPS = 128;
/** Each emitter is compiled code held for the life of the process: a program that repeats more shapes than this keeps the fold for the rest. */
const MAX_EMITTERS = 512;
let emitters = 0;

type List = Removal['list'];
const FIELDS = sessionConfigPayload.fields as Record<string, Field>;
const LIST_OF_TYPE = new Map<string, List>([
  ...Object.values(REQUESTS).map(({ type, list }) => [type, list] as const),
  ...Object.keys(requiredDocument.variants).map((type) => [type, 'required_documents'] as const),
]);

/** The emitter of `shape` from its second emission on; `undefined` before, or where none can be made. */
export function emitterOf(shape: Shape): Emitter | undefined {
  if (shape.emitter === undefined) {
    if (++shape.emits < 2) return undefined;
    shape.emitter = emitterFor(shape) ?? null;
  }
  return (shape.emitter as Emitter | null) ?? undefined;
}

/** Where each part of the envelope is read, in hops from the leaf. */
interface Plan {
  name: number;
  isPrivate: number;
  /** Per setting slot; -1 where no node sets it. */
  readonly settings: number[];
  /** In call order, after removals. */
  readonly lists: Record<List, number[]>;
}

function planOf(shape: Shape): Plan | undefined {
  const plan: Plan = { name: -1, isPrivate: -1, settings: SETTINGS.map(() => -1), lists: { requested_checks: [], requested_tasks: [], required_documents: [] } };
  const removals: Removal[] = [];
  let hops = 0;
  // From the leaf: the first node met for a setting is its newest, and a removal takes back the
  // matching items older than itself, which are met after it.
  for (let at: Shape | undefined = shape; at?.step !== undefined; at = at.parent, hops++) {
    const step: Step = at.step;
    const newest = (met: number) => (met < 0 ? hops : met);
    if (typeof step !== 'string') removals.push(step as Removal);
    else if (step === 'name') plan.name = newest(plan.name);
    else if (step === 'is_private') plan.isPrivate = newest(plan.isPrivate);
    else if (step !== STRICT) {
      const slot = SETTINGS.indexOf(step);
      const list = LIST_OF_TYPE.get(step);
      if (slot >= 0) plan.settings[slot] = newest(plan.settings[slot] as number);
      else if (list === undefined) return undefined;
      else if (!isRemoved(removals, list, { type: step })) plan.lists[list].unshift(hops);
    }
  }
  return plan.name < 0 ? undefined : plan;
}

function emitterFor(shape: Shape): Emitter | undefined {
  const copiers = wireCopiers();
  if (copiers === undefined || shape.length <= 0 || shape.length > MAX_STEPS || emitters >= MAX_EMITTERS) return undefined;
  const plan = planOf(shape);
  if (plan === undefined) return undefined;
  emitters++;
  const node = (hops: number) => `n${hops}`;
  const walk = ['const n0 = leaf;'];
  for (let hops = 1; hops < shape.length; hops++) walk.push(`const n${hops} = n${hops - 1}.parent;`);
  const older = Array.from({ length: shape.length - 1 }, (_, index) => node(index + 1));
  const settingReads = plan.settings.filter((hops) => hops >= 0).map((hops) => `${node(hops)}.value`);
  const requestsPresent = plan.lists.requested_checks.length + plan.lists.requested_tasks.length > 0;
  const entries: string[] = [];
  for (const key of Object.keys(FIELDS)) {
    const schema = schemaOfField(FIELDS[key] as Field);
    const list = key === 'requested_checks' || key === 'requested_tasks' || key === 'required_documents' ? key : undefined;
    if (list === undefined) {
      const hops = plan.settings[SETTINGS.indexOf(key)] as number;
      if (hops >= 0) entries.push(`${JSON.stringify(key)}: ${copiers.expression(schema, `${node(hops)}.value`)}`);
    } else if (list === 'required_documents' ? plan.lists[list].length > 0 : requestsPresent) {
      const items = plan.lists[list].map((hops) => copiers.expression((schema as ArraySchema).items, `${node(hops)}.value`));
      entries.push(`${JSON.stringify(key)}: [${items.join(', ')}]`);
    }
  }
  const body = `return function emit(leaf) {
${walk.join('\n')}
${settingReads.length > 0 ? `if (${settingReads.map((read) => `${read} === undefined`).join(' || ')}) return USE_FOLD;` : ''}
${older.length > 0 ? `if (${older.map((name) => `${name}.fold !== undefined`).join(' || ')}) return USE_FOLD;\n${older.map((name) => `${name}.fold = WALKED;`).join(' ')}` : ''}
return { name: ${node(plan.name)}.value, is_private: ${plan.isPrivate < 0 ? 'false' : `${node(plan.isPrivate)}.value`}, session_config: { ${entries.join(', ')} } };
};`;
  const build = copiers.run(['USE_FOLD', 'WALKED'], body, USE_FOLD, WALKED) as (leaf: StateNode) => SessionConfigEnvelope | typeof USE_FOLD;
  const readsValues = SETTINGS.some((key, slot) => (plan.settings[slot] as number) >= 0 && KEYS_THE_VALUE_RULES_READ.has(key));
  let listsHold: boolean | undefined;
  return (leaf) => {
    const envelope = build(leaf);
    if (envelope === USE_FOLD) return USE_FOLD;
    const config = envelope.session_config as Record<string, unknown>;
    if ((listsHold ??= hold(checkListRules, config)) && (!readsValues || hold(checkValueRules, config))) return envelope;
    return undefined;
  };
}

function hold(rules: (config: Record<string, unknown>, issues: Issue[]) => void, config: Record<string, unknown>): boolean {
  const issues: Issue[] = [];
  rules(config, issues);
  return issues.length === 0;
}
