/**
 * Writes docs/vocabulary.md: every value list of src/schema/enums.ts and the country codes, each
 * with its description (the list's doc comment), its exported names and the JSON paths of the
 * wire schema that take it. A test compares the committed file with `renderVocabulary()`.
 *
 * Usage: tsx scripts/generate-vocabulary.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Field } from '../src/schema/language.js';
import { COUNTRY_CODES } from '../src/schema/countries.js';
import * as enums from '../src/schema/enums.js';
import { envelope } from '../src/schema/payload.js';
import { isMain, ROOT } from './lib/project.js';

export const VOCABULARY_FILE = join(ROOT, 'docs', 'vocabulary.md');

interface ValueList {
  /** The constant, e.g. `MANUAL_CHECKS`. */
  readonly constant: string;
  /** The type derived from it, e.g. `ManualCheck`. */
  readonly type: string | undefined;
  readonly description: string;
  readonly values: readonly string[];
  readonly source: string;
}

/** Where a list is used: a JSON path, whether the field also takes values outside the list, and whether it ignores case. */
interface Usage {
  readonly path: string;
  readonly open: boolean;
  readonly anyCase?: boolean;
}

function readSource(relativePath: string): ts.SourceFile {
  const text = readFileSync(join(ROOT, relativePath), 'utf8');
  return ts.createSourceFile(relativePath, text, ts.ScriptTarget.Latest, true);
}

/** Exported `const` arrays in source order, with their doc comments and derived type names. */
function valueLists(relativePath: string, runtime: Readonly<Record<string, unknown>>): ValueList[] {
  const file = readSource(relativePath);
  const typeOf = new Map<string, string>();
  for (const statement of file.statements) {
    const derived = ts.isTypeAliasDeclaration(statement) && /^\(typeof (\w+)\)\[number\]$/.exec(statement.type.getText(file));
    if (derived) typeOf.set(derived[1] ?? '', statement.name.text);
  }
  const lists: ValueList[] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const constant = declaration.name.getText(file);
      const values = runtime[constant];
      if (!Array.isArray(values)) continue;
      const description = ts
        .getJSDocCommentsAndTags(declaration)
        .filter(ts.isJSDoc)
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      lists.push({ constant, type: typeOf.get(constant), description, values: values as string[], source: relativePath });
    }
  }
  return lists;
}

/**
 * What src/index.ts exports, as `name -> source file`, so the page names only what users can
 * import (a name can be exported from another file than the list's, such as an options type).
 */
function publicNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const statement of readSource('src/index.ts').statements) {
    if (!ts.isExportDeclaration(statement) || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    const specifier = statement.moduleSpecifier;
    if (specifier === undefined || !ts.isStringLiteral(specifier)) continue;
    const source = specifier.text.replace(/^\.\//, 'src/').replace(/\.js$/, '.ts');
    for (const element of statement.exportClause.elements) names.set(element.name.text, source);
  }
  return names;
}

const sameValues = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value) => b.includes(value));

/** Every place of the wire schema that takes one of `lists`, keyed by constant. */
function usages(lists: readonly ValueList[]): Map<string, Usage[]> {
  const found = new Map<string, Usage[]>(lists.map((list) => [list.constant, []]));
  const record = (values: readonly string[], path: string, open: boolean, identity: boolean, anyCase = false): void => {
    for (const list of lists) {
      if (identity ? list.values === values : sameValues(list.values, values)) found.get(list.constant)?.push({ path, open, anyCase });
    }
  };
  const walk = (field: Field, path: string): void => {
    switch (field.kind) {
      case 'optional':
      case 'nullable':
        return walk(field.schema, path);
      case 'enum':
        return record(field.values, path, false, true, field.caseInsensitive === true);
      case 'string':
        if (field.known !== undefined) record(field.known, path, true, true);
        return;
      case 'array':
        return walk(field.items, `${path}[]`);
      case 'object':
        for (const [key, child] of Object.entries(field.fields)) walk(child, path === '' ? key : `${path}.${key}`);
        return;
      case 'record':
        walk(field.keys, `${path} (keys)`);
        return walk(field.values, `${path}.*`);
      case 'tagged': {
        const tags = Object.keys(field.variants);
        record(tags, `${path}.${field.tag}`, false, false);
        for (const [tag, variant] of Object.entries(field.variants)) {
          const filter = `${field.tag}=${tag}`;
          walk(variant, path.endsWith('[]') ? `${path.slice(0, -2)}[${filter}]` : `${path}(${filter})`);
        }
        return;
      }
      default:
        return;
    }
  };
  walk(envelope, '');
  return found;
}

const code = (text: string): string => `\`${text}\``;

function heading(list: ValueList): string {
  return list.type ?? list.constant;
}

function section(list: ValueList, exported: ReadonlyMap<string, string>, used: readonly Usage[]): string[] {
  const names = [list.constant, list.type].filter((name): name is string => name !== undefined);
  const importable = names.filter((name) => exported.get(name) === list.source);
  const lines = [`## ${heading(list)}`, ''];
  if (list.description !== '') lines.push(list.description, '');
  lines.push(
    importable.length > 0
      ? `Import: ${importable.map(code).join(', ')} from ${code('yoti-session-config')}. Source: ${code(list.source)}.`
      : `Not exported; source: ${code(`${list.source}`)} (${code(list.constant)}).`,
    '',
  );
  if (list.values.length > 30) {
    const byLetter = new Map<string, string[]>();
    for (const value of list.values) byLetter.set(value[0] ?? '', [...(byLetter.get(value[0] ?? '') ?? []), value]);
    lines.push(`${list.values.length} values:`, '', '| | Values |', '| --- | --- |');
    for (const [letter, values] of byLetter) lines.push(`| ${letter} | ${values.map(code).join(' ')} |`);
  } else {
    lines.push('| Value |', '| --- |', ...list.values.map((value) => `| ${code(value)} |`));
  }
  lines.push('');
  if (used.length === 0) {
    lines.push('No key of the wire format takes this list directly; the builder options use it.', '');
    return lines;
  }
  lines.push('| JSON path | Other values |', '| --- | --- |');
  for (const { path, open, anyCase } of used) {
    const verdict = open ? 'accepted when UPPER_SNAKE_CASE, with the advisory `unknown_value`' : anyCase ? 'rejected; listed values match in any case' : 'rejected';
    lines.push(`| ${code(path)} | ${verdict} |`);
  }
  lines.push('');
  return lines;
}

export function renderVocabulary(): string {
  const lists = [...valueLists('src/schema/enums.ts', enums), ...valueLists('src/schema/countries.ts', { COUNTRY_CODES })];
  const exported = publicNames();
  const used = usages(lists);
  const anchor = (list: ValueList): string => heading(list).toLowerCase().replace(/[^a-z0-9-]/g, '');
  return [
    '<!-- Generated by `npm run docs:vocabulary` from src/schema/enums.ts and src/schema/countries.ts. Do not edit. -->',
    '',
    '# Vocabulary',
    '',
    'Every list of values the library knows, with the JSON paths that take it. A path reads like the',
    'JSON it names: `[]` is any array item, `[type=LIVENESS]` an item of that type, `(type=FUZZY)` an',
    'object of that type. Under "Other values", "rejected" means `toJSON()` and `validateSessionConfig`',
    'refuse any value outside the list, naming the closest one; an open field also takes other',
    'UPPER_SNAKE_CASE values, for values Yoti adds later: JSON holding one is accepted with the advisory',
    '`unknown_value`, and the builder accepts one when it is marked with `unlisted(...)`.',
    '',
    '| List | Values |',
    '| --- | --- |',
    ...lists.map((list) => `| [${heading(list)}](#${anchor(list)}) | ${list.values.length} |`),
    '',
    ...lists.flatMap((list) => section(list, exported, used.get(list.constant) ?? [])),
  ]
    .join('\n')
    .replace(/\n*$/, '\n');
}

if (isMain(import.meta.url)) {
  writeFileSync(VOCABULARY_FILE, renderVocabulary());
  console.log(`wrote ${VOCABULARY_FILE}`);
}
