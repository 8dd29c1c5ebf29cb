import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sessionConfig, validateSessionConfig } from '../src/index.js';

// Enough calls for V8 to optimise the URL check: Node 20's URL.canParse flips after about 5 000.
const WARM_UP_CALLS = 8_000;

const endpoints = ['https://café.example/hooks', 'https://例え.テスト/hooks', 'https://bücher.example/a?q=ä'];

test('a URL with a non-ASCII host gets the same verdict on the first call and after the code is hot', () => {
  const envelopes = endpoints.map((endpoint) => sessionConfig().name('Warm').notifications({ endpoint }).toJSON());
  const verdicts = new Set<string>();
  for (let call = 0; call < WARM_UP_CALLS; call++) {
    const envelope = envelopes[call % envelopes.length];
    const result = validateSessionConfig(envelope);
    verdicts.add(result.ok ? 'ok' : result.issues.map((issue) => issue.message).join('; '));
  }
  assert.equal([...verdicts], ['ok']);
});

test('once hot, the builder still accepts a non-ASCII host and still rejects a URL that does not parse', () => {
  for (let call = 0; call < WARM_UP_CALLS; call++) validateSessionConfig(sessionConfig().name('Warm').notifications({ endpoint: 'https://café.example/' }).toJSON());
  assert.is(sessionConfig().name('Hot').notifications({ endpoint: 'https://café.example/' }).toJSON().session_config.notifications?.endpoint, 'https://café.example/');
  const broken = validateSessionConfig({ name: 'Hot', is_private: false, session_config: { notifications: { endpoint: 'https://exa mple.com/' } } });
  assert.is(broken.ok, false);
});

test.run();
