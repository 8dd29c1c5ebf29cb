/**
 * Runs the tsd type tests (type-tests/*.test-d.ts) with the `tsc` of other TypeScript versions:
 * the oldest supported one and the newest. tsd is bound to its own compiler, so the tests are
 * compiled here by a plain `tsc` that reads `tsd` as tsd-shim.d.ts and the package through its
 * own `exports` map (the test files live inside the package, so the name resolves to dist/).
 *
 * Passing means: every `expectError(...)` call contains at least one error, and no error lies
 * outside an `expectError` call. Only positions are compared, because versions word and number
 * the same error differently (7.x says TS2741 where 5.x says TS2684). What the shim can check is
 * listed in tsd-shim.d.ts; exact type identity stays with tsd.
 *
 * Each version also runs the error-line cases of scripts/type-lines.ts (type-tests/lines/).
 *
 * Usage: tsx scripts/type-matrix.ts [version ...]   (default: every version in COMPILERS)
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import ts from 'typescript';
import { elapsed, isMain, ROOT, run, shortPath, tempDir } from './lib/project.js';
import { caseFiles, runLineTests } from './type-lines.js';

/** The `tsc` of each supported TypeScript line, installed under an npm alias. */
export const COMPILERS: Readonly<Record<string, string>> = {
  '5.5': 'node_modules/typescript-5.5/bin/tsc',
  '7': 'node_modules/typescript-7/bin/tsc',
};

export interface CompilerError {
  /** Absolute path, or `undefined` for an error about the configuration itself. */
  readonly file: string | undefined;
  /** 1-based, as printed by `tsc`. */
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

const ERROR_LINE = /^(?:(.+?)\((\d+),(\d+)\): )?error (TS\d+: .*)$/;

/** Reads `tsc --pretty false` output; continuation lines of a message chain are skipped. */
export function parseTscOutput(output: string, cwd: string): CompilerError[] {
  const errors: CompilerError[] = [];
  for (const text of output.split(/\r?\n/)) {
    const match = ERROR_LINE.exec(text);
    if (match === null) continue;
    const [, file, line = '0', column = '0', message = ''] = match;
    errors.push({ file: file === undefined ? undefined : resolve(cwd, file), line: +line, column: +column, text: message });
  }
  return errors;
}

interface Range {
  readonly start: number;
  readonly end: number;
}

/** The source ranges of every `expectError(...)` call, found with the current compiler's parser. */
export function expectErrorRanges(fileName: string, source: string): Range[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const ranges: Range[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      if (name === 'expectError') ranges.push({ start: node.getStart(file), end: node.getEnd() });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
}

/**
 * Compares compiler errors with the `expectError` calls of the test files (path -> source).
 * Returns one line per problem.
 */
export function matchExpectations(sources: ReadonlyMap<string, string>, errors: readonly CompilerError[]): string[] {
  const problems: string[] = [];
  const covered = new Set<string>();
  const lookup = new Map(
    [...sources].map(([path, source]) => {
      const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, false);
      return [path, { file, ranges: expectErrorRanges(path, source) }] as const;
    }),
  );
  for (const error of errors) {
    const test = error.file === undefined ? undefined : lookup.get(error.file);
    const location = error.file === undefined ? 'tsc' : `${shortPath(error.file)}:${error.line}:${error.column}`;
    if (test === undefined) {
      problems.push(`${location}: ${error.text}`);
      continue;
    }
    const position = test.file.getPositionOfLineAndCharacter(error.line - 1, error.column - 1);
    const range = test.ranges.find(({ start, end }) => start <= position && position < end);
    if (range === undefined) problems.push(`${location}: ${error.text}`);
    else covered.add(`${error.file}:${range.start}`);
  }
  for (const [path, { file, ranges }] of lookup) {
    for (const range of ranges) {
      if (covered.has(`${path}:${range.start}`)) continue;
      const { line, character } = file.getLineAndCharacterOfPosition(range.start);
      problems.push(`${shortPath(path)}:${line + 1}:${character + 1}: expectError(...) compiles without an error`);
    }
  }
  return problems;
}

export interface MatrixRun {
  readonly version: string;
  readonly expectErrors: number;
  readonly problems: readonly string[];
}

function commonDirectory(paths: readonly string[]): string {
  const split = paths.map((path) => dirname(path).split(sep));
  const first = split[0] ?? [];
  let length = 0;
  while (length < first.length && split.every((parts) => parts[length] === first[length])) length++;
  return first.slice(0, length).join(sep) || sep;
}

/** Compiles `files` with the given `tsc` and the project's compiler options, as tsd would. */
export function runTypeTests(tsc: string, files: readonly string[]): MatrixRun {
  const dir = tempDir('type-matrix');
  const config = join(dir, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.json'),
      compilerOptions: {
        noEmit: true,
        // The config lives in a temp folder: say where the sources and the node types are.
        rootDir: commonDirectory([ROOT, ...files]),
        typeRoots: [join(ROOT, 'node_modules', '@types')],
        declaration: false,
        declarationMap: false,
        sourceMap: false,
        // The built declarations must hold up under every version, so they are checked too;
        // TypeScript's own lib files are not. No @types/node: users without it must compile.
        skipLibCheck: false,
        skipDefaultLibCheck: true,
        types: [],
        paths: { tsd: [join(ROOT, 'scripts', 'tsd-shim.d.ts')] },
      },
      files,
      include: [],
    }),
  );
  const version = run(process.execPath, [tsc, '--version']).stdout.trim();
  const result = run(process.execPath, [tsc, '-p', config, '--pretty', 'false']);
  rmSync(dir, { recursive: true, force: true });
  const sources = new Map(files.map((path) => [path, readFileSync(path, 'utf8')]));
  const problems = matchExpectations(sources, parseTscOutput(`${result.stdout}\n${result.stderr}`, ROOT));
  if (result.code !== 0 && !/error TS\d+/.test(result.stdout)) problems.push(`tsc failed to run: ${result.stderr}`);
  const expectErrors = [...sources].reduce((count, [path, source]) => count + expectErrorRanges(path, source).length, 0);
  return { version, expectErrors, problems };
}

function main(): void {
  const requested = process.argv.slice(2);
  const versions = requested.length > 0 ? requested : Object.keys(COMPILERS);
  const testDir = join(ROOT, 'type-tests');
  const files = existsSync(testDir)
    ? readdirSync(testDir)
        .filter((name) => name.endsWith('.test-d.ts'))
        .sort()
        .map((name) => join(testDir, name))
    : [];
  if (files.length === 0) {
    console.error('test:types:matrix found no type-tests/*.test-d.ts files');
    process.exit(1);
  }
  if (!existsSync(join(ROOT, 'dist', 'index.d.ts'))) {
    console.error('test:types:matrix reads the built declarations: run `npm run build` first.');
    process.exit(1);
  }
  let failed = false;
  for (const version of versions) {
    const tsc = COMPILERS[version];
    if (tsc === undefined) {
      console.error(`unknown TypeScript version ${version}; known: ${Object.keys(COMPILERS).join(', ')}`);
      process.exit(1);
    }
    const startedAt = performance.now();
    const outcome = runTypeTests(join(ROOT, tsc), files);
    const lines = runLineTests(version, caseFiles());
    const summary = `${outcome.version}: ${files.length} files, ${outcome.expectErrors} expectError calls, ${lines.cases} error-line cases, ${elapsed(startedAt)}`;
    const problems = [...outcome.problems, ...lines.problems];
    if (problems.length === 0) {
      console.log(`passed on ${summary}`);
      continue;
    }
    failed = true;
    console.error(`FAILED on ${summary}`);
    for (const problem of problems) console.error(`  ${problem}`);
  }
  if (failed) process.exit(1);
}

if (isMain(import.meta.url)) main();
