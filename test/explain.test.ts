import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatDeadline, formatDuration } from '../src/as-code/units.js';
import { adviseSessionConfig, sessionConfig, type SessionConfigEnvelope } from '../src/index.js';
import { explainSessionConfig, explanationToMarkdown, explanationToText, type SessionConfigExplanation } from '../src/as-code/index.js';

const EXAMPLES = new URL('../examples/', import.meta.url);
const FILES = readdirSync(EXAMPLES).filter((file) => file.endsWith('.json')).sort();
const NOW = { now: Date.parse('2026-01-01T00:00:00Z') };
const example = (file: string) => JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8')) as SessionConfigEnvelope;
const lines = (text: string) => text.trimEnd().split('\n');
/** Every rendering of an explanation: what a user could see or store. */
const renderings = (explanation: SessionConfigExplanation) => [explanationToText(explanation), explanationToMarkdown(explanation), JSON.stringify(explanation)];

const CANARY_TOKEN = 'canary-webhook-token-7f3e91';
const CANARY_KEY = 'canary-screening-key-c0ffee';
const CANARY_QUERY = 'canary-query-secret-42';

test('durations read in the largest unit that divides them, and inexact ones keep their seconds', () => {
  const cases: [number, string][] = [
    [1200, '20 minutes'],
    [600, '10 minutes'],
    [90000, '25 hours'],
    [86400, '1 day'],
    [604800, '7 days'],
    [2592000, '30 days'],
    [31536000, '365 days'],
    [2630000, '30.4 days (2630000 s)'],
    [301, '5 minutes (301 s)'],
    [45, '45 seconds'],
    [1, '1 second'],
  ];
  for (const [seconds, words] of cases) assert.is(formatDuration(seconds), words, String(seconds));
  assert.is(formatDeadline('2030-06-30T17:00:00.000Z'), '2030-06-30 17:00 UTC');
  assert.is(formatDeadline('2030-06-30T19:00:05+02:00'), '2030-06-30 17:00:05 UTC');
  assert.is(formatDeadline('not a date'), 'not a date');
});

test('every example is explained: valid, its journey ends where the user lands, each check and task has words and shows up in every format', () => {
  assert.ok(FILES.length >= 11, 'the examples are all found');
  for (const file of FILES) {
    const envelope = example(file);
    const explanation = explainSessionConfig(envelope, NOW);
    const text = explanationToText(explanation);
    const markdown = explanationToMarkdown(explanation);
    assert.is(explanation.name, envelope.name, file);
    assert.is(explanation.visibility, envelope.is_private ? 'private' : 'shared', file);
    assert.equal(explanation.errors, [], file);
    assert.equal(explanation.advisories, adviseSessionConfig(envelope, NOW), file);
    assert.is(explanation.journey.at(-1)?.kind, 'finish', file);
    assert.ok(explanation.lifetimes.some((lifetime) => lifetime.startsWith('media kept ')), file);
    const requested = [...(envelope.session_config.requested_checks ?? []), ...(envelope.session_config.requested_tasks ?? [])].map((item) => item.type);
    assert.equal([...explanation.checks, ...explanation.tasks].map((item) => item.type), requested, file);
    for (const request of [...explanation.checks, ...explanation.tasks]) {
      assert.ok(request.known, `${file}: ${request.type} has words`);
      assert.ok(text.includes(`  - ${request.type}: ${request.text}; ${request.manualReview}`), `${file}: ${request.type} in the text`);
      assert.ok(markdown.includes(`| \`${request.type}\` |`), `${file}: ${request.type} in the table`);
    }
    assert.ok(text.startsWith(`${envelope.name} (${explanation.visibility})\n\nThe end user:\n  1. `), file);
    assert.is(text.match(/^ {2}\d+\. /gm)?.length, explanation.journey.length, file);
    assert.ok(markdown.startsWith(`### ${envelope.name} (${explanation.visibility})\n`), file);
    const chart = /```mermaid\nflowchart TD\n([\s\S]*?)\n```/.exec(markdown)?.[1] ?? '';
    const chain = ['start', ...explanation.journey.map((_, index) => `step${index + 1}`), 'yoti'].join(' --> ');
    assert.ok(chart.endsWith(`  ${chain}`), `${file}: the chart links every step in order`);
    const defined = Object.fromEntries(Object.entries(explanation).filter(([, value]) => value !== undefined));
    assert.equal(JSON.parse(JSON.stringify(explanation)), defined, `${file}: the explanation is plain JSON`);
  }
});

test('seed.json reads, line for line, as the documented journey', () => {
  assert.equal(lines(explanationToText(explainSessionConfig(example('seed.json'), NOW))), [
    'My Custom Session config (shared)',
    '',
    'The end user:',
    "  1. gives biometric consent (at the SDK's default moment)",
    '  2. shows an ID document: any accepted type and country',
    '  3. uploads a proof of address: council tax bill, phone bill or utility bill',
    '  4. moves their face as the camera asks (active liveness, ZOOM), up to 3 attempts (max_retries 3)',
    '  5. stays on the page when done (no success_url: the host page listens for events)',
    '',
    'Yoti:',
    '  - ID_DOCUMENT_AUTHENTICITY: checks that the ID document is genuine; reviewed by a person when the automated result fails',
    '  - LIVENESS: checks that a live person is in front of the camera; automated (no manual review for this check)',
    '      active (ZOOM), up to 3 attempts',
    "  - ID_DOCUMENT_FACE_MATCH: matches the photo on the ID document with the user's face; reviewed by a person when the automated result fails",
    '  - WATCHLIST_SCREENING: screens the person against watchlists; automated (no manual review for this check)',
    '      lists: sanctions, adverse media',
    '  - THIRD_PARTY_IDENTITY: checks the identity against third-party records (an address check); automated only, never reviewed by a person',
    '  - ID_DOCUMENT_TEXT_DATA_EXTRACTION: reads the text of the ID document; reviewed by a person when the automated result fails',
    '  - SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION: reads the text of the supplementary document; reviewed by a person when the automated result fails',
    '',
    'AML lists: sanctions, adverse media',
    'Webhooks: none',
    'Lifetimes: token valid 20 minutes, media kept 30.4 days (2630000 s)',
  ]);
});

test('the journey follows the configuration: default document, filters in words, consent timing, face capture, deadline', () => {
  const hr = explainSessionConfig(example('yoti-sign-prebuilt-hr-no-required-documents.json'), NOW);
  assert.equal(hr.journey.map((step) => step.kind), ['consent', 'document', 'liveness', 'finish']);
  assert.is(hr.journey[1]?.text, 'shows one ID document of any accepted type and country (no required_documents: Yoti asks for one by default)');
  assert.equal(hr.lifetimes, ['token valid 7 days', 'media kept 30.4 days (2630000 s)']);
  assert.is(hr.visibility, 'private');

  const expired = explainSessionConfig(example('orthogonal-filter-expired-passport-text-extraction.json'), NOW);
  assert.is(expired.journey[0]?.text, 'shows an ID document: passport from any country, expired documents accepted, by camera or file upload');

  const justInTime = explainSessionConfig(example('face-comparison-static-liveness-just-in-time-consent.json'), NOW);
  assert.equal(justInTime.journey.map((step) => step.kind), ['consent', 'liveness', 'finish'], 'no document is asked for: only face checks');
  assert.is(justInTime.journey[0]?.text, 'gives biometric consent just before the face capture');
  assert.is(justInTime.journey[2]?.text, 'is sent to example.com/success when done, or to example.com/error on an error');

  const early = explainSessionConfig(example('static-liveness-face-match-early-consent-sdk-config.json'), NOW);
  assert.equal(early.journey.map((step) => step.kind), ['consent', 'document', 'liveness', 'finish']);
  assert.is(early.journey[0]?.text, 'gives biometric consent up front, before any capture');
  assert.ok(early.frontEnd.includes('document reading attempts: generic 3, reclassification 3'));

  const profile = explainSessionConfig(example('identity-profile-uk-tfida-rtw-with-subject.json'), NOW);
  assert.is(profile.journey[0]?.text, 'provides what identity profile RTW under UK_TFIDA needs (Yoti chooses the documents and checks)');
  assert.ok(explanationToText(profile).includes('\nYoti runs no check or task.\n'));

  const faceOnly = explainSessionConfig(sessionConfig().name('Face').check.faceMatch({ manualCheck: 'NEVER' }).document.id().toJSON());
  assert.equal(faceOnly.journey.map((step) => step.kind), ['consent', 'document', 'face-capture', 'finish']);

  const deadline = explainSessionConfig(example('session-deadline-bearer-notifications-authenticity-always.json'), NOW);
  assert.equal(deadline.lifetimes, ['session must be finished by 2030-06-30 17:00 UTC', 'media kept 7 days']);
  assert.equal(deadline.webhooks, {
    host: 'example.com',
    topics: ['RESOURCE_UPDATE', 'TASK_COMPLETION', 'CHECK_COMPLETION', 'SESSION_COMPLETION'],
    authentication: 'a bearer token (set, not shown)',
  });
  assert.ok(
    explanationToText(deadline).includes(
      '\nWebhooks: example.com, on a resource update, task completion, check completion and session completion; authenticated with a bearer token (set, not shown)\n',
    ),
  );
});

test('advanced identity profiles, a mandatory branch visit and blocked consent are steps of their own', () => {
  const envelope = {
    name: 'Branch RTW',
    is_private: true,
    session_config: {
      block_biometric_consent: true,
      requested_checks: [{ type: 'LIVENESS', config: { liveness_type: 'STATIC', max_retries: 1 } }],
      advanced_identity_profile_requirements: {
        profiles: [{ trust_framework: 'UK_TFIDA', schemes: [{ type: 'RTW', label: 'rtw' }, { type: 'DBS', objective: 'BASIC', label: 'dbs' }] }],
      },
      ibv_options: { support: 'MANDATORY', user_price: { amount: '4.99', currency: 'GBP' } },
      import_token: { ttl: 2592000 },
    },
  } as unknown as SessionConfigEnvelope;
  const explanation = explainSessionConfig(envelope, NOW);
  assert.equal(
    explanation.journey.map((step) => [step.kind, step.text]),
    [
      ['consent', 'sees no biometric consent screen (block_biometric_consent): collect that consent yourself'],
      ['identity-profile', 'provides what UK_TFIDA needs for RTW labelled "rtw" and DBS (BASIC) labelled "dbs" (Yoti chooses the documents and checks)'],
      ['liveness', 'takes a selfie (passive liveness, STATIC), up to 1 attempt (max_retries 1)'],
      ['branch-visit', 'visits a branch to finish (In-Branch Verification is mandatory, paying 4.99 GBP)'],
      ['finish', 'stays on the page when done (no success_url: the host page listens for events)'],
    ],
  );
  assert.equal(explanation.lifetimes, ["token valid for Yoti's default time", "media kept 7 days (Yoti's default)", 'import token valid 30 days']);
});

test('AML lists and the advanced screening settings are spelled out', () => {
  const aml = explainSessionConfig(example('watchlist-screening-and-advanced-ca-yoti-account-fuzzy.json'), NOW);
  assert.equal(aml.amlLists, ['adverse media', 'sanctions', 'ComplyAdvantage sources: pep, fitness-probity, warning']);
  assert.equal(aml.checks[1]?.details, [
    "on Yoti's ComplyAdvantage account",
    'sources: pep, fitness-probity, warning',
    'fuzzy matching (fuzziness 50%)',
    'deceased people removed from results',
    'a link to the ComplyAdvantage search is shared',
  ]);
  const markdown = explanationToMarkdown(aml);
  assert.ok(markdown.includes('**AML lists**: adverse media, sanctions, ComplyAdvantage sources: pep, fitness-probity, warning\n'));
});

test('a builder is explained exactly like the JSON it emits, and the defaults are named', () => {
  const builder = sessionConfig().name('KYC').clientSessionTokenTtl(1200).check.liveness({ maxRetries: 3 }).check.faceMatch({ manualCheck: 'FALLBACK' });
  assert.equal(explainSessionConfig(builder, NOW), explainSessionConfig(builder.toJSON(), NOW));
  assert.equal(explainSessionConfig(builder, NOW).lifetimes, ['token valid 20 minutes', "media kept 7 days (Yoti's default)"]);
  assert.equal(explainSessionConfig(sessionConfig().name('Bare'), NOW).lifetimes, ["token valid for Yoti's default time", "media kept 7 days (Yoti's default)"]);
});

test('the four newest check types have words, and a type without words is named with its settings, never thrown on', () => {
  const envelope = {
    name: 'Branch',
    is_private: false,
    session_config: {
      requested_checks: [
        { type: 'FAMILIAR_FACE_SEARCH', config: { pool_id: 'pool-1', approval_criteria: 'NO_MATCH' } },
        { type: 'IBV_VISUAL_REVIEW_CHECK', config: { manual_check: 'IBV' } },
        { type: 'PROFILE_DOCUMENT_MATCH', config: { manual_check: 'ALWAYS' } },
        { type: 'DOCUMENT_SCHEME_VALIDITY_CHECK', config: { manual_check: 'FALLBACK', scheme: 'UK_DBS' } },
        { type: 'BRAND_NEW_CHECK', config: { manual_check: 'NEVER', threshold: 3, partner_secret: CANARY_KEY, nested: { access_token: CANARY_TOKEN } } },
        { type: 'NO_CONFIG_CHECK' },
      ],
      requested_tasks: [{ type: 'VERIFY_SHARE_CODE_TASK', config: {} }, { type: 'BRAND_NEW_TASK', config: { client_token: CANARY_TOKEN } }],
    },
  };
  const explanation = explainSessionConfig(envelope as unknown as SessionConfigEnvelope, NOW);
  const [face, visual, profile, scheme, unknown, bare] = explanation.checks;
  assert.equal([face?.known, visual?.known, profile?.known, scheme?.known], [true, true, true, true]);
  assert.is(face?.text, "searches a face pool for the user's face");
  assert.equal(face?.details, ['face pool pool-1', 'passes when the face is not found']);
  assert.is(visual?.manualReview, 'reviewed by staff in a branch');
  assert.is(profile?.text, 'checks that the documents match the identity profile');
  assert.equal(scheme?.details, ['scheme UK_DBS']);
  assert.equal(unknown, {
    type: 'BRAND_NEW_CHECK',
    known: false,
    text: 'runs the check BRAND_NEW_CHECK (this version has no description for it)',
    manualReview: 'automated only, never reviewed by a person',
    details: ['threshold 3', 'partner_secret set (secret, not shown)', 'nested set'],
  });
  assert.is(bare?.text, 'runs the check NO_CONFIG_CHECK (this version has no description for it)');
  assert.equal(explanation.tasks.map((task) => [task.type, task.known]), [['VERIFY_SHARE_CODE_TASK', true], ['BRAND_NEW_TASK', false]]);
  assert.equal(explanation.tasks[1]?.details, ['client_token set (secret, not shown)']);
  assert.ok(explanation.journey.some((step) => step.kind === 'face-capture'), 'a face search needs a face');
  for (const rendered of renderings(explanation)) {
    assert.not.ok(rendered.includes(CANARY_KEY) || rendered.includes(CANARY_TOKEN), 'no secret of an unknown type is shown');
    assert.ok(rendered.includes('BRAND_NEW_CHECK'));
  }
});

test('malformed input is described as far as it goes; only a non-object is refused', () => {
  const broken = {
    name: 7,
    session_config: {
      requested_checks: [null, 'LIVENESS', { type: 'LIVENESS', config: 'fast' }],
      requested_tasks: 'none',
      required_documents: [{ type: 'ID_DOCUMENT', filter: { type: 'WHATEVER' } }, { type: 'SELFIE' }],
      notifications: { endpoint: 'not a url', auth_token: CANARY_TOKEN },
      sdk_config: [],
      client_session_token_ttl: 'soon',
    },
  };
  const explanation = explainSessionConfig(broken as unknown as SessionConfigEnvelope, NOW);
  assert.is(explanation.name, undefined);
  assert.ok(explanation.errors.length > 0);
  assert.equal(explanation.journey.map((step) => step.text).slice(0, 2), ['gives biometric consent (at the SDK\'s default moment)', 'shows an ID document: a WHATEVER filter']);
  assert.is(explanation.webhooks?.host, undefined);
  assert.is(explanation.webhooks?.authentication, 'a token without auth_type (set, not shown)');
  for (const rendered of renderings(explanation)) assert.not.ok(rendered.includes(CANARY_TOKEN));
  assert.ok(explanationToText(explainSessionConfig({ name: 'Empty', is_private: false } as unknown as SessionConfigEnvelope)).startsWith('Empty (shared)\n'));
  for (const value of [null, 'KYC', [], 42]) {
    assert.throws(() => explainSessionConfig(value as unknown as SessionConfigEnvelope), (error: unknown) => error instanceof TypeError && /must be an envelope/.test(error.message));
  }
});

test('no secret reaches any format: webhook token, screening api_key, endpoint query and user info', () => {
  const envelope = example('seed.json');
  envelope.session_config.notifications = {
    endpoint: `https://hooks:${CANARY_QUERY}@hooks.example.com/yoti/${'x'}?token=${CANARY_QUERY}`,
    auth_type: 'BASIC',
    auth_token: CANARY_TOKEN,
    topics: ['SESSION_COMPLETION'],
  };
  envelope.session_config.requested_checks = [
    ...(envelope.session_config.requested_checks ?? []).filter((check) => check.type !== 'WATCHLIST_SCREENING'),
    {
      type: 'WATCHLIST_ADVANCED_CA',
      config: { type: 'WITH_CUSTOM_ACCOUNT', api_key: CANARY_KEY, client_ref: 'acme-1', monitoring: true, sources: { type: 'PROFILE', search_profile: 'acme' }, matching_strategy: { type: 'EXACT' } },
    },
  ];
  const explanation = explainSessionConfig(envelope, NOW);
  assert.equal(explanation.errors, []);
  assert.equal(explanation.webhooks, { host: 'hooks.example.com', topics: ['SESSION_COMPLETION'], authentication: 'basic authentication (set, not shown)' });
  assert.ok(explanation.checks.at(-1)?.details.includes('on your ComplyAdvantage account (client_ref acme-1, API key set, not shown)'));
  for (const rendered of renderings(explanation)) {
    for (const canary of [CANARY_TOKEN, CANARY_KEY, CANARY_QUERY]) assert.not.ok(rendered.includes(canary), `${canary} leaked`);
  }
});

test('Markdown escapes what the configuration says, so a name cannot inject HTML or break the table', () => {
  const envelope = example('seed.json');
  envelope.name = 'KYC <img src=x onerror=alert(1)> | *bold* _x_';
  const markdown = explanationToMarkdown(explainSessionConfig(envelope, NOW));
  assert.ok(markdown.startsWith('### KYC \\<img src=x onerror=alert(1)\\> \\| \\*bold\\* \\_x\\_ (shared)\n'), markdown.split('\n')[0]);
  assert.not.ok(/(?<!\\)<img/.test(markdown));
  const rows = markdown.split('\n').filter((line) => line.startsWith('| `'));
  assert.is(rows.length, 7);
  for (const row of rows) assert.is(row.split(/(?<!\\)\|/).length, 5, row);
  assert.ok(markdown.includes('max_retries'), 'an underscore inside a word is left readable');
});

test.run();
