import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkBlocks, extractBlocks } from '../scripts/check-docs.js';

const fence = '```';

test('extractBlocks takes ts and typescript fences, with the Markdown line of their first code line', () => {
  const markdown = [
    '# Title', // 1
    `${fence}ts`, // 2
    'const a = 1;', // 3
    fence, // 4
    `${fence}js`, // 5
    'not checked', // 6
    fence, // 7
    '- a list item', // 8
    `  ${fence}typescript title="x"`, // 9
    '  const b = 2;', // 10
    `  ${fence}`, // 11
    '~~~ts', // 12
    'const c = 3;', // 13
    '~~~', // 14
  ].join('\n');
  assert.equal(extractBlocks('docs/x.md', markdown), [
    { file: 'docs/x.md', line: 3, code: 'const a = 1;' },
    { file: 'docs/x.md', line: 10, code: 'const b = 2;' },
    { file: 'docs/x.md', line: 13, code: 'const c = 3;' },
  ]);
});

test('checkBlocks passes marked errors, and reports unmarked errors, compiling marks and wrong messages by file and line', () => {
  const blocks = [
    {
      file: 'README.md',
      line: 10,
      code: [
        "import { sessionConfig } from 'yoti-session-config';",
        "const json = sessionConfig().name('KYC').toJSON();",
        'json.name.toUpperCase();',
        '// @error: needs a name',
        'sessionConfig().toJSON();',
        'sessionConfig()',
        '  .check.liveness()',
        '  .check.liveness(); // @error: is already requested',
      ].join('\n'),
    },
    { file: 'docs/a.md', line: 20, code: "const count: number = 'three';" },
    { file: 'docs/a.md', line: 30, code: 'const fine = 1; // @error: is not assignable' },
    { file: 'docs/b.md', line: 40, code: "const text: string = 1; // @error: 'boolean'" },
  ];
  const { failures } = checkBlocks(blocks);
  assert.equal(failures.length, 3, failures.join('\n'));
  assert.match(failures[0] ?? '', /^docs\/a\.md:20: TS2322: Type 'string' is not assignable to type 'number'/);
  assert.is(failures[1], 'docs/a.md:30: expected an error containing "is not assignable", but the line compiles');
  assert.match(failures[2] ?? '', /^docs\/b\.md:40: expected an error containing "'boolean'", got:\n {4}TS2322: /);
});

test('each block is its own module, so blocks may reuse names', () => {
  const block = { file: 'docs/c.md', line: 1, code: 'const shared = 1;\nexport {};' };
  assert.equal(checkBlocks([block, { ...block, line: 5 }]).failures, []);
});

test.run();
