// What every consumer checks, whether it loaded the package with import or with require().
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const manifest = createRequire(import.meta.url)('yoti-session-config/package.json');

/** `load` is `import` or `require`; every JavaScript subpath of the exports map must load with it. */
export async function scenario(lib, loadedWith, load) {
  const body = lib
    .sessionConfig()
    .name('Smoke test')
    .check.liveness({ livenessType: 'STATIC', maxRetries: 1 })
    .document.id()
    .toJSON();
  assert.deepEqual(body, {
    name: 'Smoke test',
    is_private: false,
    session_config: {
      requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'STATIC', max_retries: 1 } }],
      requested_tasks: [],
      required_documents: [{ type: 'ID_DOCUMENT' }],
    },
  });
  assert.deepEqual(lib.validateSessionConfig(body), { ok: true, value: body });
  assert.throws(() => lib.sessionConfig().toJSON(), (error) => lib.isInvalidConfigError(error));

  // The deploy tooling is its own entry point, so that applications never load it.
  assert.equal(lib.explainSessionConfig, undefined);
  const asCode = await load(`${manifest.name}/as-code`);
  assert.equal(typeof asCode.planSessionConfigs, 'function');
  assert.equal(asCode.explainSessionConfig(body).name, 'Smoke test');

  const subpaths = Object.keys(manifest.exports).filter((subpath) => !subpath.endsWith('.json'));
  for (const subpath of subpaths) {
    const module = await load(subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`);
    assert.ok(Object.keys(module).length > 0, `${subpath} exports nothing`);
  }
  console.log(`${loadedWith}: ok (${subpaths.join(', ')})`);
}
