/**
 * The terminal's walk is generated as code where the runtime allows it, and built from closures
 * where it does not (a Content Security Policy without `unsafe-eval`, edge runtimes). Node's
 * `--disallow-code-generation-from-strings` makes `new Function` throw, as those runtimes do:
 * the built package must give the same JSON and the same issues there.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

const probe = `
  const { sessionConfig, validateSessionConfig, isInvalidConfigError } = await import(${JSON.stringify(entry)});
  const seed = sessionConfig().name('Seed').clientSessionTokenTtl(1200).resourcesTtl(2630000)
    .check.documentAuthenticity({ manualCheck: 'FALLBACK' }).check.liveness({ maxRetries: 3 })
    .check.watchlistAdvancedCa({ type: 'WITH_YOTI_ACCOUNT', sources: { type: 'TYPE_LIST', types: ['pep'] }, matchingStrategy: { type: 'FUZZY', fuzziness: 0.5 } })
    .task.textExtraction({ manualCheck: 'NEVER', chipData: 'DESIRED' })
    .document.id({ filter: { type: 'ORTHOGONAL_RESTRICTIONS', countryRestriction: { inclusion: 'WHITELIST', countryCodes: ['GBR'] } } })
    .document.supplementary('PROOF_OF_ADDRESS', ['UTILITY_BILL']);
  let issues = [];
  try {
    sessionConfig().clientSessionTokenTtl(100).check.liveness({ maxRetries: 0, extra: 1 }).check.faceMatch({}).document.id({ filter: { type: 'NOPE' } }).toJSON();
  } catch (error) {
    if (isInvalidConfigError(error)) issues = error.issues;
  }
  const hostile = validateSessionConfig(JSON.parse('{"name":"x","is_private":false,"session_config":{"__proto__":{"polluted":true},"requested_checks":[{"type":"LIVENESS"}]}}'));
  // A shared template's children, past the point where they are built as literals, and a removal over it.
  const children = ['u1', 'u2', 'u3', 'u4'].map((id) => seed.userTrackingId(id).toJSON());
  const removed = [0, 1, 2].map(() => seed.without.check.liveness().name('Removed').toJSON());
  // The same chain built again: from its second emission on, its shape's emitter where code can be generated.
  const repeated = ['r1', 'r2', 'r3'].map((id) => sessionConfig().name('Repeated').check.liveness({ maxRetries: 2 }).without.check.liveness().check.faceMatch({ manualCheck: 'NEVER' }).document.id().userTrackingId(id).toJSON());
  // Options that are not a plain object, with a default left out: refused alike, never made plain by the defaults.
  class LivenessOptions { constructor() { this.maxRetries = 2; } }
  let instance;
  try {
    instance = { json: sessionConfig().name('Instance').check.liveness(new LivenessOptions()).toJSON() };
  } catch (error) {
    instance = { issues: isInvalidConfigError(error) ? error.issues : String(error) };
  }
  process.stdout.write(JSON.stringify({ seed: seed.toJSON(), issues, hostile, children, removed, repeated, instance }));
`;

function run(...flags: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, [...flags, '--input-type=module', '-e', probe], { encoding: 'utf8' }));
}

test('without code generation the built package emits the same JSON and reports the same issues', () => {
  const generated = run();
  const closures = run('--disallow-code-generation-from-strings');
  assert.equal(closures, generated);
  const { issues, children } = generated as { issues: unknown[]; children: { session_config: { user_tracking_id: string } }[] };
  assert.ok(issues.length >= 5, `expected several issues, got ${JSON.stringify(issues)}`);
  assert.equal(children.map((child) => child.session_config.user_tracking_id), ['u1', 'u2', 'u3', 'u4']);
});

test('the flag really forbids code generation, so the comparison above is not vacuous', () => {
  const output = execFileSync(
    process.execPath,
    ['--disallow-code-generation-from-strings', '-e', 'try { new Function("return 1"); console.log("allowed") } catch { console.log("forbidden") }'],
    { encoding: 'utf8' },
  );
  assert.is(output.trim(), 'forbidden');
});

test.run();
