/**
 * Where compile errors land. tsd sees whether a statement fails, not where: each case under
 * type-tests/lines/ (`.mts`, which tsd does not pick up) breaks one rule inside a chain written over several lines, and marks the
 * offending line with `// @error: <part of the message>`. A case passes when the compiler reports
 * exactly one error in the file, on the marked line, and the whole message chain contains the text.
 * An error anywhere else (a cascade onto a later call, the top of the chain, the built
 * declarations) fails the run.
 *
 * TypeScript 5.x is driven through its compiler API, one program for every case; TypeScript 7
 * ships no such API, so its `tsc` runs once over every case and its `file(line,col): error` output
 * is read, message chains included.
 *
 * Usage: tsx scripts/type-lines.ts [version ...]   (default: 5.9, the project's compiler)
 */
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as TypeScript from 'typescript';
import { elapsed, isMain, ROOT, run, shortPath, tempDir } from './lib/project.js';

/** Where each compiler comes from: a package with the compiler API, or a `tsc` to run. */
export const LINE_COMPILERS: Readonly<Record<string, { readonly api: string } | { readonly tsc: string }>> = {
  '5.5': { api: 'typescript-5.5' },
  '5.9': { api: 'typescript' },
  '7': { tsc: 'node_modules/typescript-7/bin/tsc' },
};

export const CASES_DIR = join(ROOT, 'type-tests', 'lines');
const MARKER = /\/\/ @error: (.+)$/;

export interface ReportedError {
  /** Absolute path, or `undefined` for an error about the configuration itself. */
  readonly file: string | undefined;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  /** The whole message chain, one line per level. */
  readonly text: string;
}

export interface Expectation {
  readonly line: number;
  readonly text: string;
}

/** The marked lines of a case: `// @error: text` at the end of a line. */
export function expectationsOf(source: string): Expectation[] {
  return source.split('\n').flatMap((text, index) => {
    const match = MARKER.exec(text);
    return match === null ? [] : [{ line: index + 1, text: (match[1] ?? '').trim() }];
  });
}

const ERROR_LINE = /^(?:(.+?)\((\d+),(\d+)\): )?error (TS\d+: .*)$/;

/** Reads `tsc --pretty false` output, keeping each message's indented continuation lines. */
export function parseTscErrors(output: string, cwd: string): ReportedError[] {
  const errors: { file: string | undefined; line: number; column: number; lines: string[] }[] = [];
  for (const text of output.split(/\r?\n/)) {
    const match = ERROR_LINE.exec(text);
    if (match !== null) {
      const [, file, line = '0', column = '0', message = ''] = match;
      errors.push({ file: file === undefined ? undefined : resolve(cwd, file), line: +line, column: +column, lines: [message] });
    } else if (/^\s+\S/.test(text)) {
      errors.at(-1)?.lines.push(text.trim());
    }
  }
  return errors.map(({ lines, ...error }) => ({ ...error, text: lines.join('\n') }));
}

/** Compares the errors with the marked lines of every case (path -> source); one line per problem. */
export function matchLines(sources: ReadonlyMap<string, string>, errors: readonly ReportedError[]): string[] {
  const problems: string[] = [];
  for (const error of errors) {
    if (error.file === undefined || !sources.has(error.file)) {
      const where = error.file === undefined ? 'tsc' : `${shortPath(error.file)}:${error.line}:${error.column}`;
      problems.push(`${where}: an error outside the cases: ${error.text.split('\n')[0]}`);
    }
  }
  for (const [path, source] of sources) {
    const expected = expectationsOf(source);
    const found = errors.filter((error) => error.file === path);
    const name = shortPath(path);
    if (expected.length !== 1) {
      problems.push(`${name}: a case marks exactly one line with // @error:, this one marks ${expected.length}`);
      continue;
    }
    const [{ line, text }] = expected as [Expectation];
    const summary = found.map((error) => `line ${error.line}: ${error.text.replace(/\n/g, ' / ')}`).join('; ') || 'none';
    if (found.length !== 1) problems.push(`${name}: expected one error, on line ${line}; found ${found.length} (${summary})`);
    else if (found[0]?.line !== line) problems.push(`${name}: expected the error on line ${line}; found ${summary}`);
    else if (!found[0].text.includes(text)) problems.push(`${name}:${line}: the message does not contain "${text}": ${summary}`);
  }
  return problems;
}

/** The compiler options of every run: the project's, checking the built declarations too. */
function configJson(files: readonly string[]) {
  return {
    extends: join(ROOT, 'tsconfig.json'),
    compilerOptions: {
      noEmit: true,
      rootDir: ROOT,
      typeRoots: [join(ROOT, 'node_modules', '@types')],
      declaration: false,
      sourceMap: false,
      // Users with skipLibCheck off see errors in the declarations as their own.
      skipLibCheck: false,
      skipDefaultLibCheck: true,
      types: [],
    },
    files,
    include: [],
  };
}

function compileWithApi(packageName: string, files: readonly string[]): { version: string; errors: ReportedError[] } {
  const ts = createRequire(join(ROOT, 'package.json'))(packageName) as typeof TypeScript;
  const parsed = ts.parseJsonConfigFileContent(configJson(files), ts.sys, ROOT);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const diagnostics = [...parsed.errors, ...ts.getPreEmitDiagnostics(program)];
  const errors = diagnostics
    .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)
    .map((diagnostic) => {
      const text = `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      if (diagnostic.file === undefined || diagnostic.start === undefined) return { file: undefined, line: 0, column: 0, text };
      const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      return { file: resolve(diagnostic.file.fileName), line: line + 1, column: character + 1, text };
    });
  return { version: `Version ${ts.version}`, errors };
}

function compileWithTsc(tsc: string, files: readonly string[]): { version: string; errors: ReportedError[] } {
  const dir = tempDir('type-lines');
  try {
    const config = join(dir, 'tsconfig.json');
    writeFileSync(config, JSON.stringify(configJson(files)));
    const version = run(process.execPath, [tsc, '--version']).stdout.trim();
    const result = run(process.execPath, [tsc, '-p', config, '--pretty', 'false']);
    const errors = parseTscErrors(`${result.stdout}\n${result.stderr}`, ROOT);
    if (result.code !== 0 && errors.length === 0) errors.push({ file: undefined, line: 0, column: 0, text: `tsc failed to run: ${result.stderr}` });
    return { version, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface LinesRun {
  readonly version: string;
  readonly cases: number;
  readonly problems: readonly string[];
}

/** Compiles every case with one compiler and lists what does not hold. */
export function runLineTests(version: string, files: readonly string[]): LinesRun {
  const compiler = LINE_COMPILERS[version];
  if (compiler === undefined) throw new Error(`unknown TypeScript version ${version}; known: ${Object.keys(LINE_COMPILERS).join(', ')}`);
  const outcome = 'api' in compiler ? compileWithApi(compiler.api, files) : compileWithTsc(join(ROOT, compiler.tsc), files);
  const sources = new Map(files.map((path) => [path, readFileSync(path, 'utf8')]));
  return { version: outcome.version, cases: files.length, problems: matchLines(sources, outcome.errors) };
}

export function caseFiles(): string[] {
  return existsSync(CASES_DIR)
    ? readdirSync(CASES_DIR)
        .filter((name) => name.endsWith('.mts'))
        .sort()
        .map((name) => join(CASES_DIR, name))
    : [];
}

function main(): void {
  const requested = process.argv.slice(2);
  const versions = requested.length > 0 ? requested : ['5.9'];
  const files = caseFiles();
  if (files.length === 0) {
    console.error('test:types:lines found no type-tests/lines/*.mts cases');
    process.exit(1);
  }
  if (!existsSync(join(ROOT, 'dist', 'index.d.ts'))) {
    console.error('test:types:lines reads the built declarations: run `npm run build` first.');
    process.exit(1);
  }
  let failed = false;
  for (const version of versions) {
    const startedAt = performance.now();
    const outcome = runLineTests(version, files);
    const summary = `${outcome.version}: ${outcome.cases} cases, ${elapsed(startedAt)}`;
    if (outcome.problems.length === 0) {
      console.log(`error lines hold on ${summary}`);
      continue;
    }
    failed = true;
    console.error(`error lines FAILED on ${summary}`);
    for (const problem of outcome.problems) console.error(`  ${problem}`);
  }
  if (failed) process.exit(1);
}

if (isMain(import.meta.url)) main();
