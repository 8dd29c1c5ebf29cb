/**
 * File arguments: a path, or a glob for shells that pass patterns through (quoted patterns,
 * Windows). Node 20 has no `fs.glob`, and a dependency for this much is not worth it:
 * `*`, `?`, `[abc]`, `{a,b}` and `**` are enough for fixture folders.
 */
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

const GLOB_CHARACTERS = /[*?[\]{}]/;
/** Never searched by `**`: large, and never where fixtures live. Name one in the pattern to search it. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export interface Expansion {
  /** Absolute paths, sorted, each once. */
  readonly files: string[];
  /** Arguments that named no file. */
  readonly unmatched: string[];
}

/** Resolves each argument against `cwd`: an existing path as is, otherwise as a glob. */
export function expandFileArguments(patterns: readonly string[], cwd: string): Expansion {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const literal = resolve(cwd, pattern);
    const matches = existsSync(literal) ? [literal] : GLOB_CHARACTERS.test(pattern) ? glob(pattern, cwd) : [];
    if (matches.length === 0) unmatched.push(pattern);
    for (const match of matches) files.add(match);
  }
  return { files: [...files].sort(), unmatched };
}

/** Files matching `pattern` (relative to `cwd` unless absolute), sorted, each once. */
export function glob(pattern: string, cwd: string): string[] {
  const found = new Set<string>();
  for (const expanded of expandBraces(pattern.replaceAll('\\', '/'))) {
    const segments = expanded.split('/');
    const firstGlob = segments.findIndex((segment) => GLOB_CHARACTERS.test(segment));
    if (firstGlob === -1) {
      const literal = resolve(cwd, expanded);
      if (existsSync(literal)) found.add(literal);
      continue;
    }
    const base = segments.slice(0, firstGlob).join('/');
    const root = isAbsolute(expanded) ? resolve(base === '' ? '/' : base) : resolve(cwd, base);
    const matches: string[] = [];
    walk(root, segments.slice(firstGlob).map(compileSegment), matches);
    for (const match of matches) found.add(match);
  }
  return [...found].sort();
}

/** `a/{b,c/d}.json` → `a/b.json`, `a/c/d.json`: braces first, as shells do, so they may hold slashes. */
function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  for (let index = open; index < pattern.length; index++) {
    const character = pattern[index];
    if (character === '{') depth++;
    else if (character === '}' && --depth === 0) {
      const bounds = [open, ...commas, index];
      const head = pattern.slice(0, open);
      const tail = pattern.slice(index + 1);
      return bounds.slice(1).flatMap((end, alternative) => expandBraces(`${head}${pattern.slice((bounds[alternative] as number) + 1, end)}${tail}`));
    } else if (character === ',' && depth === 1) commas.push(index);
  }
  // An unclosed brace is an ordinary character.
  return [pattern];
}

type Matcher = { readonly kind: 'any-depth' } | { readonly kind: 'name'; readonly test: RegExp; readonly dotfiles: boolean };

function compileSegment(segment: string): Matcher {
  if (segment === '**') return { kind: 'any-depth' };
  return { kind: 'name', test: new RegExp(`^${segmentSource(segment)}$`), dotfiles: segment.startsWith('.') };
}

function walk(directory: string, matchers: readonly Matcher[], found: string[]): void {
  const [matcher, ...rest] = matchers;
  if (matcher === undefined) return;
  if (matcher.kind === 'any-depth') {
    // `**` matches zero directories too.
    walk(directory, rest, found);
    for (const entry of entries(directory)) {
      // Symbolic links are not followed, so a link back up the tree cannot loop.
      if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) {
        walk(join(directory, entry.name), matchers, found);
      }
    }
    return;
  }
  for (const entry of entries(directory)) {
    if ((entry.name.startsWith('.') && !matcher.dotfiles) || !matcher.test.test(entry.name)) continue;
    const path = join(directory, entry.name);
    if (rest.length === 0) {
      if (entry.isFile() || entry.isSymbolicLink()) found.push(path);
    } else if (entry.isDirectory() || entry.isSymbolicLink()) {
      walk(path, rest, found);
    }
  }
}

function entries(directory: string) {
  try {
    return readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** One path segment of a glob as a regular-expression source. */
function segmentSource(segment: string): string {
  let source = '';
  for (let index = 0; index < segment.length; index++) {
    const character = segment[index] as string;
    switch (character) {
      case '*':
        source += '[^/]*';
        break;
      case '?':
        source += '[^/]';
        break;
      case '[': {
        const end = segment.indexOf(']', index + 2);
        if (end === -1) {
          source += '\\[';
          break;
        }
        const body = segment.slice(index + 1, end).replace(/^!/, '^').replaceAll('\\', '\\\\');
        source += `[${body}]`;
        index = end;
        break;
      }
      default:
        source += character.replace(/[.+^$(){}|\\]/g, '\\$&');
    }
  }
  return source;
}

/** Paths in output: relative to where the command was run, as the user typed them. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}
