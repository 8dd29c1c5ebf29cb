/**
 * A chain of a shape emitted before is emitted by its shape's own emitter (chain-emitter.ts):
 * values read straight off the nodes, the rules on the lists settled once per shape, the rules
 * on values run every time. These tests hold it to the full parse for any sequence of calls and
 * removals built again with other values, and check that it engages and never shares output.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sessionConfig } from '../src/index.js';
import { builderFrom } from '../src/builder/session-config-builder.js';
import { USE_FOLD, emitterOf } from '../src/internal/chain-emitter.js';
import { KEYS_THE_VALUE_RULES_READ } from '../src/internal/rules.js';
import { FULL_PARSE, UNSHAPED, type Shape } from '../src/internal/shape.js';
import { withNode, type StateNode } from '../src/internal/state.js';
import { outcome } from './support/issues.js';

type Loose = Record<string, any>;
/**
 * Each step takes a variant (the same call with other values, some of which break a rule on
 * values) and its place in the chain, so that a setting made twice differs in its two values.
 */
const STEPS: [string, (builder: Loose, variant: number, place: number) => Loose][] = [
  ['liveness', (b, v) => b.check.liveness(v === 0 ? {} : { maxRetries: v + 1 })],
  ['faceMatch', (b, v) => b.check.faceMatch({ manualCheck: ['NEVER', 'FALLBACK', 'ALWAYS'][v] })],
  ['authenticity', (b) => b.check.documentAuthenticity()],
  ['comparison', (b) => b.check.documentComparison()],
  ['watchlist', (b, v) => b.check.watchlistScreening({ categories: v === 1 ? ['SANCTIONS', 'SANCTIONS'] : ['ADVERSE-MEDIA'] })],
  ['textExtraction', (b, v) => b.task.textExtraction({ manualCheck: v === 2 ? 'ALWAYS' : 'FALLBACK' })],
  ['supplementaryExtraction', (b) => b.task.supplementaryTextExtraction()],
  ['id', (b) => b.document.id()],
  ['supplementary', (b, v) => b.document.supplementary('PROOF_OF_ADDRESS', v === 0 ? undefined : ['UTILITY_BILL', 'PHONE_BILL'].slice(0, v))],
  ['without liveness', (b) => b.without.check.liveness()],
  ['without faceMatch', (b) => b.without.check.faceMatch()],
  ['without textExtraction', (b) => b.without.task.textExtraction()],
  ['without documents', (b) => b.without.documents()],
  ['tracking', (b, v, place) => b.userTrackingId(`user-${v}-${place}`)],
  ['token ttl', (b, v, place) => b.clientSessionTokenTtl(600 * (v + 1) + place)],
  ['resources ttl', (b, v) => b.resourcesTtl(v === 2 ? 1000 : 2630000)],
  ['notifications', (b, v) => b.notifications(v === 1 ? { endpoint: 'https://example.com/hook', authType: 'BASIC' } : { endpoint: 'https://example.com/hook', topics: ['SESSION_COMPLETION'] })],
  ['sdk', (b, v) => b.sdkConfig({ primaryColour: ['#2d9fff', '#000000', '#ffffff'][v], locale: 'en-GB' })],
  ['private', (b, v, place) => b.isPrivate((v + place) % 2 === 1)],
  ['strict off', (b) => b.strict(false)],
  ['rename', (b, v, place) => b.name(`Renamed ${v}-${place}`)],
];

const apply = (start: Loose, picked: number[], variant: number) =>
  picked.reduce((builder, index, place) => (STEPS[index] as (typeof STEPS)[number])[1](builder, variant, place), start);

test('any chain built again, with the same or other values, emits what the full parse emits', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(STEPS.length - 1), { maxLength: 10 }), fc.array(fc.nat(2), { minLength: 3, maxLength: 5 }), (picked, variants) => {
      for (const variant of variants) {
        // A first node no builder call made sends everything after it to the full parse.
        const full = outcome(() => apply(builderFrom(withNode(undefined, 'name', 'Seq')) as unknown as Loose, picked, variant).toJSON());
        const built = outcome(() => apply(sessionConfig().name('Seq') as unknown as Loose, picked, variant).toJSON());
        assert.equal(built, full, `${picked.map((index) => STEPS[index]?.[0]).join(', ')} (values ${variant})`);
      }
    }),
    { numRuns: 400, seed: 20261130 },
  );
});

/** A chain made of nodes directly, so the test can see its shape: a name and a flag no other test sets. */
function leafOf(name: string, preview: boolean): StateNode {
  const key = 'create_identity_profile_preview';
  return withNode(withNode(undefined, 'name', name, true), key, preview, true);
}

test('a shape gets its emitter on its second emission, and every emission is a fresh object', () => {
  const first = leafOf('First', true);
  assert.is(emitterOf(first.shape), undefined, 'the first emission takes the general path');
  const emitter = emitterOf(leafOf('Second', false).shape);
  assert.type(emitter, 'function');
  const third = leafOf('Third', true);
  assert.is(third.shape, first.shape, 'chains of the same steps share one shape');
  const envelope = builderFrom(third).toJSON();
  assert.equal(envelope, { name: 'Third', is_private: false, session_config: { create_identity_profile_preview: true } });
  const again = builderFrom(third).toJSON();
  assert.equal(again, envelope);
  assert.is.not(again, envelope);
  assert.is.not(again.session_config, envelope.session_config);
});

test('an emitter leaves a chain that extends a template another terminal walked past to the general path', () => {
  const shared = withNode(undefined, 'name', 'Shared', true);
  const child = (id: string) => withNode(shared, 'user_tracking_id', id, true);
  const emitter = emitterOf(child('a').shape) ?? emitterOf(child('b').shape);
  assert.type(emitter, 'function');
  const one = (emitter as (leaf: StateNode) => unknown)(child('c'));
  assert.equal(one, { name: 'Shared', is_private: false, session_config: { user_tracking_id: 'c' } });
  assert.is((emitter as (leaf: StateNode) => unknown)(child('d')), USE_FOLD, 'the template was walked past once');
  assert.equal(builderFrom(child('e')).toJSON(), { name: 'Shared', is_private: false, session_config: { user_tracking_id: 'e' } });
});

test('the repeated chains of a program keep their emitters, and nodes the fast path cannot emit have no shape', () => {
  const chain = (id: string) =>
    sessionConfig()
      .name('KYC')
      .clientSessionTokenTtl(1200)
      .resourcesTtl(2630000)
      .check.liveness({ maxRetries: 3 })
      .check.faceMatch({ manualCheck: 'FALLBACK' })
      .document.id()
      .userTrackingId(id);
  const outputs = ['a', 'b', 'c', 'd'].map((id) => chain(id).toJSON());
  for (const [index, output] of outputs.entries()) assert.is(output.session_config.user_tracking_id, ['a', 'b', 'c', 'd'][index]);
  assert.is.not(outputs[2]?.session_config.requested_checks, outputs[3]?.session_config.requested_checks);
  assert.is(withNode(undefined, 'name', 'loaded').shape, FULL_PARSE);
  assert.is(withNode(withNode(undefined, 'name', 'loaded'), 'user_tracking_id', 'u', true).shape, FULL_PARSE, 'everything over such a node is parsed in full');
  assert.is(UNSHAPED.to('name'), UNSHAPED);
});

test('a shape holds the steps of its chain, never a value passed to it', () => {
  const token = 'a-secret-auth-token';
  const notifications = { endpoint: 'https://example.com/hook', auth_type: 'BEARER', auth_token: token };
  const leaf = withNode(withNode(withNode(undefined, 'name', 'Secret', true), 'notifications', notifications, true), 'requested_checks', { type: 'LIVENESS', config: {} }, true);
  const steps: unknown[] = [];
  for (let at: Shape | undefined = leaf.shape; at?.step !== undefined; at = at.parent) steps.push(at.step);
  assert.equal(steps, ['LIVENESS', 'notifications', 'name']);
  assert.not.ok(JSON.stringify(steps).includes(token));
});

test('the rules on values read only the keys the emitter checks them for; the rules on lists read only the lists', () => {
  const source = readFileSync(new URL('../src/internal/rules.ts', import.meta.url), 'utf8');
  const body = (name: string) => {
    const start = source.indexOf(`export function ${name}(`);
    return source.slice(start, source.indexOf('\n}\n', start));
  };
  const keysRead = (text: string) => [...text.matchAll(/config\['([a-z_]+)'\]/g)].map((match) => match[1] as string);
  const values = keysRead(body('checkValueRules'));
  const lists = keysRead(body('checkListRules'));
  assert.ok(values.length >= 4 && lists.length === 3, 'both rule sets read the configuration through config[...]');
  for (const key of values) assert.ok(KEYS_THE_VALUE_RULES_READ.has(key), `${key} is read by a rule on values`);
  for (const key of lists) assert.ok(['requested_checks', 'requested_tasks', 'required_documents'].includes(key), `${key} is a list`);
});

test.run();
