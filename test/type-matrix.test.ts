import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { COMPILERS, matchExpectations, parseTscOutput, runTypeTests } from '../scripts/type-matrix.js';
import { ROOT } from '../scripts/lib/project.js';

const SOURCE = [
  "import { expectError, expectType } from 'tsd';", // 1
  'declare function takesNumber(value: number): number;', // 2
  "expectError(takesNumber('one'));", // 3
  'expectError(takesNumber(1));', // 4
  "const wrong: number = 'two';", // 5
  'expectError(', // 6
  '  takesNumber(', // 7
  "    'three',", // 8
  '  ),', // 9
  ');', // 10
  'expectType<number>(takesNumber(4));', // 11
].join('\n');

test('parseTscOutput reads located and global errors and skips continuation lines', () => {
  const output = [
    "type-tests/a.test-d.ts(3,25): error TS2345: Argument of type 'string' is not assignable.",
    "  Type 'string' is not assignable to type 'number'.",
    "error TS5083: Cannot read file '/x/tsconfig.json'.",
  ].join('\n');
  assert.equal(parseTscOutput(output, '/project'), [
    { file: '/project/type-tests/a.test-d.ts', line: 3, column: 25, text: "TS2345: Argument of type 'string' is not assignable." },
    { file: undefined, line: 0, column: 0, text: "TS5083: Cannot read file '/x/tsconfig.json'." },
  ]);
});

test('matchExpectations accepts errors inside expectError and reports the rest by position', () => {
  const file = '/project/type-tests/a.test-d.ts';
  const error = (line: number, column: number) => ({ file, line, column, text: 'TS2345: whatever' });
  const problems = matchExpectations(new Map([[file, SOURCE]]), [error(3, 25), error(5, 7), error(8, 5)]);
  assert.equal(problems, [
    `${file}:5:7: TS2345: whatever`,
    `${file}:4:1: expectError(...) compiles without an error`,
  ]);
});

for (const version of Object.keys(COMPILERS)) {
  test(`a real run on TypeScript ${version} finds the error-free expectError and the stray error`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'type-matrix-test-'));
    try {
      const file = join(dir, 'fixture.test-d.mts');
      writeFileSync(file, SOURCE);
      const outcome = runTypeTests(join(ROOT, COMPILERS[version] ?? ''), [file]);
      assert.match(outcome.version, `Version ${version}.`);
      assert.is(outcome.expectErrors, 3);
      assert.equal(outcome.problems.map((problem) => problem.replace(/: TS\d+: .*/, '')), [
        `${file}:5:7`,
        `${file}:4:1: expectError(...) compiles without an error`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
