import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  fromJSON,
  InvalidConfigError,
  sessionConfig,
  validateSessionConfig,
  type Issue,
  type SessionConfigEnvelope,
} from '../src/index.js';
import { MAX_LIST_ITEMS, MAX_STRING_LENGTH } from '../src/internal/parse.js';
import { MAX_ISSUES } from '../src/internal/issue.js';
import { pathText } from './support/issues.js';

const EXAMPLES = new URL('../examples/', import.meta.url);
const exampleFiles = readdirSync(EXAMPLES).filter((file) => file.endsWith('.json')).sort();
const exampleText = (file: string) => readFileSync(new URL(file, EXAMPLES), 'utf8');
const example = (file: string) => JSON.parse(exampleText(file)) as SessionConfigEnvelope;
const seed = () => example('seed.json');

/** The issues of an input that must be rejected; fails the test on `ok: true` or a malformed issue. */
function rejected(input: unknown): readonly Issue[] {
  const result = validateSessionConfig(input);
  if (result.ok) {
    assert.unreachable('expected the input to be rejected');
    return [];
  }
  assert.ok(result.issues.length > 0, 'a rejection lists at least one issue');
  for (const issue of result.issues) {
    assert.ok(Array.isArray(issue.path), 'path is an array');
    assert.type(issue.code, 'string');
    assert.ok(issue.message.startsWith(issue.path.length === 0 ? '' : pathText(issue.path)), `"${issue.message}" starts with its path`);
  }
  return result.issues;
}

const codes = (issues: readonly Issue[]) => issues.map((issue) => issue.code);
const at = (issues: readonly Issue[], code: string) => issues.filter((issue) => issue.code === code).map((issue) => pathText(issue.path));

test('the example files hold all eleven examples', () => {
  assert.is(exampleFiles.length, 11);
});

for (const file of exampleFiles) {
  test(`${file} validates and fromJSON(x).toJSON() reproduces the file byte for byte`, () => {
    const input = example(file);
    const result = validateSessionConfig(input);
    assert.ok(result.ok, JSON.stringify(result));
    if (!result.ok) return;
    assert.equal(result.value, input);
    assert.is.not(result.value, input, 'the value is a fresh copy');
    assert.is(`${JSON.stringify(fromJSON(input).toJSON(), null, 2)}\n`, exampleText(file));
  });
}

test('the validated value shares nothing with the input', () => {
  const input = seed();
  const result = validateSessionConfig(input);
  if (!result.ok) return assert.unreachable('the seed is valid');
  (result.value.session_config.requested_checks as unknown[]).length = 0;
  assert.is(input.session_config.requested_checks?.length, 5);
});

test('fromJSON returns a builder that can be extended and emitted again', () => {
  const input = example('yoti-sign-prebuilt-hr-no-required-documents.json');
  const extended = fromJSON(input).check.watchlistScreening({ categories: ['SANCTIONS'] }).toJSON();
  assert.equal(extended.session_config.requested_checks?.at(-1), { type: 'WATCHLIST_SCREENING', config: { categories: ['SANCTIONS'] } });
  assert.equal(fromJSON(input).toJSON(), input, 'the original builder is unchanged');
});

test('fromJSON throws InvalidConfigError with every issue for invalid input', () => {
  const input = seed() as unknown as { name: unknown; session_config: Record<string, unknown> };
  input.name = '';
  input.session_config['resources_ttl'] = 10;
  try {
    fromJSON(input);
    assert.unreachable('expected InvalidConfigError');
  } catch (error) {
    assert.instance(error, InvalidConfigError);
    assert.equal(at((error as InvalidConfigError).issues, 'invalid_format'), ['name']);
    assert.equal(at((error as InvalidConfigError).issues, 'too_small'), ['session_config.resources_ttl']);
  }
});

test('values that are not objects are rejected with one issue at the root, never thrown', () => {
  class Envelope {
    name = 'x';
  }
  const inputs: unknown[] = [undefined, null, 0, Number.NaN, 10n, Symbol('x'), () => seed(), 'text', [], [seed()], new Date(), new Map(), new Envelope(), Object('x'), new Proxy([], {})];
  for (const input of inputs) {
    const issues = rejected(input);
    assert.equal(codes(issues), ['invalid_type'], String(typeof input));
    assert.equal(issues[0]?.path, []);
  }
});

test('class instances and boxed values inside the envelope are reported by name', () => {
  const input = seed() as unknown as { session_config: Record<string, unknown> };
  input.session_config['notifications'] = new Map();
  input.session_config['resources_ttl'] = Object(5);
  const issues = rejected(input);
  assert.ok(issues.some((issue) => issue.message.includes('an instance of Map')));
  assert.ok(issues.some((issue) => issue.message.includes('an instance of Number')));
});

test('frozen input and objects without a prototype are read like plain JSON', () => {
  const deepFreeze = (value: unknown): unknown => {
    if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) deepFreeze(item);
    return Object.freeze(value);
  };
  const withoutPrototype = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withoutPrototype);
    if (typeof value !== 'object' || value === null) return value;
    return Object.assign(Object.create(null), Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutPrototype(item)])));
  };
  assert.ok(validateSessionConfig(deepFreeze(seed())).ok);
  const result = validateSessionConfig(withoutPrototype(seed()));
  assert.ok(result.ok);
  if (result.ok) assert.is(Object.getPrototypeOf(result.value), Object.prototype, 'the copy is an ordinary object');
});

test('a getter that throws is reported where reading stopped, without its message', () => {
  const input = seed() as unknown as { session_config: Record<string, unknown> };
  Object.defineProperty(input.session_config, 'resources_ttl', {
    enumerable: true,
    get() {
      throw new Error('secret-in-the-error');
    },
  });
  const issues = rejected(input);
  const unreadable = issues.find((issue) => issue.code === 'unreadable_input');
  assert.ok(unreadable);
  assert.equal(unreadable?.path, ['session_config']);
  assert.not.ok(JSON.stringify(issues).includes('secret-in-the-error'));
});

test('a getter that returns plain data is read once and accepted', () => {
  const input = seed() as unknown as { session_config: Record<string, unknown> };
  let reads = 0;
  Object.defineProperty(input.session_config, 'resources_ttl', {
    enumerable: true,
    get() {
      reads++;
      return 2630000;
    },
  });
  assert.ok(validateSessionConfig(input).ok);
  assert.is(reads, 1);
});

test('every proxy trap that throws makes the input unreadable, never a crash', () => {
  const traps = ['get', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'] as const;
  for (const trap of traps) {
    const hostile = new Proxy(seed().session_config, {
      [trap]() {
        throw new Error(`${trap} trap`);
      },
    });
    const input = { ...seed(), session_config: hostile };
    assert.equal(codes(rejected(input)).at(-1), 'unreadable_input', trap);
  }
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  assert.equal(codes(rejected(proxy)), ['unreadable_input']);
  assert.equal(codes(rejected({ ...seed(), session_config: { requested_checks: proxy } })), ['unreadable_input']);
});

test('a proxy array whose length lies is read as far as the length is a real array length', () => {
  const items = seed().session_config.requested_checks ?? [];
  for (const length of ['two', -1, 1.5, 2 ** 53]) {
    const lying = new Proxy(items, { get: (target, key) => (key === 'length' ? length : Reflect.get(target, key)) });
    const result = validateSessionConfig({ ...seed(), session_config: { ...seed().session_config, requested_checks: lying } });
    // No crash and no hang; what the list then holds is whatever those indexes read.
    assert.type(result.ok, 'boolean');
  }
});

test('a cycle from a JavaScript caller is walked only as deep as the schema', () => {
  const input = seed() as unknown as Record<string, unknown> & { session_config: Record<string, unknown> };
  input.session_config['notifications'] = input;
  input.session_config['subject'] = input.session_config;
  const issues = rejected(input);
  assert.ok(at(issues, 'unknown_key').includes('session_config.notifications.name'));
  assert.ok(at(issues, 'unknown_key').includes('session_config.subject.requested_checks'));
});

test('JSON nested a hundred thousand levels deep costs one issue, not a stack overflow', () => {
  const depth = 100_000;
  const text = `{"name":"x","is_private":false,"session_config":{"deep":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
  assert.equal(at(rejected(JSON.parse(text)), 'unknown_key'), ['session_config.deep']);
});

test('a sparse array of length 2^32-1 stops at the issue cap', () => {
  const input = seed() as unknown as { session_config: Record<string, unknown> };
  input.session_config['requested_checks'] = new Array(2 ** 32 - 1);
  const issues = rejected(input);
  assert.is(issues.length, MAX_ISSUES);
  assert.equal(issues[0]?.path, ['session_config', 'requested_checks', 0]);
});

test('200,000 copies of one check produce at most the capped number of issues', () => {
  const input = seed() as unknown as { session_config: Record<string, unknown> };
  const liveness = { type: 'LIVENESS', config: { liveness_type: 'ZOOM', max_retries: 1 } };
  input.session_config['requested_checks'] = Array.from({ length: 99_000 }, () => liveness);
  input.session_config['requested_tasks'] = Array.from({ length: 100_000 }, () => ({ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'NEVER' } }));
  const issues = rejected(input);
  assert.ok(issues.length <= MAX_ISSUES + 1, `${issues.length} issues`);
  assert.ok(codes(issues).includes('duplicate_request'));
});

test('one huge list, or a small list shared many times by reference, is cut off at the item budget', () => {
  const huge = seed() as unknown as { session_config: Record<string, unknown> };
  huge.session_config['requested_checks'] = [
    {
      type: 'WATCHLIST_ADVANCED_CA',
      config: { type: 'WITH_YOTI_ACCOUNT', sources: { type: 'TYPE_LIST', types: new Array(1_000_000).fill('pep') }, matching_strategy: { type: 'EXACT' } },
    },
  ];
  assert.equal(at(rejected(huge), 'too_many_items'), ['session_config.requested_checks[0].config.sources.types']);

  // 5,000^4 list items if walked in full: a graph JSON cannot express, but objects can.
  const codes5000 = new Array(5000).fill('GBR');
  const filter = { type: 'DOCUMENT_RESTRICTIONS', inclusion: 'WHITELIST', documents: new Array(5000).fill({ country_codes: codes5000 }) };
  const schemes = new Array(5000).fill({ type: 'RTW', label: 'x', config: { filter } });
  const shared = { name: 'x', is_private: false, session_config: { advanced_identity_profile_requirements: { profiles: new Array(5000).fill({ trust_framework: 'UK_TFIDA', schemes }) } } };
  const issues = rejected(shared);
  assert.equal(codes(issues), ['too_many_items']);
  assert.ok(issues[0]?.message.includes(`at most ${MAX_LIST_ITEMS} list items`));
});

test('a configuration just under the item budget is still accepted', () => {
  const input = seed() as unknown as { session_config: Record<string, unknown> };
  input.session_config['requested_checks'] = [
    {
      type: 'WATCHLIST_ADVANCED_CA',
      config: { type: 'WITH_YOTI_ACCOUNT', sources: { type: 'TYPE_LIST', types: new Array(MAX_LIST_ITEMS - 100).fill('pep') }, matching_strategy: { type: 'EXACT' } },
    },
  ];
  delete input.session_config['requested_tasks'];
  delete input.session_config['required_documents'];
  assert.ok(validateSessionConfig(input).ok);
});

test('an object with 300,000 unknown keys reports the capped number of issues', () => {
  const input = seed() as unknown as { session_config: Record<string, unknown> };
  for (let index = 0; index < 300_000; index++) input.session_config[`key${index}`] = index;
  assert.is(rejected(input).length, MAX_ISSUES + 1);
});

test('past the issue cap, one last entry says so: code too_many_issues, at the root, with its message', () => {
  const input = seed() as unknown as { session_config: Record<string, unknown> };
  for (let index = 0; index < 500; index++) input.session_config[`key${index}`] = index;
  const issues = rejected(input);
  assert.is(issues.length, MAX_ISSUES + 1);
  assert.equal(issues.at(-1), { path: [], code: 'too_many_issues', message: `more than ${MAX_ISSUES} problems; fix these first` });
  assert.equal(at(issues, 'unknown_key'), Array.from({ length: MAX_ISSUES }, (_, index) => `session_config.key${index}`));
});

// Ten million characters of UPPER_SNAKE with underscores overflow the pattern's backtracking stack.
const HUGE_UPPER_SNAKE = `${'A_'.repeat(5_000_000)}A`;
const withScreens = (screens: unknown) => ({ name: 'x', is_private: false, session_config: { sdk_config: { suppressed_screens: screens } } });

test('a string longer than the length bound is one too_big issue, reported before any pattern runs', () => {
  const issues = rejected(withScreens([HUGE_UPPER_SNAKE]));
  assert.equal(issues, [
    {
      path: ['session_config', 'sdk_config', 'suppressed_screens', 0],
      code: 'too_big',
      message: `session_config.sdk_config.suppressed_screens[0]: expected at most ${MAX_STRING_LENGTH} characters, received a string longer than ${MAX_STRING_LENGTH} characters (${HUGE_UPPER_SNAKE.length})`,
    },
  ]);
});

test('the length bound applies to record keys and secrets too, without echoing them', () => {
  const secret = 'x'.repeat(MAX_STRING_LENGTH + 1);
  const issues = rejected({
    name: 'x',
    is_private: false,
    session_config: {
      sdk_config: { attempts_configuration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { [HUGE_UPPER_SNAKE]: 1 } } },
      notifications: { endpoint: 'https://example.com/hooks', auth_type: 'BEARER', auth_token: secret },
    },
  });
  const tooLong = issues.filter((issue) => issue.code === 'too_big');
  assert.equal(
    tooLong.map((issue) => issue.path.map((key) => (key === HUGE_UPPER_SNAKE ? '<huge key>' : key))),
    [
      ['session_config', 'notifications', 'auth_token'],
      ['session_config', 'sdk_config', 'attempts_configuration', 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', '<huge key>'],
    ],
  );
  assert.ok(tooLong.every((issue) => issue.message.includes(`longer than ${MAX_STRING_LENGTH} characters`)));
  assert.not.ok(issues.some((issue) => issue.message.includes('xxxx')), 'the token is not echoed');
});

test('a string of exactly the length bound is judged by its format as usual', () => {
  const longest = `${'A_'.repeat(MAX_STRING_LENGTH / 2 - 1)}AB`;
  assert.is(longest.length, MAX_STRING_LENGTH);
  assert.ok(validateSessionConfig(withScreens([longest])).ok);
  assert.equal(codes(rejected(withScreens([`${longest.slice(0, -1)}b`]))), ['invalid_format']);
  assert.equal(codes(rejected(withScreens([`${longest}B`]))), ['too_big']);
});

test('toJSON() of a builder holding a huge string throws InvalidConfigError, never a RangeError', () => {
  const thrown = (build: () => unknown): unknown => {
    try {
      build();
    } catch (error) {
      return error;
    }
    return undefined;
  };
  for (const error of [
    thrown(() => sessionConfig().name('x').sdkConfig({ suppressedScreens: [HUGE_UPPER_SNAKE as 'FLOW_COMPLETION'] }).toJSON()),
    thrown(() => fromJSON(withScreens([HUGE_UPPER_SNAKE])).toJSON()),
    thrown(() => sessionConfig().name(HUGE_UPPER_SNAKE).toJSON()),
  ]) {
    assert.instance(error, InvalidConfigError);
    assert.equal(codes((error as InvalidConfigError).issues), ['too_big']);
  }
});

test('URLs must be written plainly: a scheme first and no spaces', () => {
  const withEndpoint = (endpoint: string) => ({ ...seed(), session_config: { notifications: { endpoint } } });
  for (const endpoint of [' https://example.com/hook', 'https:example.com/hook', 'https://example.com/a b', 'https://', 'http://example.com/hook']) {
    assert.equal(at(rejected(withEndpoint(endpoint)), 'invalid_format'), ['session_config.notifications.endpoint'], endpoint);
  }
  for (const endpoint of ['https://example.com/hook', 'HTTPS://EXAMPLE.COM/hook?x=1#y', 'https://127.0.0.1:8443/']) {
    assert.ok(validateSessionConfig(withEndpoint(endpoint)).ok, endpoint);
  }
});

test('the builder reports the same URL rule with the same message', () => {
  const builderIssue = (() => {
    try {
      sessionConfig().name('x').notifications({ endpoint: ' https://example.com' as 'https://x' }).toJSON();
    } catch (error) {
      return (error as InvalidConfigError).issues[0];
    }
    return undefined;
  })();
  const validatorIssue = rejected({ name: 'x', is_private: false, session_config: { notifications: { endpoint: ' https://example.com' } } })[0];
  assert.equal(builderIssue, validatorIssue);
});

test('validateSessionConfig re-entered from a getter cannot refill the outer item budget', () => {
  const input = seed() as unknown as { session_config: Record<string, unknown> };
  input.session_config['requested_checks'] = [
    { type: 'WATCHLIST_ADVANCED_CA', config: { type: 'WITH_YOTI_ACCOUNT', sources: { type: 'TYPE_LIST', types: new Array(MAX_LIST_ITEMS - 10).fill('pep') }, matching_strategy: { type: 'EXACT' } } },
  ];
  // Read after the checks: by then 10 items of the budget are left, and this list holds 20.
  Object.defineProperty(input.session_config, 'requested_tasks', {
    enumerable: true,
    get() {
      assert.ok(validateSessionConfig(seed()).ok);
      return new Array(20).fill({ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'NEVER' } });
    },
  });
  assert.equal(at(rejected(input), 'too_many_items'), ['session_config.requested_tasks']);
});

test.run();
