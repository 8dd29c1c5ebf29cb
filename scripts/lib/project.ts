/**
 * What the maintenance scripts share: where the project is, how to tell a script run from a
 * script imported by a test, and how to run a child process and keep its output.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** True when the module with this `import.meta.url` was started from the command line. */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && pathToFileURL(resolve(entry)).href === moduleUrl;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to completion and keeps its output; a command that cannot start counts as a failure. */
export function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}): RunResult {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const stderr = `${String(result.stderr ?? '')}${result.error === undefined ? '' : String(result.error)}`;
  return { code: result.status ?? 1, stdout: String(result.stdout ?? ''), stderr };
}

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `yoti-session-config-${label}-`));
}

/** Paths in messages: relative to the project, so they can be clicked in a terminal and a CI log. */
export function shortPath(path: string): string {
  return path.startsWith(`${ROOT}/`) ? path.slice(ROOT.length + 1) : path;
}

export function elapsed(startedAt: number): string {
  return `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
}
