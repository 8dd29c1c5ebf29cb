/**
 * Exact edges of rules that other tests only approach from a distance: a change of `<` to `<=`,
 * or a dropped de-duplication, must fail here by itself.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { adviseSessionConfig, sessionConfig, validateSessionConfig } from '../src/index.js';

const NOW = Date.UTC(2026, 0, 1);
const FIVE_MINUTES = 5 * 60_000;
const named = () => sessionConfig().name('Edges');

const deadlineCodes = (offset: number) =>
  named()
    .sessionDeadline(new Date(NOW + offset))
    .advisories({ now: NOW })
    .map((advisory) => advisory.code);

test('deadline_too_soon: exactly 5 minutes ahead is far enough, 1 ms less is too soon', () => {
  assert.equal(deadlineCodes(FIVE_MINUTES), []);
  assert.equal(deadlineCodes(FIVE_MINUTES - 1), ['deadline_too_soon']);
  assert.equal(deadlineCodes(FIVE_MINUTES + 1), []);
});

test('deadline_too_soon: the same edge when advising a JSON envelope, with whole-second deadlines', () => {
  const envelopeAt = (offset: number) => {
    const result = validateSessionConfig({ name: 'Edges', is_private: false, session_config: { session_deadline: new Date(NOW + offset).toISOString().replace('.000Z', 'Z') } });
    assert.ok(result.ok);
    return adviseSessionConfig(result.value, { now: NOW }).map((advisory) => advisory.code);
  };
  assert.equal(envelopeAt(FIVE_MINUTES), []);
  assert.equal(envelopeAt(FIVE_MINUTES - 1_000), ['deadline_too_soon']);
});

test('repeated watchlist categories are sent once, in first-seen order', () => {
  const json = named()
    .check.watchlistScreening({ categories: ['SANCTIONS', 'ADVERSE-MEDIA', 'SANCTIONS', 'ADVERSE-MEDIA', 'SANCTIONS'] })
    .toJSON();
  assert.equal(json.session_config.requested_checks, [{ type: 'WATCHLIST_SCREENING', config: { categories: ['SANCTIONS', 'ADVERSE-MEDIA'] } }]);
});

test('repeated notification topics are sent once, in first-seen order', () => {
  const json = named()
    .notifications({ endpoint: 'https://example.com/hooks', topics: ['SESSION_COMPLETION', 'CHECK_COMPLETION', 'SESSION_COMPLETION', 'SESSION_COMPLETION'] })
    .toJSON();
  assert.equal(json.session_config.notifications?.topics, ['SESSION_COMPLETION', 'CHECK_COMPLETION']);
});

test('JSON that repeats a category or a topic is accepted as sent (the Go SDK sends repeats), with a repeated_value advisory at each repeat', () => {
  const input = {
    name: 'Edges',
    is_private: false,
    session_config: {
      notifications: { endpoint: 'https://example.com/hooks', topics: ['SESSION_COMPLETION', 'SESSION_COMPLETION'] },
      requested_checks: [{ type: 'WATCHLIST_SCREENING', config: { categories: ['SANCTIONS', 'SANCTIONS'] } }],
    },
  };
  const result = validateSessionConfig(input);
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.equal(result.value, input);
  assert.equal(
    adviseSessionConfig(result.value)
      .filter((advisory) => advisory.code === 'repeated_value')
      .map((advisory) => advisory.path.join('.'))
      .sort(),
    ['session_config.notifications.topics.1', 'session_config.requested_checks.0.config.categories.1'],
  );
});

test.run();
