import { inspect } from 'node:util';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fromJSON, sessionConfig, validateSessionConfig } from '../src/index.js';
import { expectIssue, issuesOf, untyped } from './support/issues.js';

const named = () => sessionConfig().name('Webhooks');
const TOKEN = 'webhook-secret-7f3a';

test('notifications emits endpoint, auth_type, auth_token and topics in canonical order', () => {
  const json = named()
    .notifications({ topics: ['SESSION_COMPLETION'], authToken: 'user:password', authType: 'BASIC', endpoint: 'https://example.com/hooks' })
    .toJSON();
  assert.equal(json.session_config.notifications, {
    endpoint: 'https://example.com/hooks',
    auth_type: 'BASIC',
    auth_token: 'user:password',
    topics: ['SESSION_COMPLETION'],
  });
  assert.equal(Object.keys(json.session_config.notifications ?? {}), ['endpoint', 'auth_type', 'auth_token', 'topics']);
});

test('an endpoint alone is enough', () => {
  assert.equal(named().notifications({ endpoint: 'https://example.com/hooks' }).toJSON().session_config.notifications, {
    endpoint: 'https://example.com/hooks',
  });
});

test('repeated topics are sent once, in first-seen order', () => {
  const json = named()
    .notifications({
      endpoint: 'https://example.com/hooks',
      topics: ['CHECK_COMPLETION', 'SESSION_COMPLETION', 'CHECK_COMPLETION', 'FIRST_BRANCH_VISIT', 'SESSION_COMPLETION'],
    })
    .toJSON();
  assert.equal(json.session_config.notifications?.topics, ['CHECK_COMPLETION', 'SESSION_COMPLETION', 'FIRST_BRANCH_VISIT']);
});

test('calling notifications again replaces the whole object', () => {
  const json = named()
    .notifications({ endpoint: 'https://example.com/a', authType: 'BEARER', authToken: TOKEN })
    .notifications({ endpoint: 'https://example.com/b' })
    .toJSON();
  assert.equal(json.session_config.notifications, { endpoint: 'https://example.com/b' });
});

test('an endpoint the compiler cannot see must still be an https:// URL', () => {
  const fromEnv: string = 'http://example.com/hooks';
  expectIssue(() => named().notifications({ endpoint: fromEnv }), 'invalid_format', 'session_config.notifications.endpoint', 'https:// URL', '"http://example.com/hooks"');
  expectIssue(() => untyped().notifications({ endpoint: 'example.com/hooks' }), 'invalid_format', 'session_config.notifications.endpoint');
  expectIssue(() => untyped().notifications({ endpoint: 'https://' }), 'invalid_format', 'session_config.notifications.endpoint');
});

test('an auth type without an auth token is rejected at run time too', () => {
  expectIssue(
    () => untyped().notifications({ endpoint: 'https://example.com/hooks', authType: 'BEARER' }),
    'auth_token_required',
    'session_config.notifications.auth_type',
    'add authToken or remove authType',
  );
});

test('auth type and topics accept only their known values', () => {
  expectIssue(
    () => untyped().notifications({ endpoint: 'https://example.com/hooks', authType: 'DIGEST', authToken: TOKEN }),
    'invalid_value',
    'session_config.notifications.auth_type',
    'BASIC, BEARER',
  );
  expectIssue(
    () => untyped().notifications({ endpoint: 'https://example.com/hooks', topics: ['SESSION_COMPLETE'] }),
    'invalid_value',
    'session_config.notifications.topics[0]',
    '"SESSION_COMPLETE"; did you mean SESSION_COMPLETION?',
  );
});

test('topics in lower case load and are sent as written (Yoti docs "configure face search" / "configure face check")', () => {
  const fromDocs = {
    name: 'Face search',
    is_private: false,
    session_config: { notifications: { endpoint: 'https://example.com/hooks', topics: ['session_completion', 'client_session_token_deleted'] } },
  };
  assert.equal(fromJSON(fromDocs).toJSON(), fromDocs);
  const json = sessionConfig().name('Face search').notifications({ endpoint: 'https://example.com/hooks', topics: ['session_completion', 'CHECK_COMPLETION'] }).toJSON();
  assert.equal(json.session_config.notifications?.topics, ['session_completion', 'CHECK_COMPLETION']);
});

test('notifications without an endpoint are an error: nothing could be sent (Yoti notifications page)', () => {
  const result = validateSessionConfig({ name: 'Hooks', is_private: false, session_config: { notifications: { topics: ['SESSION_COMPLETION'] } } });
  assert.ok(!result.ok);
  assert.equal(result.issues.map((issue) => [issue.code, issue.path.join('.')]), [['missing_key', 'session_config.notifications.endpoint']]);
  expectIssue(() => untyped().notifications({ topics: ['SESSION_COMPLETION'] }), 'missing_key', 'session_config.notifications.endpoint', 'https:// URL');
});

test('the auth token is never shown: not in error messages, not in inspect output', () => {
  const issues = issuesOf(() => untyped().notifications({ endpoint: 'http://example.com', authType: 'NONE', authToken: TOKEN, topics: 'all' }));
  assert.ok(issues.length >= 3);
  for (const issue of issues) assert.not.ok(issue.message.includes(TOKEN), issue.message);
  const blank = expectIssue(() => untyped().notifications({ endpoint: 'https://example.com', authType: 'BASIC', authToken: '   ' }), 'invalid_format', 'session_config.notifications.auth_token');
  assert.ok(blank.message.includes('(hidden)'), blank.message);
  const builder = named().notifications({ endpoint: 'https://example.com', authType: 'BEARER', authToken: TOKEN });
  assert.not.ok(inspect(builder).includes(TOKEN));
});

test.run();
