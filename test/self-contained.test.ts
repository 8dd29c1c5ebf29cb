/**
 * The repository stands on its own: no tracked file names a path outside it. A clone, a fork's
 * CI or a packager's build has nothing beside the repository, so a test, script or doc that reads
 * from there works only on the machine it was written on.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Written in pieces so that this file does not match itself. */
const OUTSIDE = [
  { pattern: new RegExp(`\\.\\./${'shared'}\\b`), what: 'the team folder beside the repository' },
  { pattern: new RegExp(`(?<![\\w.-])/${'work'}/`), what: 'an absolute path on a development machine' },
  { pattern: new RegExp(`(?<![\\w.-])/(?:${'home'}|${'Users'})/[\\w.-]+`), what: 'a home folder' },
  { pattern: new RegExp(`(?<![\\w.-])/${'root'}/`), what: "root's home folder" },
  { pattern: new RegExp(`(?<![\\w.\\/-])[A-Z]:\\\\${'Users'}\\\\`), what: 'a Windows home folder' },
];

/**
 * A relative path as it appears in an import, a string or a link: `./x`, `../x`, `..`, starting
 * where no word, dot or slash comes before it (so `a/../b` and `...spread` are not taken).
 */
const RELATIVE_PATH = /(?<![\w./~-])((?:\.\.?\/)*\.\.(?:\/[^\s'"`)\]>,;|*{}]*)?)(?![\w.])/g;

/** The first relative path in `text` that, read from `file`'s own folder, leaves the repository. */
export function escapingPath(file: string, text: string): string | undefined {
  for (const [, path] of text.matchAll(RELATIVE_PATH)) {
    if (path === undefined) continue;
    const target = posix.normalize(posix.join(posix.dirname(file), path));
    if (target === '..' || target.startsWith('../')) return path;
  }
  return undefined;
}

/** Every problem in one tracked file, as `file:line: what`. */
export function outsideReferences(file: string, text: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const { pattern, what } of OUTSIDE) if (pattern.test(line)) problems.push(`${file}:${index + 1}: ${what}: ${line.trim()}`);
    const escaping = escapingPath(file, line);
    if (escaping !== undefined) problems.push(`${file}:${index + 1}: ${escaping} leaves the repository from ${posix.dirname(file)}/`);
  });
  return problems;
}

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
    .split('\0')
    .filter((file) => file !== '' && file !== 'package-lock.json');
}

test('no tracked file names a path outside the repository', () => {
  const files = trackedFiles();
  assert.ok(files.length > 100, `git ls-files listed ${files.length} files`);
  assert.ok(files.includes('package.json') && files.includes('examples/seed.json'));
  const problems = files.flatMap((file) => {
    const bytes = readFileSync(join(ROOT, file));
    return bytes.includes(0) ? [] : outsideReferences(file, bytes.toString('utf8'));
  });
  assert.equal(problems, []);
});

test('the check finds paths that leave the repository and passes the ones that stay inside', () => {
  // Samples that leave the repository from this file's folder too are written in pieces.
  const up = '..';
  const sibling = `${'..'}/${'shared'}/spec/examples/seed.json`;
  assert.ok(outsideReferences('test/a.test.ts', `readFileSync('${sibling}')`).length > 0);
  assert.ok(outsideReferences('test/a.test.ts', `const spec = '/${'work'}/shared/spec';`).length > 0);
  assert.ok(outsideReferences('scripts/a.ts', `const home = '/${'home'}/someone/x';`).length > 0);
  assert.ok(outsideReferences('docs/a.md', `see [spec](${up}/${up}/outside.md)`).length > 0);
  assert.ok(outsideReferences('README.md', `import x from '../x.js';`).length > 0);
  assert.ok(outsideReferences('scripts/lib/a.ts', `new URL('${up}/${up}/${up}', import.meta.url)`).length > 0);

  assert.equal(outsideReferences('test/a.test.ts', `import { x } from '../src/index.js';`), []);
  assert.equal(outsideReferences('scripts/lib/a.ts', `new URL('${up}/${up}', import.meta.url)`), []);
  assert.equal(outsideReferences('docs/a.md', `[README](../README.md) and [rules](./rules.md)`), []);
  assert.equal(outsideReferences('src/a.ts', 'const all = [...items, ...more];'), []);
  assert.equal(outsideReferences('src/a/b.ts', `import '../c.js'; join(dir, 'x/../y')`), []);
  assert.equal(dirname('test/a.test.ts'), 'test');
});

test.run();
