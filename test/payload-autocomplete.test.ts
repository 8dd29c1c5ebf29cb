import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { completionsAt } from './support/completions.js';

const header = "import { sessionConfig } from 'yoti-session-config';\nconst b = sessionConfig().name('Editor');\n";
const at = (snippet: string) => completionsAt(`${header}${snippet}`).sort();

test('the editor offers the documented suppressed screens and the sdk_config enums', () => {
  assert.equal(at("b.sdkConfig({ suppressedScreens: ['§'] });"), [
    'FACE_CAPTURE_EDUCATION',
    'FLOW_COMPLETION',
    'ID_DOCUMENT_EDUCATION',
    'ID_DOCUMENT_REQUIREMENTS',
    'STATIC_LIVENESS_EDUCATION',
    'SUPPLEMENTARY_DOCUMENT_EDUCATION',
    'ZOOM_LIVENESS_EDUCATION',
  ]);
  assert.equal(at("b.sdkConfig({ allowedCaptureMethods: '§' });"), ['CAMERA', 'CAMERA_AND_UPLOAD']);
  assert.equal(at("b.sdkConfig({ primaryColour: '#2d9fff', darkMode: '§' });"), ['AUTO', 'OFF', 'ON']);
  assert.equal(at("b.sdkConfig({ biometricConsentFlow: '§' });"), ['EARLY', 'JUST_IN_TIME']);
  assert.equal(at('b.sdkConfig({ attemptsConfiguration: { ID_DOCUMENT_TEXT_DATA_EXTRACTION: { § } } });'), ['GENERIC', 'RECLASSIFICATION']);
});

test('the editor offers the auth types before a token is written, and the known topics', () => {
  assert.equal(at("b.notifications({ endpoint: 'https://example.com', authType: '§' });"), ['BASIC', 'BEARER']);
  assert.equal(at("b.notifications({ endpoint: 'https://example.com', authToken: 't', authType: '§' });"), ['BASIC', 'BEARER']);
  const topics = at("b.notifications({ endpoint: 'https://example.com', topics: ['§'] });");
  // The nine topics, each upper case (canonical) and lower case (as Yoti's docs write them).
  assert.is(topics.length, 18);
  assert.ok(topics.includes('SESSION_COMPLETION') && topics.includes('FIRST_BRANCH_VISIT') && topics.includes('session_completion'));
});

test('the editor offers trust frameworks and scheme types', () => {
  assert.equal(at("b.identityProfile({ trustFramework: '§' });"), ['UK_TFIDA', 'YOTI_GLOBAL']);
  assert.equal(at("b.identityProfile({ trustFramework: 'UK_TFIDA', scheme: { type: '§' } });"), ['CAN_CRC', 'DBS', 'DBS_RTW', 'GBR_RTW_SHARECODE', 'IDENTITY', 'RTR', 'RTW']);
});

test.run();
