/**
 * The terminal's fast path: a builder emitted twice, or a template whose children are emitted,
 * folds values validated once and remembers its verdict. These tests hold it to the full path:
 * the same JSON, fresh objects, and every check still made for JavaScript callers, `as any`
 * and values read from JSON.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fromJSON, sessionConfig, unlisted, type AnySessionConfigBuilder } from '../src/index.js';
import { builderFrom } from '../src/builder/session-config-builder.js';
import { KEYS_THE_RULES_READ } from '../src/internal/rules.js';
import { withNode, type StateNode } from '../src/internal/state.js';
import { outcome } from './support/issues.js';

/** A template already shared by two children, so the next child takes the fast path. */
function warmed<Builder extends { toJSON(): unknown }>(template: Builder, child: (template: Builder) => { toJSON(): unknown }): void {
  child(template).toJSON();
  child(template).toJSON();
}

/** The template's chain, called afresh for every comparison against the shared one. */
const templateChain = () =>
  sessionConfig()
    .name('Template')
    .clientSessionTokenTtl(1200)
    .resourcesTtl(2630000)
    .check.documentAuthenticity({ manualCheck: 'FALLBACK' })
    .check.liveness({ maxRetries: 3 })
    .task.textExtraction({ manualCheck: 'FALLBACK' })
    .document.id();

const template = templateChain();
warmed(template, (shared) => shared.userTrackingId('warm-up'));

test('a child of a shared template emits what the same chain emits fresh, as a fresh object each time', () => {
  const fresh = templateChain().userTrackingId('user-1').toJSON();
  const child = template.userTrackingId('user-1');
  const first = child.toJSON();
  const second = child.toJSON();
  assert.equal(first, fresh);
  assert.equal(second, fresh);
  assert.is.not(first, second);
  assert.is.not(first.session_config.requested_checks, second.session_config.requested_checks);
  assert.is.not(first.session_config.requested_checks?.[1]?.config, second.session_config.requested_checks?.[1]?.config);
  assert.equal(JSON.stringify(template.userTrackingId('user-2').toJSON()), JSON.stringify({ ...fresh, session_config: { ...fresh.session_config, user_tracking_id: 'user-2' } }));
});

test('a value is validated once, where it enters, and the output is never shared', () => {
  let reads = 0;
  const options = {
    get manualCheck() {
      reads++;
      return 'NEVER';
    },
  };
  const shared = sessionConfig().name('Template').check.faceMatch(options as { manualCheck: 'NEVER' });
  assert.is(reads, 1, 'read once by the call');
  const outputs = ['a', 'b', 'c', 'd'].map((id) => shared.userTrackingId(id).toJSON());
  assert.is(reads, 1, 'never read again by a terminal');
  for (const [index, output] of outputs.entries()) {
    assert.equal(output.session_config.requested_checks, [{ type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'NEVER' } }]);
    if (index > 0) assert.is.not(output.session_config.requested_checks?.[0], outputs[index - 1]?.session_config.requested_checks?.[0], 'each output is a copy');
  }
});

test('a node that is not a builder call is judged by the full parse, shared or not', () => {
  let leaf: StateNode | undefined = withNode(undefined, 'name', 'Loaded');
  leaf = withNode(leaf, 'requested_checks', { type: 'LIVENESS', config: { liveness_type: 'ZOOM', max_retries: 0 } });
  const shared = builderFrom(leaf);
  for (const id of ['a', 'b', 'c']) {
    const refused = outcome(() => shared.userTrackingId(id).toJSON()) as { issues?: { code: string; path: unknown }[] };
    assert.equal(refused.issues?.map((issue) => issue.code), ['too_small']);
  }
});

test('a child that sets one value over a warmed template is built as the same JSON, fresh each time', () => {
  const base = () =>
    sessionConfig()
      .name('Template')
      .clientSessionTokenTtl(1200)
      .check.liveness({ maxRetries: 3 })
      .check.watchlistScreening({ categories: ['SANCTIONS'] })
      .document.id({ filter: { type: 'ORTHOGONAL_RESTRICTIONS', countryRestriction: { inclusion: 'WHITELIST', countryCodes: ['GBR'] } } })
      .resources({ applicantProfile: JSON.parse('{"__proto__": {"x": 1}, "given_names": "Ada"}') as Record<string, never> });
  const shared = base();
  const children: [string, (builder: ReturnType<typeof base>, index: number) => { toJSON(): unknown }][] = [
    ['name', (builder, index) => builder.name(`Team ${index}`)],
    ['isPrivate', (builder, index) => builder.isPrivate(index % 2 === 0)],
    ['userTrackingId', (builder, index) => builder.userTrackingId(`user-${index}`)],
    ['sessionDeadline', (builder, index) => builder.sessionDeadline(`2030-06-${10 + index}T17:00:00Z`)],
    ['blockBiometricConsent', (builder, index) => builder.blockBiometricConsent(index % 2 === 0)],
    ['ephemeralMedia', (builder, index) => builder.ephemeralMedia(index % 2 === 1)],
    ['resourcesTtl', (builder, index) => builder.resourcesTtl(86400 + 1200 + index)],
  ];
  for (const [name, child] of children) {
    const outputs = [0, 1, 2, 3, 4].map((index) => child(shared, index).toJSON() as { session_config: Record<string, unknown> });
    outputs.forEach((output, index) => assert.equal(output, child(base(), index).toJSON(), `${name} #${index}`));
    (outputs[3]?.session_config['requested_checks'] as unknown[]).length = 0;
    assert.equal(child(shared, 4).toJSON(), outputs[4], `${name}: a changed output changes no later one`);
    assert.is.not(outputs[3]?.session_config, outputs[4]?.session_config);
  }
  const profile = (shared.userTrackingId('u').toJSON().session_config.resources?.applicant_profile ?? {}) as Record<string, unknown>;
  assert.ok(Object.hasOwn(profile, '__proto__'), 'a "__proto__" key stays a key');
  assert.is(Object.getPrototypeOf(profile), Object.prototype);
});

test('any sequence of calls and removals, folded over a shared template, emits what the full parse emits', () => {
  type Loose = Record<string, any>;
  const steps: [string, (builder: Loose) => Loose][] = [
    ['liveness', (b) => b.check.liveness({ maxRetries: 2 })],
    ['faceMatch', (b) => b.check.faceMatch({ manualCheck: 'NEVER' })],
    ['authenticity', (b) => b.check.documentAuthenticity()],
    ['textExtraction', (b) => b.task.textExtraction({ manualCheck: 'FALLBACK' })],
    ['supplementaryExtraction', (b) => b.task.supplementaryTextExtraction()],
    ['id', (b) => b.document.id()],
    ['supplementary', (b) => b.document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL'])],
    ['without liveness', (b) => b.without.check.liveness()],
    ['without faceMatch', (b) => b.without.check.faceMatch()],
    ['without textExtraction', (b) => b.without.task.textExtraction()],
    ['without documents', (b) => b.without.documents()],
    ['tracking', (b) => b.userTrackingId('u')],
    ['ttl', (b) => b.clientSessionTokenTtl(600)],
    ['rename', (b) => b.name('Renamed')],
  ];
  fc.assert(
    fc.property(fc.array(fc.nat(steps.length - 1), { maxLength: 9 }), fc.nat(9), (picked, split) => {
      const apply = (start: Loose, indexes: number[]) => indexes.reduce((builder, index) => (steps[index] as (typeof steps)[number])[1](builder), start);
      const cut = Math.min(split, picked.length);
      // A first node no builder call made sends everything after it to the full parse.
      const full = outcome(() => apply(builderFrom(withNode(undefined, 'name', 'Seq')) as unknown as Loose, picked).toJSON());
      const template = apply(sessionConfig().name('Seq') as unknown as Loose, picked.slice(0, cut));
      const children = [0, 1, 2].map(() => outcome(() => apply(template, picked.slice(cut)).toJSON()));
      for (const child of children) assert.equal(child, full, picked.map((index) => steps[index]?.[0]).join(', '));
    }),
    { numRuns: 300, seed: 20261130 },
  );
});

test('JavaScript callers and `as any` still get every check on a shared template', () => {
  const loose = template as unknown as AnySessionConfigBuilder & Record<string, (...args: unknown[]) => AnySessionConfigBuilder>;
  const cases: ((base: AnySessionConfigBuilder) => { toJSON(): unknown })[] = [
    (base) => (base as any).userTrackingId(42),
    (base) => (base as any).name(''),
    (base) => (base as any).isPrivate('yes'),
    (base) => (base as any).check.faceMatch({ manualCheck: 'SOMETIMES' }),
    (base) => (base as any).check.liveness({ maxRetries: 2 }),
    (base) => (base as any).resourcesTtl(86400),
    (base) => (base as any).notifications({ endpoint: 'https://example.com/hook', topics: ['SESSION_COMPLETION_MAYBE'] }),
    (base) => (base as any).document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL']).task.supplementaryTextExtraction({ manualCheck: 'NEVER' }).without.documents(),
    (base) => (base as any).strict().importToken({ ttl: 60 }),
  ];
  for (const make of cases) {
    const fresh = outcome(() => make(templateChain() as unknown as AnySessionConfigBuilder).toJSON());
    const shared = outcome(() => make(loose).toJSON());
    assert.equal(shared, fresh, String(make));
    assert.ok('issues' in (shared as object), `${String(make)} is refused`);
  }
});

test('an unknown value of an open set is refused on a shared template unless unlisted()', () => {
  const child = (base: typeof template, screen: string) => base.sdkConfig({ suppressedScreens: [screen as 'ID_DOCUMENT_EDUCATION'] });
  warmed(template, (base) => child(base, 'ID_DOCUMENT_EDUCATION'));
  const refused = outcome(() => child(template, 'NEW_SCREEN').toJSON()) as { issues?: { code: string }[] };
  assert.equal(refused.issues?.map((issue) => issue.code), ['unlisted_required']);
  const accepted = outcome(() => child(template, unlisted('NEW_SCREEN') as string).toJSON()) as { json?: { session_config: { sdk_config?: { suppressed_screens?: unknown } } } };
  assert.equal(accepted.json?.session_config.sdk_config?.suppressed_screens, ['NEW_SCREEN']);
});

test('values read from JSON keep their verdicts when the loaded configuration is shared', () => {
  const base = fromJSON({
    name: 'Loaded',
    is_private: false,
    session_config: { sdk_config: { suppressed_screens: ['NEW_SCREEN'] }, requested_checks: [] },
  });
  const expected = {
    name: 'Loaded',
    is_private: false,
    session_config: { user_tracking_id: 'u', requested_checks: [], sdk_config: { suppressed_screens: ['NEW_SCREEN'] } },
  };
  // An unknown screen read from JSON stays an advisory, however often the loaded builder is used.
  for (let index = 0; index < 3; index++) assert.equal(base.userTrackingId('u').toJSON(), expected);
  for (let index = 0; index < 3; index++) {
    const refused = outcome(() => base.sdkConfig({ suppressedScreens: ['OTHER_SCREEN' as 'ID_DOCUMENT_EDUCATION'] }).toJSON()) as { issues?: { code: string }[] };
    assert.equal(refused.issues?.map((issue) => issue.code), ['unlisted_required']);
  }
});

test('every session key the cross-field rules read is listed for the verdict a child shares', () => {
  const source = readFileSync(new URL('../src/internal/rules.ts', import.meta.url), 'utf8');
  const read = [...source.matchAll(/config\['([a-z_]+)'\]/g)].map((match) => match[1] as string);
  assert.ok(read.length >= 5, 'the rules read the configuration through config[...]');
  for (const key of read) assert.ok(KEYS_THE_RULES_READ.has(key), `${key} is read by a rule`);
});

test.run();
