/**
 * File arguments: a path, or a glob for shells that pass patterns through (quoted patterns,
 * Windows). Node 20 has no `fs.glob`, and a dependency for this much is not worth it:
 * `*`, `?`, `[abc]`, `{a,b}` and `**` are enough for fixture folders.
 */
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CommandError, PathError } from './io.js';

const GLOB_CHARACTERS = /[*?[\]{}]/;
/** Never searched by `**`: large, and never where fixtures live. Name one in the pattern to search it. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/**
 * Bounds that keep a mistyped argument from hanging the command: a configuration is a few KB, a
 * fixture folder a few hundred files. Each brace doubles the alternatives, so `{a,b}` written 22
 * times would be four million walks of the tree.
 */
export const LIMITS = { inputBytes: 10 * 1024 * 1024, braceAlternatives: 1024, globEntries: 100_000 } as const;

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
export function glob(pattern: string, cwd: string, limits: { readonly braceAlternatives: number; readonly globEntries: number } = LIMITS): string[] {
  const found = new Set<string>();
  const alternatives = expandBraces(pattern.replaceAll('\\', '/'), limits.braceAlternatives + 1);
  if (alternatives.length > limits.braceAlternatives) {
    throw new PathError(`${pattern}: its braces expand to more than ${limits.braceAlternatives} patterns; narrow it`);
  }
  const budget = { entries: limits.globEntries, limit: limits.globEntries, pattern };
  for (const expanded of alternatives) {
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
    walk(root, segments.slice(firstGlob).map((segment) => compileSegment(segment, pattern)), matches, budget);
    for (const match of matches) found.add(match);
  }
  return [...found].sort();
}

/**
 * `a/{b,c/d}.json` → `a/b.json`, `a/c/d.json`: braces first, as shells do, so they may hold
 * slashes. Stops once past the limit, so the caller can refuse without expanding it all.
 */
function expandBraces(pattern: string, limit: number): string[] {
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
      const expanded: string[] = [];
      for (const [alternative, end] of bounds.slice(1).entries()) {
        expanded.push(...expandBraces(`${head}${pattern.slice((bounds[alternative] as number) + 1, end)}${tail}`, limit - expanded.length));
        if (expanded.length >= limit) break;
      }
      return expanded;
    } else if (character === ',' && depth === 1) commas.push(index);
  }
  // An unclosed brace is an ordinary character.
  return [pattern];
}

type Matcher = { readonly kind: 'any-depth' } | { readonly kind: 'name'; readonly test: RegExp; readonly dotfiles: boolean };

function compileSegment(segment: string, pattern: string): Matcher {
  if (segment === '**') return { kind: 'any-depth' };
  let test: RegExp;
  try {
    test = new RegExp(`^${segmentSource(segment)}$`);
  } catch {
    // A range out of order (`[z-a]`) or a class the regular-expression engine refuses.
    throw new PathError(`${pattern}: not a valid pattern; a range in [...] goes from low to high, as in [a-z]`);
  }
  return { kind: 'name', test, dotfiles: segment.startsWith('.') };
}

interface Budget {
  /** Directory entries still allowed. */
  entries: number;
  readonly limit: number;
  readonly pattern: string;
}

function walk(directory: string, matchers: readonly Matcher[], found: string[], budget: Budget): void {
  const [matcher, ...rest] = matchers;
  if (matcher === undefined) return;
  if (matcher.kind === 'any-depth') {
    // `**` matches zero directories too.
    walk(directory, rest, found, budget);
    for (const entry of entries(directory, budget)) {
      // Symbolic links are not followed, so a link back up the tree cannot loop.
      if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) {
        walk(join(directory, entry.name), matchers, found, budget);
      }
    }
    return;
  }
  for (const entry of entries(directory, budget)) {
    if ((entry.name.startsWith('.') && !matcher.dotfiles) || !matcher.test.test(entry.name)) continue;
    const path = join(directory, entry.name);
    if (rest.length === 0) {
      if (entry.isFile() || entry.isSymbolicLink()) found.push(path);
    } else if (entry.isDirectory() || entry.isSymbolicLink()) {
      walk(path, rest, found, budget);
    }
  }
}

function entries(directory: string, budget: Budget) {
  let listed;
  try {
    listed = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  budget.entries -= listed.length;
  if (budget.entries < 0) throw new PathError(`${budget.pattern}: searched more than ${budget.limit} entries; narrow the pattern`);
  return listed;
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

/**
 * The text of a file a user named: a regular file (a device, pipe or directory could block or
 * never end) of at most `LIMITS.inputBytes`. Read in bounded steps, since a file can grow after
 * its size was read and files under /proc report a size of 0.
 */
export function readInputFile(path: string, shown: string): string {
  checkInputFile(path, shown);
  const descriptor = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > LIMITS.inputBytes) throw tooLarge(shown);
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(descriptor);
  }
}

/** Refuses what `readInputFile` would: for files read by others (a module import), before they are. */
export function checkInputFile(path: string, shown: string): void {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    // A missing or unreadable file is an input problem like a broken one (exit 1), not wrong usage.
    throw new CommandError(`${shown}: could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  if (stats.isDirectory()) throw new PathError(`${shown}: is a directory; name the files in it, or a pattern such as ${join(shown, '*.json')}`);
  if (!stats.isFile()) throw new PathError(`${shown}: not a regular file (a device, pipe or socket); only files are read`);
  if (stats.size > LIMITS.inputBytes) throw tooLarge(shown);
}

const tooLarge = (shown: string) => new PathError(`${shown}: larger than ${LIMITS.inputBytes / 1024 / 1024} MB, far more than any configuration; not read`);

/** Paths in output: relative to where the command was run, as the user typed them. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}
