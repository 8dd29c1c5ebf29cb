import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as messages from '../src/messages.js';

const RULES_FILE = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
const ISSUE_FILE = fileURLToPath(new URL('../src/internal/issue.ts', import.meta.url));

/** Line breaks inside a Markdown paragraph or table must not hide a quoted message. */
const squeeze = (text: string): string => text.replace(/\s+/g, ' ');
const rules = squeeze(readFileSync(RULES_FILE, 'utf8'));

/** The members of the `IssueCode` union, following the unions it is built from. */
function issueCodes(): string[] {
  // No lib files: string literal types need none, and the check stays fast.
  const program = ts.createProgram([ISSUE_FILE], { noLib: true, noEmit: true, types: [] });
  const alias = program
    .getSourceFile(ISSUE_FILE)
    ?.statements.find((node): node is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(node) && node.name.text === 'IssueCode');
  assert.ok(alias, 'src/internal/issue.ts no longer declares IssueCode');
  const type = program.getTypeChecker().getTypeAtLocation(alias.name);
  return (type.isUnion() ? type.types : [type]).filter((member) => member.isStringLiteral()).map((member) => member.value);
}

/**
 * The fixed text of every message in src/messages.ts. A message built by a function is called
 * with a marker in place of its argument; each piece around the marker must appear.
 */
function messageTexts(): { name: string; text: string }[] {
  const marker = '\u0000';
  return Object.entries(messages).flatMap(([name, value]) => {
    const message: unknown = typeof value === 'function' ? (value as (argument: string) => unknown)(marker) : value;
    if (typeof message !== 'string') return [];
    return message
      .split(marker)
      .map((piece) => squeeze(piece).trim())
      .filter((piece) => piece !== '')
      .map((text) => ({ name, text }));
  });
}

test('docs/rules.md names every issue code (in backticks)', () => {
  const codes = issueCodes();
  assert.ok(codes.length > 10, 'the IssueCode union was not read');
  const missing = codes.filter((code) => !rules.includes(`\`${code}\``));
  assert.equal(missing, [], `docs/rules.md does not name these issue codes: ${missing.join(', ')}`);
});

test('docs/rules.md quotes every message of src/messages.ts word for word', () => {
  const texts = messageTexts();
  assert.ok(texts.length > 10, 'no messages were read from src/messages.ts');
  const missing = texts.filter(({ text }) => !rules.includes(text)).map(({ name, text }) => `${name}: ${text}`);
  assert.equal(missing, [], `docs/rules.md does not quote these messages:\n  ${missing.join('\n  ')}\n`);
});

/** Citations of a reference that readers do not have: they must name the public source instead. */
const PRIVATE_CITATIONS = [/\bR-[A-Z]{2,4}-\d/, /\bspec §/i, /\bfact sheet\b/i];

test('README.md and docs/*.md cite public sources only, never internal rule ids or sections', () => {
  const root = new URL('../', import.meta.url);
  const docsDirectory = new URL('docs/', root);
  const files = [
    new URL('README.md', root),
    ...readdirSync(docsDirectory).filter((name) => name.endsWith('.md')).map((name) => new URL(name, docsDirectory)),
  ];
  assert.ok(files.length > 10, 'the guides were not found');
  const found = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (PRIVATE_CITATIONS.some((pattern) => pattern.test(line)) ? [`${file.pathname.slice(root.pathname.length)}:${index + 1}: ${line.trim()}`] : [])),
  );
  assert.equal(found, [], `cite the Yoti docs page or SDK file instead:\n  ${found.join('\n  ')}\n`);
});

test('the private-citation check catches what it is meant to catch', () => {
  for (const line of ['R-TTL-2 (D)', 'kept by spec §13', 'the fact sheet says']) {
    assert.ok(PRIVATE_CITATIONS.some((pattern) => pattern.test(line)), line);
  }
  for (const line of ['D: Yoti docs: system preferences', 'RFC 9110 §10.2.3', 'S: Java `RequestedIdDocTextExtractionTask.java`']) {
    assert.not.ok(PRIVATE_CITATIONS.some((pattern) => pattern.test(line)), line);
  }
});

test.run();
