import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { expectationsOf, matchLines, parseTscErrors } from '../scripts/type-lines.js';

const file = '/project/type-tests/lines/case.mts';
const SOURCE = [
  "import { sessionConfig } from 'yoti-session-config';", // 1
  'export const body = sessionConfig()', // 2
  "  .name('x')", // 3
  '  .check.liveness()', // 4
  '  .check.liveness() // @error: check.liveness() is already requested', // 5
  '  .document.id();', // 6
].join('\n');
const duplicate = { file, line: 5, column: 10, text: "TS2349: This expression is not callable.\nType 'ConfigError<\"check.liveness() is already requested; ...\">' has no call signatures." };

test('expectationsOf reads the marked lines', () => {
  assert.equal(expectationsOf(SOURCE), [{ line: 5, text: 'check.liveness() is already requested' }]);
});

test('parseTscErrors keeps the continuation lines of each message', () => {
  const output = [
    'type-tests/lines/case.mts(5,10): error TS2349: This expression is not callable.',
    "  Type 'ConfigError<\"x\">' has no call signatures.",
    "error TS5083: Cannot read file '/x/tsconfig.json'.",
  ].join('\n');
  assert.equal(parseTscErrors(output, '/project'), [
    { file, line: 5, column: 10, text: "TS2349: This expression is not callable.\nType 'ConfigError<\"x\">' has no call signatures." },
    { file: undefined, line: 0, column: 0, text: "TS5083: Cannot read file '/x/tsconfig.json'." },
  ]);
});

test('matchLines passes one error on the marked line with the text', () => {
  assert.equal(matchLines(new Map([[file, SOURCE]]), [duplicate]), []);
});

test('matchLines reports an error at the top of the chain, a cascade, a wrong message and a missing error', () => {
  const sources = new Map([[file, SOURCE]]);
  assert.match(matchLines(sources, [{ ...duplicate, line: 2 }])[0] ?? '', 'expected the error on line 5; found line 2');
  assert.match(matchLines(sources, [duplicate, { ...duplicate, line: 6, text: "TS2339: Property 'document' does not exist on type 'never'." }])[0] ?? '', 'expected one error, on line 5; found 2');
  assert.match(matchLines(sources, [{ ...duplicate, text: 'TS2554: Expected 1 arguments, but got 0.' }])[0] ?? '', 'does not contain "check.liveness() is already requested"');
  assert.match(matchLines(sources, [])[0] ?? '', 'found 0 (none)');
});

test('matchLines reports errors outside the cases, and a case without exactly one marked line', () => {
  const problems = matchLines(new Map([[file, SOURCE.replace(' // @error: check.liveness() is already requested', '')]]), [
    { file: '/project/dist/types/builder.d.ts', line: 60, column: 1, text: "TS2636: Type 'SessionConfigBuilder<sub-Used>' is not assignable" },
  ]);
  assert.equal(problems, [
    "/project/dist/types/builder.d.ts:60:1: an error outside the cases: TS2636: Type 'SessionConfigBuilder<sub-Used>' is not assignable",
    `${file}: a case marks exactly one line with // @error:, this one marks 0`,
  ]);
});

test.run();
