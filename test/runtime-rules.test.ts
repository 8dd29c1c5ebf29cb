/**
 * Every rule as the runtime sees it: values the compiler cannot see (plain JavaScript, `as any`,
 * numbers from the environment) are caught at the terminal with the JSON path, the value received
 * and what was expected, all problems at once.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { InvalidConfigError, isInvalidConfigError, sessionConfig } from '../src/index.js';
import { expectIssue, issuesOf, pathText as formatted } from './support/issues.js';

// What a plain-JavaScript caller sees: the same builder without the type state.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const js = (): any => sessionConfig();
const named = () => js().name('Rules');

test('a terminal without a name throws InvalidConfigError naming the rule', () => {
  expectIssue(() => js(), 'name_required', 'name', 'call .name(...)');
  expectIssue(() => js().name('   '), 'invalid_format', 'name', 'non-empty string', '"   "');
  expectIssue(() => js().name(42), 'invalid_type', 'name', 'received 42');
});

test('the same check or task twice is rejected at the second one', () => {
  expectIssue(() => named().check.liveness().check.liveness(), 'duplicate_request', 'session_config.requested_checks[1]', 'check.liveness() is already requested');
  expectIssue(
    () => named().task.textExtraction({ manualCheck: 'NEVER' }).task.textExtraction({ manualCheck: 'NEVER' }),
    'duplicate_request',
    'session_config.requested_tasks[1]',
    'task.textExtraction()',
  );
});

test('supplementary text extraction without a supplementary document is rejected', () => {
  expectIssue(
    () => named().task.supplementaryTextExtraction({ manualCheck: 'NEVER' }).document.id(),
    'supplementary_document_required',
    'session_config.requested_tasks[0]',
    '.document.supplementary(...)',
  );
});

test('ID-document checks with only supplementary documents are rejected, and no documents at all is legal', () => {
  const onlySupplementary = () => named().document.supplementary('PROOF_OF_ADDRESS');
  for (const [method, options] of [
    ['documentAuthenticity', {}],
    ['faceMatch', { manualCheck: 'NEVER' }],
    ['watchlistScreening', { categories: ['SANCTIONS'] }],
    ['watchlistAdvancedCa', { type: 'WITH_YOTI_ACCOUNT', sources: { type: 'TYPE_LIST', types: [] }, matchingStrategy: { type: 'EXACT' } }],
    ['documentComparison', {}],
  ] as const) {
    const issues = issuesOf(() => onlySupplementary().document.supplementary('PROOF_OF_ADDRESS').check[method](options));
    assert.ok(issues.some((issue) => issue.code === 'id_document_required'), method);
  }
  expectIssue(() => onlySupplementary().task.textExtraction({ manualCheck: 'NEVER' }), 'id_document_required', 'session_config.requested_tasks[0]');
  assert.ok(named().check.documentAuthenticity().check.faceMatch({ manualCheck: 'NEVER' }).toJSON());
  assert.ok(onlySupplementary().check.thirdPartyIdentity().toJSON());
});

test('document comparison with fewer than two documents is rejected', () => {
  expectIssue(() => named().check.documentComparison(), 'two_documents_required', 'session_config.requested_checks[0]', 'at least two');
  expectIssue(() => named().check.documentComparison().document.id(), 'two_documents_required', 'session_config.requested_checks[0]');
  assert.ok(named().check.documentComparison().document.id().document.supplementary('PROOF_OF_ADDRESS').toJSON());
});

test('manual_check is required on face match and face comparison (the SDKs require it there), optional on both extraction tasks (Java, Go and .NET builders leave it out)', () => {
  expectIssue(() => named().check.faceMatch({}), 'missing_key', 'session_config.requested_checks[0].config.manual_check', 'ALWAYS, FALLBACK, NEVER');
  expectIssue(() => named().check.faceComparison(), 'missing_key', 'session_config.requested_checks[0].config.manual_check');
  assert.equal(named().task.textExtraction().toJSON().session_config.requested_tasks, [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: {} }]);
  assert.equal(
    named().task.supplementaryTextExtraction().document.supplementary('PROOF_OF_ADDRESS').toJSON().session_config.requested_tasks,
    [{ type: 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION', config: {} }],
  );
});

test('manual_check is refused where the API has no manual review', () => {
  expectIssue(() => named().check.liveness({ manualCheck: 'ALWAYS' }), 'invalid_value', 'session_config.requested_checks[0].config.manual_check', 'no manual review', '"ALWAYS"');
  expectIssue(() => named().check.documentComparison({ manualCheck: 'NEVER' }).document.id().document.id(), 'forbidden_key', 'session_config.requested_checks[0].config.manual_check');
  expectIssue(() => named().check.watchlistScreening({ categories: ['SANCTIONS'], manualCheck: 'NEVER' }), 'forbidden_key', 'session_config.requested_checks[0].config.manual_check');
  // Other SDKs send NEVER on static liveness; it has no effect, and such payloads stay loadable.
  assert.ok(named().check.liveness({ livenessType: 'STATIC', manualCheck: 'NEVER' }).toJSON());
});

test('manual_check accepts only ALWAYS, FALLBACK and NEVER', () => {
  expectIssue(() => named().check.documentAuthenticity({ manualCheck: 'SOMETIMES' }), 'invalid_value', 'session_config.requested_checks[0].config.manual_check', 'one of ALWAYS, FALLBACK, NEVER', '"SOMETIMES"');
});

test('unknown enum strings are rejected with the known values', () => {
  expectIssue(() => named().check.liveness({ livenessType: 'ACTIVE' }), 'invalid_value', 'session_config.requested_checks[0].config.liveness_type', 'ZOOM, STATIC');
  expectIssue(() => named().check.watchlistScreening({ categories: ['PEP'] }), 'invalid_value', 'session_config.requested_checks[0].config.categories[0]', 'SANCTIONS, ADVERSE-MEDIA');
  expectIssue(() => named().task.textExtraction({ manualCheck: 'NEVER', chipData: 'YES' }), 'invalid_value', 'session_config.requested_tasks[0].config.chip_data', 'DESIRED, IGNORE');
  expectIssue(() => named().document.supplementary('PROOF_OF_IDENTITY'), 'invalid_value', 'session_config.required_documents[0].objective.type', 'PROOF_OF_ADDRESS');
  expectIssue(() => named().document.supplementary('PROOF_OF_ADDRESS', ['utility_bill']), 'invalid_format', 'session_config.required_documents[0].document_types[0]', 'UPPER_SNAKE_CASE');
  expectIssue(() => named().document.supplementary('PROOF_OF_ADDRESS', []), 'too_small', 'session_config.required_documents[0].document_types');
  expectIssue(
    () => named().document.id({ filter: { type: 'ORTHOGONAL_RESTRICTIONS', countryRestriction: { inclusion: 'ALLOW', countryCodes: ['GB', 'GBx', 'GBR'] } } }),
    'invalid_value',
    'session_config.required_documents[0].filter.country_restriction.inclusion',
    'WHITELIST, BLACKLIST',
  );
  const countries = issuesOf(() => named().document.id({ filter: { type: 'ORTHOGONAL_RESTRICTIONS', countryRestriction: { inclusion: 'WHITELIST', countryCodes: ['GB', 'GBx', 'GBR'] } } }));
  assert.equal(
    countries.map((issue) => formatted(issue.path)),
    ['session_config.required_documents[0].filter.country_restriction.country_codes[0]', 'session_config.required_documents[0].filter.country_restriction.country_codes[1]'],
  );
  expectIssue(() => named().document.id({ filter: { type: 'COUNTRY' } }), 'invalid_value', 'session_config.required_documents[0].filter.type', 'ORTHOGONAL_RESTRICTIONS, DOCUMENT_RESTRICTIONS');
  expectIssue(
    () => named().check.watchlistAdvancedCa({ type: 'WITH_NOBODY', sources: { type: 'TYPE_LIST', types: [] }, matchingStrategy: { type: 'EXACT' } }),
    'invalid_value',
    'session_config.requested_checks[0].config.type',
    'WITH_YOTI_ACCOUNT, WITH_CUSTOM_ACCOUNT',
  );
});

test('integers and ranges are enforced for retries and TTLs', () => {
  for (const maxRetries of [0, -1, 1.5, Number.NaN, '3']) {
    const issues = issuesOf(() => named().check.liveness({ maxRetries }));
    assert.is(formatted(issues[0]?.path ?? []), 'session_config.requested_checks[0].config.max_retries', String(maxRetries));
  }
  expectIssue(() => named().clientSessionTokenTtl(300), 'too_small', 'session_config.client_session_token_ttl', 'at least 301', 'received 300');
  expectIssue(() => named().clientSessionTokenTtl(-1), 'too_small', 'session_config.client_session_token_ttl');
  expectIssue(() => named().clientSessionTokenTtl(900.5), 'invalid_type', 'session_config.client_session_token_ttl', 'an integer', '900.5');
  expectIssue(() => named().resourcesTtl(86399), 'too_small', 'session_config.resources_ttl', 'at least 86400');
  expectIssue(() => named().clientSessionTokenTtl(Number('12OO')), 'invalid_type', 'session_config.client_session_token_ttl', 'received NaN');
  assert.ok(named().clientSessionTokenTtl(301).toJSON());
});

test('resources_ttl must outlive the token by a day', () => {
  expectIssue(() => named().clientSessionTokenTtl(1200).resourcesTtl(87000), 'resources_ttl_too_short', 'session_config.resources_ttl', 'client_session_token_ttl + 86400', '87000');
  assert.ok(named().clientSessionTokenTtl(1200).resourcesTtl(87600).toJSON());
});

test('session deadlines must be ISO 8601 date-times with an offset', () => {
  for (const deadline of ['2030-06-30', '2030-06-30T17:00:00', 'tomorrow', '2030-13-45T17:00:00Z', new Date('nope')]) {
    expectIssue(() => named().sessionDeadline(deadline), 'invalid_format', 'session_config.session_deadline', 'ISO 8601');
  }
  assert.ok(named().sessionDeadline('2030-06-30T17:00:00+02:00').toJSON());
});

test('fuzziness is a number from 0 to 1', () => {
  const fuzzy = (fuzziness: unknown) => () =>
    named().check.watchlistAdvancedCa({ type: 'WITH_YOTI_ACCOUNT', sources: { type: 'TYPE_LIST', types: [] }, matchingStrategy: { type: 'FUZZY', fuzziness } });
  expectIssue(fuzzy(1.5), 'too_big', 'session_config.requested_checks[0].config.matching_strategy.fuzziness', 'from 0 to 1', '1.5');
  expectIssue(fuzzy(-0.1), 'too_small', 'session_config.requested_checks[0].config.matching_strategy.fuzziness');
  assert.ok(fuzzy(0)().toJSON() && fuzzy(1)().toJSON());
});

test('strings that must say something cannot be empty', () => {
  expectIssue(() => named().userTrackingId(''), 'invalid_format', 'session_config.user_tracking_id', 'non-empty');
  expectIssue(
    () => named().check.watchlistAdvancedCa({ type: 'WITH_YOTI_ACCOUNT', sources: { type: 'PROFILE', searchProfile: ' ' }, matchingStrategy: { type: 'EXACT' } }),
    'invalid_format',
    'session_config.requested_checks[0].config.sources.search_profile',
  );
});

test('a custom ComplyAdvantage account needs its key and client reference, and the key is never echoed', () => {
  const issues = issuesOf(() =>
    named().check.watchlistAdvancedCa({
      type: 'WITH_CUSTOM_ACCOUNT',
      apiKey: '  ',
      sources: { type: 'TYPE_LIST', types: [] },
      matchingStrategy: { type: 'EXACT' },
    }),
  );
  assert.equal(issues.map((issue) => [formatted(issue.path), issue.code]), [
    ['session_config.requested_checks[0].config.api_key', 'invalid_format'],
    ['session_config.requested_checks[0].config.client_ref', 'missing_key'],
  ]);
  assert.match(issues[0]?.message ?? '', /a string of 2 characters \(hidden\)/);
});

test('option keys that do not exist are reported, not dropped', () => {
  expectIssue(() => named().check.liveness({ maxRetry: 3 }), 'unknown_key', 'session_config.requested_checks[0].config.max_retry', 'liveness_type, max_retries');
  expectIssue(() => named().document.id({ filters: {} }), 'unknown_key', 'session_config.required_documents[0].filters', 'expected one of filter');
});

test('options of the wrong kind are reported with what was received', () => {
  expectIssue(() => named().check.faceMatch('NEVER'), 'invalid_type', 'session_config.requested_checks[0].config', 'an object', '"NEVER"');
  expectIssue(() => named().isPrivate('yes'), 'invalid_type', 'is_private', 'true or false', '"yes"');
  expectIssue(() => named().document.id({ filter: new Map() }), 'invalid_type', 'session_config.required_documents[0].filter', 'an instance of Map');
});

test('one terminal call reports every problem at once', () => {
  try {
    js().clientSessionTokenTtl(100).check.liveness({ maxRetries: 0 }).check.liveness().check.faceMatch({}).toJSON();
    assert.unreachable();
  } catch (error) {
    assert.instance(error, InvalidConfigError);
    const issues = (error as InvalidConfigError).issues;
    assert.equal(issues.map((issue) => issue.code), ['name_required', 'too_small', 'too_small', 'missing_key', 'duplicate_request']);
    assert.match((error as Error).message, /^Invalid session configuration \(5 problems\):\n- name: /);
    for (const issue of issues) assert.ok((error as Error).message.includes(issue.message));
  }
});

test('JSON.stringify of an invalid builder throws the same error', () => {
  assert.throws(() => JSON.stringify(js().check.liveness()), (error: unknown) => isInvalidConfigError(error));
});



test('cyclic and absurdly deep options are reported, never a stack overflow', () => {
  const cyclic: Record<string, unknown> = { manualCheck: 'NEVER' };
  cyclic['self'] = cyclic;
  expectIssue(() => named().check.faceMatch(cyclic), 'unknown_key', 'session_config.requested_checks[0].config.self');
  let deep: unknown = 'bottom';
  for (let level = 0; level < 100_000; level++) deep = [deep];
  expectIssue(() => named().check.watchlistScreening({ categories: deep }), 'invalid_value', 'session_config.requested_checks[0].config.categories[0]');
});
test.run();
