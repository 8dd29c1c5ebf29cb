/**
 * Type-checks every ```ts and ```typescript block of README.md and docs/**\/*.md against the
 * built package, the way a user imports it (`from 'yoti-session-config'` resolves through the
 * package's own `exports` map to dist/, so run the build first).
 *
 * Conventions for doc authors:
 * - Each block is its own module: it imports what it uses and never relies on an earlier block.
 *   Blocks are compiled with `strict` and may use top-level `await`.
 * - A line that must NOT compile carries `// @error: <part of the message>`, either at its end or
 *   on a comment line of its own just above it. The check passes only if an error whose text
 *   contains the given part starts on that line; any other error anywhere fails the check, so a
 *   doc cannot show an error that lands elsewhere or cascades.
 * - Code that is not meant to compile (a sketch, a shell session) takes another fence language.
 *
 * All blocks are checked in one compiler program held in memory, so the whole run is one
 * type-check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { elapsed, isMain, ROOT } from './lib/project.js';

export interface CodeBlock {
  /** The Markdown file, relative to the project root. */
  readonly file: string;
  /** 1-based line in `file` of the block's first code line. */
  readonly line: number;
  readonly code: string;
}

/** A line that must fail to compile, with a part of the expected message. */
interface ExpectedError {
  readonly line: number;
  readonly text: string;
}

export interface DocsCheckResult {
  readonly blocks: number;
  readonly failures: readonly string[];
}

const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^\s`{]*)/;
const CHECKED_LANGUAGES = new Set(['ts', 'typescript']);

export function extractBlocks(file: string, markdown: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index] ?? '');
    if (open === null) continue;
    const [, indent = '', fence = '', language = ''] = open;
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !close.test(lines[end] ?? '')) {
      // Like CommonMark: the fence's own indentation is removed from each code line.
      body.push((lines[end] ?? '').replace(new RegExp(`^ {0,${indent.length}}`), ''));
      end++;
    }
    if (CHECKED_LANGUAGES.has(language.toLowerCase())) blocks.push({ file, line: index + 2, code: body.join('\n') });
    index = end;
  }
  return blocks;
}

const ERROR_MARK = /\/\/\s*@error:\s*(.*?)\s*$/;

function expectedErrors(code: string): ExpectedError[] {
  const expected: ExpectedError[] = [];
  const pending: string[] = [];
  code.split('\n').forEach((text, line) => {
    const mark = ERROR_MARK.exec(text);
    const isCommentLine = mark !== null && text.slice(0, mark.index).trim() === '';
    if (mark !== null && isCommentLine) {
      pending.push(mark[1] ?? '');
      return;
    }
    for (const wanted of pending.splice(0)) expected.push({ line, text: wanted });
    if (mark !== null) expected.push({ line, text: mark[1] ?? '' });
  });
  return expected;
}

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The compiler options of a strict user project; `noErrorTruncation` keeps long rule messages whole. */
const OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  moduleDetection: ts.ModuleDetectionKind.Force,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: ['node'],
  noEmit: true,
  skipLibCheck: true,
  noErrorTruncation: true,
};

/**
 * Checks blocks in one program. Each block becomes a virtual file inside the project folder, so
 * the package name resolves to the project itself (a package may import itself by name).
 */
export function checkBlocks(blocks: readonly CodeBlock[]): DocsCheckResult {
  const virtualDir = join(ROOT, '.docs-check');
  const files = new Map<string, CodeBlock>();
  blocks.forEach((block, index) => files.set(join(virtualDir, `block-${index}.ts`), block));

  const host = ts.createCompilerHost(OPTIONS, true);
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const block = files.get(fileName);
    return block === undefined
      ? getSourceFile.call(host, fileName, languageVersion, ...rest)
      : ts.createSourceFile(fileName, block.code, languageVersion, true);
  };
  host.fileExists = (fileName) => files.has(fileName) || fileExists.call(host, fileName);
  host.readFile = (fileName) => files.get(fileName)?.code ?? readFile.call(host, fileName);
  host.directoryExists = (name) => name === virtualDir || (directoryExists?.call(host, name) ?? true);
  host.getCurrentDirectory = () => ROOT;

  const program = ts.createProgram({ rootNames: [...files.keys()], options: OPTIONS, host });
  const diagnostics = ts.getPreEmitDiagnostics(program);

  const failures: string[] = [];
  const byFile = new Map<string, ts.Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const fileName = diagnostic.file?.fileName;
    if (fileName === undefined || !files.has(fileName)) {
      failures.push(`compiler: ${squeeze(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))}`);
      continue;
    }
    byFile.set(fileName, [...(byFile.get(fileName) ?? []), diagnostic]);
  }

  for (const [fileName, block] of files) {
    const found = (byFile.get(fileName) ?? []).map((diagnostic) => {
      return {
        first: diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line,
        text: `TS${diagnostic.code}: ${squeeze(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))}`,
      };
    });
    const expected = expectedErrors(block.code);
    const where = (line: number): string => `${block.file}:${block.line + line}`;
    const covers = (error: (typeof found)[number], line: number): boolean => error.first === line;
    for (const error of found) {
      if (!expected.some((wanted) => covers(error, wanted.line))) failures.push(`${where(error.first)}: ${error.text}`);
    }
    for (const wanted of expected) {
      const onLine = found.filter((error) => covers(error, wanted.line));
      if (onLine.length === 0) {
        failures.push(`${where(wanted.line)}: expected an error containing "${wanted.text}", but the line compiles`);
      } else if (!onLine.some((error) => error.text.includes(squeeze(wanted.text)))) {
        const actual = onLine.map((error) => `\n    ${error.text}`).join('');
        failures.push(`${where(wanted.line)}: expected an error containing "${wanted.text}", got:${actual}`);
      }
    }
  }
  return { blocks: blocks.length, failures };
}

function markdownFiles(): string[] {
  const docs = join(ROOT, 'docs');
  const found = existsSync(docs)
    ? readdirSync(docs, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .map((name) => join(docs, name))
    : [];
  const readme = join(ROOT, 'README.md');
  return [...(existsSync(readme) ? [readme] : []), ...found.sort()];
}

function main(): void {
  const startedAt = performance.now();
  if (!existsSync(join(ROOT, 'dist', 'index.d.ts'))) {
    console.error('docs:check reads the built declarations: run `npm run build` first.');
    process.exit(1);
  }
  const files = markdownFiles();
  const blocks = files.flatMap((path) => extractBlocks(relative(ROOT, path), readFileSync(path, 'utf8')));
  const { failures } = checkBlocks(blocks);
  for (const failure of failures) console.error(failure);
  const summary = `${blocks.length} TypeScript blocks in ${files.length} Markdown files, ${elapsed(startedAt)}`;
  if (failures.length > 0) {
    console.error(`\ndocs:check failed: ${failures.length} problems in ${summary}`);
    console.error('A line meant to fail takes `// @error: <part of the message>` at its end or on the line above it.');
    process.exit(1);
  }
  console.log(`docs:check passed: ${summary}`);
}

if (isMain(import.meta.url)) main();
